from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Thumbnails")


@_attrs_define
class Thumbnails:
    """Thumbnail URLs by derivative name: `mini`, `thul` and `webimage` on every portal, plus one key
    per derivative the portal defines.

    """

    mini: None | str | Unset = UNSET
    thul: None | str | Unset = UNSET
    webimage: None | str | Unset = UNSET
    additional_properties: dict[str, None | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mini: None | str | Unset
        if isinstance(self.mini, Unset):
            mini = UNSET
        else:
            mini = self.mini

        thul: None | str | Unset
        if isinstance(self.thul, Unset):
            thul = UNSET
        else:
            thul = self.thul

        webimage: None | str | Unset
        if isinstance(self.webimage, Unset):
            webimage = UNSET
        else:
            webimage = self.webimage

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop
        if mini is not UNSET:
            field_dict["mini"] = mini
        if thul is not UNSET:
            field_dict["thul"] = thul
        if webimage is not UNSET:
            field_dict["webimage"] = webimage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.mini = _d.pop("mini", UNSET)

        _obj.thul = _d.pop("thul", UNSET)

        _obj.webimage = _d.pop("webimage", UNSET)

        _obj.additional_properties = _d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
