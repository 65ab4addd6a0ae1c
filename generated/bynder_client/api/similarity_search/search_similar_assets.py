from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.similarity_search import SimilaritySearch
from ...models.similarity_search_result import SimilaritySearchResult
from ...types import Response


def request_kwargs(
    *,
    body: SimilaritySearch,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/1/assets/similarity-search/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SimilaritySearchResult:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = SimilaritySearchResult.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SimilaritySearchResult:
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
) -> Response[Error | SimilaritySearchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SimilaritySearch,
) -> Response[Error | SimilaritySearchResult]:
    """Search for similar assets

     Finds assets that look like given assets (`assetIds`), an image on the web (`imageUrl`),
    an image sent along (`imageData`, base64, optionally as a `data:` URL) or a description
    (`textQuery`), best match first, each with a score between 0 and 1. Exactly one of the
    four must be given; more than one is a 400 with reason `MULTIPLE_SEARCH_PARAMETERS`.
    Asset ids are in the standard lower-case UUID form (8-4-4-4-12), here and in the reply.

    Only OAuth 2.0 access tokens are accepted; a permanent token gets 403.

    Args:
        body (SimilaritySearch): Body of `search_similar_assets`; give exactly one of the four
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SimilaritySearchResult]
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
    body: SimilaritySearch,
) -> SimilaritySearchResult:
    """Search for similar assets

     Finds assets that look like given assets (`assetIds`), an image on the web (`imageUrl`),
    an image sent along (`imageData`, base64, optionally as a `data:` URL) or a description
    (`textQuery`), best match first, each with a score between 0 and 1. Exactly one of the
    four must be given; more than one is a 400 with reason `MULTIPLE_SEARCH_PARAMETERS`.
    Asset ids are in the standard lower-case UUID form (8-4-4-4-12), here and in the reply.

    Only OAuth 2.0 access tokens are accepted; a permanent token gets 403.

    Args:
        body (SimilaritySearch): Body of `search_similar_assets`; give exactly one of the four
            fields.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SimilaritySearchResult
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
    body: SimilaritySearch,
) -> Response[Error | SimilaritySearchResult]:
    """Search for similar assets

     Finds assets that look like given assets (`assetIds`), an image on the web (`imageUrl`),
    an image sent along (`imageData`, base64, optionally as a `data:` URL) or a description
    (`textQuery`), best match first, each with a score between 0 and 1. Exactly one of the
    four must be given; more than one is a 400 with reason `MULTIPLE_SEARCH_PARAMETERS`.
    Asset ids are in the standard lower-case UUID form (8-4-4-4-12), here and in the reply.

    Only OAuth 2.0 access tokens are accepted; a permanent token gets 403.

    Args:
        body (SimilaritySearch): Body of `search_similar_assets`; give exactly one of the four
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SimilaritySearchResult]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SimilaritySearch,
) -> SimilaritySearchResult:
    """Search for similar assets

     Finds assets that look like given assets (`assetIds`), an image on the web (`imageUrl`),
    an image sent along (`imageData`, base64, optionally as a `data:` URL) or a description
    (`textQuery`), best match first, each with a score between 0 and 1. Exactly one of the
    four must be given; more than one is a 400 with reason `MULTIPLE_SEARCH_PARAMETERS`.
    Asset ids are in the standard lower-case UUID form (8-4-4-4-12), here and in the reply.

    Only OAuth 2.0 access tokens are accepted; a permanent token gets 403.

    Args:
        body (SimilaritySearch): Body of `search_similar_assets`; give exactly one of the four
            fields.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SimilaritySearchResult
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
