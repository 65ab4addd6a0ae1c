"""Downloads of asset files: resolve the signed location, then stream the bytes to a file.

``download_item`` fetches one media item of an asset (by its id, or by its hash with
``hashed=True``); ``download_original`` first picks the asset's active original (or a given
``version``) from ``get_asset(versions=True)`` and checks the size Bynder lists for it. Each has an
async twin (``adownload_item``, ``adownload_original``).

How a download runs:

- The location comes from the generated ``download_specific_asset_item``: a short-lived signed S3
  URL. The bytes are fetched through the session's *external* client: no bearer token, no request
  budget, the same transport and retry policy. The location must be https (http only on
  loopback); redirects from it are followed.
- A path destination is written to ``<path>.part`` beside it and renamed over ``<path>`` with one
  ``os.replace`` once complete and flushed, so ``<path>`` never holds a partial file. A small
  ``<path>.part.json`` records what the part holds (the item, the object's ETag and size).
- Links: both files are opened without following a symbolic link (``O_NOFOLLOW``), so whoever can
  write the destination's folder cannot make a download overwrite the file a planted link points
  to. A link found there before the download raises ConfigurationError (nothing is sent); one
  planted while it runs makes it fail with DownloadError. Neither is ever written through.
- Resume (``resume=True``): a ``.part`` whose record names the same item is continued with
  ``Range: bytes=N-`` (plus ``If-Range`` with the recorded ETag). It is appended to only when the
  server answers 206 with a ``Content-Range`` starting at N, for the same size and ETag; any other
  answer starts again from zero. A ``.part`` without a record, or for another item, is never
  continued: gluing two different files together is worse than downloading again.
- Deadline: the transfer, reconnections included, has the client's overall deadline
  (``connect(deadline=...)``) plus one second per 64 KiB of the size the server announces, so a
  large file gets the time it needs but a crawling server is cut off; past it the download stops
  with RequestTimeout (the ``.part`` is kept for a resume).
- A connection dropped mid-body reconnects with Range from the last byte written, after the
  client's retry backoff, up to ``max_reconnects`` times in a row without progress (a reconnection
  that gets further resets the count). A 403 on a reconnection means the signed URL expired: the
  location is resolved again. Failures before the first answer are left to the client's retry
  transport.
- Checks: the bytes received must match the size the server announced (``Content-Length``, or the
  ``Content-Range`` total) and ``expected_size`` when given; ``max_size`` caps the download. A
  mismatch raises :class:`~bynder_ext.errors.DownloadError` and removes the ``.part``, so no corrupt
  file is left behind. Other failures keep the ``.part`` for the next call (with ``resume=True``).
- ``Accept-Encoding: identity`` is requested, so the bytes are the stored file. A server that
  compresses anyway is decoded (as a browser would do); the size is then unknown and a dropped
  connection restarts from zero, since ranges count encoded bytes.
- SHA-256 is computed while streaming (over the resumed part first), so callers can compare
  checksums without reading the file again.

A file object destination (binary, writable) receives the bytes from its current position and is
not closed; it is never resumed from content it already holds. After a drop, reconnection with
Range continues it; a restart from zero needs a seekable object (it is rewound and truncated),
otherwise DownloadError is raised.

The async twins write each ``chunk_size`` block from the event loop (a short local write); the
long steps, hashing a part that is resumed and flushing the finished file to disk, run in a worker
thread. The progress callback is always called from the caller's thread or event loop.

Written here rather than taken from a library: the download libraries for httpx do not resume
with ``If-Range`` and ``Content-Range`` checks, verify sizes, or know about signed locations that
expire; what is needed is one small state machine (:class:`_Transfer`) shared by the sync and async
drivers.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import io
import json
import os
import re
import stat
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import IO, Any, Final, Protocol

import httpx
from bynder_client import AuthenticatedClient
from bynder_client.api.assets import download_specific_asset_item, get_asset
from bynder_client.models.asset import Asset
from bynder_client.models.download_location import DownloadLocation
from bynder_client.models.error import Error
from bynder_client.models.media_item import MediaItem
from bynder_client.types import Response

from ._concurrency import asleep, sleep
from .client import (
    RAISE_EXTENSION,
    AsyncBynderHTTPClient,
    BynderHTTPClient,
    Session,
    is_loopback,
    raising_errors,
    session_of,
)
from .deadline import DEADLINE_EXTENSION, Deadline
from .errors import (
    BynderError,
    ConfigurationError,
    DownloadError,
    TransportError,
    error_from_response,
    identifier,
    int_at_least,
    transport_error_from,
)

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_MAX_RECONNECTS",
    "DownloadProgress",
    "DownloadResult",
    "adownload_item",
    "adownload_original",
    "download_item",
    "download_original",
    "original_item",
]

#: Bytes read from the network and written to the file at a time.
DEFAULT_CHUNK_SIZE: Final = 256 * 1024
#: Reconnections in a row without progress before a dropped download gives up.
DEFAULT_MAX_RECONNECTS: Final = 5

_HASH_BLOCK = 1 << 20
# Where the system has it: open() fails on a symbolic link instead of following it.
_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)\s*$", re.IGNORECASE)
_RECORD_VERSION = 1


@dataclasses.dataclass(frozen=True)
class DownloadProgress:
    """Where a download stands: ``bytes_done`` of ``bytes_total`` (None when unknown).

    ``bytes_done`` counts from the start of the file (a resumed part included); it goes back to 0
    when a download has to start again.
    """

    bytes_done: int
    bytes_total: int | None


@dataclasses.dataclass(frozen=True)
class DownloadResult:
    """A finished download.

    ``path`` is the final file (None for a file object destination); ``size`` the bytes it holds;
    ``bytes_written`` the bytes this call wrote (less than ``size`` after a resume);
    ``resumed_from`` the offset of an earlier part that was continued (0 otherwise);
    ``content_type`` as the server sent it; ``sha256`` the hex digest of the whole file.
    """

    path: Path | None
    size: int
    bytes_written: int
    resumed_from: int
    content_type: str | None
    sha256: str


ProgressCallback = Callable[[DownloadProgress], object]


# -- destinations --------------------------------------------------------------------------------


class _Digest(Protocol):
    def update(self, data: bytes, /) -> None: ...


def _companions(path: Path) -> tuple[Path, Path]:
    """The part file and its record beside ``path``."""
    return path.with_name(path.name + ".part"), path.with_name(path.name + ".part.json")


def _open_unlinked(path: Path, flags: int, mode: str) -> IO[bytes]:
    """``path`` opened with ``flags``, never through a symbolic link (DownloadError if it is one,
    or became one since the arguments were checked)."""
    try:
        fd = os.open(path, flags | _NOFOLLOW, 0o666)
    except OSError:
        if os.path.islink(path):
            raise DownloadError(
                f"{path} is a symbolic link: refusing to write through it"
            ) from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise DownloadError(f"{path} is not a regular file: refusing to write to it")
        return os.fdopen(fd, mode)
    except BaseException:
        os.close(fd)
        raise


class _PathSink:
    """``<path>.part`` plus its record, renamed over ``<path>`` on success."""

    def __init__(self, path: Path, source: str, *, resume: bool) -> None:
        self.path: Path | None = path
        self.final = path
        self.part, self.record = _companions(path)
        self.source = source
        self.keep = resume
        self.offset = 0
        self.etag: str | None = None
        self.size: int | None = None
        self._file: IO[bytes] | None = None
        if resume:
            self._load_record()

    def _load_record(self) -> None:
        try:
            with _open_unlinked(self.record, os.O_RDONLY, "rb") as file:
                record = json.loads(file.read().decode("utf-8"))
            held = os.stat(self.part, follow_symlinks=False)
        except (OSError, ValueError, DownloadError):
            return
        if not stat.S_ISREG(held.st_mode):
            return
        if not isinstance(record, dict) or record.get("version") != _RECORD_VERSION:
            return
        if record.get("source") != self.source:
            return
        etag, size = record.get("etag"), record.get("size")
        if isinstance(size, int) and not isinstance(size, bool):
            if held.st_size > size:
                return
            self.size = size
        self.etag = etag if isinstance(etag, str) else None
        self.offset = held.st_size

    def start(self, at: int, etag: str | None, size: int | None, digest: _Digest) -> None:
        self.close()
        if at:
            self._file = _open_unlinked(self.part, os.O_RDWR, "r+b")
            left = at
            while left:
                block = self._file.read(min(_HASH_BLOCK, left))
                if not block:
                    raise DownloadError(f"{self.part} is shorter than {at} bytes")
                digest.update(block)
                left -= len(block)
            self._file.seek(at)
            self._file.truncate()
        else:
            self._file = _open_unlinked(self.part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, "wb")
        self.etag, self.size = etag, size
        record = {"version": _RECORD_VERSION, "source": self.source, "etag": etag, "size": size}
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        with _open_unlinked(self.record, flags, "wb") as file:
            file.write(json.dumps(record).encode("utf-8"))

    def write(self, data: bytes) -> None:
        assert self._file is not None
        self._file.write(data)

    def commit(self) -> None:
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())
        self.close()
        os.replace(self.part, self.final)
        with contextlib.suppress(OSError):
            self.record.unlink()

    def close(self) -> None:
        if self._file is not None:
            file, self._file = self._file, None
            file.close()

    def abort(self, corrupt: bool) -> None:
        self.close()
        if corrupt or not self.keep:
            for leftover in (self.part, self.record):
                with contextlib.suppress(OSError):
                    leftover.unlink()


class _StreamSink:
    """A caller's writable binary file object, written from its current position."""

    def __init__(self, stream: Any) -> None:
        self.path: Path | None = None
        self.stream = stream
        self.offset = 0
        self.etag: str | None = None
        self.size: int | None = None
        self._origin: int | None = None
        self._written = 0
        try:
            if stream.seekable():
                self._origin = stream.tell()
        except (AttributeError, OSError, ValueError):
            self._origin = None

    def start(self, at: int, etag: str | None, size: int | None, digest: _Digest) -> None:
        self.etag, self.size = etag, size
        if self._written == 0:
            return
        if self._origin is None:
            raise DownloadError(
                "the download has to start again from zero, but the destination file object "
                "cannot seek back; pass a path or a seekable file object"
            )
        self.stream.seek(self._origin)
        truncate = getattr(self.stream, "truncate", None)
        if callable(truncate):
            truncate()
        self._written = 0

    def write(self, data: bytes) -> None:
        rest = data
        while rest:
            count = self.stream.write(rest)
            if not isinstance(count, int) or count >= len(rest):
                break  # everything taken (writers that return None take it all)
            if count <= 0:
                raise DownloadError("the destination file object stopped accepting bytes")
            rest = rest[count:]
        self._written += len(data)

    def commit(self) -> None:
        flush = getattr(self.stream, "flush", None)
        if callable(flush):
            flush()

    def abort(self, corrupt: bool) -> None:
        return None


