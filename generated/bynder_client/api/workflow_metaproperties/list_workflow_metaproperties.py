from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.workflow_metaproperty import WorkflowMetaproperty
from ...types import Response


def request_kwargs() -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/workflow/metaproperties",
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[WorkflowMetaproperty]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WorkflowMetaproperty.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[WorkflowMetaproperty]:
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
) -> Response[Error | list[WorkflowMetaproperty]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | list[WorkflowMetaproperty]]:
    """List workflow metaproperties

     Returns every workflow metaproperty (the custom fields of campaigns and jobs) with its
    options, in one array.

    Bynder's reference describes this reply as a single metaproperty object, both in its
    schema and in its example. A list operation returns a list, and the values that
    `campaignMetaproperties` and `jobMetaproperties` refer to can only be found in a list;
    this contract documents an array of metaproperties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[WorkflowMetaproperty]]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[WorkflowMetaproperty]:
    """List workflow metaproperties

     Returns every workflow metaproperty (the custom fields of campaigns and jobs) with its
    options, in one array.

    Bynder's reference describes this reply as a single metaproperty object, both in its
    schema and in its example. A list operation returns a list, and the values that
    `campaignMetaproperties` and `jobMetaproperties` refer to can only be found in a list;
    this contract documents an array of metaproperties.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[WorkflowMetaproperty]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | list[WorkflowMetaproperty]]:
    """List workflow metaproperties

     Returns every workflow metaproperty (the custom fields of campaigns and jobs) with its
    options, in one array.

    Bynder's reference describes this reply as a single metaproperty object, both in its
    schema and in its example. A list operation returns a list, and the values that
    `campaignMetaproperties` and `jobMetaproperties` refer to can only be found in a list;
    this contract documents an array of metaproperties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[WorkflowMetaproperty]]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[WorkflowMetaproperty]:
    """List workflow metaproperties

     Returns every workflow metaproperty (the custom fields of campaigns and jobs) with its
    options, in one array.

    Bynder's reference describes this reply as a single metaproperty object, both in its
    schema and in its example. A list operation returns a list, and the values that
    `campaignMetaproperties` and `jobMetaproperties` refer to can only be found in a list;
    this contract documents an array of metaproperties.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[WorkflowMetaproperty]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
