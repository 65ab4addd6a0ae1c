from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user import User
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_in_active: bool | Unset = False,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["includeInActive"] = include_in_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/users/",
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[User]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = User.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[User]:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[User]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_in_active: bool | Unset = False,
) -> Response[Error | list[User]]:
    """List users

     Returns users as a bare array, with paging information in the `X-Pagination-*` headers.
    Without `limit`, Bynder returns every user in one response. In this list `active` is
    usually `0`/`1` rather than a boolean.

    Args:
        page (int | Unset):
        limit (int | Unset):
        include_in_active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[User]]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        include_in_active=include_in_active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_in_active: bool | Unset = False,
) -> list[User]:
    """List users

     Returns users as a bare array, with paging information in the `X-Pagination-*` headers.
    Without `limit`, Bynder returns every user in one response. In this list `active` is
    usually `0`/`1` rather than a boolean.

    Args:
        page (int | Unset):
        limit (int | Unset):
        include_in_active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[User]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        include_in_active=include_in_active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_in_active: bool | Unset = False,
) -> Response[Error | list[User]]:
    """List users

     Returns users as a bare array, with paging information in the `X-Pagination-*` headers.
    Without `limit`, Bynder returns every user in one response. In this list `active` is
    usually `0`/`1` rather than a boolean.

    Args:
        page (int | Unset):
        limit (int | Unset):
        include_in_active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[User]]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        include_in_active=include_in_active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_in_active: bool | Unset = False,
) -> list[User]:
    """List users

     Returns users as a bare array, with paging information in the `X-Pagination-*` headers.
    Without `limit`, Bynder returns every user in one response. In this list `active` is
    usually `0`/`1` rather than a boolean.

    Args:
        page (int | Unset):
        limit (int | Unset):
        include_in_active (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[User]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        include_in_active=include_in_active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
