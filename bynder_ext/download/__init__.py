"""Downloads of asset files: resolve the signed location, then stream the bytes to a file.

``download_item`` fetches one media item of an asset (by id, or by hash with ``hashed=True``);
``download_original`` picks the asset's active original (or ``version``) from
``get_asset(versions=True)`` and checks the size Bynder lists for it. ``adownload_item`` and
``adownload_original`` are the async twins.

- The location is a short-lived signed URL, fetched through the session's external client (no
  token, no request budget); it must be https (http only on loopback); redirects are followed.
- A path destination is written to ``<path>.part`` and renamed over ``<path>`` once complete;
  ``<path>.part.json`` records what the part holds (the item, the object's ETag and size). Neither
  is written through a symbolic link (:mod:`.sink`).
- Resume: a ``.part`` whose record names the same item is continued with ``Range`` and
  ``If-Range``, and appended to only when the server answers 206 from that byte for the same
  object; anything else starts again from zero.
- A connection dropped mid-body reconnects with Range after the connection's backoff, up to
  ``max_reconnects`` times in a row without progress; a 403 then means the URL expired and it is
  resolved again. The waits come from :meth:`RetryPolicy.decide`
  (:func:`.transfer.reconnect_policy`). The whole transfer has the client's overall deadline
  plus one second per 64 KiB announced (:mod:`bynder_ext.deadline`).
- Sizes are checked against what the server announced, ``expected_size`` and ``max_size``; a
  mismatch raises DownloadError and removes the part. SHA-256 is computed while streaming.
- A file object destination is written from its current position and never resumed; restarting
  from zero needs it seekable.

Written here rather than taken from a library: the download libraries for httpx do not resume
with ``If-Range`` and ``Content-Range`` checks, verify sizes, or know about signed locations that
expire.
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
