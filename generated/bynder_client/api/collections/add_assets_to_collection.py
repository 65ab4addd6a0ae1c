from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_ids_data_form import AssetIdsDataForm
from ...models.error import Error
from ...models.status_message import StatusMessage
from ...types import Response


def request_kwargs(
    id: str,
    *,
    body: AssetIdsDataForm,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/collections/{id}/media/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StatusMessage:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 202:
        response_202 = StatusMessage.from_dict(response.json())

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StatusMessage:
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

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StatusMessage]:
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
    body: AssetIdsDataForm,
) -> Response[Error | StatusMessage]:
    """Add assets to a collection

     Adds assets to the collection; assets already in it stay where they are. The ids travel as
    one form field, `data`, whose value is a JSON array (`data=["id1","id2"]`), as in Bynder's
    reference and its SDKs. Needs the COLLECTIONS security role.

    Args:
        id (str):
        body (AssetIdsDataForm): Form fields of `add_assets_to_collection` and
            `add_tag_to_assets`: the asset ids as a JSON
            array in one field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusMessage]
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
    body: AssetIdsDataForm,
) -> StatusMessage:
    """Add assets to a collection

     Adds assets to the collection; assets already in it stay where they are. The ids travel as
    one form field, `data`, whose value is a JSON array (`data=["id1","id2"]`), as in Bynder's
    reference and its SDKs. Needs the COLLECTIONS security role.

    Args:
        id (str):
        body (AssetIdsDataForm): Form fields of `add_assets_to_collection` and
            `add_tag_to_assets`: the asset ids as a JSON
            array in one field.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 202.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatusMessage
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
    body: AssetIdsDataForm,
) -> Response[Error | StatusMessage]:
    """Add assets to a collection

     Adds assets to the collection; assets already in it stay where they are. The ids travel as
    one form field, `data`, whose value is a JSON array (`data=["id1","id2"]`), as in Bynder's
    reference and its SDKs. Needs the COLLECTIONS security role.

    Args:
        id (str):
        body (AssetIdsDataForm): Form fields of `add_assets_to_collection` and
            `add_tag_to_assets`: the asset ids as a JSON
            array in one field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusMessage]
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
    body: AssetIdsDataForm,
) -> StatusMessage:
    """Add assets to a collection

     Adds assets to the collection; assets already in it stay where they are. The ids travel as
    one form field, `data`, whose value is a JSON array (`data=["id1","id2"]`), as in Bynder's
    reference and its SDKs. Needs the COLLECTIONS security role.

    Args:
        id (str):
        body (AssetIdsDataForm): Form fields of `add_assets_to_collection` and
            `add_tag_to_assets`: the asset ids as a JSON
            array in one field.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 202.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatusMessage
    """

    kwargs = request_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
