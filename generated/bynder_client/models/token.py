from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """An OAuth 2.0 access token.

    Always present (required): `access_token`, `token_type`. Evidence: in every published
    example of `oauth2_token`, and required of every token reply by RFC 6749 §5.1.

    """

    access_token: str
    """ The bearer token (a JWT). """
    token_type: str
    """ Always `bearer`. """
    expires_in: int | Unset = UNSET
    """ Lifetime in seconds (3600). """
    scope: str | Unset = UNSET
    """ Space-separated granted scopes. """
    refresh_token: str | Unset = UNSET
    """ Present only when `offline` was granted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        scope = self.scope

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["access_token"] = access_token
        field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if scope is not UNSET:
            field_dict["scope"] = scope
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.access_token = _d.pop("access_token")

        _obj.token_type = _d.pop("token_type")

        _obj.expires_in = _d.pop("expires_in", UNSET)

        _obj.scope = _d.pop("scope", UNSET)

        _obj.refresh_token = _d.pop("refresh_token", UNSET)

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
