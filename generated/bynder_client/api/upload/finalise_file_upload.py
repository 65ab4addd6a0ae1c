from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.finalise_file_upload_form import FinaliseFileUploadForm
from ...types import Response


def request_kwargs(
    file_id: str,
    *,
    body: FinaliseFileUploadForm,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v7/file_cmds/upload/{file_id}/finalise_api".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
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
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FinaliseFileUploadForm,
) -> Response[Any | Error]:
    """Finalise a chunked upload (files service)

     Completes a file once every chunk is stored: the chunks `0` to `chunksCount - 1` are
    joined in order. The file's size, its chunk count and, when given, its SHA-256 must match
    the chunks received, otherwise the answer is a 400 and nothing is saved. The file is then
    processed; save it with the file id (see `prepare_file_upload`).

    Bynder's reference lists `fileName`, `fileSize` and `chunksCount`; Bynder's own clients of
    this flow also send `sha256`, and read the `x-api-correlation-id` header of the answer.

    Args:
        file_id (str):
        body (FinaliseFileUploadForm): Form fields of `finalise_file_upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        file_id=file_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FinaliseFileUploadForm,
) -> Any:
    """Finalise a chunked upload (files service)

     Completes a file once every chunk is stored: the chunks `0` to `chunksCount - 1` are
    joined in order. The file's size, its chunk count and, when given, its SHA-256 must match
    the chunks received, otherwise the answer is a 400 and nothing is saved. The file is then
    processed; save it with the file id (see `prepare_file_upload`).

    Bynder's reference lists `fileName`, `fileSize` and `chunksCount`; Bynder's own clients of
    this flow also send `sha256`, and read the `x-api-correlation-id` header of the answer.

    Args:
        file_id (str):
        body (FinaliseFileUploadForm): Form fields of `finalise_file_upload`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        file_id=file_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FinaliseFileUploadForm,
) -> Response[Any | Error]:
    """Finalise a chunked upload (files service)

     Completes a file once every chunk is stored: the chunks `0` to `chunksCount - 1` are
    joined in order. The file's size, its chunk count and, when given, its SHA-256 must match
    the chunks received, otherwise the answer is a 400 and nothing is saved. The file is then
    processed; save it with the file id (see `prepare_file_upload`).

    Bynder's reference lists `fileName`, `fileSize` and `chunksCount`; Bynder's own clients of
    this flow also send `sha256`, and read the `x-api-correlation-id` header of the answer.

    Args:
        file_id (str):
        body (FinaliseFileUploadForm): Form fields of `finalise_file_upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        file_id=file_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FinaliseFileUploadForm,
) -> Any:
    """Finalise a chunked upload (files service)

     Completes a file once every chunk is stored: the chunks `0` to `chunksCount - 1` are
    joined in order. The file's size, its chunk count and, when given, its SHA-256 must match
    the chunks received, otherwise the answer is a 400 and nothing is saved. The file is then
    processed; save it with the file id (see `prepare_file_upload`).

    Bynder's reference lists `fileName`, `fileSize` and `chunksCount`; Bynder's own clients of
    this flow also send `sha256`, and read the `x-api-correlation-id` header of the answer.

    Args:
        file_id (str):
        body (FinaliseFileUploadForm): Form fields of `finalise_file_upload`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        file_id=file_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
