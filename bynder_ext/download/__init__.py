"""Downloads of asset files: resolve the signed location, then stream the bytes to a file.

``download_item`` fetches one media item of an asset (by id, or by hash with ``hashed=True``);
``download_original`` picks the asset's active original (or ``version``) and checks the size
Bynder lists for it; ``adownload_*`` are the async twins.

- The signed URL goes through the session's external client (no token, no budget); it must be
  https (http only on loopback).
- A path is written to ``<path>.part`` (with a ``.part.json`` record, never through a symbolic
  link) and renamed into place once complete; a later call resumes it with ``Range`` and
  ``If-Range`` when the server answers 206 for the same object, else starts from zero.
- A dropped connection reconnects with Range after the connection's backoff, up to
  ``max_reconnects`` times in a row without progress; a 403 resolves the expired URL again.
- Sizes are checked against the server's, ``expected_size`` and ``max_size`` (DownloadError,
  the part removed); SHA-256 is computed while streaming. A file object destination is written
  from its position, never resumed.
"""

from __future__ import annotations

from ._async import download_item as adownload_item
from ._async import download_original as adownload_original
from ._sync import download_item, download_original
from .options import DEFAULT_CHUNK_SIZE, DEFAULT_MAX_RECONNECTS, item_size, original_item
from .transfer import DownloadProgress, DownloadResult

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_MAX_RECONNECTS",
    "DownloadProgress",
    "DownloadResult",
    "adownload_item",
    "adownload_original",
    "download_item",
    "download_original",
    "item_size",
    "original_item",
]
