from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job import Job
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    date_created_from: str | Unset = UNSET,
    date_created_to: str | Unset = UNSET,
    date_modified_from: str | Unset = UNSET,
    date_modified_to: str | Unset = UNSET,
    deadline_from: str | Unset = UNSET,
    deadline_to: str | Unset = UNSET,
    resonsible_i_ds: str | Unset = UNSET,
    accountable_i_ds: str | Unset = UNSET,
    status: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["dateCreatedFrom"] = date_created_from

    params["dateCreatedTo"] = date_created_to

    params["dateModifiedFrom"] = date_modified_from

    params["dateModifiedTo"] = date_modified_to

    params["deadlineFrom"] = deadline_from

    params["deadlineTo"] = deadline_to

    params["resonsibleIDs"] = resonsible_i_ds

    params["accountableIDs"] = accountable_i_ds

    params["status"] = status

    params["orderBy"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/workflow/jobs/",
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Job]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Job.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Job]:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[Job]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    date_created_from: str | Unset = UNSET,
    date_created_to: str | Unset = UNSET,
    date_modified_from: str | Unset = UNSET,
    date_modified_to: str | Unset = UNSET,
    deadline_from: str | Unset = UNSET,
    deadline_to: str | Unset = UNSET,
    resonsible_i_ds: str | Unset = UNSET,
    accountable_i_ds: str | Unset = UNSET,
    status: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[Error | list[Job]]:
    """List jobs

     Returns one page of jobs. Paging information is in the `X-Pagination-*` headers, not in the
    body. The connector's "Extra Parameters" are the filters below.

    Args:
        page (int | Unset):
        limit (int | Unset):
        date_created_from (str | Unset):
        date_created_to (str | Unset):
        date_modified_from (str | Unset):
        date_modified_to (str | Unset):
        deadline_from (str | Unset):
        deadline_to (str | Unset):
        resonsible_i_ds (str | Unset):
        accountable_i_ds (str | Unset):
        status (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Job]]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        date_created_from=date_created_from,
        date_created_to=date_created_to,
        date_modified_from=date_modified_from,
        date_modified_to=date_modified_to,
        deadline_from=deadline_from,
        deadline_to=deadline_to,
        resonsible_i_ds=resonsible_i_ds,
        accountable_i_ds=accountable_i_ds,
        status=status,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    date_created_from: str | Unset = UNSET,
    date_created_to: str | Unset = UNSET,
    date_modified_from: str | Unset = UNSET,
    date_modified_to: str | Unset = UNSET,
    deadline_from: str | Unset = UNSET,
    deadline_to: str | Unset = UNSET,
    resonsible_i_ds: str | Unset = UNSET,
    accountable_i_ds: str | Unset = UNSET,
    status: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> list[Job]:
    """List jobs

     Returns one page of jobs. Paging information is in the `X-Pagination-*` headers, not in the
    body. The connector's "Extra Parameters" are the filters below.

    Args:
        page (int | Unset):
        limit (int | Unset):
        date_created_from (str | Unset):
        date_created_to (str | Unset):
        date_modified_from (str | Unset):
        date_modified_to (str | Unset):
        deadline_from (str | Unset):
        deadline_to (str | Unset):
        resonsible_i_ds (str | Unset):
        accountable_i_ds (str | Unset):
        status (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Job]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        date_created_from=date_created_from,
        date_created_to=date_created_to,
        date_modified_from=date_modified_from,
        date_modified_to=date_modified_to,
        deadline_from=deadline_from,
        deadline_to=deadline_to,
        resonsible_i_ds=resonsible_i_ds,
        accountable_i_ds=accountable_i_ds,
        status=status,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    date_created_from: str | Unset = UNSET,
    date_created_to: str | Unset = UNSET,
    date_modified_from: str | Unset = UNSET,
    date_modified_to: str | Unset = UNSET,
    deadline_from: str | Unset = UNSET,
    deadline_to: str | Unset = UNSET,
    resonsible_i_ds: str | Unset = UNSET,
    accountable_i_ds: str | Unset = UNSET,
    status: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[Error | list[Job]]:
    """List jobs

     Returns one page of jobs. Paging information is in the `X-Pagination-*` headers, not in the
    body. The connector's "Extra Parameters" are the filters below.

    Args:
        page (int | Unset):
        limit (int | Unset):
        date_created_from (str | Unset):
        date_created_to (str | Unset):
        date_modified_from (str | Unset):
        date_modified_to (str | Unset):
        deadline_from (str | Unset):
        deadline_to (str | Unset):
        resonsible_i_ds (str | Unset):
        accountable_i_ds (str | Unset):
        status (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Job]]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        date_created_from=date_created_from,
        date_created_to=date_created_to,
        date_modified_from=date_modified_from,
        date_modified_to=date_modified_to,
        deadline_from=deadline_from,
        deadline_to=deadline_to,
        resonsible_i_ds=resonsible_i_ds,
        accountable_i_ds=accountable_i_ds,
        status=status,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    date_created_from: str | Unset = UNSET,
    date_created_to: str | Unset = UNSET,
    date_modified_from: str | Unset = UNSET,
    date_modified_to: str | Unset = UNSET,
    deadline_from: str | Unset = UNSET,
    deadline_to: str | Unset = UNSET,
    resonsible_i_ds: str | Unset = UNSET,
    accountable_i_ds: str | Unset = UNSET,
    status: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> list[Job]:
    """List jobs

     Returns one page of jobs. Paging information is in the `X-Pagination-*` headers, not in the
    body. The connector's "Extra Parameters" are the filters below.

    Args:
        page (int | Unset):
        limit (int | Unset):
        date_created_from (str | Unset):
        date_created_to (str | Unset):
        date_modified_from (str | Unset):
        date_modified_to (str | Unset):
        deadline_from (str | Unset):
        deadline_to (str | Unset):
        resonsible_i_ds (str | Unset):
        accountable_i_ds (str | Unset):
        status (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Job]
    """

    kwargs = request_kwargs(
        page=page,
        limit=limit,
        date_created_from=date_created_from,
        date_created_to=date_created_to,
        date_modified_from=date_modified_from,
        date_modified_to=date_modified_to,
        deadline_from=deadline_from,
        deadline_to=deadline_to,
        resonsible_i_ds=resonsible_i_ds,
        accountable_i_ds=accountable_i_ds,
        status=status,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
