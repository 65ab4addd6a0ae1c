from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def request_kwargs(
    id: str,
    option_id: str,
    dependency_id: str,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v4/metaproperties/{id}/options/{option_id}/dependencies/{dependency_id}/".format(
            id=quote(str(id), safe=""),
            option_id=quote(str(option_id), safe=""),
            dependency_id=quote(str(dependency_id), safe=""),
        ),
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 204:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    option_id: str,
    dependency_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Remove an ungrouped dependency

     Removes an ungrouped dependency of the option. Needs the METAPROPERTYMANAGEMENT security role.

    Args:
        id (str):
        option_id (str):
        dependency_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        dependency_id=dependency_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    option_id: str,
    dependency_id: str,
    *,
    client: AuthenticatedClient,
) -> Any:
    """Remove an ungrouped dependency

     Removes an ungrouped dependency of the option. Needs the METAPROPERTYMANAGEMENT security role.

    Args:
        id (str):
        option_id (str):
        dependency_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 204.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        dependency_id=dependency_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    option_id: str,
    dependency_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Remove an ungrouped dependency

     Removes an ungrouped dependency of the option. Needs the METAPROPERTYMANAGEMENT security role.

    Args:
        id (str):
        option_id (str):
        dependency_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        dependency_id=dependency_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    option_id: str,
    dependency_id: str,
    *,
    client: AuthenticatedClient,
) -> Any:
    """Remove an ungrouped dependency

     Removes an ungrouped dependency of the option. Needs the METAPROPERTYMANAGEMENT security role.

    Args:
        id (str):
        option_id (str):
        dependency_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 204.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        dependency_id=dependency_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
