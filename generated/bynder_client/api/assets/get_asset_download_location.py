from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_location import DownloadLocation
from ...models.error import Error
from ...models.get_asset_download_location_type import (
    GetAssetDownloadLocationType,
)
from ...types import UNSET, Response, Unset


def request_kwargs(
    id: str,
    *,
    type_: GetAssetDownloadLocationType | Unset = "original",
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/media/{id}/download/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
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
    *,
    client: AuthenticatedClient,
    type_: GetAssetDownloadLocationType | Unset = "original",
) -> Response[DownloadLocation | Error]:
    """Get the download location of an asset

     Returns a short-lived signed URL for the asset's current original (`type=original`, the
    default) or for its most recently added additional file (`type=additional`). Fetch the file
    from that URL without the Bynder token. Needs the MEDIAHIGHRES security role, plus
    ARCHIVEDOWNLOAD, DOWNLOADWATERMARK or KEYVISUALSDOWNLOAD when the asset is archived,
    watermarked or limited.

    Bynder's reference writes this path without a trailing slash; the official Python, PHP, Java
    and C# SDKs all call `/api/v4/media/{id}/download/`, so this contract uses the trailing slash.

    Args:
        id (str):
        type_ (GetAssetDownloadLocationType | Unset):  Default: 'original'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadLocation | Error]
    """

    kwargs = request_kwargs(
        id=id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    type_: GetAssetDownloadLocationType | Unset = "original",
) -> DownloadLocation:
    """Get the download location of an asset

     Returns a short-lived signed URL for the asset's current original (`type=original`, the
    default) or for its most recently added additional file (`type=additional`). Fetch the file
    from that URL without the Bynder token. Needs the MEDIAHIGHRES security role, plus
    ARCHIVEDOWNLOAD, DOWNLOADWATERMARK or KEYVISUALSDOWNLOAD when the asset is archived,
    watermarked or limited.

    Bynder's reference writes this path without a trailing slash; the official Python, PHP, Java
    and C# SDKs all call `/api/v4/media/{id}/download/`, so this contract uses the trailing slash.

    Args:
        id (str):
        type_ (GetAssetDownloadLocationType | Unset):  Default: 'original'.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadLocation
    """

    kwargs = request_kwargs(
        id=id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    type_: GetAssetDownloadLocationType | Unset = "original",
) -> Response[DownloadLocation | Error]:
    """Get the download location of an asset

     Returns a short-lived signed URL for the asset's current original (`type=original`, the
    default) or for its most recently added additional file (`type=additional`). Fetch the file
    from that URL without the Bynder token. Needs the MEDIAHIGHRES security role, plus
    ARCHIVEDOWNLOAD, DOWNLOADWATERMARK or KEYVISUALSDOWNLOAD when the asset is archived,
    watermarked or limited.

    Bynder's reference writes this path without a trailing slash; the official Python, PHP, Java
    and C# SDKs all call `/api/v4/media/{id}/download/`, so this contract uses the trailing slash.

    Args:
        id (str):
        type_ (GetAssetDownloadLocationType | Unset):  Default: 'original'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadLocation | Error]
    """

    kwargs = request_kwargs(
        id=id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    type_: GetAssetDownloadLocationType | Unset = "original",
) -> DownloadLocation:
    """Get the download location of an asset

     Returns a short-lived signed URL for the asset's current original (`type=original`, the
    default) or for its most recently added additional file (`type=additional`). Fetch the file
    from that URL without the Bynder token. Needs the MEDIAHIGHRES security role, plus
    ARCHIVEDOWNLOAD, DOWNLOADWATERMARK or KEYVISUALSDOWNLOAD when the asset is archived,
    watermarked or limited.

    Bynder's reference writes this path without a trailing slash; the official Python, PHP, Java
    and C# SDKs all call `/api/v4/media/{id}/download/`, so this contract uses the trailing slash.

    Args:
        id (str):
        type_ (GetAssetDownloadLocationType | Unset):  Default: 'original'.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadLocation
    """

    kwargs = request_kwargs(
        id=id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
