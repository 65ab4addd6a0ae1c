from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.register_chunk_form import RegisterChunkForm
from ...models.register_chunk_response import RegisterChunkResponse
from ...types import Response


def request_kwargs(
    *,
    body: RegisterChunkForm,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/upload/",
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RegisterChunkResponse:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 202:
        response_202 = RegisterChunkResponse.from_dict(response.json())

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RegisterChunkResponse:
    if response.status_code == 202:
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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RegisterChunkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterChunkForm,
) -> Response[Error | RegisterChunkResponse]:
    """Register an uploaded part

     Tells Bynder that part N is on S3 (step 4, after each `upload_chunk`).

    Bynder's reference registers parts and finalises uploads on the same URL,
    `POST /api/v4/upload/{uploadid}/`, telling them apart only by the form fields. One path and
    method can hold only one operation, so this contract registers on `/api/v4/upload/` with
    the upload id in the `id` field, as the official Python, JavaScript, PHP and Java SDKs do,
    and finalises on `/api/v4/upload/{uploadId}/`.

    Args:
        body (RegisterChunkForm): Form fields of `register_uploaded_chunk`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegisterChunkResponse]
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
    body: RegisterChunkForm,
) -> RegisterChunkResponse:
    """Register an uploaded part

     Tells Bynder that part N is on S3 (step 4, after each `upload_chunk`).

    Bynder's reference registers parts and finalises uploads on the same URL,
    `POST /api/v4/upload/{uploadid}/`, telling them apart only by the form fields. One path and
    method can hold only one operation, so this contract registers on `/api/v4/upload/` with
    the upload id in the `id` field, as the official Python, JavaScript, PHP and Java SDKs do,
    and finalises on `/api/v4/upload/{uploadId}/`.

    Args:
        body (RegisterChunkForm): Form fields of `register_uploaded_chunk`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 202.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RegisterChunkResponse
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
    body: RegisterChunkForm,
) -> Response[Error | RegisterChunkResponse]:
    """Register an uploaded part

     Tells Bynder that part N is on S3 (step 4, after each `upload_chunk`).

    Bynder's reference registers parts and finalises uploads on the same URL,
    `POST /api/v4/upload/{uploadid}/`, telling them apart only by the form fields. One path and
    method can hold only one operation, so this contract registers on `/api/v4/upload/` with
    the upload id in the `id` field, as the official Python, JavaScript, PHP and Java SDKs do,
    and finalises on `/api/v4/upload/{uploadId}/`.

    Args:
        body (RegisterChunkForm): Form fields of `register_uploaded_chunk`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegisterChunkResponse]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RegisterChunkForm,
) -> RegisterChunkResponse:
    """Register an uploaded part

     Tells Bynder that part N is on S3 (step 4, after each `upload_chunk`).

    Bynder's reference registers parts and finalises uploads on the same URL,
    `POST /api/v4/upload/{uploadid}/`, telling them apart only by the form fields. One path and
    method can hold only one operation, so this contract registers on `/api/v4/upload/` with
    the upload id in the `id` field, as the official Python, JavaScript, PHP and Java SDKs do,
    and finalises on `/api/v4/upload/{uploadId}/`.

    Args:
        body (RegisterChunkForm): Form fields of `register_uploaded_chunk`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 202.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RegisterChunkResponse
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