# -- the transfer state machine ------------------------------------------------------------------


def _content_range(value: str | None) -> tuple[int | None, int | None, int | None] | None:
    """``(first, last, total)`` of a ``Content-Range`` header; None when absent or unreadable."""
    if value is None:
        return None
    matched = _CONTENT_RANGE.match(value)
    if matched is None:
        return None
    first, last, total = matched.groups()
    return (
        int(first) if first is not None else None,
        int(last) if last is not None else None,
        int(total) if total != "*" else None,
    )


def _encoded(headers: httpx.Headers) -> bool:
    encoding = headers.get("Content-Encoding", "").strip().lower()
    return encoding not in ("", "identity")


def _length(headers: httpx.Headers) -> int | None:
    value = headers.get("Content-Length", "").strip()
    return int(value) if value.isdigit() else None


class _Transfer:
    """The decisions of one download, shared by the sync and async drivers: which range to ask
    for, whether an answer can be used, what to do after a failure, and the final checks. It
    writes through its sink; the drivers do the network I/O and call ``report`` for progress."""

    def __init__(
        self,
        sink: _PathSink | _StreamSink,
        *,
        label: str,
        expected_size: int | None,
        max_size: int | None,
        progress: ProgressCallback | None,
        max_reconnects: int,
    ) -> None:
        self.sink = sink
        self.label = label
        self.expected_size = expected_size
        self.max_size = max_size
        self.progress = progress
        self.max_reconnects = max_reconnects
        self.position = sink.offset  # valid bytes held, counted from the start of the file
        self.etag = sink.etag
        self.total = sink.size
        self.content_type: str | None = None
        self.digest = hashlib.sha256()
        self.written = 0
        self.resumed_from = 0
        self.answers = 0  # usable answers received
        self.started = False
        self.ranges = True  # False once a server mangled a range
        self.decoded = False
        self.failures = 0
        self.furthest = self.position
        self.asked = 0
        self.deadline: Deadline | None = None  # set by the driver: the session's, once

    # Requests.

    def request_headers(self) -> dict[str, str]:
        """Headers of the next GET: a Range from the current position when there is one."""
        self.asked = self.position if self.ranges and not self.decoded else 0
        headers = {"Accept-Encoding": "identity"}
        if self.asked:
            headers["Range"] = f"bytes={self.asked}-"
            if self.etag and not self.etag.startswith("W/"):
                headers["If-Range"] = self.etag
        return headers

    # Answers.

    def accept(self, status: int, headers: httpx.Headers) -> bool:
        """Take a successful answer's headers; False means: discard it and ask again."""
        etag = headers.get("ETag")
        decoded = _encoded(headers)
        if status == 206:
            first, last, total = _content_range(headers.get("Content-Range")) or (None,) * 3
            whole = first == 0 and total is not None and last == total - 1
            if self.asked == 0 and not whole:
                raise DownloadError(f"{self.label}: the server sent part of the file unasked")
            if first != self.asked or total is None or last != total - 1 or decoded:
                self.ranges = False  # this server's ranges cannot be trusted: no more of them
                self.position = 0
                return False
            if self.asked and (
                (self.etag is not None and etag is not None and etag != self.etag)
                or (self.total is not None and total != self.total)
            ):
                self.position = 0  # the object changed since the part was written
                return False
            start = self.asked
        elif status == 200:
            start = 0
            total = None if decoded else _length(headers)
        else:
            raise DownloadError(f"{self.label}: unexpected status {status} for a download")
        self._check_total(total)
        if self.deadline is not None and total is not None:
            self.deadline.allow_size(total - start)  # a large file gets the time it needs
        self.decoded = decoded
        if start == 0 or not self.started:
            self.digest = hashlib.sha256()
            self.sink.start(start, etag, total, self.digest)
            self.started = True
            self.position = start
            if start:
                self.resumed_from = start
        self.etag, self.total = etag, total
        self.content_type = headers.get("Content-Type")
        self.answers += 1
        return True

    def _check_total(self, total: int | None) -> None:
        if total is None:
            return
        if self.expected_size is not None and total != self.expected_size:
            raise DownloadError(
                f"{self.label}: the server announced {total} bytes, expected {self.expected_size}"
            )
        if self.max_size is not None and total > self.max_size:
            raise DownloadError(
                f"{self.label}: the file has {total} bytes, more than max_size={self.max_size}"
            )

    def complete_from_unsatisfiable(self, headers: httpx.Headers) -> bool:
        """A 416 to ``Range: bytes=N-``: True when the part already holds the whole file (the
        server's total is N); otherwise the download starts again from zero."""
        _, _, total = _content_range(headers.get("Content-Range")) or (None,) * 3
        if (
            self.asked
            and not self.started
            and total == self.asked
            and (self.total is None or self.total == total)
        ):
            self._check_total(total)
            self.digest = hashlib.sha256()
            self.sink.start(total, self.etag, total, self.digest)
            self.started = True
            self.resumed_from = total
            self.total = total
            self.answers += 1
            return True
        self.position = 0
        return False

    def receive(self, data: bytes) -> None:
        """Write one chunk of the body."""
        end = self.position + len(data)
        limit = self.total if self.total is not None else self.max_size
        if limit is not None and end > limit:
            raise DownloadError(
                f"{self.label}: the server sent more than the "
                + (f"{self.total} bytes it announced" if self.total is not None else "max_size")
            )
        self.sink.write(data)
        self.digest.update(data)
        self.position = end
        self.written += len(data)
        self.report()

    # Failures.

    def after_failure(self, exc: Exception, session: Session) -> float:
        """Seconds to wait before reconnecting after ``exc``; re-raises when giving up."""
        if self.position > self.furthest:
            self.furthest = self.position
            self.failures = 0
        self.failures += 1
        wait = session.retry.backoff(self.failures - 1)
        if (
            not self.answers
            or self.failures > self.max_reconnects
            or (self.deadline is not None and self.deadline.left() <= wait)
        ):
            if isinstance(exc, BynderError):
                raise exc
            if isinstance(exc, httpx.TransportError):
                error = transport_error_from(exc, secrets=session.secrets())
                raise error from error.__cause__  # a redacted copy of exc
            raise exc
        if not self.ranges or self.decoded:
            self.position = 0
        return wait

    # The end.

    def finish(self) -> DownloadResult:
        """Check the size and make the file visible."""
        if self.total is not None and self.position != self.total:
            raise DownloadError(
                f"{self.label}: received {self.position} bytes, the server announced {self.total}"
            )
        if (
            self.expected_size is not None
            and not self.decoded
            and self.position != self.expected_size
        ):
            raise DownloadError(
                f"{self.label}: received {self.position} bytes, expected {self.expected_size}"
            )
        self.sink.commit()
        return DownloadResult(
            path=self.sink.path,
            size=self.position,
            bytes_written=self.written,
            resumed_from=self.resumed_from,
            content_type=self.content_type,
            sha256=self.digest.hexdigest(),
        )

    def abort(self, exc: BaseException) -> None:
        self.sink.abort(corrupt=isinstance(exc, DownloadError))

    def report(self) -> None:
        """Call the progress callback with the current position."""
        if self.progress is not None:
            self.progress(DownloadProgress(self.position, self.total))


