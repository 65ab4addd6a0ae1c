from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.option_dependency_groups import OptionDependencyGroups
from ...types import UNSET, Response, Unset


def request_kwargs(
    id: str,
    option_id: str,
    *,
    include_grouped_results: bool | Unset = False,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["includeGroupedResults"] = include_grouped_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4/metaproperties/{id}/options/{option_id}/dependencies/".format(
            id=quote(str(id), safe=""),
            option_id=quote(str(option_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[str] | OptionDependencyGroups:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[str] | OptionDependencyGroups:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = cast(list[str], data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = OptionDependencyGroups.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[str] | OptionDependencyGroups:
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
) -> Response[Error | list[str] | OptionDependencyGroups]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    option_id: str,
    *,
    client: AuthenticatedClient,
    include_grouped_results: bool | Unset = False,
) -> Response[Error | list[str] | OptionDependencyGroups]:
    """Get the dependencies of an option

     Returns the ids of the options this option depends on. By default only the ungrouped
    dependencies come back, as an array; with `includeGroupedResults` the answer is an object
    mapping each dependency group id (and `ungrouped`) to its option ids.

    Args:
        id (str):
        option_id (str):
        include_grouped_results (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[str] | OptionDependencyGroups]
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        include_grouped_results=include_grouped_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    option_id: str,
    *,
    client: AuthenticatedClient,
    include_grouped_results: bool | Unset = False,
) -> list[str] | OptionDependencyGroups:
    """Get the dependencies of an option

     Returns the ids of the options this option depends on. By default only the ungrouped
    dependencies come back, as an array; with `includeGroupedResults` the answer is an object
    mapping each dependency group id (and `ungrouped`) to its option ids.

    Args:
        id (str):
        option_id (str):
        include_grouped_results (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str] | OptionDependencyGroups
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        include_grouped_results=include_grouped_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    option_id: str,
    *,
    client: AuthenticatedClient,
    include_grouped_results: bool | Unset = False,
) -> Response[Error | list[str] | OptionDependencyGroups]:
    """Get the dependencies of an option

     Returns the ids of the options this option depends on. By default only the ungrouped
    dependencies come back, as an array; with `includeGroupedResults` the answer is an object
    mapping each dependency group id (and `ungrouped`) to its option ids.

    Args:
        id (str):
        option_id (str):
        include_grouped_results (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[str] | OptionDependencyGroups]
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        include_grouped_results=include_grouped_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    option_id: str,
    *,
    client: AuthenticatedClient,
    include_grouped_results: bool | Unset = False,
) -> list[str] | OptionDependencyGroups:
    """Get the dependencies of an option

     Returns the ids of the options this option depends on. By default only the ungrouped
    dependencies come back, as an array; with `includeGroupedResults` the answer is an object
    mapping each dependency group id (and `ungrouped`) to its option ids.

    Args:
        id (str):
        option_id (str):
        include_grouped_results (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str] | OptionDependencyGroups
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        include_grouped_results=include_grouped_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
