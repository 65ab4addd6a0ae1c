from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_action_response import JobActionResponse
from ...models.job_finish_body import JobFinishBody
from ...types import UNSET, Response, Unset


def request_kwargs(
    id: str,
    *,
    body: JobFinishBody | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/workflow/jobs/{id}/finish".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobActionResponse:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = JobActionResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobActionResponse:
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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    id: str,
    *,
    client: AuthenticatedClient,
    body: JobFinishBody | Unset = UNSET,
) -> Response[Error | JobActionResponse]:
    """Finish a job

     Marks the job as finished: its last stage is approved, `dateFinished` is set and an entry
    is added to `jobFinishedHistory`. Only a job whose active stage is its last stage can be
    finished; a job that is already finished, or not on its last stage, gets 409. A finished
    job is reopened by making one of its stages active again with `update_job`. Needs the
    JOBAPPROVE security role.

    Bynder's reference publishes a required body that repeats the reply (`status`,
    `job_id`). The portal acts on the path alone, so this contract makes the body optional
    and accepts those two fields when a client sends them.

    Args:
        id (str):
        body (JobFinishBody | Unset): Optional body of `finish_job`. Bynder's reference shows the
            reply's fields here; the
            portal does not need them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobActionResponse]
    """

    kwargs = request_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: JobFinishBody | Unset = UNSET,
) -> JobActionResponse:
    """Finish a job

     Marks the job as finished: its last stage is approved, `dateFinished` is set and an entry
    is added to `jobFinishedHistory`. Only a job whose active stage is its last stage can be
    finished; a job that is already finished, or not on its last stage, gets 409. A finished
    job is reopened by making one of its stages active again with `update_job`. Needs the
    JOBAPPROVE security role.

    Bynder's reference publishes a required body that repeats the reply (`status`,
    `job_id`). The portal acts on the path alone, so this contract makes the body optional
    and accepts those two fields when a client sends them.

    Args:
        id (str):
        body (JobFinishBody | Unset): Optional body of `finish_job`. Bynder's reference shows the
            reply's fields here; the
            portal does not need them.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobActionResponse
    """

    kwargs = request_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: JobFinishBody | Unset = UNSET,
) -> Response[Error | JobActionResponse]:
    """Finish a job

     Marks the job as finished: its last stage is approved, `dateFinished` is set and an entry
    is added to `jobFinishedHistory`. Only a job whose active stage is its last stage can be
    finished; a job that is already finished, or not on its last stage, gets 409. A finished
    job is reopened by making one of its stages active again with `update_job`. Needs the
    JOBAPPROVE security role.

    Bynder's reference publishes a required body that repeats the reply (`status`,
    `job_id`). The portal acts on the path alone, so this contract makes the body optional
    and accepts those two fields when a client sends them.

    Args:
        id (str):
        body (JobFinishBody | Unset): Optional body of `finish_job`. Bynder's reference shows the
            reply's fields here; the
            portal does not need them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobActionResponse]
    """

    kwargs = request_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: JobFinishBody | Unset = UNSET,
) -> JobActionResponse:
    """Finish a job

     Marks the job as finished: its last stage is approved, `dateFinished` is set and an entry
    is added to `jobFinishedHistory`. Only a job whose active stage is its last stage can be
    finished; a job that is already finished, or not on its last stage, gets 409. A finished
    job is reopened by making one of its stages active again with `update_job`. Needs the
    JOBAPPROVE security role.

    Bynder's reference publishes a required body that repeats the reply (`status`,
    `job_id`). The portal acts on the path alone, so this contract makes the body optional
    and accepts those two fields when a client sends them.

    Args:
        id (str):
        body (JobFinishBody | Unset): Optional body of `finish_job`. Bynder's reference shows the
            reply's fields here; the
            portal does not need them.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobActionResponse
    """

    kwargs = request_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
