from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_pim_metaproperty_options_order import (
    ListPimMetapropertyOptionsOrder,
)
from ...models.pim_option import PimOption
from ...types import UNSET, Response, Unset


def request_kwargs(
    id: str,
    *,
    order: ListPimMetapropertyOptionsOrder | Unset = "asc",
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/pim/metaproperties/{id}/options".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[PimOption]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PimOption.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[PimOption]:
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
) -> Response[Error | list[PimOption]]:
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
    order: ListPimMetapropertyOptionsOrder | Unset = "asc",
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[Error | list[PimOption]]:
    """List the options of a product-layer metaproperty

     Returns one page of the metaproperty's options ordered by name, each with its children
    (`product_options`). Pages are 1-based.

    Args:
        id (str):
        order (ListPimMetapropertyOptionsOrder | Unset):  Default: 'asc'.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PimOption]]
    """

    kwargs = request_kwargs(
        id=id,
        order=order,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    order: ListPimMetapropertyOptionsOrder | Unset = "asc",
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> list[PimOption]:
    """List the options of a product-layer metaproperty

     Returns one page of the metaproperty's options ordered by name, each with its children
    (`product_options`). Pages are 1-based.

    Args:
        id (str):
        order (ListPimMetapropertyOptionsOrder | Unset):  Default: 'asc'.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PimOption]
    """

    kwargs = request_kwargs(
        id=id,
        order=order,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    order: ListPimMetapropertyOptionsOrder | Unset = "asc",
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[Error | list[PimOption]]:
    """List the options of a product-layer metaproperty

     Returns one page of the metaproperty's options ordered by name, each with its children
    (`product_options`). Pages are 1-based.

    Args:
        id (str):
        order (ListPimMetapropertyOptionsOrder | Unset):  Default: 'asc'.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PimOption]]
    """

    kwargs = request_kwargs(
        id=id,
        order=order,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    order: ListPimMetapropertyOptionsOrder | Unset = "asc",
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> list[PimOption]:
    """List the options of a product-layer metaproperty

     Returns one page of the metaproperty's options ordered by name, each with its children
    (`product_options`). Pages are 1-based.

    Args:
        id (str):
        order (ListPimMetapropertyOptionsOrder | Unset):  Default: 'asc'.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PimOption]
    """

    kwargs = request_kwargs(
        id=id,
        order=order,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
