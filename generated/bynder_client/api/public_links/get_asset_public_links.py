from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.public_links import PublicLinks
from ...types import Response


def request_kwargs(
    asset_id: str,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/1/assets/{asset_id}/public-links".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PublicLinks:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = PublicLinks.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PublicLinks:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | PublicLinks]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | PublicLinks]:
    """Get the streaming links of a video asset

     Returns the public adaptive-streaming links of a video asset: its HLS and DASH manifests and
    the HTML that embeds Bynder's video player. Only video assets with a streaming rendition have
    them; any other asset gives 404. This newer API takes the asset id in the standard UUID form
    (see `asset_id`) and has no trailing slash.

    Bynder's reference documents the 404 body as the plain text `manifest file not found`. This
    contract documents every error body as a JSON `Error`, so clients must also accept that text.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PublicLinks]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> PublicLinks:
    """Get the streaming links of a video asset

     Returns the public adaptive-streaming links of a video asset: its HLS and DASH manifests and
    the HTML that embeds Bynder's video player. Only video assets with a streaming rendition have
    them; any other asset gives 404. This newer API takes the asset id in the standard UUID form
    (see `asset_id`) and has no trailing slash.

    Bynder's reference documents the 404 body as the plain text `manifest file not found`. This
    contract documents every error body as a JSON `Error`, so clients must also accept that text.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublicLinks
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | PublicLinks]:
    """Get the streaming links of a video asset

     Returns the public adaptive-streaming links of a video asset: its HLS and DASH manifests and
    the HTML that embeds Bynder's video player. Only video assets with a streaming rendition have
    them; any other asset gives 404. This newer API takes the asset id in the standard UUID form
    (see `asset_id`) and has no trailing slash.

    Bynder's reference documents the 404 body as the plain text `manifest file not found`. This
    contract documents every error body as a JSON `Error`, so clients must also accept that text.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PublicLinks]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> PublicLinks:
    """Get the streaming links of a video asset

     Returns the public adaptive-streaming links of a video asset: its HLS and DASH manifests and
    the HTML that embeds Bynder's video player. Only video assets with a streaming rendition have
    them; any other asset gives 404. This newer API takes the asset id in the standard UUID form
    (see `asset_id`) and has no trailing slash.

    Bynder's reference documents the 404 body as the plain text `manifest file not found`. This
    contract documents every error body as a JSON `Error`, so clients must also accept that text.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublicLinks
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
