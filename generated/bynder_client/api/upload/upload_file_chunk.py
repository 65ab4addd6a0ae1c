from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def request_kwargs(
    file_id: str,
    chunk_number: int,
    *,
    body: File,
    content_sha256: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}
    if not isinstance(content_sha256, Unset):
        headers["Content-SHA256"] = content_sha256

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v7/file_cmds/upload/{file_id}/chunk/{chunk_number}".format(
            file_id=quote(str(file_id), safe=""),
            chunk_number=quote(str(chunk_number), safe=""),
        ),
    }

    _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/octet-stream"

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
    chunk_number: int,
    *,
    client: AuthenticatedClient,
    body: File,
    content_sha256: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Upload a chunk of a file (files service)

     Stores one chunk of a prepared file. The body is the chunk's raw bytes. Chunks may be sent
    in any order and concurrently; sending a chunk number again replaces the chunk, so a chunk
    whose answer was lost can be sent again. Every chunk but the last has the same size;
    Bynder's own clients send 5 MiB chunks.

    Bynder's reference does not mention `Content-SHA256`; Bynder's own clients of this flow
    send it with every chunk, and a chunk whose bytes do not match it is refused with a 400.

    Args:
        file_id (str):
        chunk_number (int):
        content_sha256 (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        file_id=file_id,
        chunk_number=chunk_number,
        body=body,
        content_sha256=content_sha256,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    chunk_number: int,
    *,
    client: AuthenticatedClient,
    body: File,
    content_sha256: str | Unset = UNSET,
) -> Any:
    """Upload a chunk of a file (files service)

     Stores one chunk of a prepared file. The body is the chunk's raw bytes. Chunks may be sent
    in any order and concurrently; sending a chunk number again replaces the chunk, so a chunk
    whose answer was lost can be sent again. Every chunk but the last has the same size;
    Bynder's own clients send 5 MiB chunks.

    Bynder's reference does not mention `Content-SHA256`; Bynder's own clients of this flow
    send it with every chunk, and a chunk whose bytes do not match it is refused with a 400.

    Args:
        file_id (str):
        chunk_number (int):
        content_sha256 (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        file_id=file_id,
        chunk_number=chunk_number,
        body=body,
        content_sha256=content_sha256,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    file_id: str,
    chunk_number: int,
    *,
    client: AuthenticatedClient,
    body: File,
    content_sha256: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Upload a chunk of a file (files service)

     Stores one chunk of a prepared file. The body is the chunk's raw bytes. Chunks may be sent
    in any order and concurrently; sending a chunk number again replaces the chunk, so a chunk
    whose answer was lost can be sent again. Every chunk but the last has the same size;
    Bynder's own clients send 5 MiB chunks.

    Bynder's reference does not mention `Content-SHA256`; Bynder's own clients of this flow
    send it with every chunk, and a chunk whose bytes do not match it is refused with a 400.

    Args:
        file_id (str):
        chunk_number (int):
        content_sha256 (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        file_id=file_id,
        chunk_number=chunk_number,
        body=body,
        content_sha256=content_sha256,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    chunk_number: int,
    *,
    client: AuthenticatedClient,
    body: File,
    content_sha256: str | Unset = UNSET,
) -> Any:
    """Upload a chunk of a file (files service)

     Stores one chunk of a prepared file. The body is the chunk's raw bytes. Chunks may be sent
    in any order and concurrently; sending a chunk number again replaces the chunk, so a chunk
    whose answer was lost can be sent again. Every chunk but the last has the same size;
    Bynder's own clients send 5 MiB chunks.

    Bynder's reference does not mention `Content-SHA256`; Bynder's own clients of this flow
    send it with every chunk, and a chunk whose bytes do not match it is refused with a 400.

    Args:
        file_id (str):
        chunk_number (int):
        content_sha256 (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        file_id=file_id,
        chunk_number=chunk_number,
        body=body,
        content_sha256=content_sha256,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
