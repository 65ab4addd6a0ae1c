from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.metaproperty_create_form import MetapropertyCreateForm
from ...models.status_message_with_id import StatusMessageWithId
from ...types import Response


def request_kwargs(
    *,
    body: MetapropertyCreateForm,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/metaproperties/",
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StatusMessageWithId:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 201:
        response_201 = StatusMessageWithId.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StatusMessageWithId:
    if response.status_code == 201:
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
) -> Response[Error | StatusMessageWithId]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MetapropertyCreateForm,
) -> Response[Error | StatusMessageWithId]:
    """Create a metaproperty

     Creates a metaproperty. Its definition travels as one form field, `data`, holding a JSON
    object (`MetapropertyData`) with at least `name` and `type`. The reply carries the new id. An
    unknown type gives 400 `Invalid metaproperty type`. Needs the METAPROPERTYMANAGEMENT security
    role.

    Args:
        body (MetapropertyCreateForm): Form fields of `create_metaproperty`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusMessageWithId]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MetapropertyCreateForm,
) -> StatusMessageWithId:
    """Create a metaproperty

     Creates a metaproperty. Its definition travels as one form field, `data`, holding a JSON
    object (`MetapropertyData`) with at least `name` and `type`. The reply carries the new id. An
    unknown type gives 400 `Invalid metaproperty type`. Needs the METAPROPERTYMANAGEMENT security
    role.

    Args:
        body (MetapropertyCreateForm): Form fields of `create_metaproperty`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatusMessageWithId
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MetapropertyCreateForm,
) -> Response[Error | StatusMessageWithId]:
    """Create a metaproperty

     Creates a metaproperty. Its definition travels as one form field, `data`, holding a JSON
    object (`MetapropertyData`) with at least `name` and `type`. The reply carries the new id. An
    unknown type gives 400 `Invalid metaproperty type`. Needs the METAPROPERTYMANAGEMENT security
    role.

    Args:
        body (MetapropertyCreateForm): Form fields of `create_metaproperty`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusMessageWithId]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MetapropertyCreateForm,
) -> StatusMessageWithId:
    """Create a metaproperty

     Creates a metaproperty. Its definition travels as one form field, `data`, holding a JSON
    object (`MetapropertyData`) with at least `name` and `type`. The reply carries the new id. An
    unknown type gives 400 `Invalid metaproperty type`. Needs the METAPROPERTYMANAGEMENT security
    role.

    Args:
        body (MetapropertyCreateForm): Form fields of `create_metaproperty`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatusMessageWithId
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
