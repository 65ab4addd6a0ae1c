from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.save_media_response import SaveMediaResponse
from ...models.save_version_form import SaveVersionForm
from ...models.status_message import StatusMessage
from ...types import UNSET, Response, Unset


def request_kwargs(
    asset_id: str,
    import_id: str,
    *,
    body: SaveVersionForm | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/media/{asset_id}/save/{import_id}/".format(
            asset_id=quote(str(asset_id), safe=""),
            import_id=quote(str(import_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SaveMediaResponse:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 201:
        response_201 = SaveMediaResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SaveMediaResponse | StatusMessage:
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
) -> Response[Error | SaveMediaResponse | StatusMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: str,
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveVersionForm | Unset = UNSET,
) -> Response[Error | SaveMediaResponse | StatusMessage]:
    """Save an upload as a new version of an asset

     Turns a processed import into the new current version of an existing asset (step 7). The
    form body is empty. Like `save_a_new_asset`, it may answer 303 while the import is not
    converted yet.

    It also takes the `file_id` of a file completed with `finalise_file_upload` in place of the
    import id; a 303 then means the file is still being processed: repeat the save later.

    Args:
        asset_id (str):
        import_id (str):
        body (SaveVersionForm | Unset): Form body of `save_as_a_new_asset_version`; it carries no
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SaveMediaResponse | StatusMessage]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        import_id=import_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveVersionForm | Unset = UNSET,
) -> SaveMediaResponse:
    """Save an upload as a new version of an asset

     Turns a processed import into the new current version of an existing asset (step 7). The
    form body is empty. Like `save_a_new_asset`, it may answer 303 while the import is not
    converted yet.

    It also takes the `file_id` of a file completed with `finalise_file_upload` in place of the
    import id; a 303 then means the file is still being processed: repeat the save later.

    Args:
        asset_id (str):
        import_id (str):
        body (SaveVersionForm | Unset): Form body of `save_as_a_new_asset_version`; it carries no
            fields.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveMediaResponse
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        import_id=import_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    asset_id: str,
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveVersionForm | Unset = UNSET,
) -> Response[Error | SaveMediaResponse | StatusMessage]:
    """Save an upload as a new version of an asset

     Turns a processed import into the new current version of an existing asset (step 7). The
    form body is empty. Like `save_a_new_asset`, it may answer 303 while the import is not
    converted yet.

    It also takes the `file_id` of a file completed with `finalise_file_upload` in place of the
    import id; a 303 then means the file is still being processed: repeat the save later.

    Args:
        asset_id (str):
        import_id (str):
        body (SaveVersionForm | Unset): Form body of `save_as_a_new_asset_version`; it carries no
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SaveMediaResponse | StatusMessage]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        import_id=import_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveVersionForm | Unset = UNSET,
) -> SaveMediaResponse:
    """Save an upload as a new version of an asset

     Turns a processed import into the new current version of an existing asset (step 7). The
    form body is empty. Like `save_a_new_asset`, it may answer 303 while the import is not
    converted yet.

    It also takes the `file_id` of a file completed with `finalise_file_upload` in place of the
    import id; a 303 then means the file is still being processed: repeat the save later.

    Args:
        asset_id (str):
        import_id (str):
        body (SaveVersionForm | Unset): Form body of `save_as_a_new_asset_version`; it carries no
            fields.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveMediaResponse
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        import_id=import_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
