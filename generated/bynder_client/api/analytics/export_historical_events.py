from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def request_kwargs(
    year: str,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v7/analytics/api/v1/historical/{year}.csv".format(
            year=quote(str(year), safe=""),
        ),
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | str:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | str]:
    """Export a year of events as CSV

     Returns every event of one calendar year as CSV without a header line, one event per
    line: event type, date-time (ISO 8601), user id, then the asset's id, name, type, audit
    state and file name, and further columns that only some kinds of event fill. This is how
    Bynder hands out events older than the twelve months the other analytics operations
    keep; it is not available on every portal. A year without data gives 404.

    Args:
        year (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = request_kwargs(
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    year: str,
    *,
    client: AuthenticatedClient,
) -> str:
    """Export a year of events as CSV

     Returns every event of one calendar year as CSV without a header line, one event per
    line: event type, date-time (ISO 8601), user id, then the asset's id, name, type, audit
    state and file name, and further columns that only some kinds of event fill. This is how
    Bynder hands out events older than the twelve months the other analytics operations
    keep; it is not available on every portal. A year without data gives 404.

    Args:
        year (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    kwargs = request_kwargs(
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    year: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | str]:
    """Export a year of events as CSV

     Returns every event of one calendar year as CSV without a header line, one event per
    line: event type, date-time (ISO 8601), user id, then the asset's id, name, type, audit
    state and file name, and further columns that only some kinds of event fill. This is how
    Bynder hands out events older than the twelve months the other analytics operations
    keep; it is not available on every portal. A year without data gives 404.

    Args:
        year (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = request_kwargs(
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year: str,
    *,
    client: AuthenticatedClient,
) -> str:
    """Export a year of events as CSV

     Returns every event of one calendar year as CSV without a header line, one event per
    line: event type, date-time (ISO 8601), user id, then the asset's id, name, type, audit
    state and file name, and further columns that only some kinds of event fill. This is how
    Bynder hands out events older than the twelve months the other analytics operations
    keep; it is not available on every portal. A year without data gives 404.

    Args:
        year (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    kwargs = request_kwargs(
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