# -- drivers -------------------------------------------------------------------------------------


def _request(
    http: BynderHTTPClient | AsyncBynderHTTPClient, url: str, transfer: _Transfer
) -> httpx.Request:
    request = http.build_request("GET", url, headers=transfer.request_headers())
    request.extensions[RAISE_EXTENSION] = False
    if transfer.deadline is None:
        transfer.deadline = Deadline(http.session.deadline)
    request.extensions[DEADLINE_EXTENSION] = transfer.deadline  # one for every reconnection
    return request


def _stream(
    session: Session, transfer: _Transfer, url: str, relocate: Callable[[], str], chunk_size: int
) -> DownloadResult:
    http = session.external
    try:
        while True:
            request = _request(http, url, transfer)
            try:
                response = http.send(request, stream=True, follow_redirects=True)
            except TransportError as exc:
                sleep(transfer.after_failure(exc, session), session.retry.sleep)
                continue
            try:
                status = response.status_code
                if status == 416 and transfer.asked:
                    if transfer.complete_from_unsatisfiable(response.headers):
                        transfer.report()
                        return transfer.finish()
                    continue
                if status >= 400:
                    response.read()
                    error = error_from_response(response, secrets=session.secrets())
                    if status != 403 or not transfer.answers:
                        raise error
                    sleep(transfer.after_failure(error, session), session.retry.sleep)
                    url = _checked_location(relocate(), transfer.label)
                    continue
                if not transfer.accept(status, response.headers):
                    continue
                transfer.report()
                try:
                    for chunk in response.iter_bytes(chunk_size):
                        transfer.receive(chunk)
                except httpx.TransportError as exc:
                    sleep(transfer.after_failure(exc, session), session.retry.sleep)
                    continue
            finally:
                response.close()
            return transfer.finish()
    except BaseException as exc:
        transfer.abort(exc)
        raise


