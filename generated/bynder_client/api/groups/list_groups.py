from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_groups_sort_order import (
    ListGroupsSortOrder,
)
from ...models.user_group import UserGroup
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    search_term: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    sort_order: ListGroupsSortOrder | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["search_term"] = search_term

    params["page"] = page

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/groups/list/",
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[UserGroup]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserGroup.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[UserGroup]:
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
) -> Response[Error | list[UserGroup]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    search_term: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    sort_order: ListGroupsSortOrder | Unset = UNSET,
) -> Response[Error | list[UserGroup]]:
    """List user groups

     Returns one page of the portal's user groups (the groups a user belongs to, and that
    collections can be shared with), ordered by name. Needs the GROUPMANAGEMENT security role.

    Args:
        search_term (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        sort_order (ListGroupsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserGroup]]
    """

    kwargs = request_kwargs(
        search_term=search_term,
        page=page,
        limit=limit,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    search_term: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    sort_order: ListGroupsSortOrder | Unset = UNSET,
) -> list[UserGroup]:
    """List user groups

     Returns one page of the portal's user groups (the groups a user belongs to, and that
    collections can be shared with), ordered by name. Needs the GROUPMANAGEMENT security role.

    Args:
        search_term (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        sort_order (ListGroupsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserGroup]
    """

    kwargs = request_kwargs(
        search_term=search_term,
        page=page,
        limit=limit,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    search_term: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    sort_order: ListGroupsSortOrder | Unset = UNSET,
) -> Response[Error | list[UserGroup]]:
    """List user groups

     Returns one page of the portal's user groups (the groups a user belongs to, and that
    collections can be shared with), ordered by name. Needs the GROUPMANAGEMENT security role.

    Args:
        search_term (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        sort_order (ListGroupsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserGroup]]
    """

    kwargs = request_kwargs(
        search_term=search_term,
        page=page,
        limit=limit,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    search_term: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    sort_order: ListGroupsSortOrder | Unset = UNSET,
) -> list[UserGroup]:
    """List user groups

     Returns one page of the portal's user groups (the groups a user belongs to, and that
    collections can be shared with), ordered by name. Needs the GROUPMANAGEMENT security role.

    Args:
        search_term (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        sort_order (ListGroupsSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserGroup]
    """

    kwargs = request_kwargs(
        search_term=search_term,
        page=page,
        limit=limit,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
