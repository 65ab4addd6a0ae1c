from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_access_rule import ContentAccessRule
from ...models.error import Error
from ...types import Response


def request_kwargs(
    metaproperty_id: str,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/content_access/metaproperties/{metaproperty_id}".format(
            metaproperty_id=quote(str(metaproperty_id), safe=""),
        ),
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[ContentAccessRule]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ContentAccessRule.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ContentAccessRule]:
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
) -> Response[Error | list[ContentAccessRule]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | list[ContentAccessRule]]:
    """List the access rules of a metaproperty

     Returns the access rules of one metaproperty: which users, groups or security profiles a
    rule applies to (with their names) and what it does (`metaproperty.hide` hides the
    metaproperty from them). Note the underscore in `content_access`, unlike the options'
    `/api/1/content-access`.

    Args:
        metaproperty_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ContentAccessRule]]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
) -> list[ContentAccessRule]:
    """List the access rules of a metaproperty

     Returns the access rules of one metaproperty: which users, groups or security profiles a
    rule applies to (with their names) and what it does (`metaproperty.hide` hides the
    metaproperty from them). Note the underscore in `content_access`, unlike the options'
    `/api/1/content-access`.

    Args:
        metaproperty_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ContentAccessRule]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | list[ContentAccessRule]]:
    """List the access rules of a metaproperty

     Returns the access rules of one metaproperty: which users, groups or security profiles a
    rule applies to (with their names) and what it does (`metaproperty.hide` hides the
    metaproperty from them). Note the underscore in `content_access`, unlike the options'
    `/api/1/content-access`.

    Args:
        metaproperty_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ContentAccessRule]]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
) -> list[ContentAccessRule]:
    """List the access rules of a metaproperty

     Returns the access rules of one metaproperty: which users, groups or security profiles a
    rule applies to (with their names) and what it does (`metaproperty.hide` hides the
    metaproperty from them). Note the underscore in `content_access`, unlike the options'
    `/api/1/content-access`.

    Args:
        metaproperty_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ContentAccessRule]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
