from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Derivative")


@_attrs_define
class Derivative:
    """A rendition Bynder makes of every image asset."""

    prefix: str | Unset = UNSET
    """ Name of the derivative, the key of its URL in an asset's `thumbnails`. """
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    dpi: int | None | Unset = UNSET
    """ Resolution; `-1` keeps the original's. """
    is_crop: bool | int | None | Unset = UNSET
    """ Cropped to the exact size (otherwise scaled within it). """
    is_extent: bool | int | None | Unset = UNSET
    """ Padded to the exact size. """
    is_on_the_fly: bool | int | None | Unset = UNSET
    """ Made on first request rather than at upload. """
    is_public: bool | int | None | Unset = UNSET
    """ Its URL works without logging in. """
    allowed_types: None | str | Unset = UNSET
    """ Comma-separated asset types it is made for; empty for all. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        dpi: int | None | Unset
        if isinstance(self.dpi, Unset):
            dpi = UNSET
        else:
            dpi = self.dpi

        is_crop: bool | int | None | Unset
        if isinstance(self.is_crop, Unset):
            is_crop = UNSET
        else:
            is_crop = self.is_crop

        is_extent: bool | int | None | Unset
        if isinstance(self.is_extent, Unset):
            is_extent = UNSET
        else:
            is_extent = self.is_extent

        is_on_the_fly: bool | int | None | Unset
        if isinstance(self.is_on_the_fly, Unset):
            is_on_the_fly = UNSET
        else:
            is_on_the_fly = self.is_on_the_fly

        is_public: bool | int | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        allowed_types: None | str | Unset
        if isinstance(self.allowed_types, Unset):
            allowed_types = UNSET
        else:
            allowed_types = self.allowed_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if dpi is not UNSET:
            field_dict["dpi"] = dpi
        if is_crop is not UNSET:
            field_dict["isCrop"] = is_crop
        if is_extent is not UNSET:
            field_dict["isExtent"] = is_extent
        if is_on_the_fly is not UNSET:
            field_dict["isOnTheFly"] = is_on_the_fly
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if allowed_types is not UNSET:
            field_dict["allowedTypes"] = allowed_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.prefix = _d.pop("prefix", UNSET)

        _obj.width = _d.pop("width", UNSET)

        _obj.height = _d.pop("height", UNSET)

        _obj.dpi = _d.pop("dpi", UNSET)

        _obj.is_crop = _d.pop("isCrop", UNSET)

        _obj.is_extent = _d.pop("isExtent", UNSET)

        _obj.is_on_the_fly = _d.pop("isOnTheFly", UNSET)

        _obj.is_public = _d.pop("isPublic", UNSET)

        _obj.allowed_types = _d.pop("allowedTypes", UNSET)

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
