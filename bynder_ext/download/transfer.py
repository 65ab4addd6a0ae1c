"""The decisions of one download, without I/O of the network: which range to ask for, whether an
answer can be used, how long to wait before reconnecting, and the final size checks."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

import attrs
import httpx

from ..deadline import Deadline
from ..errors import BynderError, DownloadError, transport_error_from
from ..retry import RetryPolicy
from .sink import PathSink, StreamSink

if TYPE_CHECKING:
    from ..client import Session
    from .options import Options

_CONTENT_RANGE: Final = re.compile(r"^\s*bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)\s*$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class DownloadProgress:
    """``bytes_done`` (from the start of the file; back to 0 when a download starts again) of
    ``bytes_total`` (None when unknown)."""

    bytes_done: int
    bytes_total: int | None


@dataclasses.dataclass(frozen=True)
class DownloadResult:
    """A finished download: ``path`` (None for a file object), ``size``, ``bytes_written`` by
    this call, ``resumed_from`` (the offset of a continued part, else 0), ``content_type`` and
    the ``sha256`` hex digest of the whole file."""

    path: Path | None
    size: int
    bytes_written: int
    resumed_from: int
    content_type: str | None
    sha256: str


ProgressCallback = Callable[[DownloadProgress], object]


def content_range(value: str | None) -> tuple[int | None, int | None, int | None]:
    """``(first, last, total)`` of a ``Content-Range`` header (Nones when absent or unreadable)."""
    matched = _CONTENT_RANGE.match(value or "")
    if matched is None:
        return None, None, None
    first, last, total = matched.groups()
    return (
        None if first is None else int(first),
        None if last is None else int(last),
        None if total == "*" else int(total),
    )


def reconnect_policy(connection: RetryPolicy, max_reconnects: int) -> RetryPolicy:
    """The connection's backoff and sleeps, for ``max_reconnects`` reconnections of a signed
    location in a row: after a dropped connection, or a 403 (the URL expired)."""
    return attrs.evolve(
        connection,
        max_retries=max_reconnects,
        statuses={403},
        unsafe_statuses={403},
        idempotent_methods={"GET"},
    )


class Transfer:
    """One download's state; the drivers do the network I/O and call in here."""

    def __init__(
        self, sink: PathSink | StreamSink, label: str, options: Options, session: Session
    ) -> None:
        self.sink, self.label, self.progress = sink, label, options.progress
        self.expected_size, self.max_size = options.expected_size, options.max_size
        self.policy = reconnect_policy(session.retry, options.max_reconnects)
        self.deadline = Deadline(session.deadline)  # one for every reconnection
        self.secrets = session.secrets
        self.position = self.furthest = sink.offset  # valid bytes held, from the file's start
        self.etag, self.total = sink.etag, sink.size
        self.content_type: str | None = None
        self.digest = hashlib.sha256()
        self.written = self.resumed_from = self.answers = self.failures = self.asked = 0
        self.started = self.decoded = False
        self.ranges = True  # False once a server mangled a range

    def request_headers(self) -> dict[str, str]:
        """Headers of the next GET: a Range (and If-Range) from the current position."""
        self.asked = self.position if self.ranges and not self.decoded else 0
        headers = {"Accept-Encoding": "identity"}
        if self.asked:
            headers["Range"] = f"bytes={self.asked}-"
            if self.etag and not self.etag.startswith("W/"):
                headers["If-Range"] = self.etag
        return headers

    def accept(self, status: int, headers: httpx.Headers) -> bool:
        """Take a successful answer's headers; False means: discard it and ask again."""
        etag = headers.get("ETag")
        encoding = headers.get("Content-Encoding", "").strip().lower()
        decoded = encoding not in ("", "identity")
        if status == 206:
            first, last, total = content_range(headers.get("Content-Range"))
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
            length = headers.get("Content-Length", "").strip()
            total = int(length) if length.isdigit() and not decoded else None
        else:
            raise DownloadError(f"{self.label}: unexpected status {status} for a download")
        self._check_total(total)
        if total is not None:
            self.deadline.allow_size(total - start)  # a large file gets the time it needs
        self.decoded = decoded
        if start == 0 or not self.started:
            self._start(start, etag, total)
        self.etag, self.total = etag, total
        self.content_type = headers.get("Content-Type")
        self.answers += 1
        return True

    def _start(self, at: int, etag: str | None, total: int | None) -> None:
        self.digest = hashlib.sha256()
        self.sink.start(at, etag, total, self.digest)
        self.started, self.position = True, at
        if at:
            self.resumed_from = at

    def _check_total(self, total: int | None) -> None:
        if total is not None and self.expected_size is not None and total != self.expected_size:
            raise DownloadError(
                f"{self.label}: the server announced {total} bytes, expected {self.expected_size}"
            )
        if total is not None and self.max_size is not None and total > self.max_size:
            raise DownloadError(
                f"{self.label}: the file has {total} bytes, more than max_size={self.max_size}"
            )

    def complete_from_unsatisfiable(self, headers: httpx.Headers) -> bool:
        """A 416 to ``Range: bytes=N-``: True when the part already holds the whole file (the
        server's total is N); otherwise the download starts again from zero."""
        total = content_range(headers.get("Content-Range"))[2]
        if self.asked and not self.started and total == self.asked and self.total in (None, total):
            self._check_total(total)
            self._start(total, self.etag, total)
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

    def after_failure(self, failure: Exception, answer: httpx.Response | None = None) -> float:
        """Seconds to wait before reconnecting after ``failure`` (or a 403 ``answer``), as the
        policy decides; raises ``failure`` (redacted) when giving up."""
        if self.position > self.furthest:  # progress since the last failure: a fresh count
            self.furthest, self.failures = self.position, 0
        self.failures += 1
        outcome = answer if answer is not None else getattr(failure, "original", None) or failure
        wait = self.policy.decide(self.failures - 1, "GET", outcome)
        if not self.answers or wait is None or self.deadline.left() <= wait:
            if isinstance(failure, httpx.TransportError) and not isinstance(failure, BynderError):
                error = transport_error_from(failure, secrets=self.secrets())
                raise error from error.__cause__  # a redacted copy of failure
            raise failure
        if not self.ranges or self.decoded:
            self.position = 0
        return wait

    def finish(self) -> DownloadResult:
        """Check the size and make the file visible."""
        if self.total is not None and self.position != self.total:
            raise DownloadError(
                f"{self.label}: received {self.position} bytes, the server announced {self.total}"
            )
        if not self.decoded and self.expected_size not in (None, self.position):
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
