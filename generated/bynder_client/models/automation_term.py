from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationTerm")


@_attrs_define
class AutomationTerm:
    """A term of a condition. Which fields it has depends on the condition: `asset_type`
    (AssetType), `metaproperty_id` and `metaproperty_option_id` (MetapropertyOption), or
    `offset_amount` and `offset_unit` (Archived).

    """

    asset_type: str | Unset = UNSET
    """ Known values `IMAGE`, `VIDEO`, `DOCUMENT`, `AUDIO`, `3D`. """
    metaproperty_id: str | Unset = UNSET
    metaproperty_option_id: str | Unset = UNSET
    offset_amount: int | Unset = UNSET
    offset_unit: str | Unset = UNSET
    """ Known values `DAY`, `DAYS`, `WEEK`, `WEEKS`, `MONTH`, `MONTHS`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type

        metaproperty_id = self.metaproperty_id

        metaproperty_option_id = self.metaproperty_option_id

        offset_amount = self.offset_amount

        offset_unit = self.offset_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if metaproperty_id is not UNSET:
            field_dict["metaproperty_id"] = metaproperty_id
        if metaproperty_option_id is not UNSET:
            field_dict["metaproperty_option_id"] = metaproperty_option_id
        if offset_amount is not UNSET:
            field_dict["offset_amount"] = offset_amount
        if offset_unit is not UNSET:
            field_dict["offset_unit"] = offset_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.asset_type = _d.pop("asset_type", UNSET)

        _obj.metaproperty_id = _d.pop("metaproperty_id", UNSET)

        _obj.metaproperty_option_id = _d.pop("metaproperty_option_id", UNSET)

        _obj.offset_amount = _d.pop("offset_amount", UNSET)

        _obj.offset_unit = _d.pop("offset_unit", UNSET)

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
