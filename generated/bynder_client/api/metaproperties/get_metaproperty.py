from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.metaproperty import Metaproperty
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["type"] = type_

    params["options"] = options

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/metaproperties/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Metaproperty:
    if response.status_code == 200:
        response_200 = Metaproperty.from_dict(response.json())

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
) -> Response[Error | Metaproperty]:
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
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
) -> Response[Error | Metaproperty]:
    """Get a metaproperty

     Returns one metaproperty, with its options unless `options` is false. Options of hierarchical
    metaproperties hold their child options in `options`.

    Args:
        id (str):
        count (bool | Unset):  Default: False.
        type_ (str | Unset):
        options (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Metaproperty]
    """

    kwargs = _get_kwargs(
        id=id,
        count=count,
        type_=type_,
        options=options,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
) -> Error | Metaproperty | None:
    """Get a metaproperty

     Returns one metaproperty, with its options unless `options` is false. Options of hierarchical
    metaproperties hold their child options in `options`.

    Args:
        id (str):
        count (bool | Unset):  Default: False.
        type_ (str | Unset):
        options (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Metaproperty
    """

    return sync_detailed(
        id=id,
        client=client,
        count=count,
        type_=type_,
        options=options,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
) -> Response[Error | Metaproperty]:
    """Get a metaproperty

     Returns one metaproperty, with its options unless `options` is false. Options of hierarchical
    metaproperties hold their child options in `options`.

    Args:
        id (str):
        count (bool | Unset):  Default: False.
        type_ (str | Unset):
        options (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Metaproperty]
    """

    kwargs = _get_kwargs(
        id=id,
        count=count,
        type_=type_,
        options=options,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
) -> Error | Metaproperty | None:
    """Get a metaproperty

     Returns one metaproperty, with its options unless `options` is false. Options of hierarchical
    metaproperties hold their child options in `options`.

    Args:
        id (str):
        count (bool | Unset):  Default: False.
        type_ (str | Unset):
        options (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Metaproperty
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            count=count,
            type_=type_,
            options=options,
        )
    ).parsed
