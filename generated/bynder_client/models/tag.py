from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """A tag and the number of assets that carry it.

    Always present (required): `id`, `tag`. Evidence: read unconditionally by the official SDKs'
    samples (C# `TagsSample.cs` matches tags on `TagName` and sends the tag's `ID`; Java
    `TagsSample.java` `getId()`/`getTag()`; PHP `sample/TagsSample.php` `$tag['id']`).

    """

    id: str
    tag: None | str
    """ The tag text. """
    media_count: int | None | Unset = UNSET
    """ Number of assets with the tag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tag: None | str
        tag = self.tag

        media_count: int | None | Unset
        if isinstance(self.media_count, Unset):
            media_count = UNSET
        else:
            media_count = self.media_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["tag"] = tag
        if media_count is not UNSET:
            field_dict["mediaCount"] = media_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.tag = _d.pop("tag")

        _obj.media_count = _d.pop("mediaCount", UNSET)

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
