"""Uploads to Bynder: one call per file, sync or async, streamed, concurrent and resumable.

    from bynder_ext.upload import upload_file

    result = upload_file(client, "shoot/cover.tif", brand_id=brand_id, name="Cover",
                         tags=["spring", "cover"], progress=print)
    result.media_id

``upload_file`` (new asset), ``upload_version`` (new version of an asset), ``upload_additional``
(additional file of an asset), ``upload_many`` (a batch) and their async twins ``aupload_*``.
Each takes ``engine=``: ``"classic"`` (the default) or ``"v7"``.

Two engines
-----------
- ``"classic"``: Bynder's S3 upload, what every released official SDK uses. The parts go to S3
  (not counted against the portal's request budget), each followed by a small register call to
  the portal; then finalise, poll, save.
- ``"v7"``: the files service (``/v7/file_cmds/upload/...``, Bynder's "modern stack"): the chunks
  go to the portal itself, each with its SHA-256, then a finalise with the whole file's SHA-256,
  then the same saves, without a poll. One request per part instead of two (an S3 POST and a
  register call), no S3 policy to expire, and end-to-end SHA-256 checks. Both engines spend one
  request of the portal's budget per part; with v7 that request carries the bytes, to the portal
  rather than to the closest S3 bucket. Bynder's released SDKs do not use this flow (only their
  unreleased branches do), so the classic engine stays the default.

Both give the same guarantees: streamed reads, bounded memory, concurrent parts, a retry per part,
progress, resume from an :class:`UploadState`, metadata kept, 303 saves handled, checks before any
request. The state records its engine; resuming needs the same ``engine=``.

The flow (Bynder's classic S3 upload)
-------------------------------------
1. ``GET /api/upload/endpoint/``: the closest S3 bucket, cached per connection.
2. ``POST /api/upload/init/``: upload id, target id, S3 key and the signed POST-policy fields.
3. Each part N (1-based) goes to S3 as ``multipart/form-data``: every policy field, ``key`` and
   ``Filename`` = ``{key}/pN``, ``name``, ``chunk``, ``chunks`` and ``file`` last. It goes through
   the connection's external client, so it carries no Bynder token and takes nothing from the
   request budget. Once its S3 POST succeeded, the part is registered (``POST /api/v4/upload/``)
   in the background while the same worker sends its next part; a worker has at most one register
   pending, and finalising waits for all of them.
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

Choices (both engines; the v7 engine's own follow its flow below)
------------------------------------------------------------------
- **Input**: a path, a binary file object (seekable or not) or bytes/bytearray/memoryview. The
  name Bynder shows is ``filename=`` when given, else the path's (or file object's) base name:
  pass ``filename=`` for temporary files so their names never reach the portal. It must have an
  extension. A file object is uploaded from its current position to its end; a non-seekable one
  needs ``size=``. A bytearray must not change during the upload.
- **Part size** (classic): 8 MiB by default (at least 5 MiB, S3's smallest part but the last; at most
  5 GiB). 8 MiB halves the per-part overhead of 5 MiB parts (one S3 POST and one register call
  each, and registers count against Bynder's 4,500 requests per 5 minutes: a 5 GB file is 640
  parts) while keeping a failed part cheap to resend. It is boto3's default part size too.
- **Concurrency**: 8 parts in flight by default (threads in sync code, tasks in async code); each
  worker takes the next part, sends it, and registers it while sending the one after. Chosen by
  measurement (``make bench``'s upload, 256 MiB in 32 parts with 100 ms per S3 part and 20 ms per
  API call, against the fake on 2 shared cores): 4 in flight took 1.73 [1.56-1.75] s, 6 took
  1.23 [1.22-1.61] s, 8 took 1.26 [1.25-1.43] s and 12 took 1.39 [1.10-1.46] s, with the peak
  memory growth of a path source at 2.2, 3.1, 3.6 and 4.3 MiB. Fewer rounds of parts pay fewer
  latencies until moving the bytes (TLS, and at a real portal the uplink) is what bounds the
  upload; 8 is also the order of S3 clients' own defaults (boto3 sends 10 parts at once). A
  non-seekable stream holds up to ``concurrency x chunk_size`` (64 MiB) in memory: pass a smaller
  ``concurrency`` where that matters.
- **Memory**: a path or seekable file is never read whole: each part is a seekable window on the
  file, read in 64 KiB blocks while httpx streams the multipart body (``os.pread`` for paths,
  seek+read under a lock for shared file objects), so a retry rewinds it and only the blocks in
  flight are in memory. Bytes are sent from ``memoryview`` slices. A non-seekable stream is read
  one part at a time, in order, and that part stays in memory until it is sent: at most
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
  after every poll, ``saving``, ``done``). Bytes and parts count what Bynder has confirmed (classic:
  on S3 and registered; v7: each chunk accepted), so they never decrease. In sync code the calls may come from the upload's worker threads, one at a
  time (they are serialised under the upload's lock: keep the callback quick); in async code they
  run on the event loop. An exception from the callback stops the upload like any failure (resumable).
- **Checks first**: an empty, missing, unreadable or non-regular file, a directory, a text-mode
  file object, a chunk size out of range, a concurrency below 1, a file name without extension,
  bytes without ``filename``, a missing brand id, malformed metadata, or a resume state that does
  not fit raise :class:`~bynder_ext.errors.ConfigurationError` before any request.
- **Independent uploads**: every upload has its own state; only the endpoint cache is shared per
  connection, under a lock. Several uploads may run at once on one client.

The flow (the v7 engine)
------------------------
1. ``POST /v7/file_cmds/upload/prepare`` (JSON ``{}``): the file id.
2. Each part N (1-based) is chunk N - 1: ``POST /v7/file_cmds/upload/{file_id}/chunk/{N-1}``, the
   raw bytes as ``application/octet-stream`` with a declared ``Content-Length`` and
   ``Content-SHA256`` (hex). Chunks go through the connection's portal client: the bearer token,
   a refresh on 401, the request budget and the per-part retries (a chunk sent again replaces
   itself, so POST counts as idempotent for it) all apply. A chunk sent again (a retry, or the
   replay after a token refresh) always starts from its first byte.
3. ``POST .../{file_id}/finalise_api`` (form ``fileName``, ``fileSize``, ``chunksCount``,
   ``sha256``); the answer's ``x-api-correlation-id`` ends up in the result.
4. Save with the file id in place of the import id: ``save_a_new_asset`` (brand and metadata as
   above), ``save_as_a_new_asset_version``, or
   ``finalize_complete_upload_and_save_as_new_asset_additional`` (no form); metadata of versions
   and additionals goes to ``update_asset`` afterwards, as with the classic engine. There is no
   poll step: a save answered 303 (still processing) is repeated on the poll cadence until the
   poll deadline (``UploadTimeout``, resumable: the resume only saves).

v7 choices:

- **Chunk size**: 5 MiB by default, what Bynder's own v7 clients send: the portal documents no
  chunk limit, and a chunk is one request body to the portal's web tier, so the default stays at
  the size known to be accepted. From 1 MiB (each chunk is a request against the 4,500 per
  5 minutes; a 5 GB file is 1,000 chunks at 5 MiB) to 64 MiB (a failed chunk is resent whole).
- **Checksums**: each chunk's SHA-256 must be in its header, before its body, and the whole
  file's SHA-256 is computed in file order while chunks go out several at a time. A worker takes
  the next chunk under a lock and reads it once to hash it (the chunk's digest and the running
  whole-file digest), then streams it, reading it again. A path or seekable file is thus read
  twice (the second read is usually served by the page cache) and never held in memory; the
  hashing pass is serialised, but SHA-256 runs at GB/s, far above upload speeds. Hashing the file
  in a pass before the first chunk would delay the upload by a whole read; hashing chunks as they
  complete would keep early finishers in memory or read them again. A non-seekable stream is read
  once, a chunk at a time (at most ``concurrency`` chunks in memory), and hashed and sent from
  memory; bytes and memoryviews are hashed in place.
- **Checksum refusals**: a chunk or a finalise answered 400 raises
  :class:`~bynder_ext.errors.UploadRejected` (``part`` names the chunk, None for the finalise),
  with a state to resume.
- **Resume**: the state records the file id, the accepted parts and each one's SHA-256. A resume
  hashes the accepted parts again without sending them (a hash object cannot be stored), stops
  with an error if one changed, and sends only the missing chunks.
- **Async**: the hashing pass runs in a worker thread; the send pass reads 64 KiB blocks on the
  event loop, as the classic engine does.

Why handwritten: the S3 part must be a multipart body ordered with the file last, streamed from a
window on the file; the generated ``upload_chunk`` takes a whole payload object and cannot order or
stream it. A v7 chunk is sent with the connection's own portal client rather than the generated
``upload_file_chunk``, which cannot give an async client a body with a declared length. Every other
Bynder step goes through the generated operations.
"""

from .arun import aupload_additional, aupload_file, aupload_many, aupload_version
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
from .run import upload_additional, upload_file, upload_many, upload_version
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
