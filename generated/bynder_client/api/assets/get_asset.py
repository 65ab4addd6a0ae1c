from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    id: str,
    *,
    versions: bool | Unset = False,
    stats: bool | Unset = False,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["versions"] = versions

    params["stats"] = stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/media/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Asset:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = Asset.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Asset | Error:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Asset | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    versions: bool | Unset = False,
    stats: bool | Unset = False,
) -> Response[Asset | Error]:
    """Get an asset

     Returns one asset. `versions` adds the asset's files (`mediaItems`), including earlier
    versions; `stats` adds `views` and `downloads` (needs the STATISTICS security role).

    Args:
        id (str):
        versions (bool | Unset):  Default: False.
        stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | Error]
    """

    kwargs = request_kwargs(
        id=id,
        versions=versions,
        stats=stats,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    versions: bool | Unset = False,
    stats: bool | Unset = False,
) -> Asset:
    """Get an asset

     Returns one asset. `versions` adds the asset's files (`mediaItems`), including earlier
    versions; `stats` adds `views` and `downloads` (needs the STATISTICS security role).

    Args:
        id (str):
        versions (bool | Unset):  Default: False.
        stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset
    """

    kwargs = request_kwargs(
        id=id,
        versions=versions,
        stats=stats,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    versions: bool | Unset = False,
    stats: bool | Unset = False,
) -> Response[Asset | Error]:
    """Get an asset

     Returns one asset. `versions` adds the asset's files (`mediaItems`), including earlier
    versions; `stats` adds `views` and `downloads` (needs the STATISTICS security role).

    Args:
        id (str):
        versions (bool | Unset):  Default: False.
        stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | Error]
    """

    kwargs = request_kwargs(
        id=id,
        versions=versions,
        stats=stats,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    versions: bool | Unset = False,
    stats: bool | Unset = False,
) -> Asset:
    """Get an asset

     Returns one asset. `versions` adds the asset's files (`mediaItems`), including earlier
    versions; `stats` adds `views` and `downloads` (needs the STATISTICS security role).

    Args:
        id (str):
        versions (bool | Unset):  Default: False.
        stats (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset
    """

    kwargs = request_kwargs(
        id=id,
        versions=versions,
        stats=stats,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
