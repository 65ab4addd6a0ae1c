from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_tags_order_by import ListTagsOrderBy
from ...models.tag import Tag
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: ListTagsOrderBy | Unset = UNSET,
    keyword: str | Unset = UNSET,
    mincount: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params["keyword"] = keyword

    params["mincount"] = mincount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/tags/",
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Tag]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Tag.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Tag]:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[Tag]]:
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
    order_by: ListTagsOrderBy | Unset = UNSET,
    keyword: str | Unset = UNSET,
    mincount: int | Unset = UNSET,
) -> Response[Error | list[Tag]]:
    """List tags

     Returns one page of the tags used on assets, each with the number of assets that carry it.
    Pages are 1-based. The official C# SDK leaves out `mincount` when it searches with `keyword`;
    this contract accepts both together.

    Args:
        page (int | Unset):
        limit (int | Unset):
        order_by (ListTagsOrderBy | Unset):
        keyword (str | Unset):
        mincount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Tag]]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        order_by=order_by,
        keyword=keyword,
        mincount=mincount,
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
    order_by: ListTagsOrderBy | Unset = UNSET,
    keyword: str | Unset = UNSET,
    mincount: int | Unset = UNSET,
) -> list[Tag]:
    """List tags

     Returns one page of the tags used on assets, each with the number of assets that carry it.
    Pages are 1-based. The official C# SDK leaves out `mincount` when it searches with `keyword`;
    this contract accepts both together.

    Args:
        page (int | Unset):
        limit (int | Unset):
        order_by (ListTagsOrderBy | Unset):
        keyword (str | Unset):
        mincount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Tag]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        order_by=order_by,
        keyword=keyword,
        mincount=mincount,
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
    order_by: ListTagsOrderBy | Unset = UNSET,
    keyword: str | Unset = UNSET,
    mincount: int | Unset = UNSET,
) -> Response[Error | list[Tag]]:
    """List tags

     Returns one page of the tags used on assets, each with the number of assets that carry it.
    Pages are 1-based. The official C# SDK leaves out `mincount` when it searches with `keyword`;
    this contract accepts both together.

    Args:
        page (int | Unset):
        limit (int | Unset):
        order_by (ListTagsOrderBy | Unset):
        keyword (str | Unset):
        mincount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Tag]]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        order_by=order_by,
        keyword=keyword,
        mincount=mincount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: ListTagsOrderBy | Unset = UNSET,
    keyword: str | Unset = UNSET,
    mincount: int | Unset = UNSET,
) -> list[Tag]:
    """List tags

     Returns one page of the tags used on assets, each with the number of assets that carry it.
    Pages are 1-based. The official C# SDK leaves out `mincount` when it searches with `keyword`;
    this contract accepts both together.

    Args:
        page (int | Unset):
        limit (int | Unset):
        order_by (ListTagsOrderBy | Unset):
        keyword (str | Unset):
        mincount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Tag]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        order_by=order_by,
        keyword=keyword,
        mincount=mincount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
