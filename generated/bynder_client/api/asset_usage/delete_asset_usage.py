from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    integration_id: str,
    asset_id: str,
    uri: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["integration_id"] = integration_id

    params["asset_id"] = asset_id

    params["uri"] = uri

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/media/usage/",
        "params": params,
    }

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
    *,
    client: AuthenticatedClient,
    integration_id: str,
    asset_id: str,
    uri: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete asset usage

     Deletes the usage records of an asset for an integration: the one at `uri`, or all of them
    when `uri` is omitted. Nothing to delete gives 404.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        integration_id (str):
        asset_id (str):
        uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        integration_id=integration_id,
        asset_id=asset_id,
        uri=uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    integration_id: str,
    asset_id: str,
    uri: str | Unset = UNSET,
) -> Any:
    """Delete asset usage

     Deletes the usage records of an asset for an integration: the one at `uri`, or all of them
    when `uri` is omitted. Nothing to delete gives 404.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        integration_id (str):
        asset_id (str):
        uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 204.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        integration_id=integration_id,
        asset_id=asset_id,
        uri=uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    integration_id: str,
    asset_id: str,
    uri: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete asset usage

     Deletes the usage records of an asset for an integration: the one at `uri`, or all of them
    when `uri` is omitted. Nothing to delete gives 404.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        integration_id (str):
        asset_id (str):
        uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        integration_id=integration_id,
        asset_id=asset_id,
        uri=uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    integration_id: str,
    asset_id: str,
    uri: str | Unset = UNSET,
) -> Any:
    """Delete asset usage

     Deletes the usage records of an asset for an integration: the one at `uri`, or all of them
    when `uri` is omitted. Nothing to delete gives 404.

    Bynder's reference writes `/api/media/usage`; the official Python, JavaScript, Java and C# SDKs
    call `/api/media/usage/`, the form this contract uses.

    Args:
        integration_id (str):
        asset_id (str):
        uri (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 204.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        integration_id=integration_id,
        asset_id=asset_id,
        uri=uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
