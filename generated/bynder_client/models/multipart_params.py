from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultipartParams")


@_attrs_define
class MultipartParams:
    """Signed S3 POST-policy fields. Send every one of them with each part (`key` gets the `/p{N}`
    suffix). Other fields that Bynder adds are kept as additional properties.

    Always present (required): `key`. Evidence: read unconditionally by the official SDKs'
    uploads to build each part's key (PHP `AmazonApi::uploadPartToAmazon`, JS
    `uploadFileInChunks` `init.multipart_params.key`).

    """

    key: str
    acl: str | Unset = UNSET
    success_action_status: str | Unset = UNSET
    content_type: str | Unset = UNSET
    policy: str | Unset = UNSET
    x_amz_signature: str | Unset = UNSET
    x_amz_credential: str | Unset = UNSET
    x_amz_algorithm: str | Unset = UNSET
    x_amz_date: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        acl = self.acl

        success_action_status = self.success_action_status

        content_type = self.content_type

        policy = self.policy

        x_amz_signature = self.x_amz_signature

        x_amz_credential = self.x_amz_credential

        x_amz_algorithm = self.x_amz_algorithm

        x_amz_date = self.x_amz_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["key"] = key
        if acl is not UNSET:
            field_dict["acl"] = acl
        if success_action_status is not UNSET:
            field_dict["success_action_status"] = success_action_status
        if content_type is not UNSET:
            field_dict["Content-Type"] = content_type
        if policy is not UNSET:
            field_dict["Policy"] = policy
        if x_amz_signature is not UNSET:
            field_dict["X-Amz-Signature"] = x_amz_signature
        if x_amz_credential is not UNSET:
            field_dict["x-amz-credential"] = x_amz_credential
        if x_amz_algorithm is not UNSET:
            field_dict["x-amz-algorithm"] = x_amz_algorithm
        if x_amz_date is not UNSET:
            field_dict["x-amz-date"] = x_amz_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.key = _d.pop("key")

        _obj.acl = _d.pop("acl", UNSET)

        _obj.success_action_status = _d.pop("success_action_status", UNSET)

        _obj.content_type = _d.pop("Content-Type", UNSET)

        _obj.policy = _d.pop("Policy", UNSET)

        _obj.x_amz_signature = _d.pop("X-Amz-Signature", UNSET)

        _obj.x_amz_credential = _d.pop("x-amz-credential", UNSET)

        _obj.x_amz_algorithm = _d.pop("x-amz-algorithm", UNSET)

        _obj.x_amz_date = _d.pop("x-amz-date", UNSET)

        _obj.additional_properties = _d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
