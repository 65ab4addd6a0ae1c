from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.generate_dynamic_asset_transformation_format import (
    GenerateDynamicAssetTransformationFormat,
)
from ...types import UNSET, File, Response, Unset


def request_kwargs(
    id: str,
    name: str,
    *,
    io: list[str] | Unset = UNSET,
    focuspoint: str | Unset = UNSET,
    format_: GenerateDynamicAssetTransformationFormat | Unset = UNSET,
    quality: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of the ``httpx`` request this operation sends (method, url, query,
    body, headers), for callers that send it and read the answer themselves."""

    params: dict[str, Any] = {}

    json_io: list[str] | Unset = UNSET
    if not isinstance(io, Unset):
        json_io = io

    params["io"] = json_io

    params["focuspoint"] = focuspoint

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["quality"] = quality

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transform/{id}/{name}".format(
            id=quote(str(id), safe=""),
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    """The documented success body of ``response``; ``errors.UnexpectedStatus`` for any other status."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    name: str,
    *,
    client: AuthenticatedClient,
    io: list[str] | Unset = UNSET,
    focuspoint: str | Unset = UNSET,
    format_: GenerateDynamicAssetTransformationFormat | Unset = UNSET,
    quality: int | Unset = UNSET,
) -> Response[Error | File]:
    """Generate a dynamic asset transformation

     Returns a derivative of an image computed on the fly: cropped, scaled, filled, rotated and
    so on, in WebP unless `format` asks for JPEG or PNG. The feature must be enabled on the
    portal. The path sits at the root of the portal, not under `/api`, as Bynder's DAT
    reference and every asset's `transformBaseUrl` show; a third-party connector's
    `/api/transform/...` prefix is not used here.

    Args:
        id (str):
        name (str):
        io (list[str] | Unset):
        focuspoint (str | Unset):
        format_ (GenerateDynamicAssetTransformationFormat | Unset):
        quality (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = request_kwargs(
        id=id,
        name=name,
        io=io,
        focuspoint=focuspoint,
        format_=format_,
        quality=quality,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    name: str,
    *,
    client: AuthenticatedClient,
    io: list[str] | Unset = UNSET,
    focuspoint: str | Unset = UNSET,
    format_: GenerateDynamicAssetTransformationFormat | Unset = UNSET,
    quality: int | Unset = UNSET,
) -> File:
    """Generate a dynamic asset transformation

     Returns a derivative of an image computed on the fly: cropped, scaled, filled, rotated and
    so on, in WebP unless `format` asks for JPEG or PNG. The feature must be enabled on the
    portal. The path sits at the root of the portal, not under `/api`, as Bynder's DAT
    reference and every asset's `transformBaseUrl` show; a third-party connector's
    `/api/transform/...` prefix is not used here.

    Args:
        id (str):
        name (str):
        io (list[str] | Unset):
        focuspoint (str | Unset):
        format_ (GenerateDynamicAssetTransformationFormat | Unset):
        quality (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    kwargs = request_kwargs(
        id=id,
        name=name,
        io=io,
        focuspoint=focuspoint,
        format_=format_,
        quality=quality,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return parse_success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    name: str,
    *,
    client: AuthenticatedClient,
    io: list[str] | Unset = UNSET,
    focuspoint: str | Unset = UNSET,
    format_: GenerateDynamicAssetTransformationFormat | Unset = UNSET,
    quality: int | Unset = UNSET,
) -> Response[Error | File]:
    """Generate a dynamic asset transformation

     Returns a derivative of an image computed on the fly: cropped, scaled, filled, rotated and
    so on, in WebP unless `format` asks for JPEG or PNG. The feature must be enabled on the
    portal. The path sits at the root of the portal, not under `/api`, as Bynder's DAT
    reference and every asset's `transformBaseUrl` show; a third-party connector's
    `/api/transform/...` prefix is not used here.

    Args:
        id (str):
        name (str):
        io (list[str] | Unset):
        focuspoint (str | Unset):
        format_ (GenerateDynamicAssetTransformationFormat | Unset):
        quality (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = request_kwargs(
        id=id,
        name=name,
        io=io,
        focuspoint=focuspoint,
        format_=format_,
        quality=quality,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    name: str,
    *,
    client: AuthenticatedClient,
    io: list[str] | Unset = UNSET,
    focuspoint: str | Unset = UNSET,
    format_: GenerateDynamicAssetTransformationFormat | Unset = UNSET,
    quality: int | Unset = UNSET,
) -> File:
    """Generate a dynamic asset transformation

     Returns a derivative of an image computed on the fly: cropped, scaled, filled, rotated and
    so on, in WebP unless `format` asks for JPEG or PNG. The feature must be enabled on the
    portal. The path sits at the root of the portal, not under `/api`, as Bynder's DAT
    reference and every asset's `transformBaseUrl` show; a third-party connector's
    `/api/transform/...` prefix is not used here.

    Args:
        id (str):
        name (str):
        io (list[str] | Unset):
        focuspoint (str | Unset):
        format_ (GenerateDynamicAssetTransformationFormat | Unset):
        quality (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with any other status than 200.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    kwargs = request_kwargs(
        id=id,
        name=name,
        io=io,
        focuspoint=focuspoint,
        format_=format_,
        quality=quality,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return parse_success(client=client, response=response)
