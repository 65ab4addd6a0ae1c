from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_usage import AssetUsage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    asset_id: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    uri: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["asset_id"] = asset_id

    params["integration_id"] = integration_id

    params["uri"] = uri

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/media/usage/",
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[AssetUsage]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AssetUsage.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[AssetUsage]:
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
) -> Response[Error | list[AssetUsage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    asset_id: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    uri: str | Unset = UNSET,
) -> Response[Error | list[AssetUsage]]:
    """List asset usage

     Returns the usage records (where an asset is used outside Bynder, as reported by an
    integration) that match every filter given. Without filters, every record of the portal.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        asset_id (str | Unset):
        integration_id (str | Unset):
        uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AssetUsage]]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        integration_id=integration_id,
        uri=uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    asset_id: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    uri: str | Unset = UNSET,
) -> list[AssetUsage]:
    """List asset usage

     Returns the usage records (where an asset is used outside Bynder, as reported by an
    integration) that match every filter given. Without filters, every record of the portal.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        asset_id (str | Unset):
        integration_id (str | Unset):
        uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AssetUsage]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        integration_id=integration_id,
        uri=uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    asset_id: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    uri: str | Unset = UNSET,
) -> Response[Error | list[AssetUsage]]:
    """List asset usage

     Returns the usage records (where an asset is used outside Bynder, as reported by an
    integration) that match every filter given. Without filters, every record of the portal.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        asset_id (str | Unset):
        integration_id (str | Unset):
        uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AssetUsage]]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        integration_id=integration_id,
        uri=uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    asset_id: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    uri: str | Unset = UNSET,
) -> list[AssetUsage]:
    """List asset usage

     Returns the usage records (where an asset is used outside Bynder, as reported by an
    integration) that match every filter given. Without filters, every record of the portal.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        asset_id (str | Unset):
        integration_id (str | Unset):
        uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AssetUsage]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        integration_id=integration_id,
        uri=uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
