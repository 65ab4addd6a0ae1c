from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.finalise_response import FinaliseResponse
from ...models.finalise_upload_form import FinaliseUploadForm
from ...types import Response


def request_kwargs(
    upload_id: str,
    *,
    body: FinaliseUploadForm,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/upload/{upload_id}/".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FinaliseResponse:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 202:
        response_202 = FinaliseResponse.from_dict(response.json())

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FinaliseResponse:
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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | FinaliseResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient,
    body: FinaliseUploadForm,
) -> Response[Error | FinaliseResponse]:
    """Finalise an upload

     Tells Bynder that every part is on S3 (step 5) and returns the `importId` to poll and save.
    Registration of parts uses `/api/v4/upload/` instead of this URL: see
    `register_uploaded_chunk` for why. A 500 with `retry` means the upload may be finalised
    again later.

    Args:
        upload_id (str):
        body (FinaliseUploadForm): Form fields of `finalize_complete_upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FinaliseResponse]
    """

    kwargs = request_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    *,
    client: AuthenticatedClient,
    body: FinaliseUploadForm,
) -> FinaliseResponse:
    """Finalise an upload

     Tells Bynder that every part is on S3 (step 5) and returns the `importId` to poll and save.
    Registration of parts uses `/api/v4/upload/` instead of this URL: see
    `register_uploaded_chunk` for why. A 500 with `retry` means the upload may be finalised
    again later.

    Args:
        upload_id (str):
        body (FinaliseUploadForm): Form fields of `finalize_complete_upload`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 202.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinaliseResponse
    """

    kwargs = request_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient,
    body: FinaliseUploadForm,
) -> Response[Error | FinaliseResponse]:
    """Finalise an upload

     Tells Bynder that every part is on S3 (step 5) and returns the `importId` to poll and save.
    Registration of parts uses `/api/v4/upload/` instead of this URL: see
    `register_uploaded_chunk` for why. A 500 with `retry` means the upload may be finalised
    again later.

    Args:
        upload_id (str):
        body (FinaliseUploadForm): Form fields of `finalize_complete_upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FinaliseResponse]
    """

    kwargs = request_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    *,
    client: AuthenticatedClient,
    body: FinaliseUploadForm,
) -> FinaliseResponse:
    """Finalise an upload

     Tells Bynder that every part is on S3 (step 5) and returns the `importId` to poll and save.
    Registration of parts uses `/api/v4/upload/` instead of this URL: see
    `register_uploaded_chunk` for why. A 500 with `retry` means the upload may be finalised
    again later.

    Args:
        upload_id (str):
        body (FinaliseUploadForm): Form fields of `finalize_complete_upload`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 202.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinaliseResponse
    """

    kwargs = request_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
