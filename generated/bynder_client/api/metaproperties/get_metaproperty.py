from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.metaproperty import Metaproperty
from ...types import UNSET, Response, Unset


def request_kwargs(
    id: str,
    *,
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

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


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Metaproperty:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = Metaproperty.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Metaproperty:
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

    kwargs = request_kwargs(
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
) -> Metaproperty:
    """Get a metaproperty

     Returns one metaproperty, with its options unless `options` is false. Options of hierarchical
    metaproperties hold their child options in `options`.

    Args:
        id (str):
        count (bool | Unset):  Default: False.
        type_ (str | Unset):
        options (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Metaproperty
    """

    kwargs = request_kwargs(
        id=id,
        count=count,
        type_=type_,
        options=options,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


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

    kwargs = request_kwargs(
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
) -> Metaproperty:
    """Get a metaproperty

     Returns one metaproperty, with its options unless `options` is false. Options of hierarchical
    metaproperties hold their child options in `options`.

    Args:
        id (str):
        count (bool | Unset):  Default: False.
        type_ (str | Unset):
        options (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Metaproperty
    """

    kwargs = request_kwargs(
        id=id,
        count=count,
        type_=type_,
        options=options,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
