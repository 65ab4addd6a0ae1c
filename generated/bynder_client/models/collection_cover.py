from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionCover")


@_attrs_define
class CollectionCover:
    """Cover images of a collection."""

    thumbnail: None | str | Unset = UNSET
    thumbnails: list[str] | None | Unset = UNSET
    large: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        thumbnails: list[str] | None | Unset
        if isinstance(self.thumbnails, Unset):
            thumbnails = UNSET
        elif isinstance(self.thumbnails, list):
            thumbnails = self.thumbnails

        else:
            thumbnails = self.thumbnails

        large: None | str | Unset
        if isinstance(self.large, Unset):
            large = UNSET
        else:
            large = self.large

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if thumbnails is not UNSET:
            field_dict["thumbnails"] = thumbnails
        if large is not UNSET:
            field_dict["large"] = large

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.thumbnail = _d.pop("thumbnail", UNSET)

        _obj.thumbnails = _d.pop("thumbnails", UNSET)

        _obj.large = _d.pop("large", UNSET)

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
