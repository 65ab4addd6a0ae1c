from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_usage import AssetUsage
from ...models.asset_usage_form import AssetUsageForm
from ...models.error import Error
from ...types import Response


def request_kwargs(
    *,
    body: AssetUsageForm,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/media/usage/",
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetUsage:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = AssetUsage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetUsage | Error:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AssetUsage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AssetUsageForm,
) -> Response[AssetUsage | Error]:
    """Record asset usage

     Records that an asset is used at a location (`uri`) by an integration registered in the
    portal. Recording the same asset, integration and location again updates `timestamp` and
    `additional` instead of adding a second record. Bynder answers 200 with the record.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        body (AssetUsageForm): Form fields of `create_asset_usage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetUsage | Error]
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
    body: AssetUsageForm,
) -> AssetUsage:
    """Record asset usage

     Records that an asset is used at a location (`uri`) by an integration registered in the
    portal. Recording the same asset, integration and location again updates `timestamp` and
    `additional` instead of adding a second record. Bynder answers 200 with the record.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        body (AssetUsageForm): Form fields of `create_asset_usage`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetUsage
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
    body: AssetUsageForm,
) -> Response[AssetUsage | Error]:
    """Record asset usage

     Records that an asset is used at a location (`uri`) by an integration registered in the
    portal. Recording the same asset, integration and location again updates `timestamp` and
    `additional` instead of adding a second record. Bynder answers 200 with the record.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        body (AssetUsageForm): Form fields of `create_asset_usage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetUsage | Error]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AssetUsageForm,
) -> AssetUsage:
    """Record asset usage

     Records that an asset is used at a location (`uri`) by an integration registered in the
    portal. Recording the same asset, integration and location again updates `timestamp` and
    `additional` instead of adding a second record. Bynder answers 200 with the record.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        body (AssetUsageForm): Form fields of `create_asset_usage`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetUsage
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
