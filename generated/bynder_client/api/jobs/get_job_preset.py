from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_preset_envelope import JobPresetEnvelope
from ...types import Response


def request_kwargs(
    id: str,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/workflow/presets/job/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobPresetEnvelope:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = JobPresetEnvelope.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobPresetEnvelope:
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
) -> Response[Error | JobPresetEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | JobPresetEnvelope]:
    """Get a job preset

     Returns a job preset wrapped in a `preset` object, with its stages as an array.

    Sources disagree on the shape. Bynder's reference shows the preset unwrapped, with a single
    stage object; the official Java SDK and a third-party connector read `{"preset": {...}}`
    with `presetstages` as an array. This contract follows the SDK, which is what shipping code
    relies on. Needs the PRESETOVERVIEW security role.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobPresetEnvelope]
    """

    kwargs = request_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> JobPresetEnvelope:
    """Get a job preset

     Returns a job preset wrapped in a `preset` object, with its stages as an array.

    Sources disagree on the shape. Bynder's reference shows the preset unwrapped, with a single
    stage object; the official Java SDK and a third-party connector read `{"preset": {...}}`
    with `presetstages` as an array. This contract follows the SDK, which is what shipping code
    relies on. Needs the PRESETOVERVIEW security role.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPresetEnvelope
    """

    kwargs = request_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | JobPresetEnvelope]:
    """Get a job preset

     Returns a job preset wrapped in a `preset` object, with its stages as an array.

    Sources disagree on the shape. Bynder's reference shows the preset unwrapped, with a single
    stage object; the official Java SDK and a third-party connector read `{"preset": {...}}`
    with `presetstages` as an array. This contract follows the SDK, which is what shipping code
    relies on. Needs the PRESETOVERVIEW security role.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobPresetEnvelope]
    """

    kwargs = request_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> JobPresetEnvelope:
    """Get a job preset

     Returns a job preset wrapped in a `preset` object, with its stages as an array.

    Sources disagree on the shape. Bynder's reference shows the preset unwrapped, with a single
    stage object; the official Java SDK and a third-party connector read `{"preset": {...}}`
    with `presetstages` as an array. This contract follows the SDK, which is what shipping code
    relies on. Needs the PRESETOVERVIEW security role.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPresetEnvelope
    """

    kwargs = request_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
