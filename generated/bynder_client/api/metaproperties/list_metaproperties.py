from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.metaproperty_map import MetapropertyMap
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
    ids: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["count"] = count

    params["type"] = type_

    params["options"] = options

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/metaproperties/",
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MetapropertyMap:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = MetapropertyMap.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MetapropertyMap:
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
) -> Response[Error | MetapropertyMap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
    ids: str | Unset = UNSET,
) -> Response[Error | MetapropertyMap]:
    """List metaproperties

     Returns every metaproperty of the portal as an object keyed by the metaproperty's name, not
    as an array.

    `options` defaults to true, as on Bynder's side. The connector's form pre-fills this input
    with false; this contract follows Bynder so that a call without arguments returns the
    options, which is what a caller listing metaproperties almost always needs.

    Args:
        count (bool | Unset):  Default: False.
        type_ (str | Unset):
        options (bool | Unset):  Default: True.
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetapropertyMap]
    """

    kwargs = request_kwargs(
        count=count,
        type_=type_,
        options=options,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
    ids: str | Unset = UNSET,
) -> MetapropertyMap:
    """List metaproperties

     Returns every metaproperty of the portal as an object keyed by the metaproperty's name, not
    as an array.

    `options` defaults to true, as on Bynder's side. The connector's form pre-fills this input
    with false; this contract follows Bynder so that a call without arguments returns the
    options, which is what a caller listing metaproperties almost always needs.

    Args:
        count (bool | Unset):  Default: False.
        type_ (str | Unset):
        options (bool | Unset):  Default: True.
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetapropertyMap
    """

    kwargs = request_kwargs(
        count=count,
        type_=type_,
        options=options,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
    ids: str | Unset = UNSET,
) -> Response[Error | MetapropertyMap]:
    """List metaproperties

     Returns every metaproperty of the portal as an object keyed by the metaproperty's name, not
    as an array.

    `options` defaults to true, as on Bynder's side. The connector's form pre-fills this input
    with false; this contract follows Bynder so that a call without arguments returns the
    options, which is what a caller listing metaproperties almost always needs.

    Args:
        count (bool | Unset):  Default: False.
        type_ (str | Unset):
        options (bool | Unset):  Default: True.
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetapropertyMap]
    """

    kwargs = request_kwargs(
        count=count,
        type_=type_,
        options=options,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = False,
    type_: str | Unset = UNSET,
    options: bool | Unset = True,
    ids: str | Unset = UNSET,
) -> MetapropertyMap:
    """List metaproperties

     Returns every metaproperty of the portal as an object keyed by the metaproperty's name, not
    as an array.

    `options` defaults to true, as on Bynder's side. The connector's form pre-fills this input
    with false; this contract follows Bynder so that a call without arguments returns the
    options, which is what a caller listing metaproperties almost always needs.

    Args:
        count (bool | Unset):  Default: False.
        type_ (str | Unset):
        options (bool | Unset):  Default: True.
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetapropertyMap
    """

    kwargs = request_kwargs(
        count=count,
        type_=type_,
        options=options,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
