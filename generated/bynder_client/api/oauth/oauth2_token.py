from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.o_auth_error import OAuthError
from ...models.token import Token
from ...models.token_request import TokenRequest
from ...types import Response


def request_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v6/authentication/oauth2/token",
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Token:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = Token.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OAuthError | Token:
    if response.status_code == 200:
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
) -> Response[Error | OAuthError | Token]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | OAuthError | Token]:
    """Get an OAuth 2.0 access token

     The token endpoint, for three grants: `authorization_code` (with `code`, `redirect_uri` and,
    with PKCE, `code_verifier`), `client_credentials`, and `refresh_token`. The client
    authenticates with `client_id` and `client_secret` in the form. Access tokens last an hour
    (`expires_in` 3600). A refresh token comes back only when the `offline` scope was granted;
    a refresh reply may omit it, in which case the previous refresh token stays valid.

    Args:
        body (TokenRequest): Form fields of `oauth2_token`. Which fields are needed depends on
            `grant_type`:
            `authorization_code` needs `code` and `redirect_uri` (plus `code_verifier` with PKCE),
            `refresh_token` needs `refresh_token`, `client_credentials` needs nothing more.

            The client authenticates with `client_id` and `client_secret` in the form
            (`client_secret_post`, what Bynder's own SDKs send) or with an HTTP Basic `Authorization`
            header carrying the same pair, in which case both fields are left out of the form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuthError | Token]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Token:
    """Get an OAuth 2.0 access token

     The token endpoint, for three grants: `authorization_code` (with `code`, `redirect_uri` and,
    with PKCE, `code_verifier`), `client_credentials`, and `refresh_token`. The client
    authenticates with `client_id` and `client_secret` in the form. Access tokens last an hour
    (`expires_in` 3600). A refresh token comes back only when the `offline` scope was granted;
    a refresh reply may omit it, in which case the previous refresh token stays valid.

    Args:
        body (TokenRequest): Form fields of `oauth2_token`. Which fields are needed depends on
            `grant_type`:
            `authorization_code` needs `code` and `redirect_uri` (plus `code_verifier` with PKCE),
            `refresh_token` needs `refresh_token`, `client_credentials` needs nothing more.

            The client authenticates with `client_id` and `client_secret` in the form
            (`client_secret_post`, what Bynder's own SDKs send) or with an HTTP Basic `Authorization`
            header carrying the same pair, in which case both fields are left out of the form.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Token
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | OAuthError | Token]:
    """Get an OAuth 2.0 access token

     The token endpoint, for three grants: `authorization_code` (with `code`, `redirect_uri` and,
    with PKCE, `code_verifier`), `client_credentials`, and `refresh_token`. The client
    authenticates with `client_id` and `client_secret` in the form. Access tokens last an hour
    (`expires_in` 3600). A refresh token comes back only when the `offline` scope was granted;
    a refresh reply may omit it, in which case the previous refresh token stays valid.

    Args:
        body (TokenRequest): Form fields of `oauth2_token`. Which fields are needed depends on
            `grant_type`:
            `authorization_code` needs `code` and `redirect_uri` (plus `code_verifier` with PKCE),
            `refresh_token` needs `refresh_token`, `client_credentials` needs nothing more.

            The client authenticates with `client_id` and `client_secret` in the form
            (`client_secret_post`, what Bynder's own SDKs send) or with an HTTP Basic `Authorization`
            header carrying the same pair, in which case both fields are left out of the form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuthError | Token]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Token:
    """Get an OAuth 2.0 access token

     The token endpoint, for three grants: `authorization_code` (with `code`, `redirect_uri` and,
    with PKCE, `code_verifier`), `client_credentials`, and `refresh_token`. The client
    authenticates with `client_id` and `client_secret` in the form. Access tokens last an hour
    (`expires_in` 3600). A refresh token comes back only when the `offline` scope was granted;
    a refresh reply may omit it, in which case the previous refresh token stays valid.

    Args:
        body (TokenRequest): Form fields of `oauth2_token`. Which fields are needed depends on
            `grant_type`:
            `authorization_code` needs `code` and `redirect_uri` (plus `code_verifier` with PKCE),
            `refresh_token` needs `refresh_token`, `client_credentials` needs nothing more.

            The client authenticates with `client_id` and `client_secret` in the form
            (`client_secret_post`, what Bynder's own SDKs send) or with an HTTP Basic `Authorization`
            header carrying the same pair, in which case both fields are left out of the form.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Token
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
