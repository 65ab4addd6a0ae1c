from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.global_option_dependencies import GlobalOptionDependencies
from ...types import Response


def request_kwargs() -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/metaproperties/options/dependencies/",
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalOptionDependencies:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = GlobalOptionDependencies.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GlobalOptionDependencies:
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
) -> Response[Error | GlobalOptionDependencies]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | GlobalOptionDependencies]:
    """List every option dependency

     Returns the dependencies of every option of the portal, nested three levels deep: metaproperty
    id, then option id, then dependency group id (or `ungrouped`) mapping to the ids of the options
    depended on. Options without dependencies are left out.

    The portal's edit screens offer an option with dependencies only once every ungrouped option
    it depends on is set on the asset, and at least one option of each of its groups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GlobalOptionDependencies]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> GlobalOptionDependencies:
    """List every option dependency

     Returns the dependencies of every option of the portal, nested three levels deep: metaproperty
    id, then option id, then dependency group id (or `ungrouped`) mapping to the ids of the options
    depended on. Options without dependencies are left out.

    The portal's edit screens offer an option with dependencies only once every ungrouped option
    it depends on is set on the asset, and at least one option of each of its groups.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlobalOptionDependencies
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | GlobalOptionDependencies]:
    """List every option dependency

     Returns the dependencies of every option of the portal, nested three levels deep: metaproperty
    id, then option id, then dependency group id (or `ungrouped`) mapping to the ids of the options
    depended on. Options without dependencies are left out.

    The portal's edit screens offer an option with dependencies only once every ungrouped option
    it depends on is set on the asset, and at least one option of each of its groups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GlobalOptionDependencies]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GlobalOptionDependencies:
    """List every option dependency

     Returns the dependencies of every option of the portal, nested three levels deep: metaproperty
    id, then option id, then dependency group id (or `ungrouped`) mapping to the ids of the options
    depended on. Options without dependencies are left out.

    The portal's edit screens offer an option with dependencies only once every ungrouped option
    it depends on is set on the asset, and at least one option of each of its groups.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlobalOptionDependencies
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