async def _astream(
    session: Session,
    transfer: _Transfer,
    url: str,
    relocate: Callable[[], Awaitable[str]],
    chunk_size: int,
) -> DownloadResult:
    http = session.async_external
    try:
        while True:
            request = _request(http, url, transfer)
            try:
                response = await http.send(request, stream=True, follow_redirects=True)
            except TransportError as exc:
                await asleep(transfer.after_failure(exc, session), session.retry.async_sleep)
                continue
            try:
                status = response.status_code
                if status == 416 and transfer.asked:
                    done = await asyncio.to_thread(
                        transfer.complete_from_unsatisfiable, response.headers
                    )
                    if done:
                        transfer.report()
                        return await asyncio.to_thread(transfer.finish)
                    continue
                if status >= 400:
                    await response.aread()
                    error = error_from_response(response, secrets=session.secrets())
                    if status != 403 or not transfer.answers:
                        raise error
                    await asleep(transfer.after_failure(error, session), session.retry.async_sleep)
                    url = _checked_location(await relocate(), transfer.label)
                    continue
                if not await asyncio.to_thread(transfer.accept, status, response.headers):
                    continue
                transfer.report()
                try:
                    async for chunk in response.aiter_bytes(chunk_size):
                        transfer.receive(chunk)
                except httpx.TransportError as exc:
                    await asleep(transfer.after_failure(exc, session), session.retry.async_sleep)
                    continue
            finally:
                await response.aclose()
            return await asyncio.to_thread(transfer.finish)
    except BaseException as exc:
        transfer.abort(exc)
        raise


