from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_trashed_assets_field import (
    ListTrashedAssetsField,
)
from ...models.list_trashed_assets_order import (
    ListTrashedAssetsOrder,
)
from ...models.trashed_asset import TrashedAsset
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    date_removed: str | Unset = UNSET,
    field: ListTrashedAssetsField | Unset = UNSET,
    order: ListTrashedAssetsOrder | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["dateRemoved"] = date_removed

    json_field: str | Unset = UNSET
    if not isinstance(field, Unset):
        json_field = field

    params["field"] = json_field

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/trash/media/",
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[TrashedAsset]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TrashedAsset.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[TrashedAsset]:
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
) -> Response[Error | list[TrashedAsset]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    date_removed: str | Unset = UNSET,
    field: ListTrashedAssetsField | Unset = UNSET,
    order: ListTrashedAssetsOrder | Unset = UNSET,
) -> Response[Error | list[TrashedAsset]]:
    """List recently removed assets

     Returns one page of the assets deleted in the last 30 days, newest removal first unless
    `field` and `order` say otherwise. Assets leave the trash after 30 days. The user needs the
    `trash.assets` permission, which Bynder's reference lists as if it were an OAuth scope.

    Bynder's reference writes `/api/trash/media`; the official Java SDK calls
    `/api/trash/media/`, the form this contract uses.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        date_removed (str | Unset):
        field (ListTrashedAssetsField | Unset):
        order (ListTrashedAssetsOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TrashedAsset]]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        date_removed=date_removed,
        field=field,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    date_removed: str | Unset = UNSET,
    field: ListTrashedAssetsField | Unset = UNSET,
    order: ListTrashedAssetsOrder | Unset = UNSET,
) -> list[TrashedAsset]:
    """List recently removed assets

     Returns one page of the assets deleted in the last 30 days, newest removal first unless
    `field` and `order` say otherwise. Assets leave the trash after 30 days. The user needs the
    `trash.assets` permission, which Bynder's reference lists as if it were an OAuth scope.

    Bynder's reference writes `/api/trash/media`; the official Java SDK calls
    `/api/trash/media/`, the form this contract uses.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        date_removed (str | Unset):
        field (ListTrashedAssetsField | Unset):
        order (ListTrashedAssetsOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TrashedAsset]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        date_removed=date_removed,
        field=field,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    date_removed: str | Unset = UNSET,
    field: ListTrashedAssetsField | Unset = UNSET,
    order: ListTrashedAssetsOrder | Unset = UNSET,
) -> Response[Error | list[TrashedAsset]]:
    """List recently removed assets

     Returns one page of the assets deleted in the last 30 days, newest removal first unless
    `field` and `order` say otherwise. Assets leave the trash after 30 days. The user needs the
    `trash.assets` permission, which Bynder's reference lists as if it were an OAuth scope.

    Bynder's reference writes `/api/trash/media`; the official Java SDK calls
    `/api/trash/media/`, the form this contract uses.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        date_removed (str | Unset):
        field (ListTrashedAssetsField | Unset):
        order (ListTrashedAssetsOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TrashedAsset]]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        date_removed=date_removed,
        field=field,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    date_removed: str | Unset = UNSET,
    field: ListTrashedAssetsField | Unset = UNSET,
    order: ListTrashedAssetsOrder | Unset = UNSET,
) -> list[TrashedAsset]:
    """List recently removed assets

     Returns one page of the assets deleted in the last 30 days, newest removal first unless
    `field` and `order` say otherwise. Assets leave the trash after 30 days. The user needs the
    `trash.assets` permission, which Bynder's reference lists as if it were an OAuth scope.

    Bynder's reference writes `/api/trash/media`; the official Java SDK calls
    `/api/trash/media/`, the form this contract uses.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        date_removed (str | Unset):
        field (ListTrashedAssetsField | Unset):
        order (ListTrashedAssetsOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TrashedAsset]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        date_removed=date_removed,
        field=field,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
