"""Fetching a transformation: written once here, ``_sync.py`` is generated from it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bynder_client import AuthenticatedClient
from bynder_client.api.transformations import generate_dynamic_asset_transformation

from ..client import raising_errors, session_of
from .core import Format, Transformation, TransformRequest


async def fetch_transformation(
    client: AuthenticatedClient,
    asset_id: str,
    name: str,
    *,
    io: Iterable[str] | str = (),
    focus_point: Sequence[float] | None = None,
    format: Format | None = None,
    quality: int | None = None,
) -> Transformation:
    """Fetch a derivative through the portal. Bad input raises ConfigurationError before any
    request; the portal's refusals raise the typed errors (400 InvalidRequest, 404 NotFound...)."""
    session_of(client)
    request = TransformRequest(
        asset_id=asset_id, name=name, io=io, focus_point=focus_point, format=format, quality=quality
    )
    with raising_errors():
        reply = await generate_dynamic_asset_transformation.asyncio_detailed(
            request.asset_id, request.name, client=client, **request.kwargs()
        )
    return request.result(reply)
