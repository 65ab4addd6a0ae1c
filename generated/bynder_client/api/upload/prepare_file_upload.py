from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.prepare_file_upload_body import PrepareFileUploadBody
from ...models.prepared_file_upload import PreparedFileUpload
from ...types import Response


def request_kwargs(
    *,
    body: PrepareFileUploadBody,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v7/file_cmds/upload/prepare",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PreparedFileUpload:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = PreparedFileUpload.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PreparedFileUpload:
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PreparedFileUpload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PrepareFileUploadBody,
) -> Response[Error | PreparedFileUpload]:
    """Prepare a chunked upload (files service)

     Starts an upload through the files service (Bynder's "modern stack" upload) and returns
    the `file_id` that names it in the next steps: send the chunks with `upload_file_chunk`,
    complete the file with `finalise_file_upload`, then save it with `save_a_new_asset`,
    `save_as_a_new_asset_version` or
    `finalize_complete_upload_and_save_as_new_asset_additional`, the file id taking the place
    of the import id or upload id. A finalised file id is also what `upload_file_to_job`
    attaches to a job.

    There is no S3 endpoint, policy or part registration: the chunks go to the portal itself,
    so each one counts against the portal's request limit. Bynder's reference requires a JSON
    body but defines no field in it: send an empty object.

    Args:
        body (PrepareFileUploadBody): Body of `prepare_file_upload`: an empty JSON object.
            Bynder's reference requires a JSON
            body without defining any field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreparedFileUpload]
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
    body: PrepareFileUploadBody,
) -> PreparedFileUpload:
    """Prepare a chunked upload (files service)

     Starts an upload through the files service (Bynder's "modern stack" upload) and returns
    the `file_id` that names it in the next steps: send the chunks with `upload_file_chunk`,
    complete the file with `finalise_file_upload`, then save it with `save_a_new_asset`,
    `save_as_a_new_asset_version` or
    `finalize_complete_upload_and_save_as_new_asset_additional`, the file id taking the place
    of the import id or upload id. A finalised file id is also what `upload_file_to_job`
    attaches to a job.

    There is no S3 endpoint, policy or part registration: the chunks go to the portal itself,
    so each one counts against the portal's request limit. Bynder's reference requires a JSON
    body but defines no field in it: send an empty object.

    Args:
        body (PrepareFileUploadBody): Body of `prepare_file_upload`: an empty JSON object.
            Bynder's reference requires a JSON
            body without defining any field.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreparedFileUpload
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
    body: PrepareFileUploadBody,
) -> Response[Error | PreparedFileUpload]:
    """Prepare a chunked upload (files service)

     Starts an upload through the files service (Bynder's "modern stack" upload) and returns
    the `file_id` that names it in the next steps: send the chunks with `upload_file_chunk`,
    complete the file with `finalise_file_upload`, then save it with `save_a_new_asset`,
    `save_as_a_new_asset_version` or
    `finalize_complete_upload_and_save_as_new_asset_additional`, the file id taking the place
    of the import id or upload id. A finalised file id is also what `upload_file_to_job`
    attaches to a job.

    There is no S3 endpoint, policy or part registration: the chunks go to the portal itself,
    so each one counts against the portal's request limit. Bynder's reference requires a JSON
    body but defines no field in it: send an empty object.

    Args:
        body (PrepareFileUploadBody): Body of `prepare_file_upload`: an empty JSON object.
            Bynder's reference requires a JSON
            body without defining any field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreparedFileUpload]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PrepareFileUploadBody,
) -> PreparedFileUpload:
    """Prepare a chunked upload (files service)

     Starts an upload through the files service (Bynder's "modern stack" upload) and returns
    the `file_id` that names it in the next steps: send the chunks with `upload_file_chunk`,
    complete the file with `finalise_file_upload`, then save it with `save_a_new_asset`,
    `save_as_a_new_asset_version` or
    `finalize_complete_upload_and_save_as_new_asset_additional`, the file id taking the place
    of the import id or upload id. A finalised file id is also what `upload_file_to_job`
    attaches to a job.

    There is no S3 endpoint, policy or part registration: the chunks go to the portal itself,
    so each one counts against the portal's request limit. Bynder's reference requires a JSON
    body but defines no field in it: send an empty object.

    Args:
        body (PrepareFileUploadBody): Body of `prepare_file_upload`: an empty JSON object.
            Bynder's reference requires a JSON
            body without defining any field.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreparedFileUpload
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
