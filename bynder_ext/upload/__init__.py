"""Uploads to Bynder: one call per file, sync or async, streamed, concurrent and resumable.

``upload_file`` (new asset), ``upload_version``, ``upload_additional``, ``upload_many`` and their
async twins ``aupload_*`` take the keyword arguments of :class:`.options.Options`, ``engine=``
among them: ``"classic"`` (the default, what every released Bynder SDK uses: the parts go to the
S3 bucket Bynder names, without the Bynder token, each registered with the portal while the same
worker sends its next one; then finalise, poll, save) or ``"v7"`` (the files service: each chunk
goes to the portal with its SHA-256, then a finalise with the file's SHA-256 and the same saves,
without a poll: one request per part instead of two).

Choices: 8 MiB classic parts (S3's smallest is 5 MiB; 8 halves the per-part requests, which
count against Bynder's 4,500 per 5 minutes, and is boto3's default); 8 parts in flight (``make
bench``, 256 MiB with 100 ms per S3 part and 20 ms per API call: 1.73 s with 4, 1.23 s with 6,
1.26 s with 8, 1.39 s with 12); a path or seekable file is never read whole, a non-seekable stream
holds at most ``concurrency x chunk_size``; each part request retries on its own, while a save is
never repeated blindly. A failure after the checks raises :class:`~bynder_ext.errors.UploadError`
with an :class:`UploadState` to pass back as ``resume=``.

Why handwritten: the S3 part is a multipart body with the file last, streamed from a window on the
file, which the generated ``upload_chunk`` cannot send; a v7 chunk needs a body of declared length
for async clients, which ``upload_file_chunk`` cannot give. Every other step is a generated call.
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
