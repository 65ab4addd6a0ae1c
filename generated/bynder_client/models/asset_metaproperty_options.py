from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetMetapropertyOptions")


@_attrs_define
class AssetMetapropertyOptions:
    """Body of `add_asset_metaproperty_options` and `delete_asset_metaproperty_options`."""

    asset_id: str
    """ Id of the asset. """
    metaproperty_id: str
    """ Id of the metaproperty the options belong to. """
    metaproperty_option_ids: list[str]
    """ Ids of the options to add or remove. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        metaproperty_id = self.metaproperty_id

        metaproperty_option_ids = self.metaproperty_option_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["asset_id"] = asset_id
        field_dict["metaproperty_id"] = metaproperty_id
        field_dict["metaproperty_option_ids"] = metaproperty_option_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.asset_id = _d.pop("asset_id")

        _obj.metaproperty_id = _d.pop("metaproperty_id")

        _obj.metaproperty_option_ids = _d.pop("metaproperty_option_ids")

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
