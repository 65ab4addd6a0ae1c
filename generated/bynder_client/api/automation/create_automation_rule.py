from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_rule_create import AutomationRuleCreate
from ...models.automation_rule_created import AutomationRuleCreated
from ...models.error import Error
from ...types import Response


def request_kwargs(
    *,
    body: AutomationRuleCreate,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/1/automation-workflow/rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AutomationRuleCreated:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = AutomationRuleCreated.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AutomationRuleCreated | Error:
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
) -> Response[AutomationRuleCreated | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AutomationRuleCreate,
) -> Response[AutomationRuleCreated | Error]:
    """Create an automation rule

     Creates a rule from a JSON body: its name, the triggers that start it, and its steps
    (conditions, each an `and` of leaf conditions, and actions). Use the names that
    `list_automation_triggers`, `list_automation_conditions` and `list_automation_actions`
    return. A new rule is a `DRAFT` until `update_automation_rule_status` publishes it.
    Answers 200 (not 201) with the rule's bookkeeping fields.

    Args:
        body (AutomationRuleCreate): Body of `create_automation_rule`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRuleCreated | Error]
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
    body: AutomationRuleCreate,
) -> AutomationRuleCreated:
    """Create an automation rule

     Creates a rule from a JSON body: its name, the triggers that start it, and its steps
    (conditions, each an `and` of leaf conditions, and actions). Use the names that
    `list_automation_triggers`, `list_automation_conditions` and `list_automation_actions`
    return. A new rule is a `DRAFT` until `update_automation_rule_status` publishes it.
    Answers 200 (not 201) with the rule's bookkeeping fields.

    Args:
        body (AutomationRuleCreate): Body of `create_automation_rule`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRuleCreated
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
    body: AutomationRuleCreate,
) -> Response[AutomationRuleCreated | Error]:
    """Create an automation rule

     Creates a rule from a JSON body: its name, the triggers that start it, and its steps
    (conditions, each an `and` of leaf conditions, and actions). Use the names that
    `list_automation_triggers`, `list_automation_conditions` and `list_automation_actions`
    return. A new rule is a `DRAFT` until `update_automation_rule_status` publishes it.
    Answers 200 (not 201) with the rule's bookkeeping fields.

    Args:
        body (AutomationRuleCreate): Body of `create_automation_rule`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRuleCreated | Error]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AutomationRuleCreate,
) -> AutomationRuleCreated:
    """Create an automation rule

     Creates a rule from a JSON body: its name, the triggers that start it, and its steps
    (conditions, each an `and` of leaf conditions, and actions). Use the names that
    `list_automation_triggers`, `list_automation_conditions` and `list_automation_actions`
    return. A new rule is a `DRAFT` until `update_automation_rule_status` publishes it.
    Answers 200 (not 201) with the rule's bookkeeping fields.

    Args:
        body (AutomationRuleCreate): Body of `create_automation_rule`.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRuleCreated
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
