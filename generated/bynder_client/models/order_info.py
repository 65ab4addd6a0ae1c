from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderInfo")


@_attrs_define
class OrderInfo:
    """Header information of an order."""

    id: str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Order status. Known values `IN_PROGRESS`, `CANCELED`, `FAILED`, `WAITING_FOR_PAYMENT`,
    `FOR_ORDER`, `IN_PRODUCTION`, `PRODUCTION_SUSPENDED`, `OUT_FOR_DELIVERY`, `FINISHED`.
     """
    order_reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        order_reference: None | str | Unset
        if isinstance(self.order_reference, Unset):
            order_reference = UNSET
        else:
            order_reference = self.order_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if status is not UNSET:
            field_dict["status"] = status
        if order_reference is not UNSET:
            field_dict["orderReference"] = order_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.status = _d.pop("status", UNSET)

        _obj.order_reference = _d.pop("orderReference", UNSET)

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
