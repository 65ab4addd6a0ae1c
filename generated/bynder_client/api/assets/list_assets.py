from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.asset_page_with_count import AssetPageWithCount
from ...models.asset_page_with_total import AssetPageWithTotal
from ...models.error import Error
from ...models.list_assets_order_by import ListAssetsOrderBy
from ...models.list_assets_orientation import (
    ListAssetsOrientation,
)
from ...models.property_filters import PropertyFilters
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    count: bool | Unset = False,
    total: bool | Unset = False,
    cursor: str | Unset = UNSET,
    brand_id: str | Unset = UNSET,
    sub_brand_id: str | Unset = UNSET,
    category_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    property_option_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    orientation: ListAssetsOrientation | Unset = UNSET,
    limited: bool | Unset = UNSET,
    archive: bool | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_created_to: str | Unset = UNSET,
    date_created_on: str | Unset = UNSET,
    date_modified: str | Unset = UNSET,
    date_modified_to: str | Unset = UNSET,
    date_modified_on: str | Unset = UNSET,
    order_by: ListAssetsOrderBy | Unset = UNSET,
    include_media_items: bool | Unset = UNSET,
    include_version_number: bool | Unset = UNSET,
    property_filters: PropertyFilters | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["count"] = count

    params["total"] = total

    params["cursor"] = cursor

    params["brandId"] = brand_id

    params["subBrandId"] = sub_brand_id

    params["categoryId"] = category_id

    params["collectionId"] = collection_id

    params["id"] = id

    params["ids"] = ids

    params["propertyOptionId"] = property_option_id

    params["tags"] = tags

    params["type"] = type_

    json_orientation: str | Unset = UNSET
    if not isinstance(orientation, Unset):
        json_orientation = orientation

    params["orientation"] = json_orientation

    params["limited"] = limited

    params["archive"] = archive

    params["isPublic"] = is_public

    params["keyword"] = keyword

    params["dateCreated"] = date_created

    params["dateCreatedTo"] = date_created_to

    params["dateCreatedOn"] = date_created_on

    params["dateModified"] = date_modified

    params["dateModifiedTo"] = date_modified_to

    params["dateModifiedOn"] = date_modified_on

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params["includeMediaItems"] = include_media_items

    params["includeVersionNumber"] = include_version_number

    json_property_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(property_filters, Unset):
        json_property_filters = property_filters.to_dict()
    if not isinstance(json_property_filters, Unset):
        params.update(json_property_filters)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/media/",
        "params": params,
    }

    return _kwargs


def parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetPageWithCount | AssetPageWithTotal | list[Asset]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AssetPageWithCount | AssetPageWithTotal | list[Asset]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = Asset.from_dict(response_200_type_0_item_data)

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = AssetPageWithTotal.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = AssetPageWithCount.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetPageWithCount | AssetPageWithTotal | list[Asset] | Error:
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
) -> Response[AssetPageWithCount | AssetPageWithTotal | list[Asset] | Error]:
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
    limit: int | Unset = 50,
    count: bool | Unset = False,
    total: bool | Unset = False,
    cursor: str | Unset = UNSET,
    brand_id: str | Unset = UNSET,
    sub_brand_id: str | Unset = UNSET,
    category_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    property_option_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    orientation: ListAssetsOrientation | Unset = UNSET,
    limited: bool | Unset = UNSET,
    archive: bool | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_created_to: str | Unset = UNSET,
    date_created_on: str | Unset = UNSET,
    date_modified: str | Unset = UNSET,
    date_modified_to: str | Unset = UNSET,
    date_modified_on: str | Unset = UNSET,
    order_by: ListAssetsOrderBy | Unset = UNSET,
    include_media_items: bool | Unset = UNSET,
    include_version_number: bool | Unset = UNSET,
    property_filters: PropertyFilters | Unset = UNSET,
) -> Response[AssetPageWithCount | AssetPageWithTotal | list[Asset] | Error]:
    """List assets

     Returns one page of assets, filtered and ordered as requested. Pages are 1-based and hold up
    to `limit` assets (at most 1,000).

    The body has one of three shapes: a bare array of assets (the default), an
    `AssetPageWithTotal` when `total` is true, or an `AssetPageWithCount` (facet counts plus the
    total) when `count` is true; `count` wins when both are set.

    Filters on metaproperties use the metaproperty's name: `property_Colour=red` (an option
    name, or a comma-separated list of option ids). Pass them through `propertyFilters`, whose
    keys are sent as top-level query parameters. Portals with deep paging enabled also accept
    `cursor` and return the next cursor in the `X-Bynder-NextCursor` header.

    The connector's "Fetch All" switch is not a wire parameter: the client library pages
    through the results itself.

    Args:
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        count (bool | Unset):  Default: False.
        total (bool | Unset):  Default: False.
        cursor (str | Unset):
        brand_id (str | Unset):
        sub_brand_id (str | Unset):
        category_id (str | Unset):
        collection_id (str | Unset):
        id (str | Unset):
        ids (str | Unset):
        property_option_id (str | Unset):
        tags (str | Unset):
        type_ (str | Unset):
        orientation (ListAssetsOrientation | Unset):
        limited (bool | Unset):
        archive (bool | Unset):
        is_public (bool | Unset):
        keyword (str | Unset):
        date_created (str | Unset):
        date_created_to (str | Unset):
        date_created_on (str | Unset):
        date_modified (str | Unset):
        date_modified_to (str | Unset):
        date_modified_on (str | Unset):
        order_by (ListAssetsOrderBy | Unset):
        include_media_items (bool | Unset):
        include_version_number (bool | Unset):
        property_filters (PropertyFilters | Unset): Metaproperty filters for `list_assets`. Each
            key is `property_{MetapropertyName}` and each
            value is an option name or a comma-separated list of option ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetPageWithCount | AssetPageWithTotal | list[Asset] | Error]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        count=count,
        total=total,
        cursor=cursor,
        brand_id=brand_id,
        sub_brand_id=sub_brand_id,
        category_id=category_id,
        collection_id=collection_id,
        id=id,
        ids=ids,
        property_option_id=property_option_id,
        tags=tags,
        type_=type_,
        orientation=orientation,
        limited=limited,
        archive=archive,
        is_public=is_public,
        keyword=keyword,
        date_created=date_created,
        date_created_to=date_created_to,
        date_created_on=date_created_on,
        date_modified=date_modified,
        date_modified_to=date_modified_to,
        date_modified_on=date_modified_on,
        order_by=order_by,
        include_media_items=include_media_items,
        include_version_number=include_version_number,
        property_filters=property_filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    count: bool | Unset = False,
    total: bool | Unset = False,
    cursor: str | Unset = UNSET,
    brand_id: str | Unset = UNSET,
    sub_brand_id: str | Unset = UNSET,
    category_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    property_option_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    orientation: ListAssetsOrientation | Unset = UNSET,
    limited: bool | Unset = UNSET,
    archive: bool | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_created_to: str | Unset = UNSET,
    date_created_on: str | Unset = UNSET,
    date_modified: str | Unset = UNSET,
    date_modified_to: str | Unset = UNSET,
    date_modified_on: str | Unset = UNSET,
    order_by: ListAssetsOrderBy | Unset = UNSET,
    include_media_items: bool | Unset = UNSET,
    include_version_number: bool | Unset = UNSET,
    property_filters: PropertyFilters | Unset = UNSET,
) -> AssetPageWithCount | AssetPageWithTotal | list[Asset]:
    """List assets

     Returns one page of assets, filtered and ordered as requested. Pages are 1-based and hold up
    to `limit` assets (at most 1,000).

    The body has one of three shapes: a bare array of assets (the default), an
    `AssetPageWithTotal` when `total` is true, or an `AssetPageWithCount` (facet counts plus the
    total) when `count` is true; `count` wins when both are set.

    Filters on metaproperties use the metaproperty's name: `property_Colour=red` (an option
    name, or a comma-separated list of option ids). Pass them through `propertyFilters`, whose
    keys are sent as top-level query parameters. Portals with deep paging enabled also accept
    `cursor` and return the next cursor in the `X-Bynder-NextCursor` header.

    The connector's "Fetch All" switch is not a wire parameter: the client library pages
    through the results itself.

    Args:
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        count (bool | Unset):  Default: False.
        total (bool | Unset):  Default: False.
        cursor (str | Unset):
        brand_id (str | Unset):
        sub_brand_id (str | Unset):
        category_id (str | Unset):
        collection_id (str | Unset):
        id (str | Unset):
        ids (str | Unset):
        property_option_id (str | Unset):
        tags (str | Unset):
        type_ (str | Unset):
        orientation (ListAssetsOrientation | Unset):
        limited (bool | Unset):
        archive (bool | Unset):
        is_public (bool | Unset):
        keyword (str | Unset):
        date_created (str | Unset):
        date_created_to (str | Unset):
        date_created_on (str | Unset):
        date_modified (str | Unset):
        date_modified_to (str | Unset):
        date_modified_on (str | Unset):
        order_by (ListAssetsOrderBy | Unset):
        include_media_items (bool | Unset):
        include_version_number (bool | Unset):
        property_filters (PropertyFilters | Unset): Metaproperty filters for `list_assets`. Each
            key is `property_{MetapropertyName}` and each
            value is an option name or a comma-separated list of option ids.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetPageWithCount | AssetPageWithTotal | list[Asset]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        count=count,
        total=total,
        cursor=cursor,
        brand_id=brand_id,
        sub_brand_id=sub_brand_id,
        category_id=category_id,
        collection_id=collection_id,
        id=id,
        ids=ids,
        property_option_id=property_option_id,
        tags=tags,
        type_=type_,
        orientation=orientation,
        limited=limited,
        archive=archive,
        is_public=is_public,
        keyword=keyword,
        date_created=date_created,
        date_created_to=date_created_to,
        date_created_on=date_created_on,
        date_modified=date_modified,
        date_modified_to=date_modified_to,
        date_modified_on=date_modified_on,
        order_by=order_by,
        include_media_items=include_media_items,
        include_version_number=include_version_number,
        property_filters=property_filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    count: bool | Unset = False,
    total: bool | Unset = False,
    cursor: str | Unset = UNSET,
    brand_id: str | Unset = UNSET,
    sub_brand_id: str | Unset = UNSET,
    category_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    property_option_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    orientation: ListAssetsOrientation | Unset = UNSET,
    limited: bool | Unset = UNSET,
    archive: bool | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_created_to: str | Unset = UNSET,
    date_created_on: str | Unset = UNSET,
    date_modified: str | Unset = UNSET,
    date_modified_to: str | Unset = UNSET,
    date_modified_on: str | Unset = UNSET,
    order_by: ListAssetsOrderBy | Unset = UNSET,
    include_media_items: bool | Unset = UNSET,
    include_version_number: bool | Unset = UNSET,
    property_filters: PropertyFilters | Unset = UNSET,
) -> Response[AssetPageWithCount | AssetPageWithTotal | list[Asset] | Error]:
    """List assets

     Returns one page of assets, filtered and ordered as requested. Pages are 1-based and hold up
    to `limit` assets (at most 1,000).

    The body has one of three shapes: a bare array of assets (the default), an
    `AssetPageWithTotal` when `total` is true, or an `AssetPageWithCount` (facet counts plus the
    total) when `count` is true; `count` wins when both are set.

    Filters on metaproperties use the metaproperty's name: `property_Colour=red` (an option
    name, or a comma-separated list of option ids). Pass them through `propertyFilters`, whose
    keys are sent as top-level query parameters. Portals with deep paging enabled also accept
    `cursor` and return the next cursor in the `X-Bynder-NextCursor` header.

    The connector's "Fetch All" switch is not a wire parameter: the client library pages
    through the results itself.

    Args:
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        count (bool | Unset):  Default: False.
        total (bool | Unset):  Default: False.
        cursor (str | Unset):
        brand_id (str | Unset):
        sub_brand_id (str | Unset):
        category_id (str | Unset):
        collection_id (str | Unset):
        id (str | Unset):
        ids (str | Unset):
        property_option_id (str | Unset):
        tags (str | Unset):
        type_ (str | Unset):
        orientation (ListAssetsOrientation | Unset):
        limited (bool | Unset):
        archive (bool | Unset):
        is_public (bool | Unset):
        keyword (str | Unset):
        date_created (str | Unset):
        date_created_to (str | Unset):
        date_created_on (str | Unset):
        date_modified (str | Unset):
        date_modified_to (str | Unset):
        date_modified_on (str | Unset):
        order_by (ListAssetsOrderBy | Unset):
        include_media_items (bool | Unset):
        include_version_number (bool | Unset):
        property_filters (PropertyFilters | Unset): Metaproperty filters for `list_assets`. Each
            key is `property_{MetapropertyName}` and each
            value is an option name or a comma-separated list of option ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetPageWithCount | AssetPageWithTotal | list[Asset] | Error]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        count=count,
        total=total,
        cursor=cursor,
        brand_id=brand_id,
        sub_brand_id=sub_brand_id,
        category_id=category_id,
        collection_id=collection_id,
        id=id,
        ids=ids,
        property_option_id=property_option_id,
        tags=tags,
        type_=type_,
        orientation=orientation,
        limited=limited,
        archive=archive,
        is_public=is_public,
        keyword=keyword,
        date_created=date_created,
        date_created_to=date_created_to,
        date_created_on=date_created_on,
        date_modified=date_modified,
        date_modified_to=date_modified_to,
        date_modified_on=date_modified_on,
        order_by=order_by,
        include_media_items=include_media_items,
        include_version_number=include_version_number,
        property_filters=property_filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    count: bool | Unset = False,
    total: bool | Unset = False,
    cursor: str | Unset = UNSET,
    brand_id: str | Unset = UNSET,
    sub_brand_id: str | Unset = UNSET,
    category_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    property_option_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    orientation: ListAssetsOrientation | Unset = UNSET,
    limited: bool | Unset = UNSET,
    archive: bool | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_created_to: str | Unset = UNSET,
    date_created_on: str | Unset = UNSET,
    date_modified: str | Unset = UNSET,
    date_modified_to: str | Unset = UNSET,
    date_modified_on: str | Unset = UNSET,
    order_by: ListAssetsOrderBy | Unset = UNSET,
    include_media_items: bool | Unset = UNSET,
    include_version_number: bool | Unset = UNSET,
    property_filters: PropertyFilters | Unset = UNSET,
) -> AssetPageWithCount | AssetPageWithTotal | list[Asset]:
    """List assets

     Returns one page of assets, filtered and ordered as requested. Pages are 1-based and hold up
    to `limit` assets (at most 1,000).

    The body has one of three shapes: a bare array of assets (the default), an
    `AssetPageWithTotal` when `total` is true, or an `AssetPageWithCount` (facet counts plus the
    total) when `count` is true; `count` wins when both are set.

    Filters on metaproperties use the metaproperty's name: `property_Colour=red` (an option
    name, or a comma-separated list of option ids). Pass them through `propertyFilters`, whose
    keys are sent as top-level query parameters. Portals with deep paging enabled also accept
    `cursor` and return the next cursor in the `X-Bynder-NextCursor` header.

    The connector's "Fetch All" switch is not a wire parameter: the client library pages
    through the results itself.

    Args:
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        count (bool | Unset):  Default: False.
        total (bool | Unset):  Default: False.
        cursor (str | Unset):
        brand_id (str | Unset):
        sub_brand_id (str | Unset):
        category_id (str | Unset):
        collection_id (str | Unset):
        id (str | Unset):
        ids (str | Unset):
        property_option_id (str | Unset):
        tags (str | Unset):
        type_ (str | Unset):
        orientation (ListAssetsOrientation | Unset):
        limited (bool | Unset):
        archive (bool | Unset):
        is_public (bool | Unset):
        keyword (str | Unset):
        date_created (str | Unset):
        date_created_to (str | Unset):
        date_created_on (str | Unset):
        date_modified (str | Unset):
        date_modified_to (str | Unset):
        date_modified_on (str | Unset):
        order_by (ListAssetsOrderBy | Unset):
        include_media_items (bool | Unset):
        include_version_number (bool | Unset):
        property_filters (PropertyFilters | Unset): Metaproperty filters for `list_assets`. Each
            key is `property_{MetapropertyName}` and each
            value is an option name or a comma-separated list of option ids.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetPageWithCount | AssetPageWithTotal | list[Asset]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        count=count,
        total=total,
        cursor=cursor,
        brand_id=brand_id,
        sub_brand_id=sub_brand_id,
        category_id=category_id,
        collection_id=collection_id,
        id=id,
        ids=ids,
        property_option_id=property_option_id,
        tags=tags,
        type_=type_,
        orientation=orientation,
        limited=limited,
        archive=archive,
        is_public=is_public,
        keyword=keyword,
        date_created=date_created,
        date_created_to=date_created_to,
        date_created_on=date_created_on,
        date_modified=date_modified,
        date_modified_to=date_modified_to,
        date_modified_on=date_modified_on,
        order_by=order_by,
        include_media_items=include_media_items,
        include_version_number=include_version_number,
        property_filters=property_filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
