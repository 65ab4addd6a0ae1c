from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_metaproperty_options import AssetMetapropertyOptions
from ...models.error import Error
from ...types import Response


def request_kwargs(
    *,
    body: AssetMetapropertyOptions,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/media/options",
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
    *,
    client: AuthenticatedClient,
    body: AssetMetapropertyOptions,
) -> Response[Any | Error]:
    """Remove metaproperty options from an asset

     Removes options of one metaproperty from an asset. This DELETE carries a JSON body, which
    OpenAPI 3.1 allows; the success reply has no body.

    Args:
        body (AssetMetapropertyOptions): Body of `add_asset_metaproperty_options` and
            `delete_asset_metaproperty_options`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: AssetMetapropertyOptions,
) -> Any:
    """Remove metaproperty options from an asset

     Removes options of one metaproperty from an asset. This DELETE carries a JSON body, which
    OpenAPI 3.1 allows; the success reply has no body.

    Args:
        body (AssetMetapropertyOptions): Body of `add_asset_metaproperty_options` and
            `delete_asset_metaproperty_options`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 204.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
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
    body: AssetMetapropertyOptions,
) -> Response[Any | Error]:
    """Remove metaproperty options from an asset

     Removes options of one metaproperty from an asset. This DELETE carries a JSON body, which
    OpenAPI 3.1 allows; the success reply has no body.

    Args:
        body (AssetMetapropertyOptions): Body of `add_asset_metaproperty_options` and
            `delete_asset_metaproperty_options`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AssetMetapropertyOptions,
) -> Any:
    """Remove metaproperty options from an asset

     Removes options of one metaproperty from an asset. This DELETE carries a JSON body, which
    OpenAPI 3.1 allows; the success reply has no body.

    Args:
        body (AssetMetapropertyOptions): Body of `add_asset_metaproperty_options` and
            `delete_asset_metaproperty_options`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 204.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
