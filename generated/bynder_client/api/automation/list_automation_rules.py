from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_rule_page import AutomationRulePage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    start: int | Unset = 0,
    limit: int | Unset = 10,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/1/automation-workflow/rules",
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AutomationRulePage:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = AutomationRulePage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AutomationRulePage | Error:
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
) -> Response[AutomationRulePage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[AutomationRulePage | Error]:
    """List automation rules

     Returns the account's automation rules, newest first, `limit` at a time from offset
    `start`. `metadata.next_page` and `metadata.previous_page` hold the query of the
    neighbouring pages when there are any.

    Bynder publishes two copies of this API. The newer one (the "Automation Workflow API",
    with its server under `/api/1/automation-workflow`) spells fields in snake_case
    (`created_by_id`, `max_conditions_count`) and gives condition terms as objects; an older
    copy uses camelCase and plain string terms. This contract follows the newer copy. The
    newer copy also names a separate service host in its prose; this contract reaches the
    service through the portal, like every other `/api/1` API.

    Args:
        start (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRulePage | Error]
    """

    kwargs = request_kwargs(
        start=start,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start: int | Unset = 0,
    limit: int | Unset = 10,
) -> AutomationRulePage:
    """List automation rules

     Returns the account's automation rules, newest first, `limit` at a time from offset
    `start`. `metadata.next_page` and `metadata.previous_page` hold the query of the
    neighbouring pages when there are any.

    Bynder publishes two copies of this API. The newer one (the "Automation Workflow API",
    with its server under `/api/1/automation-workflow`) spells fields in snake_case
    (`created_by_id`, `max_conditions_count`) and gives condition terms as objects; an older
    copy uses camelCase and plain string terms. This contract follows the newer copy. The
    newer copy also names a separate service host in its prose; this contract reaches the
    service through the portal, like every other `/api/1` API.

    Args:
        start (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRulePage
    """

    kwargs = request_kwargs(
        start=start,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[AutomationRulePage | Error]:
    """List automation rules

     Returns the account's automation rules, newest first, `limit` at a time from offset
    `start`. `metadata.next_page` and `metadata.previous_page` hold the query of the
    neighbouring pages when there are any.

    Bynder publishes two copies of this API. The newer one (the "Automation Workflow API",
    with its server under `/api/1/automation-workflow`) spells fields in snake_case
    (`created_by_id`, `max_conditions_count`) and gives condition terms as objects; an older
    copy uses camelCase and plain string terms. This contract follows the newer copy. The
    newer copy also names a separate service host in its prose; this contract reaches the
    service through the portal, like every other `/api/1` API.

    Args:
        start (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRulePage | Error]
    """

    kwargs = request_kwargs(
        start=start,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: int | Unset = 0,
    limit: int | Unset = 10,
) -> AutomationRulePage:
    """List automation rules

     Returns the account's automation rules, newest first, `limit` at a time from offset
    `start`. `metadata.next_page` and `metadata.previous_page` hold the query of the
    neighbouring pages when there are any.

    Bynder publishes two copies of this API. The newer one (the "Automation Workflow API",
    with its server under `/api/1/automation-workflow`) spells fields in snake_case
    (`created_by_id`, `max_conditions_count`) and gives condition terms as objects; an older
    copy uses camelCase and plain string terms. This contract follows the newer copy. The
    newer copy also names a separate service host in its prose; this contract reaches the
    service through the portal, like every other `/api/1` API.

    Args:
        start (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRulePage
    """

    kwargs = request_kwargs(
        start=start,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
