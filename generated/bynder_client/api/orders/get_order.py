from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_line import OrderLine
from ...models.store_status import StoreStatus
from ...types import Response


def request_kwargs(
    id: str,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/store/order/{id}/products".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[OrderLine]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OrderLine.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StoreStatus | list[OrderLine]:
    if response.status_code == 200:
        return parse_success(client=client, response=response)
    if response.status_code == 400:
        response_400 = StoreStatus.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = StoreStatus.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = StoreStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StoreStatus | list[OrderLine]]:
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
) -> Response[Error | StoreStatus | list[OrderLine]]:
    """Get an order

     Returns the order's lines (products, quantities, prices). Note the path has no trailing
    slash, unlike `get_order_info`.

    The connector can look an order up by id or by order number. Bynder publishes only the
    by-id path, and a separate by-number operation appears in its scope table without a
    published path; a third-party connector sends the order number through this same path.
    This contract therefore has one operation for both: put the id or the order number in
    `{id}`. The by-number form is inferred, not confirmed.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoreStatus | list[OrderLine]]
    """

    kwargs = request_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> list[OrderLine]:
    """Get an order

     Returns the order's lines (products, quantities, prices). Note the path has no trailing
    slash, unlike `get_order_info`.

    The connector can look an order up by id or by order number. Bynder publishes only the
    by-id path, and a separate by-number operation appears in its scope table without a
    published path; a third-party connector sends the order number through this same path.
    This contract therefore has one operation for both: put the id or the order number in
    `{id}`. The by-number form is inferred, not confirmed.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OrderLine]
    """

    kwargs = request_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | StoreStatus | list[OrderLine]]:
    """Get an order

     Returns the order's lines (products, quantities, prices). Note the path has no trailing
    slash, unlike `get_order_info`.

    The connector can look an order up by id or by order number. Bynder publishes only the
    by-id path, and a separate by-number operation appears in its scope table without a
    published path; a third-party connector sends the order number through this same path.
    This contract therefore has one operation for both: put the id or the order number in
    `{id}`. The by-number form is inferred, not confirmed.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoreStatus | list[OrderLine]]
    """

    kwargs = request_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> list[OrderLine]:
    """Get an order

     Returns the order's lines (products, quantities, prices). Note the path has no trailing
    slash, unlike `get_order_info`.

    The connector can look an order up by id or by order number. Bynder publishes only the
    by-id path, and a separate by-number operation appears in its scope table without a
    published path; a third-party connector sends the order number through this same path.
    This contract therefore has one operation for both: put the id or the order number in
    `{id}`. The by-number form is inferred, not confirmed.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OrderLine]
    """

    kwargs = request_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
