from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadInit")


@_attrs_define
class UploadInit:
    """Reply of `initialize_upload`."""

    s3file: S3File | Unset = UNSET
    """ Identifiers of an upload. """
    s3_filename: str | Unset = UNSET
    """ Base S3 key of the upload; parts are `{s3_filename}/p{N}`. """
    target_key: None | str | Unset = UNSET
    multipart_params: MultipartParams | Unset = UNSET
    """ Signed S3 POST-policy fields. Send every one of them with each part (`key` gets the `/p{N}`
    suffix). Other fields that Bynder adds are kept as additional properties.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s3file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3file, Unset):
            s3file = self.s3file.to_dict()

        s3_filename = self.s3_filename

        target_key: None | str | Unset
        if isinstance(self.target_key, Unset):
            target_key = UNSET
        else:
            target_key = self.target_key

        multipart_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multipart_params, Unset):
            multipart_params = self.multipart_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if s3file is not UNSET:
            field_dict["s3file"] = s3file
        if s3_filename is not UNSET:
            field_dict["s3_filename"] = s3_filename
        if target_key is not UNSET:
            field_dict["target_key"] = target_key
        if multipart_params is not UNSET:
            field_dict["multipart_params"] = multipart_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _s3file = _d.pop("s3file", UNSET)
        _obj.s3file = S3File.from_dict(_s3file) if isinstance(_s3file, dict) else _s3file

        _obj.s3_filename = _d.pop("s3_filename", UNSET)

        _obj.target_key = _d.pop("target_key", UNSET)

        _multipart_params = _d.pop("multipart_params", UNSET)
        _obj.multipart_params = (
            MultipartParams.from_dict(_multipart_params) if isinstance(_multipart_params, dict) else _multipart_params
        )

        _obj.additional_properties = _d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.multipart_params import MultipartParams
from ..models.s3_file import S3File
