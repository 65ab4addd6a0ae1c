from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthScopeInfo")


@_attrs_define
class OAuthScopeInfo:
    """One OAuth scope and the user permissions it needs.

    Always present (required): `name`. Evidence: in every published example of
    `list_oauth_scopes`.

    """

    name: str
    """ The scope, for example `asset:read`. """
    description: None | str | Unset = UNSET
    any_of_permissions: list[str] | None | Unset = UNSET
    """ Security roles or permissions; the user needs at least one of them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        any_of_permissions: list[str] | None | Unset
        if isinstance(self.any_of_permissions, Unset):
            any_of_permissions = UNSET
        elif isinstance(self.any_of_permissions, list):
            any_of_permissions = self.any_of_permissions

        else:
            any_of_permissions = self.any_of_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if any_of_permissions is not UNSET:
            field_dict["anyOfPermissions"] = any_of_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name")

        _obj.description = _d.pop("description", UNSET)

        _obj.any_of_permissions = _d.pop("anyOfPermissions", UNSET)

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
