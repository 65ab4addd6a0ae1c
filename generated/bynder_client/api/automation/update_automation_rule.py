from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_rule import AutomationRule
from ...models.automation_rule_edit import AutomationRuleEdit
from ...models.error import Error
from ...types import Response


def request_kwargs(
    rule_id: str,
    *,
    body: AutomationRuleEdit,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/1/automation-workflow/rules/{rule_id}".format(
            rule_id=quote(str(rule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AutomationRule:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = AutomationRule.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AutomationRule | Error:
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
) -> Response[AutomationRule | Error]:
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
    body: AutomationRuleEdit,
) -> Response[AutomationRule | Error]:
    """Update an automation rule

     Changes the rule's name, triggers or steps from a JSON body; fields left out keep their
    value. Answers with the rule as changed.

    Args:
        rule_id (str):
        body (AutomationRuleEdit): Body of `update_automation_rule`; send the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRule | Error]
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
    body: AutomationRuleEdit,
) -> AutomationRule:
    """Update an automation rule

     Changes the rule's name, triggers or steps from a JSON body; fields left out keep their
    value. Answers with the rule as changed.

    Args:
        rule_id (str):
        body (AutomationRuleEdit): Body of `update_automation_rule`; send the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRule
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
    body: AutomationRuleEdit,
) -> Response[AutomationRule | Error]:
    """Update an automation rule

     Changes the rule's name, triggers or steps from a JSON body; fields left out keep their
    value. Answers with the rule as changed.

    Args:
        rule_id (str):
        body (AutomationRuleEdit): Body of `update_automation_rule`; send the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRule | Error]
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
    body: AutomationRuleEdit,
) -> AutomationRule:
    """Update an automation rule

     Changes the rule's name, triggers or steps from a JSON body; fields left out keep their
    value. Answers with the rule as changed.

    Args:
        rule_id (str):
        body (AutomationRuleEdit): Body of `update_automation_rule`; send the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRule
    """

    kwargs = request_kwargs(
        rule_id=rule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
