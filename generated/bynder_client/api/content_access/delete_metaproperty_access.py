from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_access_removal import ContentAccessRemoval
from ...models.error import Error
from ...types import Response


def request_kwargs(
    metaproperty_id: str,
    *,
    body: ContentAccessRemoval,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/content_access/metaproperties/{metaproperty_id}".format(
            metaproperty_id=quote(str(metaproperty_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 204:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessRemoval,
) -> Response[Any | Error]:
    """Remove access rules from a metaproperty

     Removes the metaproperty's rules whose ids (`id` of `get_metaproperty_access`) the JSON
    body lists. Like `delete_asset_metaproperty_options`, this DELETE carries a body.

    Args:
        metaproperty_id (str):
        body (ContentAccessRemoval): Body of `delete_metaproperty_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessRemoval,
) -> Any:
    """Remove access rules from a metaproperty

     Removes the metaproperty's rules whose ids (`id` of `get_metaproperty_access`) the JSON
    body lists. Like `delete_asset_metaproperty_options`, this DELETE carries a body.

    Args:
        metaproperty_id (str):
        body (ContentAccessRemoval): Body of `delete_metaproperty_access`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 204.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessRemoval,
) -> Response[Any | Error]:
    """Remove access rules from a metaproperty

     Removes the metaproperty's rules whose ids (`id` of `get_metaproperty_access`) the JSON
    body lists. Like `delete_asset_metaproperty_options`, this DELETE carries a body.

    Args:
        metaproperty_id (str):
        body (ContentAccessRemoval): Body of `delete_metaproperty_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessRemoval,
) -> Any:
    """Remove access rules from a metaproperty

     Removes the metaproperty's rules whose ids (`id` of `get_metaproperty_access`) the JSON
    body lists. Like `delete_asset_metaproperty_options`, this DELETE carries a body.

    Args:
        metaproperty_id (str):
        body (ContentAccessRemoval): Body of `delete_metaproperty_access`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 204.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
