from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.automation_rule_create import AutomationRuleCreate
from ...models.automation_rule_created import AutomationRuleCreated
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AutomationRuleCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/1/automation-workflow/rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AutomationRuleCreated | Error:
    if response.status_code == 200:
        response_200 = AutomationRuleCreated.from_dict(response.json())

        return response_200

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

    kwargs = _get_kwargs(
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
) -> AutomationRuleCreated | Error | None:
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
        AutomationRuleCreated | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


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

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AutomationRuleCreate,
) -> AutomationRuleCreated | Error | None:
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
        AutomationRuleCreated | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
