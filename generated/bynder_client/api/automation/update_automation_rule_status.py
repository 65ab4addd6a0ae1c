from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_rule_status import AutomationRuleStatus
from ...models.error import Error
from ...types import Response


def request_kwargs(
    rule_id: str,
    *,
    body: AutomationRuleStatus,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/1/automation-workflow/rules/{rule_id}/status".format(
            rule_id=quote(str(rule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 204:
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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rule_id: str,
    *,
    client: AuthenticatedClient,
    body: AutomationRuleStatus,
) -> Response[Any | Error]:
    """Publish or pause an automation rule

     Sets the rule's status to `PUBLISHED` (it acts on matching events) or `PAUSED` (it does
    not). Setting the status the rule already has is a conflict (409).

    Args:
        rule_id (str):
        body (AutomationRuleStatus): Body of `update_automation_rule_status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        rule_id=rule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rule_id: str,
    *,
    client: AuthenticatedClient,
    body: AutomationRuleStatus,
) -> Any:
    """Publish or pause an automation rule

     Sets the rule's status to `PUBLISHED` (it acts on matching events) or `PAUSED` (it does
    not). Setting the status the rule already has is a conflict (409).

    Args:
        rule_id (str):
        body (AutomationRuleStatus): Body of `update_automation_rule_status`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 204.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        rule_id=rule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    rule_id: str,
    *,
    client: AuthenticatedClient,
    body: AutomationRuleStatus,
) -> Response[Any | Error]:
    """Publish or pause an automation rule

     Sets the rule's status to `PUBLISHED` (it acts on matching events) or `PAUSED` (it does
    not). Setting the status the rule already has is a conflict (409).

    Args:
        rule_id (str):
        body (AutomationRuleStatus): Body of `update_automation_rule_status`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        rule_id=rule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rule_id: str,
    *,
    client: AuthenticatedClient,
    body: AutomationRuleStatus,
) -> Any:
    """Publish or pause an automation rule

     Sets the rule's status to `PUBLISHED` (it acts on matching events) or `PAUSED` (it does
    not). Setting the status the rule already has is a conflict (409).

    Args:
        rule_id (str):
        body (AutomationRuleStatus): Body of `update_automation_rule_status`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 204.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = request_kwargs(
        rule_id=rule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
