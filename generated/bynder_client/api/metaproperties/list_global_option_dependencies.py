from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.global_option_dependencies import GlobalOptionDependencies
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/metaproperties/options/dependencies/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GlobalOptionDependencies:
    if response.status_code == 200:
        response_200 = GlobalOptionDependencies.from_dict(response.json())

        return response_200

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

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | GlobalOptionDependencies | None:
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
        Error | GlobalOptionDependencies
    """

    return sync_detailed(
        client=client,
    ).parsed


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

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | GlobalOptionDependencies | None:
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
        Error | GlobalOptionDependencies
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
