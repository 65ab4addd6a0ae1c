from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionUpdateForm")


@_attrs_define
class CollectionUpdateForm:
    """Form fields of `update_collection`; send only the fields to change."""

    name: str | Unset = UNSET
    """ New name; it cannot be empty. """
    description: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    """ Make the collection public or private (needs the PUBLISHCOLLECTIONS role). """
    thumbnail_asset_id: str | Unset = UNSET
    """ Id of the asset whose image becomes the collection's cover. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        is_public = self.is_public

        thumbnail_asset_id = self.thumbnail_asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if thumbnail_asset_id is not UNSET:
            field_dict["thumbnailAssetId"] = thumbnail_asset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.is_public = _d.pop("isPublic", UNSET)

        _obj.thumbnail_asset_id = _d.pop("thumbnailAssetId", UNSET)

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
