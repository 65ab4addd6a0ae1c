from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.webhook_subscription_create import WebhookSubscriptionCreate
from ...models.webhook_subscription_id import WebhookSubscriptionId
from ...types import Response


def request_kwargs(
    *,
    body: WebhookSubscriptionCreate,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v7/webhooks/public/api/subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WebhookSubscriptionId:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 201:
        response_201 = WebhookSubscriptionId.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | WebhookSubscriptionId:
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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WebhookSubscriptionId]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookSubscriptionCreate,
) -> Response[Error | WebhookSubscriptionId]:
    """Create a webhook subscription

     Subscribes an endpoint to portal events (`asset_bank.media.create`, `workflow.job.create`,
    ...) from a JSON body and answers 201 with the new subscription's id. Needs the "Manage
    Webhooks configurations" security role.

    Bynder's reference lists this operation under `/v7/webhooks/public/api/subscriptions/{id}`,
    the same path as reading, changing and deleting one subscription, although a subscription
    has no id before it is created and the reply carries the new id. This contract posts to
    the collection path, without an id.

    Args:
        body (WebhookSubscriptionCreate): Body of `create_webhook_subscription`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookSubscriptionId]
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
    body: WebhookSubscriptionCreate,
) -> WebhookSubscriptionId:
    """Create a webhook subscription

     Subscribes an endpoint to portal events (`asset_bank.media.create`, `workflow.job.create`,
    ...) from a JSON body and answers 201 with the new subscription's id. Needs the "Manage
    Webhooks configurations" security role.

    Bynder's reference lists this operation under `/v7/webhooks/public/api/subscriptions/{id}`,
    the same path as reading, changing and deleting one subscription, although a subscription
    has no id before it is created and the reply carries the new id. This contract posts to
    the collection path, without an id.

    Args:
        body (WebhookSubscriptionCreate): Body of `create_webhook_subscription`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookSubscriptionId
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
    body: WebhookSubscriptionCreate,
) -> Response[Error | WebhookSubscriptionId]:
    """Create a webhook subscription

     Subscribes an endpoint to portal events (`asset_bank.media.create`, `workflow.job.create`,
    ...) from a JSON body and answers 201 with the new subscription's id. Needs the "Manage
    Webhooks configurations" security role.

    Bynder's reference lists this operation under `/v7/webhooks/public/api/subscriptions/{id}`,
    the same path as reading, changing and deleting one subscription, although a subscription
    has no id before it is created and the reply carries the new id. This contract posts to
    the collection path, without an id.

    Args:
        body (WebhookSubscriptionCreate): Body of `create_webhook_subscription`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WebhookSubscriptionId]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WebhookSubscriptionCreate,
) -> WebhookSubscriptionId:
    """Create a webhook subscription

     Subscribes an endpoint to portal events (`asset_bank.media.create`, `workflow.job.create`,
    ...) from a JSON body and answers 201 with the new subscription's id. Needs the "Manage
    Webhooks configurations" security role.

    Bynder's reference lists this operation under `/v7/webhooks/public/api/subscriptions/{id}`,
    the same path as reading, changing and deleting one subscription, although a subscription
    has no id before it is created and the reply carries the new id. This contract posts to
    the collection path, without an id.

    Args:
        body (WebhookSubscriptionCreate): Body of `create_webhook_subscription`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookSubscriptionId
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
