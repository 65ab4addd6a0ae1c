from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.save_additional_form import SaveAdditionalForm
from ...models.save_additional_response import SaveAdditionalResponse
from ...models.status_message import StatusMessage
from ...types import UNSET, Response, Unset


def request_kwargs(
    asset_id: str,
    upload_id: str,
    *,
    body: SaveAdditionalForm | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/media/{asset_id}/save/additional/{upload_id}/".format(
            asset_id=quote(str(asset_id), safe=""),
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SaveAdditionalResponse:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 201:
        response_201 = SaveAdditionalResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SaveAdditionalResponse | StatusMessage:
    if response.status_code == 201:
        return parse_success(client=client, response=response)
    if response.status_code == 303:
        response_303 = StatusMessage.from_dict(response.json())

        return response_303

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
) -> Response[Error | SaveAdditionalResponse | StatusMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: str,
    upload_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveAdditionalForm | Unset = UNSET,
) -> Response[Error | SaveAdditionalResponse | StatusMessage]:
    """Finalise an upload and save it as an additional file of an asset

     Replaces finalise, poll and save when the file is an additional file of an existing asset:
    once every part is registered, this one call attaches it. No polling follows.

    Sources disagree on two details. The form field is `targetid` here, as the clients that
    call this endpoint send it; Bynder's reference spells it `targetId`. And the 201 body is
    `{mediaid, batchId, success, mediaitems}` in Bynder's reference but `{itemId}` in the Java
    SDK and a third-party connector, so every field of `SaveAdditionalResponse` is optional and
    both shapes are accepted.

    With the `file_id` of a file completed with `finalise_file_upload` in place of the upload
    id, the call only saves: the form of the classic flow is not needed (it is required for an
    S3 upload id, which is why the body and its fields are optional here), and while the file
    is still being processed the answer is a 303, as for `save_a_new_asset`.

    Args:
        asset_id (str):
        upload_id (str):
        body (SaveAdditionalForm | Unset): Form fields of
            `finalize_complete_upload_and_save_as_new_asset_additional`. All three are
            required with an S3 upload id; a `file_id` of the files service needs none of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SaveAdditionalResponse | StatusMessage]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        upload_id=upload_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    upload_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveAdditionalForm | Unset = UNSET,
) -> SaveAdditionalResponse:
    """Finalise an upload and save it as an additional file of an asset

     Replaces finalise, poll and save when the file is an additional file of an existing asset:
    once every part is registered, this one call attaches it. No polling follows.

    Sources disagree on two details. The form field is `targetid` here, as the clients that
    call this endpoint send it; Bynder's reference spells it `targetId`. And the 201 body is
    `{mediaid, batchId, success, mediaitems}` in Bynder's reference but `{itemId}` in the Java
    SDK and a third-party connector, so every field of `SaveAdditionalResponse` is optional and
    both shapes are accepted.

    With the `file_id` of a file completed with `finalise_file_upload` in place of the upload
    id, the call only saves: the form of the classic flow is not needed (it is required for an
    S3 upload id, which is why the body and its fields are optional here), and while the file
    is still being processed the answer is a 303, as for `save_a_new_asset`.

    Args:
        asset_id (str):
        upload_id (str):
        body (SaveAdditionalForm | Unset): Form fields of
            `finalize_complete_upload_and_save_as_new_asset_additional`. All three are
            required with an S3 upload id; a `file_id` of the files service needs none of them.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveAdditionalResponse
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        upload_id=upload_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    asset_id: str,
    upload_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveAdditionalForm | Unset = UNSET,
) -> Response[Error | SaveAdditionalResponse | StatusMessage]:
    """Finalise an upload and save it as an additional file of an asset

     Replaces finalise, poll and save when the file is an additional file of an existing asset:
    once every part is registered, this one call attaches it. No polling follows.

    Sources disagree on two details. The form field is `targetid` here, as the clients that
    call this endpoint send it; Bynder's reference spells it `targetId`. And the 201 body is
    `{mediaid, batchId, success, mediaitems}` in Bynder's reference but `{itemId}` in the Java
    SDK and a third-party connector, so every field of `SaveAdditionalResponse` is optional and
    both shapes are accepted.

    With the `file_id` of a file completed with `finalise_file_upload` in place of the upload
    id, the call only saves: the form of the classic flow is not needed (it is required for an
    S3 upload id, which is why the body and its fields are optional here), and while the file
    is still being processed the answer is a 303, as for `save_a_new_asset`.

    Args:
        asset_id (str):
        upload_id (str):
        body (SaveAdditionalForm | Unset): Form fields of
            `finalize_complete_upload_and_save_as_new_asset_additional`. All three are
            required with an S3 upload id; a `file_id` of the files service needs none of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SaveAdditionalResponse | StatusMessage]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        upload_id=upload_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    upload_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveAdditionalForm | Unset = UNSET,
) -> SaveAdditionalResponse:
    """Finalise an upload and save it as an additional file of an asset

     Replaces finalise, poll and save when the file is an additional file of an existing asset:
    once every part is registered, this one call attaches it. No polling follows.

    Sources disagree on two details. The form field is `targetid` here, as the clients that
    call this endpoint send it; Bynder's reference spells it `targetId`. And the 201 body is
    `{mediaid, batchId, success, mediaitems}` in Bynder's reference but `{itemId}` in the Java
    SDK and a third-party connector, so every field of `SaveAdditionalResponse` is optional and
    both shapes are accepted.

    With the `file_id` of a file completed with `finalise_file_upload` in place of the upload
    id, the call only saves: the form of the classic flow is not needed (it is required for an
    S3 upload id, which is why the body and its fields are optional here), and while the file
    is still being processed the answer is a 303, as for `save_a_new_asset`.

    Args:
        asset_id (str):
        upload_id (str):
        body (SaveAdditionalForm | Unset): Form fields of
            `finalize_complete_upload_and_save_as_new_asset_additional`. All three are
            required with an S3 upload id; a `file_id` of the files service needs none of them.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveAdditionalResponse
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        upload_id=upload_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
