"""Uploads to Bynder: one call per file, sync or async, streamed, concurrent and resumable.

``upload_file`` (new asset), ``upload_version``, ``upload_additional``, ``upload_many`` and their
async twins ``aupload_*`` take the keyword arguments of :class:`.options.Options`, among them
``engine=``: ``"classic"`` (the default: parts go to the S3 bucket Bynder names, without the
token, each then registered; finalise, poll, save) or ``"v7"`` (the files service: each chunk
goes to the portal with its SHA-256; finalise and save, no poll).

8 MiB classic parts and 8 in flight were chosen with ``make bench``; a path or seekable file is
never read whole, a non-seekable stream holds at most ``concurrency x chunk_size``. A failure
after the checks raises :class:`~bynder_ext.errors.UploadError` with an :class:`UploadState` to
pass back as ``resume=``. Handwritten because the generated ``upload_chunk`` and
``upload_file_chunk`` cannot stream a part from a window on the file; every other step is a
generated call.
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
