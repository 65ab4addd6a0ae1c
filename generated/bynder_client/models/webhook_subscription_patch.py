from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_patch_status import (
    WebhookSubscriptionPatchStatus,
    check_webhook_subscription_patch_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionPatch")


@_attrs_define
class WebhookSubscriptionPatch:
    """Body of `patch_webhook_subscription`; send the fields to change."""

    name: str | Unset = UNSET
    status: WebhookSubscriptionPatchStatus | Unset = UNSET
    """ `1` to activate, `0` to pause. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name", UNSET)

        _status = _d.pop("status", UNSET)
        status: WebhookSubscriptionPatchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_webhook_subscription_patch_status(_status)

        _obj.status = status

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
