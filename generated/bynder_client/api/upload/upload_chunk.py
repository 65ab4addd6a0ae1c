from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_chunk_form import UploadChunkForm
from ...types import Response


def request_kwargs(
    *,
    body: UploadChunkForm,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 201:
        response_201 = response.text
        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    if response.status_code == 201:
        return parse_success(client=client, response=response)
    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    response_default = response.text
    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadChunkForm,
) -> Response[str]:
    """Upload a part to S3

     Sends one part of the file to the S3 bucket returned by `get_closest_s3_upload_endpoint`
    (step 3, once per part). This request goes to Amazon S3, never to the portal, and must not
    carry the Bynder token.

    The multipart fields are the `multipart_params` returned by `initialize_upload`, except that
    `key` becomes `{multipart_params.key}/p{N}`, plus `Filename` (the same key), `name`, `chunk`
    (N, starting at 1) and `chunks` (the total). S3 ignores every field that follows `file`, so
    `file` must be the last part; all fields are required so that a client emitting required
    fields in declaration order puts `file` last. Parts other than the last must be at least
    5 MiB. With `success_action_status` 201, S3 answers with an XML `PostResponse`.

    Args:
        body (UploadChunkForm): Multipart fields of one part sent to S3. Every field is required
            and `file` is declared
            last, because S3 ignores whatever follows the file in the body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
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
    client: AuthenticatedClient | Client,
    body: UploadChunkForm,
) -> str:
    """Upload a part to S3

     Sends one part of the file to the S3 bucket returned by `get_closest_s3_upload_endpoint`
    (step 3, once per part). This request goes to Amazon S3, never to the portal, and must not
    carry the Bynder token.

    The multipart fields are the `multipart_params` returned by `initialize_upload`, except that
    `key` becomes `{multipart_params.key}/p{N}`, plus `Filename` (the same key), `name`, `chunk`
    (N, starting at 1) and `chunks` (the total). S3 ignores every field that follows `file`, so
    `file` must be the last part; all fields are required so that a client emitting required
    fields in declaration order puts `file` last. Parts other than the last must be at least
    5 MiB. With `success_action_status` 201, S3 answers with an XML `PostResponse`.

    Args:
        body (UploadChunkForm): Multipart fields of one part sent to S3. Every field is required
            and `file` is declared
            last, because S3 ignores whatever follows the file in the body.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
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
    client: AuthenticatedClient | Client,
    body: UploadChunkForm,
) -> Response[str]:
    """Upload a part to S3

     Sends one part of the file to the S3 bucket returned by `get_closest_s3_upload_endpoint`
    (step 3, once per part). This request goes to Amazon S3, never to the portal, and must not
    carry the Bynder token.

    The multipart fields are the `multipart_params` returned by `initialize_upload`, except that
    `key` becomes `{multipart_params.key}/p{N}`, plus `Filename` (the same key), `name`, `chunk`
    (N, starting at 1) and `chunks` (the total). S3 ignores every field that follows `file`, so
    `file` must be the last part; all fields are required so that a client emitting required
    fields in declaration order puts `file` last. Parts other than the last must be at least
    5 MiB. With `success_action_status` 201, S3 answers with an XML `PostResponse`.

    Args:
        body (UploadChunkForm): Multipart fields of one part sent to S3. Every field is required
            and `file` is declared
            last, because S3 ignores whatever follows the file in the body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadChunkForm,
) -> str:
    """Upload a part to S3

     Sends one part of the file to the S3 bucket returned by `get_closest_s3_upload_endpoint`
    (step 3, once per part). This request goes to Amazon S3, never to the portal, and must not
    carry the Bynder token.

    The multipart fields are the `multipart_params` returned by `initialize_upload`, except that
    `key` becomes `{multipart_params.key}/p{N}`, plus `Filename` (the same key), `name`, `chunk`
    (N, starting at 1) and `chunks` (the total). S3 ignores every field that follows `file`, so
    `file` must be the last part; all fields are required so that a client emitting required
    fields in declaration order puts `file` last. Parts other than the last must be at least
    5 MiB. With `success_action_status` 201, S3 answers with an XML `PostResponse`.

    Args:
        body (UploadChunkForm): Multipart fields of one part sent to S3. Every field is required
            and `file` is declared
            last, because S3 ignores whatever follows the file in the body.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
