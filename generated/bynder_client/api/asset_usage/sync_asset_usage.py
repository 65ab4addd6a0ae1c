from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_usage_sync import AssetUsageSync
from ...models.asset_usage_sync_result import AssetUsageSyncResult
from ...models.error import Error
from ...types import Response


def request_kwargs(
    *,
    body: AssetUsageSync,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/media/usage/sync",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetUsageSyncResult:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = AssetUsageSyncResult.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetUsageSyncResult | Error:
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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssetUsageSyncResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AssetUsageSync,
) -> Response[AssetUsageSyncResult | Error]:
    """Synchronise the usage of an integration

     Replaces an integration's usage records at the given locations with the given list, in one
    call. Every location in `uris` ends up with exactly the usages listed for it: missing records
    are created (`new`), records no longer listed are deleted (`removed`), and every valid usage is
    echoed in `accepted`. A usage for an unknown asset or a location outside `uris` is `rejected`
    with a reason. Records at other locations are left alone.

    Unlike the other usage calls the body is JSON and the path has no trailing slash, as in
    Bynder's reference and the official PHP SDK.

    Args:
        body (AssetUsageSync): Body of `sync_asset_usage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetUsageSyncResult | Error]
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
    client: AuthenticatedClient,
    body: AssetUsageSync,
) -> AssetUsageSyncResult:
    """Synchronise the usage of an integration

     Replaces an integration's usage records at the given locations with the given list, in one
    call. Every location in `uris` ends up with exactly the usages listed for it: missing records
    are created (`new`), records no longer listed are deleted (`removed`), and every valid usage is
    echoed in `accepted`. A usage for an unknown asset or a location outside `uris` is `rejected`
    with a reason. Records at other locations are left alone.

    Unlike the other usage calls the body is JSON and the path has no trailing slash, as in
    Bynder's reference and the official PHP SDK.

    Args:
        body (AssetUsageSync): Body of `sync_asset_usage`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetUsageSyncResult
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
    client: AuthenticatedClient,
    body: AssetUsageSync,
) -> Response[AssetUsageSyncResult | Error]:
    """Synchronise the usage of an integration

     Replaces an integration's usage records at the given locations with the given list, in one
    call. Every location in `uris` ends up with exactly the usages listed for it: missing records
    are created (`new`), records no longer listed are deleted (`removed`), and every valid usage is
    echoed in `accepted`. A usage for an unknown asset or a location outside `uris` is `rejected`
    with a reason. Records at other locations are left alone.

    Unlike the other usage calls the body is JSON and the path has no trailing slash, as in
    Bynder's reference and the official PHP SDK.

    Args:
        body (AssetUsageSync): Body of `sync_asset_usage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetUsageSyncResult | Error]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AssetUsageSync,
) -> AssetUsageSyncResult:
    """Synchronise the usage of an integration

     Replaces an integration's usage records at the given locations with the given list, in one
    call. Every location in `uris` ends up with exactly the usages listed for it: missing records
    are created (`new`), records no longer listed are deleted (`removed`), and every valid usage is
    echoed in `accepted`. A usage for an unknown asset or a location outside `uris` is `rejected`
    with a reason. Records at other locations are left alone.

    Unlike the other usage calls the body is JSON and the path has no trailing slash, as in
    Bynder's reference and the official PHP SDK.

    Args:
        body (AssetUsageSync): Body of `sync_asset_usage`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetUsageSyncResult
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
