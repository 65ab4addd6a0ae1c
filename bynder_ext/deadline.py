"""The overall deadline of a call: however the server behaves, a call ends.

httpx's timeouts apply to each read and write: a server that sends one byte a second never lets
one of them expire, and keeps a call busy for as long as it likes. So every call also gets an
overall deadline (``connect(deadline=...)``, :data:`DEFAULT_DEADLINE` by default): it runs from the
moment the call is sent, through its token request, redirects, retries and the whole body, until
the last byte is read. When it passes the call fails with
:class:`~bynder_ext.errors.RequestTimeout`.

How it is kept, as a transport right above the network (:class:`DeadlineTransport` and its async
twin), for every request that carries a :class:`Deadline` in its ``bynder_deadline`` extension
(the clients that ``connect()`` builds give one to every request):

- before each attempt: none is made once the deadline has passed, and the attempt's connect, read,
  write and pool timeouts are cut to the time left;
- the body: checked after every chunk read, so a trickling server is cut off within one read of
  the deadline;
- async calls: the whole attempt and each read of the body also run under a cancel scope
  (``anyio.fail_after``), so the deadline holds to the millisecond, even against a server that
  trickles its status line and headers. A sync call cannot interrupt a read that is already
  waiting: its status line and headers are bounded by the read timeout of each read (cut to the
  time left when the attempt starts), and its body by the check after each chunk.
- retries wait only when the time left allows the wait (see :func:`allows`); time spent waiting
  for a slot of the request budget does not count (:func:`extend`), since it is the client's own
  pacing, not the server's slowness.

Helpers that run several requests as one call (``raw_request`` with its own retries, downloads
that reconnect) give them one shared :class:`Deadline`; a download adds one second per
:data:`DOWNLOAD_MIN_RATE` bytes of the size the server announces, so that large files are not cut
off while a crawling transfer still is.

Written here rather than taken from a library: httpx has no overall timeout (its timeouts are per
operation, on purpose), and what is needed is a small wrapper at the transport seam.
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any, Final

import httpx

from .errors import ConfigurationError

__all__ = [
    "DEADLINE_EXTENSION",
    "DEFAULT_DEADLINE",
    "DOWNLOAD_MIN_RATE",
    "AsyncDeadlineTransport",
    "Deadline",
    "DeadlineExceeded",
    "DeadlineTransport",
    "allows",
    "check_deadline",
    "extend",
    "start",
]

#: Seconds a call may take from start to end, unless ``connect(deadline=...)`` says otherwise.
DEFAULT_DEADLINE: Final = 300.0
#: Request extension holding the :class:`Deadline` of the call the request belongs to.
DEADLINE_EXTENSION: Final = "bynder_deadline"
#: Bytes per second a download is allowed at the least, beyond its deadline (64 KiB/s).
DOWNLOAD_MIN_RATE: Final = 64 * 1024


def check_deadline(value: object, name: str = "deadline") -> float:
    """A deadline in seconds: a finite number > 0 (ConfigurationError otherwise)."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or math.isnan(value)
        or math.isinf(value)
        or value <= 0
    ):
        raise ConfigurationError(f"{name} must be a finite number of seconds > 0, got {value!r}")
    return float(value)


class Deadline:
    """The moment (``time.monotonic()``) a call must be over by, and the allowance it started
    with (for messages). Shared by every request of the call."""

    __slots__ = ("at", "seconds", "sized")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.sized = 0  # bytes already allowed for by allow_size

    def __repr__(self) -> str:
        return f"Deadline(seconds={self.seconds:g}, left={self.left():.3f})"

    def left(self) -> float:
        """Seconds left (negative once it has passed)."""
        return self.at - time.monotonic()

    def extend(self, seconds: float) -> None:
        """Push the deadline back by time that does not count (waiting for the budget)."""
        if seconds > 0:
            self.at += seconds

    def allow(self, seconds: float) -> None:
        """Give the call a larger allowance."""
        if seconds > 0:
            self.at += seconds
            self.seconds += seconds

    def allow_size(self, size: int | None) -> None:
        """Allow for a body of ``size`` bytes: one second per :data:`DOWNLOAD_MIN_RATE` bytes
        (counted once per call, however many attempts announce it)."""
        if size is not None and size > self.sized:
            self.allow((size - self.sized) / DOWNLOAD_MIN_RATE)
            self.sized = size

    def exceeded(self, request: httpx.Request) -> DeadlineExceeded:
        """The error for a call that ran out of time."""
        return DeadlineExceeded(
            f"the call did not finish within its deadline of {self.seconds:.4g} s "
            "(connect(deadline=...) sets it)",
            request=request,
        )


