from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_line_update_status import (
    OrderLineUpdateStatus,
    check_order_line_update_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderLineUpdate")


@_attrs_define
class OrderLineUpdate:
    """Body of `update_order_line`; send the fields to change."""

    status: OrderLineUpdateStatus | Unset = UNSET
    customer_reference: str | Unset = UNSET
    """ The customer's own reference for the line. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        customer_reference = self.customer_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status is not UNSET:
            field_dict["status"] = status
        if customer_reference is not UNSET:
            field_dict["customerReference"] = customer_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _status = _d.pop("status", UNSET)
        status: OrderLineUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_order_line_update_status(_status)

        _obj.status = status

        _obj.customer_reference = _d.pop("customerReference", UNSET)

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