# -- locations -----------------------------------------------------------------------------------


def _checked_location(url: str, label: str) -> str:
    """The signed URL, if it is one this client will follow."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise DownloadError(f"{label}: the portal returned an unusable download URL") from exc
    scheme = parsed.scheme.lower()
    if not parsed.host or scheme not in ("http", "https"):
        raise DownloadError(f"{label}: the portal returned an unusable download URL")
    if scheme == "http" and not is_loopback(parsed.host):
        raise DownloadError(
            f"{label}: refusing a plain http download URL on {parsed.host} (https is required)"
        )
    return url


def _location(reply: Response[DownloadLocation | Error], asset_id: str, item_id: str) -> str:
    label = f"asset {asset_id} item {item_id}"
    parsed = reply.parsed
    if not isinstance(parsed, DownloadLocation) or not isinstance(parsed.s3_file, str):
        raise DownloadError(f"{label}: the portal's answer has no download URL (s3_file)")
    return _checked_location(parsed.s3_file, label)


def _resolve(client: AuthenticatedClient, asset_id: str, item_id: str, hashed: bool) -> str:
    with raising_errors():
        reply = download_specific_asset_item.sync_detailed(
            asset_id, item_id, client=client, hash_=hashed
        )
    return _location(reply, asset_id, item_id)


async def _aresolve(client: AuthenticatedClient, asset_id: str, item_id: str, hashed: bool) -> str:
    with raising_errors():
        reply = await download_specific_asset_item.asyncio_detailed(
            asset_id, item_id, client=client, hash_=hashed
        )
    return _location(reply, asset_id, item_id)


def _active(item: MediaItem) -> bool:
    return item.active is True or (
        isinstance(item.active, int) and not isinstance(item.active, bool) and item.active == 1
    )


def _version_of(item: MediaItem) -> int:
    return item.version if isinstance(item.version, int) else 0


def _original_item(reply: Response[Asset | Error], asset_id: str, version: int | None) -> MediaItem:
    asset = reply.parsed
    if not isinstance(asset, Asset):
        raise DownloadError(f"asset {asset_id} has no original file listed in its mediaItems")
    return original_item(asset, version)


def original_item(asset: Asset, version: int | None = None) -> MediaItem:
    """The media item :func:`download_original` downloads from ``asset`` (fetched with
    ``versions=True``): its active original, or the original of ``version``. DownloadError when
    there is none."""
    asset_id = asset.id
    items = asset.media_items
    originals = [
        item
        for item in (items if isinstance(items, list) else [])
        if item.type_ == "original" and isinstance(item.id, str) and item.id
    ]
    if version is not None:
        chosen = [item for item in originals if _version_of(item) == version]
        if not chosen:
            known = sorted({_version_of(item) for item in originals})
            raise DownloadError(
                f"asset {asset_id} has no original of version {version} (versions: {known})"
            )
    else:
        chosen = [item for item in originals if _active(item)] or originals
        if not chosen:
            raise DownloadError(f"asset {asset_id} has no original file listed in its mediaItems")
    return max(chosen, key=_version_of)


# -- argument checks ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Options:
    hashed: bool
    progress: ProgressCallback | None
    resume: bool
    expected_size: int | None
    max_size: int | None
    chunk_size: int
    max_reconnects: int


def _count(value: object, name: str, minimum: int, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    return int_at_least(value, name, minimum)


def _options(
    *,
    hashed: object,
    progress: object,
    resume: object,
    expected_size: object,
    max_size: object,
    chunk_size: object,
    max_reconnects: object,
) -> _Options:
    for name, flag in (("hashed", hashed), ("resume", resume)):
        if not isinstance(flag, bool):
            raise ConfigurationError(f"{name} must be True or False, got {flag!r}")
    if progress is not None and not callable(progress):
        raise ConfigurationError("progress must be a callable taking a DownloadProgress")
    expected = _count(expected_size, "expected_size", 0, optional=True)
    cap = _count(max_size, "max_size", 0, optional=True)
    if expected is not None and cap is not None and expected > cap:
        raise ConfigurationError(f"expected_size={expected} is larger than max_size={cap}")
    return _Options(
        hashed=bool(hashed),
        progress=progress,
        resume=bool(resume),
        expected_size=expected,
        max_size=cap,
        chunk_size=int_at_least(chunk_size, "chunk_size", 1),
        max_reconnects=int_at_least(max_reconnects, "max_reconnects", 0),
    )


Destination = str | os.PathLike[str] | IO[bytes]


def _destination(destination: object) -> Path | Any:
    """A checked path, or the file object itself."""
    if isinstance(destination, str | os.PathLike):
        path = Path(os.fspath(destination))
        if not str(path) or path.name in ("", ".", ".."):
            raise ConfigurationError(f"destination {str(path)!r} does not name a file")
        if path.is_dir():
            raise ConfigurationError(f"destination {path} is a directory; name the file")
        parent = path.parent
        if not parent.is_dir():
            raise ConfigurationError(f"the directory of destination {path} does not exist")
        if not os.access(parent, os.W_OK):
            raise ConfigurationError(f"the directory of destination {path} is not writable")
        for companion in _companions(path):
            if companion.is_symlink():
                raise ConfigurationError(
                    f"{companion} is a symbolic link: a download never writes through one; "
                    "remove it, or choose another destination"
                )
        return path
    if isinstance(destination, bytes | bytearray):
        raise ConfigurationError("destination must be a path or a writable binary file object")
    write = getattr(destination, "write", None)
    if not callable(write):
        raise ConfigurationError(
            "destination must be a path or a writable binary file object, "
            f"got {type(destination).__name__}"
        )
    mode = getattr(destination, "mode", "b")
    if isinstance(destination, io.TextIOBase) or (isinstance(mode, str) and "b" not in mode):
        raise ConfigurationError("destination file object must be opened in binary mode")
    writable = getattr(destination, "writable", None)
    if callable(writable) and not writable():
        raise ConfigurationError("destination file object is not writable")
    return destination


def _sink(target: Path | Any, source: str, resume: bool) -> _PathSink | _StreamSink:
    if isinstance(target, Path):
        return _PathSink(target, source, resume=resume)
    return _StreamSink(target)


def _transfer(target: Path | Any, source: str, label: str, options: _Options) -> _Transfer:
    return _Transfer(
        _sink(target, source, options.resume),
        label=label,
        expected_size=options.expected_size,
        max_size=options.max_size,
        progress=options.progress,
        max_reconnects=options.max_reconnects,
    )


def item_size(item: MediaItem) -> int | None:
    """The size an item lists, when it is a usable byte count."""
    size = item.size
    return size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None


# -- public API ----------------------------------------------------------------------------------


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
    file object. ``item_id`` is the item's id, or the ``MediaItem`` itself (as
    :func:`original_item` picks it). ``hashed=True`` treats ``item_id`` as the item's hash. ``progress`` is called with
    a :class:`DownloadProgress` after each chunk. ``expected_size`` and ``max_size`` check the size;
    ``max_reconnects`` bounds reconnections after dropped connections. Arguments are checked
    before any request; see the module docstring for resume and checks.
    """
    session = session_of(client)
    aid = identifier(asset_id, "asset_id")
    iid = identifier(item_id.id if isinstance(item_id, MediaItem) else item_id, "item_id")
    options = _options(
        hashed=hashed,
        progress=progress,
        resume=resume,
        expected_size=expected_size,
        max_size=max_size,
        chunk_size=chunk_size,
        max_reconnects=max_reconnects,
    )
    target = _destination(destination)
    url = _resolve(client, aid, iid, options.hashed)
    source = f"{aid}/{'hash:' if options.hashed else ''}{iid}"
    transfer = _transfer(target, source, f"asset {aid} item {iid}", options)
    return _stream(
        session,
        transfer,
        url,
        lambda: _resolve(client, aid, iid, options.hashed),
        options.chunk_size,
    )


