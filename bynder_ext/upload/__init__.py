"""Uploads to Bynder: one call per file, sync or async, streamed, concurrent and resumable.

    from bynder_ext.upload import upload_file

    result = upload_file(client, "shoot/cover.tif", brand_id=brand_id, name="Cover",
                         tags=["spring", "cover"], progress=print)
    result.media_id

``upload_file`` (new asset), ``upload_version`` (new version of an asset), ``upload_additional``
(additional file of an asset), ``upload_many`` (a batch) and their async twins ``aupload_*``.

The flow (Bynder's classic S3 upload)
-------------------------------------
1. ``GET /api/upload/endpoint/``: the closest S3 bucket, cached per connection.
2. ``POST /api/upload/init/``: upload id, target id, S3 key and the signed POST-policy fields.
3. Each part N (1-based) goes to S3 as ``multipart/form-data``: every policy field, ``key`` and
   ``Filename`` = ``{key}/pN``, ``name``, ``chunk``, ``chunks`` and ``file`` last. It goes through
   the connection's external client, so it carries no Bynder token and takes nothing from the
   request budget. Right after its S3 POST, the same worker registers the part
   (``POST /api/v4/upload/``): registering is pipelined with the other parts' transfers.
4. ``POST /api/v4/upload/{uploadId}/`` finalises and returns the import id; then
   ``GET /api/v4/upload/poll/`` is polled, at once and then every 0.5 s doubling to 5 s, until the
   import is done (``UploadFailed`` for ``itemsFailed``/``itemsRejected``, ``UploadTimeout`` past
   the deadline, 600 s by default: conversions of large videos take minutes).
5. Save: ``POST /api/v4/media/save/{importId}/`` with the brand and the caller's metadata (name,
   description, copyright, tags comma-joined, ``metaproperty.<id>`` = comma-joined option ids,
   extra form fields as given). A 303 ("not converted yet, please poll") goes back to polling.
   A version saves with ``POST /api/v4/media/{id}/save/{importId}/``, whose body Bynder keeps
   empty: the asset keeps its metadata, and metadata passed to ``upload_version`` is applied
   afterwards with ``update_asset``, so nothing given is silently dropped. An additional is
   finalised and saved in one call (``/save/additional/``), with no poll; metadata passed to
   ``upload_additional`` also goes to ``update_asset``.

Choices
-------
- **Input**: a path, a binary file object (seekable or not) or bytes/bytearray/memoryview. The
  name Bynder shows is ``filename=`` when given, else the path's (or file object's) base name:
  pass ``filename=`` for temporary files so their names never reach the portal. It must have an
  extension. A file object is uploaded from its current position to its end; a non-seekable one
  needs ``size=``. A bytearray must not change during the upload.
- **Part size**: 8 MiB by default (at least 5 MiB, S3's smallest part but the last; at most
  5 GiB). 8 MiB halves the per-part overhead of 5 MiB parts (one S3 POST and one register call
  each, and registers count against Bynder's 4,500 requests per 5 minutes: a 5 GB file is 640
  parts) while keeping a failed part cheap to resend. It is boto3's default part size too.
- **Concurrency**: 4 parts in flight by default (threads in sync code, tasks in async code); each
  worker takes the next part, sends it and registers it.
- **Memory**: a path or seekable file is never read whole: each part is a seekable window on the
  file, read in 64 KiB blocks while httpx streams the multipart body (``os.pread`` for paths,
  seek+read under a lock for shared file objects), so a retry rewinds it and only the blocks in
  flight are in memory. Bytes are sent from ``memoryview`` slices. A non-seekable stream is read
  one part at a time, in order, and that part stays in memory until it is registered: at most
  ``concurrency x chunk_size`` bytes of the file are held, whatever its size.
- **Async reads**: in async code the 64 KiB blocks of a path or seekable file are read on the
  event loop (local reads of that size take microseconds; a thread hop per block would cost more
  than the read); a whole part of a non-seekable stream is read with ``asyncio.to_thread``.
- **Retries**: each part request (the S3 POST and its register call) retries on its own, with
  exponential backoff and jitter, on 5xx, 429 (honouring ``Retry-After``), timeouts and dropped
  connections: the connection's :class:`~bynder_ext.RetryPolicy` (its backoff, sleep and clock)
  with at least 5 retries and POST treated as safe to repeat, since resending or re-registering a
  part changes nothing. ``part_retry=`` replaces it. Init and finalise use it too (a repeat only
  leaves an unused upload or import); saves keep the connection's policy, which never repeats a
  POST that may have been applied, so an asset is never created twice.
- **Failures and resume**: when a part fails beyond its retries, no new part starts, the parts in
  flight finish, and :class:`~bynder_ext.errors.UploadError` is raised with ``error.state``, an
  :class:`UploadState` (``to_dict()``/``from_dict()``, JSON-safe). Every other failure after the
  checks (401 after a refresh, 403, 400, a poll deadline) carries it too. Passing it back as
  ``resume=state`` with the same source sends only the parts not registered yet, or only polls
  and saves when every part is in (the size must match; a different file is refused). The S3
  policy of an upload expires (hours): resume before then.
- **Progress**: ``progress`` receives an :class:`UploadProgress` at each stage (``endpoint``,
  ``init``, ``uploading`` once at the start and after every part, ``finalising``, ``processing``
  after every poll, ``saving``, ``done``). Bytes and parts count what is on S3 and registered, so
  they never decrease. In sync code the calls may come from the upload's worker threads, one at a
  time (they are serialised under the upload's lock: keep the callback quick); in async code they
  run on the event loop. An exception from the callback stops the upload like any failure (resumable).
- **Checks first**: an empty, missing, unreadable or non-regular file, a directory, a text-mode
  file object, a chunk size out of range, a concurrency below 1, a file name without extension,
  bytes without ``filename``, a missing brand id, malformed metadata, or a resume state that does
  not fit raise :class:`~bynder_ext.errors.ConfigurationError` before any request.
- **Independent uploads**: every upload has its own state; only the endpoint cache is shared per
  connection, under a lock. Several uploads may run at once on one client.

Why handwritten: the S3 part must be a multipart body ordered with the file last, streamed from a
window on the file; the generated ``upload_chunk`` takes a whole payload object and cannot order or
stream it. Every Bynder step goes through the generated operations.
"""

from .arun import aupload_additional, aupload_file, aupload_many, aupload_version
from .models import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_CONCURRENCY,
    MIN_CHUNK_SIZE,
    PollPolicy,
    UploadItem,
    UploadOutcome,
    UploadProgress,
    UploadResult,
    UploadState,
)
from .run import upload_additional, upload_file, upload_many, upload_version
from .sources import UploadSource

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_CONCURRENCY",
    "MIN_CHUNK_SIZE",
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
