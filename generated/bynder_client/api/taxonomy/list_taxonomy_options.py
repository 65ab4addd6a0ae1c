from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.taxonomy_option_page import TaxonomyOptionPage
from ...types import UNSET, Response, Unset


def request_kwargs(
    metaproperty_id: str,
    *,
    start: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = 20,
    external_reference: str | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["start"] = start

    params["before"] = before

    params["limit"] = limit

    params["externalReference"] = external_reference

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/1/taxonomy/metaproperties/{metaproperty_id}/options".format(
            metaproperty_id=quote(str(metaproperty_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TaxonomyOptionPage:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = TaxonomyOptionPage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TaxonomyOptionPage:
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
) -> Response[Error | TaxonomyOptionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = 20,
    external_reference: str | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> Response[Error | TaxonomyOptionPage]:
    """List the options of a metaproperty

     Returns one page of a metaproperty's options, ordered by name, with cursor paging:
    `metadata.nextPage` is the `start` of the following page and `metadata.prevPage` the
    `before` of the preceding one (each `{name}_{optionId}`). `start` and `before` cannot be
    combined. Errors carry a machine-readable `errorCode` next to `message`
    (`option-list-cursor-parameter-invalid`, `option-list-cursor-format-invalid`,
    `metaproperty-not-existing`).

    Args:
        metaproperty_id (str):
        start (str | Unset):
        before (str | Unset):
        limit (int | Unset):  Default: 20.
        external_reference (str | Unset):
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaxonomyOptionPage]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        start=start,
        before=before,
        limit=limit,
        external_reference=external_reference,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = 20,
    external_reference: str | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> TaxonomyOptionPage:
    """List the options of a metaproperty

     Returns one page of a metaproperty's options, ordered by name, with cursor paging:
    `metadata.nextPage` is the `start` of the following page and `metadata.prevPage` the
    `before` of the preceding one (each `{name}_{optionId}`). `start` and `before` cannot be
    combined. Errors carry a machine-readable `errorCode` next to `message`
    (`option-list-cursor-parameter-invalid`, `option-list-cursor-format-invalid`,
    `metaproperty-not-existing`).

    Args:
        metaproperty_id (str):
        start (str | Unset):
        before (str | Unset):
        limit (int | Unset):  Default: 20.
        external_reference (str | Unset):
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaxonomyOptionPage
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        start=start,
        before=before,
        limit=limit,
        external_reference=external_reference,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = 20,
    external_reference: str | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> Response[Error | TaxonomyOptionPage]:
    """List the options of a metaproperty

     Returns one page of a metaproperty's options, ordered by name, with cursor paging:
    `metadata.nextPage` is the `start` of the following page and `metadata.prevPage` the
    `before` of the preceding one (each `{name}_{optionId}`). `start` and `before` cannot be
    combined. Errors carry a machine-readable `errorCode` next to `message`
    (`option-list-cursor-parameter-invalid`, `option-list-cursor-format-invalid`,
    `metaproperty-not-existing`).

    Args:
        metaproperty_id (str):
        start (str | Unset):
        before (str | Unset):
        limit (int | Unset):  Default: 20.
        external_reference (str | Unset):
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaxonomyOptionPage]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        start=start,
        before=before,
        limit=limit,
        external_reference=external_reference,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = 20,
    external_reference: str | Unset = UNSET,
    ids: str | Unset = UNSET,
) -> TaxonomyOptionPage:
    """List the options of a metaproperty

     Returns one page of a metaproperty's options, ordered by name, with cursor paging:
    `metadata.nextPage` is the `start` of the following page and `metadata.prevPage` the
    `before` of the preceding one (each `{name}_{optionId}`). `start` and `before` cannot be
    combined. Errors carry a machine-readable `errorCode` next to `message`
    (`option-list-cursor-parameter-invalid`, `option-list-cursor-format-invalid`,
    `metaproperty-not-existing`).

    Args:
        metaproperty_id (str):
        start (str | Unset):
        before (str | Unset):
        limit (int | Unset):  Default: 20.
        external_reference (str | Unset):
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaxonomyOptionPage
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        start=start,
        before=before,
        limit=limit,
        external_reference=external_reference,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
