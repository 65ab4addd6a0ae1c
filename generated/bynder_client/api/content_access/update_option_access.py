from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_access_grant import ContentAccessGrant
from ...models.content_access_principal_ref import ContentAccessPrincipalRef
from ...models.error import Error
from ...types import Response


def request_kwargs(
    option_id: str,
    *,
    body: ContentAccessGrant,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/1/content-access/options/{option_id}".format(
            option_id=quote(str(option_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[ContentAccessPrincipalRef]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ContentAccessPrincipalRef.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ContentAccessPrincipalRef]:
    if response.status_code == 200:
        return parse_success(client=client, response=response)
    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[ContentAccessPrincipalRef]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    option_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessGrant,
) -> Response[Error | list[ContentAccessPrincipalRef]]:
    """Replace the access rules of a metaproperty option

     Replaces every access rule of the option with one rule per principal of the JSON body,
    at the given level. Bynder's reference describes this body with the metaproperty one
    (whose only published level is `metaproperty.hide`); the level is kept as sent. An empty
    `principals` list removes every rule. Answers with the principals now holding a rule.

    Args:
        option_id (str):
        body (ContentAccessGrant): Body of `create_metaproperty_access` and
            `update_option_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ContentAccessPrincipalRef]]
    """

    kwargs = request_kwargs(
        option_id=option_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    option_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessGrant,
) -> list[ContentAccessPrincipalRef]:
    """Replace the access rules of a metaproperty option

     Replaces every access rule of the option with one rule per principal of the JSON body,
    at the given level. Bynder's reference describes this body with the metaproperty one
    (whose only published level is `metaproperty.hide`); the level is kept as sent. An empty
    `principals` list removes every rule. Answers with the principals now holding a rule.

    Args:
        option_id (str):
        body (ContentAccessGrant): Body of `create_metaproperty_access` and
            `update_option_access`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ContentAccessPrincipalRef]
    """

    kwargs = request_kwargs(
        option_id=option_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    option_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessGrant,
) -> Response[Error | list[ContentAccessPrincipalRef]]:
    """Replace the access rules of a metaproperty option

     Replaces every access rule of the option with one rule per principal of the JSON body,
    at the given level. Bynder's reference describes this body with the metaproperty one
    (whose only published level is `metaproperty.hide`); the level is kept as sent. An empty
    `principals` list removes every rule. Answers with the principals now holding a rule.

    Args:
        option_id (str):
        body (ContentAccessGrant): Body of `create_metaproperty_access` and
            `update_option_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ContentAccessPrincipalRef]]
    """

    kwargs = request_kwargs(
        option_id=option_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    option_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessGrant,
) -> list[ContentAccessPrincipalRef]:
    """Replace the access rules of a metaproperty option

     Replaces every access rule of the option with one rule per principal of the JSON body,
    at the given level. Bynder's reference describes this body with the metaproperty one
    (whose only published level is `metaproperty.hide`); the level is kept as sent. An empty
    `principals` list removes every rule. Answers with the principals now holding a rule.

    Args:
        option_id (str):
        body (ContentAccessGrant): Body of `create_metaproperty_access` and
            `update_option_access`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ContentAccessPrincipalRef]
    """

    kwargs = request_kwargs(
        option_id=option_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
