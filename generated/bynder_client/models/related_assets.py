from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RelatedAssets")


@_attrs_define
class RelatedAssets:
    """Assets linked to this asset through a relation metaproperty."""

    meta_property_id: None | str | Unset = UNSET
    meta_property_name: None | str | Unset = UNSET
    assets: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta_property_id: None | str | Unset
        if isinstance(self.meta_property_id, Unset):
            meta_property_id = UNSET
        else:
            meta_property_id = self.meta_property_id

        meta_property_name: None | str | Unset
        if isinstance(self.meta_property_name, Unset):
            meta_property_name = UNSET
        else:
            meta_property_name = self.meta_property_name

        assets: list[str] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, list):
            assets = self.assets

        else:
            assets = self.assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if meta_property_id is not UNSET:
            field_dict["metaPropertyId"] = meta_property_id
        if meta_property_name is not UNSET:
            field_dict["metaPropertyName"] = meta_property_name
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.meta_property_id = _d.pop("metaPropertyId", UNSET)

        _obj.meta_property_name = _d.pop("metaPropertyName", UNSET)

        _obj.assets = _d.pop("assets", UNSET)

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
