from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.option_dependency_group_form import OptionDependencyGroupForm
from ...models.status_message_with_id import StatusMessageWithId
from ...types import Response


def request_kwargs(
    id: str,
    option_id: str,
    *,
    body: OptionDependencyGroupForm,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/metaproperties/{id}/options/{option_id}/dependencies/group/".format(
            id=quote(str(id), safe=""),
            option_id=quote(str(option_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StatusMessageWithId:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 201:
        response_201 = StatusMessageWithId.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StatusMessageWithId:
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
) -> Response[Error | StatusMessageWithId]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    option_id: str,
    *,
    client: AuthenticatedClient,
    body: OptionDependencyGroupForm,
) -> Response[Error | StatusMessageWithId]:
    """Create a dependency group

     Creates a dependency group of the option: the option is selectable when at least one option of
    the group is set. The group's options travel as one form field, `data`, holding a JSON array of
    option ids; the reference also repeats the path's ids as form fields, which are optional here.
    An empty array gives 400 `Data cannot be empty`. The reply carries the group's id. Needs the
    METAPROPERTYMANAGEMENT security role.

    Args:
        id (str):
        option_id (str):
        body (OptionDependencyGroupForm): Form fields of `create_option_dependency_group` and
            `update_option_dependency_group`. Only
            `data` is needed; the other fields repeat the path and must agree with it when sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusMessageWithId]
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    option_id: str,
    *,
    client: AuthenticatedClient,
    body: OptionDependencyGroupForm,
) -> StatusMessageWithId:
    """Create a dependency group

     Creates a dependency group of the option: the option is selectable when at least one option of
    the group is set. The group's options travel as one form field, `data`, holding a JSON array of
    option ids; the reference also repeats the path's ids as form fields, which are optional here.
    An empty array gives 400 `Data cannot be empty`. The reply carries the group's id. Needs the
    METAPROPERTYMANAGEMENT security role.

    Args:
        id (str):
        option_id (str):
        body (OptionDependencyGroupForm): Form fields of `create_option_dependency_group` and
            `update_option_dependency_group`. Only
            `data` is needed; the other fields repeat the path and must agree with it when sent.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatusMessageWithId
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    option_id: str,
    *,
    client: AuthenticatedClient,
    body: OptionDependencyGroupForm,
) -> Response[Error | StatusMessageWithId]:
    """Create a dependency group

     Creates a dependency group of the option: the option is selectable when at least one option of
    the group is set. The group's options travel as one form field, `data`, holding a JSON array of
    option ids; the reference also repeats the path's ids as form fields, which are optional here.
    An empty array gives 400 `Data cannot be empty`. The reply carries the group's id. Needs the
    METAPROPERTYMANAGEMENT security role.

    Args:
        id (str):
        option_id (str):
        body (OptionDependencyGroupForm): Form fields of `create_option_dependency_group` and
            `update_option_dependency_group`. Only
            `data` is needed; the other fields repeat the path and must agree with it when sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusMessageWithId]
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    option_id: str,
    *,
    client: AuthenticatedClient,
    body: OptionDependencyGroupForm,
) -> StatusMessageWithId:
    """Create a dependency group

     Creates a dependency group of the option: the option is selectable when at least one option of
    the group is set. The group's options travel as one form field, `data`, holding a JSON array of
    option ids; the reference also repeats the path's ids as form fields, which are optional here.
    An empty array gives 400 `Data cannot be empty`. The reply carries the group's id. Needs the
    METAPROPERTYMANAGEMENT security role.

    Args:
        id (str):
        option_id (str):
        body (OptionDependencyGroupForm): Form fields of `create_option_dependency_group` and
            `update_option_dependency_group`. Only
            `data` is needed; the other fields repeat the path and must agree with it when sent.

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 201.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatusMessageWithId
    """

    kwargs = request_kwargs(
        id=id,
        option_id=option_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
