"""Uploads to Bynder: one call per file, sync or async, streamed, concurrent and resumable.

``upload_file`` (new asset), ``upload_version`` (new version of an asset), ``upload_additional``
(additional file of an asset), ``upload_many`` (a batch) and their async twins ``aupload_*``
take the keyword arguments of :class:`.options.Options`, among them ``engine=``:

- ``"classic"`` (the default; what every released Bynder SDK uses): ``GET /api/upload/endpoint/``
  (the closest S3 bucket, cached per connection), ``POST /api/upload/init/``, each part to S3 as
  ``multipart/form-data`` with the signed policy fields and the file last (no Bynder token, not
  counted in the request budget), each part registered (``POST /api/v4/upload/``) while the same
  worker sends its next one, a finalise, a poll until processed (at once, then 0.5 s doubling to
  5 s, 600 s in all), the save (a 303 goes back to polling); a version saves with an empty body
  and an additional is finalised and saved in one call, so their metadata goes to
  ``update_asset`` afterwards.
- ``"v7"`` (Bynder's files service): ``POST /v7/file_cmds/upload/prepare``, each part N to
  ``.../{file_id}/chunk/{N-1}`` with its ``Content-SHA256`` through the portal client (token,
  refresh, budget), a finalise with the whole file's SHA-256, then the same saves without a poll
  (a 303 save is repeated on the poll cadence). One request per part instead of two.

Choices: 8 MiB classic parts (5 MiB is S3's smallest: 8 halves the per-part requests, which count
against Bynder's 4,500 per 5 minutes, and is boto3's default); 8 parts in flight (``make bench``:
256 MiB in 32 parts with 100 ms per S3 part and 20 ms per API call took 1.73 s with 4, 1.23 s
with 6, 1.26 s with 8, 1.39 s with 12; boto3 sends 10); a path or seekable file is never read
whole (each part is a window read in 64 KiB blocks while it streams); a non-seekable stream holds
at most ``concurrency x chunk_size``; each part request retries on its own (5xx, 429, dropped
connections; POST is safe to repeat for a part), while a save is never repeated blindly. Any
failure after the checks raises :class:`~bynder_ext.errors.UploadError` with a JSON-safe
:class:`UploadState` to pass back as ``resume=``.

Why handwritten: the S3 part is a multipart body ordered with the file last and streamed from a
window on the file, which the generated ``upload_chunk`` cannot send; a v7 chunk needs a body of
declared length for async clients, which ``upload_file_chunk`` cannot give. Every other step goes
through the generated operations.
"""

from ._async import aupload_additional, aupload_file, aupload_many, aupload_version
from ._sync import upload_additional, upload_file, upload_many, upload_version
from .models import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_CONCURRENCY,
    ENGINES,
    MIN_CHUNK_SIZE,
    V7_DEFAULT_CHUNK_SIZE,
    V7_MAX_CHUNK_SIZE,
    V7_MIN_CHUNK_SIZE,
    Engine,
    PollPolicy,
    UploadItem,
    UploadOutcome,
    UploadProgress,
    UploadResult,
    UploadState,
)
from .sources import UploadSource

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_CONCURRENCY",
    "ENGINES",
    "MIN_CHUNK_SIZE",
    "V7_DEFAULT_CHUNK_SIZE",
    "V7_MAX_CHUNK_SIZE",
    "V7_MIN_CHUNK_SIZE",
    "Engine",
    "PollPolicy",
    "UploadItem",
    "UploadOutcome",
    "UploadProgress",
    "UploadResult",
    "UploadSource",
    "UploadState",
    "aupload_additional",
    "aupload_file",
    "aupload_many",
    "aupload_version",
    "upload_additional",
    "upload_file",
    "upload_many",
    "upload_version",
]
