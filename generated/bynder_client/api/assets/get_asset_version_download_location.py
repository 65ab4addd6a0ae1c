from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_location import DownloadLocation
from ...models.error import Error
from ...types import Response


def request_kwargs(
    id: str,
    version: int,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/media/{id}/{version}/download/".format(
            id=quote(str(id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DownloadLocation:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = DownloadLocation.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DownloadLocation | Error:
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
) -> Response[DownloadLocation | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> Response[DownloadLocation | Error]:
    """Get the download location of an asset version

     Returns a short-lived signed URL for one version of the asset's original, current or earlier
    (`get_asset` with `versions=true` lists them in `mediaItems`), with the same security roles
    as `get_asset_download_location`.

    Bynder's reference writes the path without a trailing slash; the official PHP SDK calls
    `/api/v4/media/{id}/{version}/download/`, which this contract follows like every other
    asset-bank path. The reference's example gives the version as the string `"3"`; it is a
    number.

    Args:
        id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadLocation | Error]
    """

    kwargs = request_kwargs(
        id=id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> DownloadLocation:
    """Get the download location of an asset version

     Returns a short-lived signed URL for one version of the asset's original, current or earlier
    (`get_asset` with `versions=true` lists them in `mediaItems`), with the same security roles
    as `get_asset_download_location`.

    Bynder's reference writes the path without a trailing slash; the official PHP SDK calls
    `/api/v4/media/{id}/{version}/download/`, which this contract follows like every other
    asset-bank path. The reference's example gives the version as the string `"3"`; it is a
    number.

    Args:
        id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadLocation
    """

    kwargs = request_kwargs(
        id=id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> Response[DownloadLocation | Error]:
    """Get the download location of an asset version

     Returns a short-lived signed URL for one version of the asset's original, current or earlier
    (`get_asset` with `versions=true` lists them in `mediaItems`), with the same security roles
    as `get_asset_download_location`.

    Bynder's reference writes the path without a trailing slash; the official PHP SDK calls
    `/api/v4/media/{id}/{version}/download/`, which this contract follows like every other
    asset-bank path. The reference's example gives the version as the string `"3"`; it is a
    number.

    Args:
        id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadLocation | Error]
    """

    kwargs = request_kwargs(
        id=id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> DownloadLocation:
    """Get the download location of an asset version

     Returns a short-lived signed URL for one version of the asset's original, current or earlier
    (`get_asset` with `versions=true` lists them in `mediaItems`), with the same security roles
    as `get_asset_download_location`.

    Bynder's reference writes the path without a trailing slash; the official PHP SDK calls
    `/api/v4/media/{id}/{version}/download/`, which this contract follows like every other
    asset-bank path. The reference's example gives the version as the string `"3"`; it is a
    number.

    Args:
        id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadLocation
    """

    kwargs = request_kwargs(
        id=id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
