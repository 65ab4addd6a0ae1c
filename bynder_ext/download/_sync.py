# Generated from bynder_ext/download/_async.py by scripts/unasync.py: edit that file, not this one.
"""Downloads' network I/O, written once: ``_sync.py`` is generated from this file."""

from __future__ import annotations

from typing import Any

import httpx
from bynder_client import AuthenticatedClient
from bynder_client.api.assets import download_specific_asset_item, get_asset
from bynder_client.models.media_item import MediaItem

from .._concurrency import offload, sleep
from ..client import RAISE_EXTENSION, raising_errors, session_of
from ..deadline import DEADLINE_EXTENSION
from ..errors import TransportError, error_from_response, identifier
from .options import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_MAX_RECONNECTS,
    Destination,
    Options,
    check_destination,
    location,
    original_of,
)
from .transfer import DownloadResult, ProgressCallback, Transfer


def _resolve(client: AuthenticatedClient, asset_id: str, item_id: str, hashed: bool) -> str:
    """The item's signed location."""
    with raising_errors():
        reply = download_specific_asset_item.sync_detailed(
            asset_id, item_id, client=client, hash_=hashed
        )
    return location(reply, f"asset {asset_id} item {item_id}")


def _download(
    client: AuthenticatedClient, asset_id: str, item_id: str, target: Any, options: Options
) -> DownloadResult:
    """Stream the item into ``target``: reconnect with Range after a drop, resolve the location
    again after a 403, as the transfer decides."""
    session = session_of(client)
    url = _resolve(client, asset_id, item_id, options.hashed)
    sink = options.sink(target, f"{asset_id}/{'hash:' if options.hashed else ''}{item_id}")
    transfer = Transfer(sink, f"asset {asset_id} item {item_id}", options, session)
    http, policy = session.external, transfer.policy
    extensions = {RAISE_EXTENSION: False, DEADLINE_EXTENSION: transfer.deadline}
    try:
        while True:
            headers = transfer.request_headers()
            request = http.build_request("GET", url, headers=headers, extensions=extensions)
            try:
                response = http.send(request, stream=True, follow_redirects=True)
            except TransportError as exc:
                sleep(transfer.after_failure(exc), policy.sleep)
                continue
            try:
                status = response.status_code
                if status == 416 and transfer.asked:
                    if offload(transfer.complete_from_unsatisfiable, response.headers):
                        transfer.report()
                        return offload(transfer.finish)
                    continue
                if status >= 400:
                    response.read()
                    error = error_from_response(response, secrets=session.secrets())
                    if status != 403 or not transfer.answers:
                        raise error
                    sleep(transfer.after_failure(error, response), policy.sleep)
                    url = _resolve(client, asset_id, item_id, options.hashed)
                    continue
                if not offload(transfer.accept, status, response.headers):
                    continue
                transfer.report()
                try:
                    for chunk in response.iter_bytes(options.chunk_size):
                        transfer.receive(chunk)
                except httpx.TransportError as exc:
                    sleep(transfer.after_failure(exc), policy.sleep)
                    continue
            finally:
                response.close()
            return offload(transfer.finish)
    except BaseException as exc:
        transfer.abort(exc)
        raise


def download_item(
    client: AuthenticatedClient,
    asset_id: str,
    item_id: str | MediaItem,
    destination: Destination,
    *,
    hashed: bool = False,
    progress: ProgressCallback | None = None,
    resume: bool = True,
    expected_size: int | None = None,
    max_size: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
) -> DownloadResult:
    """Download one file of an asset (Bynder's "Download Specific Asset Item") to ``destination``.

    ``destination`` is a path (written through ``<path>.part``, resumable) or a writable binary
    file object. ``item_id`` is the item's id, or the ``MediaItem`` itself; ``hashed=True``
    treats it as the item's hash. ``progress`` gets a :class:`DownloadProgress` after each
    chunk; ``expected_size`` and ``max_size`` check the size; ``max_reconnects`` bounds
    reconnections in a row. Arguments are checked before any request.
    """
    session_of(client)
    aid = identifier(asset_id, "asset_id")
    iid = identifier(item_id.id if isinstance(item_id, MediaItem) else item_id, "item_id")
    options = Options(
        hashed=hashed,
        progress=progress,
        resume=resume,
        expected_size=expected_size,
        max_size=max_size,
        chunk_size=chunk_size,
        max_reconnects=max_reconnects,
    )
    return _download(client, aid, iid, check_destination(destination), options)


def download_original(
    client: AuthenticatedClient,
    asset_id: str,
    destination: Destination,
    *,
    version: int | None = None,
    progress: ProgressCallback | None = None,
    resume: bool = True,
    expected_size: int | None = None,
    max_size: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
) -> DownloadResult:
    """Download an asset's original file: the active version, or ``version`` when given.

    The media item comes from ``get_asset(versions=True)``; the size it lists is checked unless
    ``expected_size`` says otherwise. Other arguments as for :func:`download_item`.
    """
    session_of(client)
    aid = identifier(asset_id, "asset_id")
    options = Options(
        version=version,
        progress=progress,
        resume=resume,
        expected_size=expected_size,
        max_size=max_size,
        chunk_size=chunk_size,
        max_reconnects=max_reconnects,
    )
    target = check_destination(destination)
    with raising_errors():
        reply = get_asset.sync_detailed(aid, client=client, versions=True)
    item = original_of(reply, aid, options.version)
    return _download(client, aid, str(item.id), target, options.expecting(item))
