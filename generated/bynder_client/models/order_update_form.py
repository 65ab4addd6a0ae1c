from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_update_form_status import (
    OrderUpdateFormStatus,
    check_order_update_form_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderUpdateForm")


@_attrs_define
class OrderUpdateForm:
    """Form fields of `update_order`."""

    status: OrderUpdateFormStatus | Unset = UNSET
    """ New order status. """
    message: str | Unset = UNSET
    """ Message to the person who placed the order. """
    trackingnumber: str | Unset = UNSET
    """ Tracking number or link of the shipment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        message = self.message

        trackingnumber = self.trackingnumber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if trackingnumber is not UNSET:
            field_dict["trackingnumber"] = trackingnumber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _status = _d.pop("status", UNSET)
        status: OrderUpdateFormStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_order_update_form_status(_status)

        _obj.status = status

        _obj.message = _d.pop("message", UNSET)

        _obj.trackingnumber = _d.pop("trackingnumber", UNSET)

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