class DeadlineExceeded(httpx.TimeoutException):
    """The call's overall deadline passed (the clients turn it into RequestTimeout)."""


def start(request: httpx.Request, seconds: float) -> Deadline:
    """The request's deadline: the one it already carries (its call's), or a new one."""
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    if not isinstance(deadline, Deadline):
        deadline = request.extensions[DEADLINE_EXTENSION] = Deadline(seconds)
    return deadline


def _of(request: httpx.Request) -> Deadline | None:
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    return deadline if isinstance(deadline, Deadline) else None


def allows(request: httpx.Request, wait: float) -> bool:
    """Whether the request's call still has time after waiting ``wait`` seconds (always True
    for a request without a deadline)."""
    deadline = _of(request)
    return deadline is None or deadline.left() > wait


def extend(request: httpx.Request, seconds: float) -> None:
    """Push back the deadline of the request's call by ``seconds`` (if it has one)."""
    deadline = _of(request)
    if deadline is not None:
        deadline.extend(seconds)


def _begin(request: httpx.Request) -> tuple[Deadline, float] | None:
    """The deadline and the time left for an attempt, with its timeouts cut to that time;
    DeadlineExceeded when none is left."""
    extensions = request.extensions
    deadline = extensions.get(DEADLINE_EXTENSION)
    if deadline is None:
        return None
    left = deadline.at - time.monotonic()
    if left <= 0:
        raise deadline.exceeded(request)
    timeouts: dict[str, Any] = extensions.get("timeout") or {}
    cut = len(timeouts) < 4
    for value in timeouts.values():  # a loop, not any(): this runs for every request
        if value is None or value > left:
            cut = True
            break
    if cut:
        extensions["timeout"] = {
            phase: left if timeouts.get(phase) is None else min(timeouts[phase], left)
            for phase in ("connect", "read", "write", "pool")
        }
    return deadline, left


class _SyncStream(httpx.SyncByteStream):
    def __init__(self, inner: Any, deadline: Deadline, request: httpx.Request) -> None:
        self._inner = inner
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        deadline = self._deadline
        try:
            for chunk in self._inner:
                if deadline.left() <= 0:
                    raise deadline.exceeded(self._request)
                yield chunk
        except httpx.TimeoutException as exc:
            if isinstance(exc, DeadlineExceeded) or deadline.left() > 0:
                raise
            raise deadline.exceeded(self._request) from exc

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if callable(close):
            close()


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, inner: Any, deadline: Deadline, request: httpx.Request) -> None:
        self._inner = inner
        self._deadline = deadline
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import anyio

        deadline = self._deadline
        chunks = self._inner.__aiter__()
        while True:
            try:
                with anyio.fail_after(max(deadline.left(), 0.0)):
                    chunk = await chunks.__anext__()
            except StopAsyncIteration:
                return
            except TimeoutError:
                if deadline.left() > 0:
                    raise
                raise deadline.exceeded(self._request) from None
            except httpx.TimeoutException as exc:
                if isinstance(exc, DeadlineExceeded) or deadline.left() > 0:
                    raise
                raise deadline.exceeded(self._request) from exc
            yield chunk

    async def aclose(self) -> None:
        aclose = getattr(self._inner, "aclose", None)
        if callable(aclose):
            await aclose()


class DeadlineTransport(httpx.BaseTransport):
    """Keeps the deadline of each request that carries one (see the module docstring)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        begun = _begin(request)
        if begun is None:
            return self.inner.handle_request(request)
        deadline, _ = begun
        try:
            response = self.inner.handle_request(request)
        except httpx.TimeoutException as exc:
            if isinstance(exc, DeadlineExceeded) or deadline.left() > 0:
                raise
            raise deadline.exceeded(request) from exc
        if deadline.at <= time.monotonic():
            response.close()
            raise deadline.exceeded(request)
        if not isinstance(response.stream, httpx.ByteStream):  # bytes in memory need no watch
            response.stream = _SyncStream(response.stream, deadline, request)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncDeadlineTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`DeadlineTransport`, which also cancels a read in progress."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        begun = _begin(request)
        if begun is None:
            return await self.inner.handle_async_request(request)
        import anyio

        deadline, left = begun
        try:
            with anyio.fail_after(left):
                response = await self.inner.handle_async_request(request)
        except TimeoutError:
            if deadline.left() > 0:
                raise  # not the deadline's: the inner transport's own
            raise deadline.exceeded(request) from None
        except httpx.TimeoutException as exc:
            if isinstance(exc, DeadlineExceeded) or deadline.left() > 0:
                raise
            raise deadline.exceeded(request) from exc
        if not isinstance(response.stream, httpx.ByteStream):
            response.stream = _AsyncStream(response.stream, deadline, request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
