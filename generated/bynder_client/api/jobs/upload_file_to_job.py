from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_file_upload import JobFileUpload
from ...models.job_file_upload_response import JobFileUploadResponse
from ...types import Response


def request_kwargs(
    id: str,
    *,
    body: JobFileUpload,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/workflow/jobs/{id}/upload".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobFileUploadResponse:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = JobFileUploadResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobFileUploadResponse:
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
) -> Response[Error | JobFileUploadResponse]:
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
    body: JobFileUpload,
) -> Response[Error | JobFileUploadResponse]:
    """Attach an uploaded file to a job

     Attaches a file that went through the newer upload flow (`/v7/file_cmds/upload/...`,
    completed with `finalise_file_upload`) to the job, as a new file of the job or, with
    `assetId`, as a new version of one of the job's files. The file belongs to the job only; it does not
    become an asset of the asset
    bank. Available on portals that use the files service. Needs the JOBEDIT security role.

    Bynder's reference publishes this operation under `/workflow-jobs/{id}/upload`, a path
    outside the `/api/workflow` family that no other workflow operation uses, while the
    reference's own page address names `/api/workflow/jobs/{id}/upload`. This contract uses
    the `/api/workflow/jobs/{id}/upload` path.

    Args:
        id (str):
        body (JobFileUpload): Body of `upload_file_to_job`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobFileUploadResponse]
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
    body: JobFileUpload,
) -> JobFileUploadResponse:
    """Attach an uploaded file to a job

     Attaches a file that went through the newer upload flow (`/v7/file_cmds/upload/...`,
    completed with `finalise_file_upload`) to the job, as a new file of the job or, with
    `assetId`, as a new version of one of the job's files. The file belongs to the job only; it does not
    become an asset of the asset
    bank. Available on portals that use the files service. Needs the JOBEDIT security role.

    Bynder's reference publishes this operation under `/workflow-jobs/{id}/upload`, a path
    outside the `/api/workflow` family that no other workflow operation uses, while the
    reference's own page address names `/api/workflow/jobs/{id}/upload`. This contract uses
    the `/api/workflow/jobs/{id}/upload` path.

    Args:
        id (str):
        body (JobFileUpload): Body of `upload_file_to_job`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobFileUploadResponse
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
    body: JobFileUpload,
) -> Response[Error | JobFileUploadResponse]:
    """Attach an uploaded file to a job

     Attaches a file that went through the newer upload flow (`/v7/file_cmds/upload/...`,
    completed with `finalise_file_upload`) to the job, as a new file of the job or, with
    `assetId`, as a new version of one of the job's files. The file belongs to the job only; it does not
    become an asset of the asset
    bank. Available on portals that use the files service. Needs the JOBEDIT security role.

    Bynder's reference publishes this operation under `/workflow-jobs/{id}/upload`, a path
    outside the `/api/workflow` family that no other workflow operation uses, while the
    reference's own page address names `/api/workflow/jobs/{id}/upload`. This contract uses
    the `/api/workflow/jobs/{id}/upload` path.

    Args:
        id (str):
        body (JobFileUpload): Body of `upload_file_to_job`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobFileUploadResponse]
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
    body: JobFileUpload,
) -> JobFileUploadResponse:
    """Attach an uploaded file to a job

     Attaches a file that went through the newer upload flow (`/v7/file_cmds/upload/...`,
    completed with `finalise_file_upload`) to the job, as a new file of the job or, with
    `assetId`, as a new version of one of the job's files. The file belongs to the job only; it does not
    become an asset of the asset
    bank. Available on portals that use the files service. Needs the JOBEDIT security role.

    Bynder's reference publishes this operation under `/workflow-jobs/{id}/upload`, a path
    outside the `/api/workflow` family that no other workflow operation uses, while the
    reference's own page address names `/api/workflow/jobs/{id}/upload`. This contract uses
    the `/api/workflow/jobs/{id}/upload` path.

    Args:
        id (str):
        body (JobFileUpload): Body of `upload_file_to_job`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobFileUploadResponse
    """

    kwargs = request_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
