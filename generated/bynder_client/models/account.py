from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """The portal account."""

    name: None | str | Unset = UNSET
    available_languages: list[str] | None | Unset = UNSET
    default_language: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    is_open_image_bank: bool | int | None | Unset = UNSET
    """ Whether the asset bank is open to visitors without an account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        available_languages: list[str] | None | Unset
        if isinstance(self.available_languages, Unset):
            available_languages = UNSET
        elif isinstance(self.available_languages, list):
            available_languages = self.available_languages

        else:
            available_languages = self.available_languages

        default_language: None | str | Unset
        if isinstance(self.default_language, Unset):
            default_language = UNSET
        else:
            default_language = self.default_language

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        is_open_image_bank: bool | int | None | Unset
        if isinstance(self.is_open_image_bank, Unset):
            is_open_image_bank = UNSET
        else:
            is_open_image_bank = self.is_open_image_bank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if available_languages is not UNSET:
            field_dict["availableLanguages"] = available_languages
        if default_language is not UNSET:
            field_dict["defaultLanguage"] = default_language
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if is_open_image_bank is not UNSET:
            field_dict["isOpenImageBank"] = is_open_image_bank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name", UNSET)

        _obj.available_languages = _d.pop("availableLanguages", UNSET)

        _obj.default_language = _d.pop("defaultLanguage", UNSET)

        _obj.time_zone = _d.pop("timeZone", UNSET)

        _obj.is_open_image_bank = _d.pop("isOpenImageBank", UNSET)

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
