from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.metaproperty_option import MetapropertyOption
from ...types import UNSET, Response, Unset


def request_kwargs(
    id: str,
    *,
    name: str | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["name"] = name

    params["externalReference"] = external_reference

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/metaproperties/{id}/options/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[MetapropertyOption]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MetapropertyOption.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[MetapropertyOption]:
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
) -> Response[Error | list[MetapropertyOption]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> Response[Error | list[MetapropertyOption]]:
    """List the options of a metaproperty

     Returns one page of the metaproperty's options as a flat array (child options included), in
    display order. Pages are 1-based and hold up to `limit` options (at most 1,000).

    Args:
        id (str):
        name (str | Unset):
        external_reference (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MetapropertyOption]]
    """

    kwargs = request_kwargs(
        id=id,
        name=name,
        external_reference=external_reference,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> list[MetapropertyOption]:
    """List the options of a metaproperty

     Returns one page of the metaproperty's options as a flat array (child options included), in
    display order. Pages are 1-based and hold up to `limit` options (at most 1,000).

    Args:
        id (str):
        name (str | Unset):
        external_reference (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[MetapropertyOption]
    """

    kwargs = request_kwargs(
        id=id,
        name=name,
        external_reference=external_reference,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> Response[Error | list[MetapropertyOption]]:
    """List the options of a metaproperty

     Returns one page of the metaproperty's options as a flat array (child options included), in
    display order. Pages are 1-based and hold up to `limit` options (at most 1,000).

    Args:
        id (str):
        name (str | Unset):
        external_reference (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MetapropertyOption]]
    """

    kwargs = request_kwargs(
        id=id,
        name=name,
        external_reference=external_reference,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> list[MetapropertyOption]:
    """List the options of a metaproperty

     Returns one page of the metaproperty's options as a flat array (child options included), in
    display order. Pages are 1-based and hold up to `limit` options (at most 1,000).

    Args:
        id (str):
        name (str | Unset):
        external_reference (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[MetapropertyOption]
    """

    kwargs = request_kwargs(
        id=id,
        name=name,
        external_reference=external_reference,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
