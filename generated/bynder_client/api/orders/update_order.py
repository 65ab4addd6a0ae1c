from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_update_form import OrderUpdateForm
from ...models.store_status import StoreStatus
from ...types import Response


def request_kwargs(
    id: str,
    *,
    body: OrderUpdateForm,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/store/order/{id}/products".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StoreStatus:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 201:
        response_201 = StoreStatus.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StoreStatus:
    if response.status_code == 201:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | StoreStatus]:
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
    body: OrderUpdateForm,
) -> Response[Error | StoreStatus]:
    """Update an order

     Changes an order's status, with an optional message and tracking number, from a form. The
    reply uses `status_code`, not `statuscode`. A third-party connector posts to
    `/api/store/order/{id}` and misspells `message`; this contract follows Bynder's reference.

    Args:
        id (str):
        body (OrderUpdateForm): Form fields of `update_order`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoreStatus]
    """

    kwargs = request_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: OrderUpdateForm,
) -> StoreStatus:
    """Update an order

     Changes an order's status, with an optional message and tracking number, from a form. The
    reply uses `status_code`, not `statuscode`. A third-party connector posts to
    `/api/store/order/{id}` and misspells `message`; this contract follows Bynder's reference.

    Args:
        id (str):
        body (OrderUpdateForm): Form fields of `update_order`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StoreStatus
    """

    kwargs = request_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: OrderUpdateForm,
) -> Response[Error | StoreStatus]:
    """Update an order

     Changes an order's status, with an optional message and tracking number, from a form. The
    reply uses `status_code`, not `statuscode`. A third-party connector posts to
    `/api/store/order/{id}` and misspells `message`; this contract follows Bynder's reference.

    Args:
        id (str):
        body (OrderUpdateForm): Form fields of `update_order`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoreStatus]
    """

    kwargs = request_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: OrderUpdateForm,
) -> StoreStatus:
    """Update an order

     Changes an order's status, with an optional message and tracking number, from a form. The
    reply uses `status_code`, not `statuscode`. A third-party connector posts to
    `/api/store/order/{id}` and misspells `message`; this contract follows Bynder's reference.

    Args:
        id (str):
        body (OrderUpdateForm): Form fields of `update_order`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StoreStatus
    """

    kwargs = request_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
