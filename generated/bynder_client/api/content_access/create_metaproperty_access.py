from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_access_grant import ContentAccessGrant
from ...models.content_access_principal_ref import ContentAccessPrincipalRef
from ...models.error import Error
from ...types import Response


def request_kwargs(
    metaproperty_id: str,
    *,
    body: ContentAccessGrant,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/content_access/metaproperties/{metaproperty_id}".format(
            metaproperty_id=quote(str(metaproperty_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[ContentAccessPrincipalRef]:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = ContentAccessPrincipalRef.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ContentAccessPrincipalRef]:
    if response.status_code == 201:
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
) -> Response[Error | list[ContentAccessPrincipalRef]]:
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
    body: ContentAccessGrant,
) -> Response[Error | list[ContentAccessPrincipalRef]]:
    """Add access rules to a metaproperty

     Adds one rule per principal (user, group or security profile) at the given level, from a
    JSON body, and answers 201 with the principals the rules were made for. A principal that
    already has a rule at that level keeps it.

    Args:
        metaproperty_id (str):
        body (ContentAccessGrant): Body of `create_metaproperty_access` and
            `update_option_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ContentAccessPrincipalRef]]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessGrant,
) -> list[ContentAccessPrincipalRef]:
    """Add access rules to a metaproperty

     Adds one rule per principal (user, group or security profile) at the given level, from a
    JSON body, and answers 201 with the principals the rules were made for. A principal that
    already has a rule at that level keeps it.

    Args:
        metaproperty_id (str):
        body (ContentAccessGrant): Body of `create_metaproperty_access` and
            `update_option_access`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ContentAccessPrincipalRef]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessGrant,
) -> Response[Error | list[ContentAccessPrincipalRef]]:
    """Add access rules to a metaproperty

     Adds one rule per principal (user, group or security profile) at the given level, from a
    JSON body, and answers 201 with the principals the rules were made for. A principal that
    already has a rule at that level keeps it.

    Args:
        metaproperty_id (str):
        body (ContentAccessGrant): Body of `create_metaproperty_access` and
            `update_option_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ContentAccessPrincipalRef]]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metaproperty_id: str,
    *,
    client: AuthenticatedClient,
    body: ContentAccessGrant,
) -> list[ContentAccessPrincipalRef]:
    """Add access rules to a metaproperty

     Adds one rule per principal (user, group or security profile) at the given level, from a
    JSON body, and answers 201 with the principals the rules were made for. A principal that
    already has a rule at that level keeps it.

    Args:
        metaproperty_id (str):
        body (ContentAccessGrant): Body of `create_metaproperty_access` and
            `update_option_access`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ContentAccessPrincipalRef]
    """

    kwargs = request_kwargs(
        metaproperty_id=metaproperty_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
