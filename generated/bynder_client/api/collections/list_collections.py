from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection import Collection
from ...models.collection_page import CollectionPage
from ...models.error import Error
from ...models.list_collections_order_by import (
    ListCollectionsOrderBy,
)
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    count: bool | Unset = False,
    order_by: ListCollectionsOrderBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    min_count: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["count"] = count

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params["ids"] = ids

    params["keyword"] = keyword

    params["isPublic"] = is_public

    params["minCount"] = min_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/collections/",
        "params": params,
    }

    return _kwargs


def parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionPage | list[Collection]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CollectionPage | list[Collection]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = Collection.from_dict(response_200_type_0_item_data)

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CollectionPage.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionPage | list[Collection] | Error:
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
) -> Response[CollectionPage | list[Collection] | Error]:
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
    count: bool | Unset = False,
    order_by: ListCollectionsOrderBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    min_count: int | Unset = UNSET,
) -> Response[CollectionPage | list[Collection] | Error]:
    """List collections

     Returns one page of the collections the user can see: a bare array, or a `CollectionPage`
    (`{count, collections}`) when `count` is true. Pages are 1-based; Bynder uses a page size of
    50 when `limit` is omitted. The connector's "Fetch All" switch is handled by the client
    library's pagination, not sent.

    Args:
        page (int | Unset):
        limit (int | Unset):
        count (bool | Unset):  Default: False.
        order_by (ListCollectionsOrderBy | Unset):
        ids (str | Unset):
        keyword (str | Unset):
        is_public (bool | Unset):
        min_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionPage | list[Collection] | Error]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        count=count,
        order_by=order_by,
        ids=ids,
        keyword=keyword,
        is_public=is_public,
        min_count=min_count,
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
    count: bool | Unset = False,
    order_by: ListCollectionsOrderBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    min_count: int | Unset = UNSET,
) -> CollectionPage | list[Collection]:
    """List collections

     Returns one page of the collections the user can see: a bare array, or a `CollectionPage`
    (`{count, collections}`) when `count` is true. Pages are 1-based; Bynder uses a page size of
    50 when `limit` is omitted. The connector's "Fetch All" switch is handled by the client
    library's pagination, not sent.

    Args:
        page (int | Unset):
        limit (int | Unset):
        count (bool | Unset):  Default: False.
        order_by (ListCollectionsOrderBy | Unset):
        ids (str | Unset):
        keyword (str | Unset):
        is_public (bool | Unset):
        min_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionPage | list[Collection]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        count=count,
        order_by=order_by,
        ids=ids,
        keyword=keyword,
        is_public=is_public,
        min_count=min_count,
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
    count: bool | Unset = False,
    order_by: ListCollectionsOrderBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    min_count: int | Unset = UNSET,
) -> Response[CollectionPage | list[Collection] | Error]:
    """List collections

     Returns one page of the collections the user can see: a bare array, or a `CollectionPage`
    (`{count, collections}`) when `count` is true. Pages are 1-based; Bynder uses a page size of
    50 when `limit` is omitted. The connector's "Fetch All" switch is handled by the client
    library's pagination, not sent.

    Args:
        page (int | Unset):
        limit (int | Unset):
        count (bool | Unset):  Default: False.
        order_by (ListCollectionsOrderBy | Unset):
        ids (str | Unset):
        keyword (str | Unset):
        is_public (bool | Unset):
        min_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionPage | list[Collection] | Error]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        count=count,
        order_by=order_by,
        ids=ids,
        keyword=keyword,
        is_public=is_public,
        min_count=min_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    count: bool | Unset = False,
    order_by: ListCollectionsOrderBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    min_count: int | Unset = UNSET,
) -> CollectionPage | list[Collection]:
    """List collections

     Returns one page of the collections the user can see: a bare array, or a `CollectionPage`
    (`{count, collections}`) when `count` is true. Pages are 1-based; Bynder uses a page size of
    50 when `limit` is omitted. The connector's "Fetch All" switch is handled by the client
    library's pagination, not sent.

    Args:
        page (int | Unset):
        limit (int | Unset):
        count (bool | Unset):  Default: False.
        order_by (ListCollectionsOrderBy | Unset):
        ids (str | Unset):
        keyword (str | Unset):
        is_public (bool | Unset):
        min_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionPage | list[Collection]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        count=count,
        order_by=order_by,
        ids=ids,
        keyword=keyword,
        is_public=is_public,
        min_count=min_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
