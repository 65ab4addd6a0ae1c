from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.o_auth_error import OAuthError
from ...models.oauth_2_authorize_code_challenge_method import (
    Oauth2AuthorizeCodeChallengeMethod,
)
from ...models.oauth_2_authorize_response_type import (
    Oauth2AuthorizeResponseType,
)
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    client_id: str,
    redirect_uri: str,
    response_type: Oauth2AuthorizeResponseType,
    scope: str,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: Oauth2AuthorizeCodeChallengeMethod | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    json_response_type: str = response_type
    params["response_type"] = json_response_type

    params["scope"] = scope

    params["state"] = state

    params["code_challenge"] = code_challenge

    json_code_challenge_method: str | Unset = UNSET
    if not isinstance(code_challenge_method, Unset):
        json_code_challenge_method = code_challenge_method

    params["code_challenge_method"] = json_code_challenge_method

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v6/authentication/oauth2/auth",
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 302:
        response_302 = response.text
        return response_302

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OAuthError | str:
    if response.status_code == 302:
        return parse_success(client=client, response=response)
    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OAuthError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: Oauth2AuthorizeResponseType,
    scope: str,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: Oauth2AuthorizeCodeChallengeMethod | Unset = UNSET,
) -> Response[Error | OAuthError | str]:
    """Start an OAuth 2.0 authorization

     The authorization endpoint of the authorization code flow, opened in the user's browser.
    Bynder redirects to its login page and, once the user consents, back to `redirect_uri` with
    `code` and `state`. The code is then exchanged at `oauth2_token`. PKCE (`code_challenge`
    with method S256) is accepted. Include the `offline` scope to receive a refresh token.

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (Oauth2AuthorizeResponseType):
        scope (str):
        state (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (Oauth2AuthorizeCodeChallengeMethod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuthError | str]
    """

    kwargs = request_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: Oauth2AuthorizeResponseType,
    scope: str,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: Oauth2AuthorizeCodeChallengeMethod | Unset = UNSET,
) -> str:
    """Start an OAuth 2.0 authorization

     The authorization endpoint of the authorization code flow, opened in the user's browser.
    Bynder redirects to its login page and, once the user consents, back to `redirect_uri` with
    `code` and `state`. The code is then exchanged at `oauth2_token`. PKCE (`code_challenge`
    with method S256) is accepted. Include the `offline` scope to receive a refresh token.

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (Oauth2AuthorizeResponseType):
        scope (str):
        state (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (Oauth2AuthorizeCodeChallengeMethod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 302.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    kwargs = request_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: Oauth2AuthorizeResponseType,
    scope: str,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: Oauth2AuthorizeCodeChallengeMethod | Unset = UNSET,
) -> Response[Error | OAuthError | str]:
    """Start an OAuth 2.0 authorization

     The authorization endpoint of the authorization code flow, opened in the user's browser.
    Bynder redirects to its login page and, once the user consents, back to `redirect_uri` with
    `code` and `state`. The code is then exchanged at `oauth2_token`. PKCE (`code_challenge`
    with method S256) is accepted. Include the `offline` scope to receive a refresh token.

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (Oauth2AuthorizeResponseType):
        scope (str):
        state (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (Oauth2AuthorizeCodeChallengeMethod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuthError | str]
    """

    kwargs = request_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: Oauth2AuthorizeResponseType,
    scope: str,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: Oauth2AuthorizeCodeChallengeMethod | Unset = UNSET,
) -> str:
    """Start an OAuth 2.0 authorization

     The authorization endpoint of the authorization code flow, opened in the user's browser.
    Bynder redirects to its login page and, once the user consents, back to `redirect_uri` with
    `code` and `state`. The code is then exchanged at `oauth2_token`. PKCE (`code_challenge`
    with method S256) is accepted. Include the `offline` scope to receive a refresh token.

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (Oauth2AuthorizeResponseType):
        scope (str):
        state (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (Oauth2AuthorizeCodeChallengeMethod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 302.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    kwargs = request_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
