from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if any_of_permissions is not UNSET:
            field_dict["anyOfPermissions"] = any_of_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_any_of_permissions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_of_permissions_type_0 = cast(list[str], data)

                return any_of_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        any_of_permissions = _parse_any_of_permissions(d.pop("anyOfPermissions", UNSET))

        o_auth_scope_info = cls(
            name=name,
            description=description,
            any_of_permissions=any_of_permissions,
        )

        o_auth_scope_info.additional_properties = d
        return o_auth_scope_info

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
