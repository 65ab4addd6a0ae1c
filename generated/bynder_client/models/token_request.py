from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_request_grant_type import (
    TokenRequestGrantType,
    check_token_request_grant_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Form fields of `oauth2_token`. Which fields are needed depends on `grant_type`:
    `authorization_code` needs `code` and `redirect_uri` (plus `code_verifier` with PKCE),
    `refresh_token` needs `refresh_token`, `client_credentials` needs nothing more.

    The client authenticates with `client_id` and `client_secret` in the form
    (`client_secret_post`, what Bynder's own SDKs send) or with an HTTP Basic `Authorization`
    header carrying the same pair, in which case both fields are left out of the form.

    """

    grant_type: TokenRequestGrantType
    client_id: str | Unset = UNSET
    """ The OAuth app's client id, unless sent with HTTP Basic. """
    client_secret: str | Unset = UNSET
    """ The OAuth app's client secret, unless sent with HTTP Basic. """
    code: str | Unset = UNSET
    """ The code received on the redirect URI. """
    redirect_uri: str | Unset = UNSET
    """ The redirect URI used in the authorization request. """
    code_verifier: str | Unset = UNSET
    """ PKCE verifier matching the `code_challenge` of the authorization request. """
    refresh_token: str | Unset = UNSET
    scope: str | Unset = UNSET
    """ Space-separated scopes to request; all the app's scopes when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type: str = self.grant_type

        client_id = self.client_id

        client_secret = self.client_secret

        code = self.code

        redirect_uri = self.redirect_uri

        code_verifier = self.code_verifier

        refresh_token = self.refresh_token

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["grant_type"] = grant_type
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        grant_type = check_token_request_grant_type(_d.pop("grant_type"))

        _obj.grant_type = grant_type

        _obj.client_id = _d.pop("client_id", UNSET)

        _obj.client_secret = _d.pop("client_secret", UNSET)

        _obj.code = _d.pop("code", UNSET)

        _obj.redirect_uri = _d.pop("redirect_uri", UNSET)

        _obj.code_verifier = _d.pop("code_verifier", UNSET)

        _obj.refresh_token = _d.pop("refresh_token", UNSET)

        _obj.scope = _d.pop("scope", UNSET)

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
