from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.save_media_form import SaveMediaForm
from ...models.save_media_response import SaveMediaResponse
from ...models.status_message import StatusMessage
from ...types import Response


def request_kwargs(
    import_id: str,
    *,
    body: SaveMediaForm,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/media/save/{import_id}/".format(
            import_id=quote(str(import_id), safe=""),
        ),
    }

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
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveMediaForm,
) -> Response[Error | SaveMediaResponse | StatusMessage]:
    """Save an upload as a new asset

     Turns a processed import into a new asset (step 7). `brandId` is required. Metaproperty
    values are extra form fields named `metaproperty.{metapropertyId}` (comma-separated option
    ids, or the raw value for text and date metaproperties); the connector's "Data" input maps
    to them and to the other optional fields.

    When the import is not converted yet, Bynder answers `303 See Other` with a JSON body
    instead of redirecting: do not follow redirects on this call; poll and try again.

    The same call saves a file of the files service: after `finalise_file_upload`, the path
    takes the `file_id` in place of the import id, with the same form. That flow has no poll
    step; a 303 means the file is still being processed, and the save is repeated after a
    pause.

    Args:
        import_id (str):
        body (SaveMediaForm): Form fields of `save_a_new_asset`. Extra fields named
            `metaproperty.{metapropertyId}` set
            metaproperty values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SaveMediaResponse | StatusMessage]
    """

    kwargs = request_kwargs(
        import_id=import_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveMediaForm,
) -> SaveMediaResponse:
    """Save an upload as a new asset

     Turns a processed import into a new asset (step 7). `brandId` is required. Metaproperty
    values are extra form fields named `metaproperty.{metapropertyId}` (comma-separated option
    ids, or the raw value for text and date metaproperties); the connector's "Data" input maps
    to them and to the other optional fields.

    When the import is not converted yet, Bynder answers `303 See Other` with a JSON body
    instead of redirecting: do not follow redirects on this call; poll and try again.

    The same call saves a file of the files service: after `finalise_file_upload`, the path
    takes the `file_id` in place of the import id, with the same form. That flow has no poll
    step; a 303 means the file is still being processed, and the save is repeated after a
    pause.

    Args:
        import_id (str):
        body (SaveMediaForm): Form fields of `save_a_new_asset`. Extra fields named
            `metaproperty.{metapropertyId}` set
            metaproperty values.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveMediaResponse
    """

    kwargs = request_kwargs(
        import_id=import_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveMediaForm,
) -> Response[Error | SaveMediaResponse | StatusMessage]:
    """Save an upload as a new asset

     Turns a processed import into a new asset (step 7). `brandId` is required. Metaproperty
    values are extra form fields named `metaproperty.{metapropertyId}` (comma-separated option
    ids, or the raw value for text and date metaproperties); the connector's "Data" input maps
    to them and to the other optional fields.

    When the import is not converted yet, Bynder answers `303 See Other` with a JSON body
    instead of redirecting: do not follow redirects on this call; poll and try again.

    The same call saves a file of the files service: after `finalise_file_upload`, the path
    takes the `file_id` in place of the import id, with the same form. That flow has no poll
    step; a 303 means the file is still being processed, and the save is repeated after a
    pause.

    Args:
        import_id (str):
        body (SaveMediaForm): Form fields of `save_a_new_asset`. Extra fields named
            `metaproperty.{metapropertyId}` set
            metaproperty values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SaveMediaResponse | StatusMessage]
    """

    kwargs = request_kwargs(
        import_id=import_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: SaveMediaForm,
) -> SaveMediaResponse:
    """Save an upload as a new asset

     Turns a processed import into a new asset (step 7). `brandId` is required. Metaproperty
    values are extra form fields named `metaproperty.{metapropertyId}` (comma-separated option
    ids, or the raw value for text and date metaproperties); the connector's "Data" input maps
    to them and to the other optional fields.

    When the import is not converted yet, Bynder answers `303 See Other` with a JSON body
    instead of redirecting: do not follow redirects on this call; poll and try again.

    The same call saves a file of the files service: after `finalise_file_upload`, the path
    takes the `file_id` in place of the import id, with the same form. That flow has no poll
    step; a 303 means the file is still being processed, and the save is repeated after a
    pause.

    Args:
        import_id (str):
        body (SaveMediaForm): Form fields of `save_a_new_asset`. Extra fields named
            `metaproperty.{metapropertyId}` set
            metaproperty values.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveMediaResponse
    """

    kwargs = request_kwargs(
        import_id=import_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
