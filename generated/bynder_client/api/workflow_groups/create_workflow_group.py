from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.workflow_group import WorkflowGroup
from ...models.workflow_group_body import WorkflowGroupBody
from ...types import Response


def _get_kwargs(
    *,
    body: WorkflowGroupBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/workflow/groups/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | WorkflowGroup:
    if response.status_code == 200:
        response_200 = WorkflowGroup.from_dict(response.json())

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
) -> Response[Error | WorkflowGroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkflowGroupBody,
) -> Response[Error | WorkflowGroup]:
    """Create a workflow group

     Creates a group from a JSON body with its name and the workflow ids of its members, and
    answers 200 (not 201). Bynder's reference leaves the reply body undescribed; the portal
    returns the group as created, which is what this contract documents.

    Args:
        body (WorkflowGroupBody): Body of `create_workflow_group` (name required there) and
            `update_workflow_group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkflowGroup]
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
    body: WorkflowGroupBody,
) -> Error | WorkflowGroup | None:
    """Create a workflow group

     Creates a group from a JSON body with its name and the workflow ids of its members, and
    answers 200 (not 201). Bynder's reference leaves the reply body undescribed; the portal
    returns the group as created, which is what this contract documents.

    Args:
        body (WorkflowGroupBody): Body of `create_workflow_group` (name required there) and
            `update_workflow_group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkflowGroup
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkflowGroupBody,
) -> Response[Error | WorkflowGroup]:
    """Create a workflow group

     Creates a group from a JSON body with its name and the workflow ids of its members, and
    answers 200 (not 201). Bynder's reference leaves the reply body undescribed; the portal
    returns the group as created, which is what this contract documents.

    Args:
        body (WorkflowGroupBody): Body of `create_workflow_group` (name required there) and
            `update_workflow_group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkflowGroup]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkflowGroupBody,
) -> Error | WorkflowGroup | None:
    """Create a workflow group

     Creates a group from a JSON body with its name and the workflow ids of its members, and
    answers 200 (not 201). Bynder's reference leaves the reply body undescribed; the portal
    returns the group as created, which is what this contract documents.

    Args:
        body (WorkflowGroupBody): Body of `create_workflow_group` (name required there) and
            `update_workflow_group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkflowGroup
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
