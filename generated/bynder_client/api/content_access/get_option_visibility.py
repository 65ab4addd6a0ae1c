from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.option_visibility import OptionVisibility
from ...types import Response


def request_kwargs(
    option_id: str,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/1/content-access/options/{option_id}/visibility".format(
            option_id=quote(str(option_id), safe=""),
        ),
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OptionVisibility:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = OptionVisibility.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OptionVisibility:
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OptionVisibility]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    option_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OptionVisibility]:
    """Get the default visibility of a metaproperty option

     Returns the option's default visibility: what principals without an access rule of
    their own see. Bynder does not publish the set of values; `visible` and `hidden` are the
    ones this contract knows.

    Args:
        option_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OptionVisibility]
    """

    kwargs = request_kwargs(
        option_id=option_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    option_id: str,
    *,
    client: AuthenticatedClient,
) -> OptionVisibility:
    """Get the default visibility of a metaproperty option

     Returns the option's default visibility: what principals without an access rule of
    their own see. Bynder does not publish the set of values; `visible` and `hidden` are the
    ones this contract knows.

    Args:
        option_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptionVisibility
    """

    kwargs = request_kwargs(
        option_id=option_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    option_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OptionVisibility]:
    """Get the default visibility of a metaproperty option

     Returns the option's default visibility: what principals without an access rule of
    their own see. Bynder does not publish the set of values; `visible` and `hidden` are the
    ones this contract knows.

    Args:
        option_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OptionVisibility]
    """

    kwargs = request_kwargs(
        option_id=option_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    option_id: str,
    *,
    client: AuthenticatedClient,
) -> OptionVisibility:
    """Get the default visibility of a metaproperty option

     Returns the option's default visibility: what principals without an access rule of
    their own see. Bynder does not publish the set of values; `visible` and `hidden` are the
    ones this contract knows.

    Args:
        option_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptionVisibility
    """

    kwargs = request_kwargs(
        option_id=option_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
