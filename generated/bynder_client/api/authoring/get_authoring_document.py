from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authoring_document import AuthoringDocument
from ...models.json_api_errors import JsonApiErrors
from ...types import UNSET, Response, Unset


def request_kwargs(
    document_uuid: str,
    *,
    referer: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}
    if not isinstance(referer, Unset):
        headers["Referer"] = referer

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/1/authoring/documents/{document_uuid}".format(
            document_uuid=quote(str(document_uuid), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuthoringDocument:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = AuthoringDocument.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthoringDocument | JsonApiErrors:
    if response.status_code == 200:
        return parse_success(client=client, response=response)
    if response.status_code == 400:
        response_400 = JsonApiErrors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = JsonApiErrors.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = JsonApiErrors.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = JsonApiErrors.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = JsonApiErrors.from_dict(response.json())

        return response_429

    response_default = JsonApiErrors.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthoringDocument | JsonApiErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_uuid: str,
    *,
    client: AuthenticatedClient,
    referer: str | Unset = UNSET,
) -> Response[AuthoringDocument | JsonApiErrors]:
    """Get a text document

     Returns a text document of the content authoring module as a JSON:API resource, with the
    text both as a ProseMirror document and as HTML. Replies, errors included, are
    `application/vnd.api+json`; errors are a JSON:API `errors` list. The portal uses the
    `Referer` to tell which module the call comes from when it checks permissions.

    Bynder's reference types the ProseMirror `document` as a string but shows it as a JSON
    object, and gives the error `status` as a number in its schema and as a string in its
    examples. This contract accepts an object or a string for `document` and a number or a
    string for `status`.

    Args:
        document_uuid (str):
        referer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthoringDocument | JsonApiErrors]
    """

    kwargs = request_kwargs(
        document_uuid=document_uuid,
        referer=referer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_uuid: str,
    *,
    client: AuthenticatedClient,
    referer: str | Unset = UNSET,
) -> AuthoringDocument:
    """Get a text document

     Returns a text document of the content authoring module as a JSON:API resource, with the
    text both as a ProseMirror document and as HTML. Replies, errors included, are
    `application/vnd.api+json`; errors are a JSON:API `errors` list. The portal uses the
    `Referer` to tell which module the call comes from when it checks permissions.

    Bynder's reference types the ProseMirror `document` as a string but shows it as a JSON
    object, and gives the error `status` as a number in its schema and as a string in its
    examples. This contract accepts an object or a string for `document` and a number or a
    string for `status`.

    Args:
        document_uuid (str):
        referer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthoringDocument
    """

    kwargs = request_kwargs(
        document_uuid=document_uuid,
        referer=referer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    document_uuid: str,
    *,
    client: AuthenticatedClient,
    referer: str | Unset = UNSET,
) -> Response[AuthoringDocument | JsonApiErrors]:
    """Get a text document

     Returns a text document of the content authoring module as a JSON:API resource, with the
    text both as a ProseMirror document and as HTML. Replies, errors included, are
    `application/vnd.api+json`; errors are a JSON:API `errors` list. The portal uses the
    `Referer` to tell which module the call comes from when it checks permissions.

    Bynder's reference types the ProseMirror `document` as a string but shows it as a JSON
    object, and gives the error `status` as a number in its schema and as a string in its
    examples. This contract accepts an object or a string for `document` and a number or a
    string for `status`.

    Args:
        document_uuid (str):
        referer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthoringDocument | JsonApiErrors]
    """

    kwargs = request_kwargs(
        document_uuid=document_uuid,
        referer=referer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_uuid: str,
    *,
    client: AuthenticatedClient,
    referer: str | Unset = UNSET,
) -> AuthoringDocument:
    """Get a text document

     Returns a text document of the content authoring module as a JSON:API resource, with the
    text both as a ProseMirror document and as HTML. Replies, errors included, are
    `application/vnd.api+json`; errors are a JSON:API `errors` list. The portal uses the
    `Referer` to tell which module the call comes from when it checks permissions.

    Bynder's reference types the ProseMirror `document` as a string but shows it as a JSON
    object, and gives the error `status` as a number in its schema and as a string in its
    examples. This contract accepts an object or a string for `document` and a number or a
    string for `status`.

    Args:
        document_uuid (str):
        referer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthoringDocument
    """

    kwargs = request_kwargs(
        document_uuid=document_uuid,
        referer=referer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
