from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_event import AnalyticsEvent
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    limit: int | Unset = 1000,
    cursor: str | Unset = "MA",
    from_date_time: str | Unset = UNSET,
    to_date_time: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["fromDateTime"] = from_date_time

    params["toDateTime"] = to_date_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v7/analytics/api/v1/asset/view",
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[AnalyticsEvent]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AnalyticsEvent.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[AnalyticsEvent]:
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
) -> Response[Error | list[AnalyticsEvent]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 1000,
    cursor: str | Unset = "MA",
    from_date_time: str | Unset = UNSET,
    to_date_time: str | Unset = UNSET,
) -> Response[Error | list[AnalyticsEvent]]:
    """List asset view events

     Returns asset view events (`asset.view`) with the asset's name, type and audit state,
    oldest first, `limit` at a time; pass the `Next-Cursor` header of one page as the `cursor` of the
    next. Deprecated by Bynder in favour of `list_asset_views`.

    The reply is JSON by default; with `Accept: text/csv` it is CSV with the same columns, one line
    per event, and `dateTime` in milliseconds since the epoch.

    Args:
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):  Default: 'MA'.
        from_date_time (str | Unset):
        to_date_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AnalyticsEvent]]
    """

    kwargs = request_kwargs(
        limit=limit,
        cursor=cursor,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 1000,
    cursor: str | Unset = "MA",
    from_date_time: str | Unset = UNSET,
    to_date_time: str | Unset = UNSET,
) -> list[AnalyticsEvent]:
    """List asset view events

     Returns asset view events (`asset.view`) with the asset's name, type and audit state,
    oldest first, `limit` at a time; pass the `Next-Cursor` header of one page as the `cursor` of the
    next. Deprecated by Bynder in favour of `list_asset_views`.

    The reply is JSON by default; with `Accept: text/csv` it is CSV with the same columns, one line
    per event, and `dateTime` in milliseconds since the epoch.

    Args:
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):  Default: 'MA'.
        from_date_time (str | Unset):
        to_date_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AnalyticsEvent]
    """

    kwargs = request_kwargs(
        limit=limit,
        cursor=cursor,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 1000,
    cursor: str | Unset = "MA",
    from_date_time: str | Unset = UNSET,
    to_date_time: str | Unset = UNSET,
) -> Response[Error | list[AnalyticsEvent]]:
    """List asset view events

     Returns asset view events (`asset.view`) with the asset's name, type and audit state,
    oldest first, `limit` at a time; pass the `Next-Cursor` header of one page as the `cursor` of the
    next. Deprecated by Bynder in favour of `list_asset_views`.

    The reply is JSON by default; with `Accept: text/csv` it is CSV with the same columns, one line
    per event, and `dateTime` in milliseconds since the epoch.

    Args:
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):  Default: 'MA'.
        from_date_time (str | Unset):
        to_date_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AnalyticsEvent]]
    """

    kwargs = request_kwargs(
        limit=limit,
        cursor=cursor,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 1000,
    cursor: str | Unset = "MA",
    from_date_time: str | Unset = UNSET,
    to_date_time: str | Unset = UNSET,
) -> list[AnalyticsEvent]:
    """List asset view events

     Returns asset view events (`asset.view`) with the asset's name, type and audit state,
    oldest first, `limit` at a time; pass the `Next-Cursor` header of one page as the `cursor` of the
    next. Deprecated by Bynder in favour of `list_asset_views`.

    The reply is JSON by default; with `Accept: text/csv` it is CSV with the same columns, one line
    per event, and `dateTime` in milliseconds since the epoch.

    Args:
        limit (int | Unset):  Default: 1000.
        cursor (str | Unset):  Default: 'MA'.
        from_date_time (str | Unset):
        to_date_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AnalyticsEvent]
    """

    kwargs = request_kwargs(
        limit=limit,
        cursor=cursor,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