async def adownload_item(
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
    """The async twin of :func:`download_item`."""
    session = session_of(client)
    aid = identifier(asset_id, "asset_id")
    iid = identifier(item_id.id if isinstance(item_id, MediaItem) else item_id, "item_id")
    options = _options(
        hashed=hashed,
        progress=progress,
        resume=resume,
        expected_size=expected_size,
        max_size=max_size,
        chunk_size=chunk_size,
        max_reconnects=max_reconnects,
    )
    target = _destination(destination)
    url = await _aresolve(client, aid, iid, options.hashed)
    source = f"{aid}/{'hash:' if options.hashed else ''}{iid}"
    transfer = _transfer(target, source, f"asset {aid} item {iid}", options)
    return await _astream(
        session,
        transfer,
        url,
        lambda: _aresolve(client, aid, iid, options.hashed),
        options.chunk_size,
    )


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
    session = session_of(client)
    aid = identifier(asset_id, "asset_id")
    wanted = _count(version, "version", 1, optional=True)
    options = _options(
        hashed=False,
        progress=progress,
        resume=resume,
        expected_size=expected_size,
        max_size=max_size,
        chunk_size=chunk_size,
        max_reconnects=max_reconnects,
    )
    target = _destination(destination)
    with raising_errors():
        reply = get_asset.sync_detailed(aid, client=client, versions=True)
    item = _original_item(reply, aid, wanted)
    iid = str(item.id)
    if options.expected_size is None:
        options = _with_expected(options, item_size(item))
    url = _resolve(client, aid, iid, False)
    transfer = _transfer(target, f"{aid}/{iid}", f"asset {aid} item {iid}", options)
    return _stream(
        session, transfer, url, lambda: _resolve(client, aid, iid, False), options.chunk_size
    )


async def adownload_original(
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
    """The async twin of :func:`download_original`."""
    session = session_of(client)
    aid = identifier(asset_id, "asset_id")
    wanted = _count(version, "version", 1, optional=True)
    options = _options(
        hashed=False,
        progress=progress,
        resume=resume,
        expected_size=expected_size,
        max_size=max_size,
        chunk_size=chunk_size,
        max_reconnects=max_reconnects,
    )
    target = _destination(destination)
    with raising_errors():
        reply = await get_asset.asyncio_detailed(aid, client=client, versions=True)
    item = _original_item(reply, aid, wanted)
    iid = str(item.id)
    if options.expected_size is None:
        options = _with_expected(options, item_size(item))
    url = await _aresolve(client, aid, iid, False)
    transfer = _transfer(target, f"{aid}/{iid}", f"asset {aid} item {iid}", options)
    return await _astream(
        session, transfer, url, lambda: _aresolve(client, aid, iid, False), options.chunk_size
    )


def _with_expected(options: _Options, size: int | None) -> _Options:
    if size is not None and options.max_size is not None and size > options.max_size:
        raise DownloadError(f"the original has {size} bytes, more than max_size={options.max_size}")
    return dataclasses.replace(options, expected_size=size)
