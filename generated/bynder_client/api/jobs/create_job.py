from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_action_response import JobActionResponse
from ...models.job_create import JobCreate
from ...types import Response


def request_kwargs(
    *,
    body: JobCreate,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/workflow/jobs/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobActionResponse:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 201:
        response_201 = JobActionResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobActionResponse:
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
) -> Response[Error | JobActionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobCreate,
) -> Response[Error | JobActionResponse]:
    """Create a job

     Creates a job in a campaign from a preset, with a JSON body. Extra body fields (the
    connector's "Data" input) are passed through. Needs the JOBADD security role.

    Args:
        body (JobCreate): Body of `create_job`. Extra keys are sent as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobActionResponse]
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
    body: JobCreate,
) -> JobActionResponse:
    """Create a job

     Creates a job in a campaign from a preset, with a JSON body. Extra body fields (the
    connector's "Data" input) are passed through. Needs the JOBADD security role.

    Args:
        body (JobCreate): Body of `create_job`. Extra keys are sent as they are.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobActionResponse
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
    body: JobCreate,
) -> Response[Error | JobActionResponse]:
    """Create a job

     Creates a job in a campaign from a preset, with a JSON body. Extra body fields (the
    connector's "Data" input) are passed through. Needs the JOBADD security role.

    Args:
        body (JobCreate): Body of `create_job`. Extra keys are sent as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobActionResponse]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobCreate,
) -> JobActionResponse:
    """Create a job

     Creates a job in a campaign from a preset, with a JSON body. Extra body fields (the
    connector's "Data" input) are passed through. Needs the JOBADD security role.

    Args:
        body (JobCreate): Body of `create_job`. Extra keys are sent as they are.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobActionResponse
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
