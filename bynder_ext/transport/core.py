"""What the transports decide without I/O: origins, request extensions, whether a body can be sent
again, whether to read an answer inside the retry loop."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Final

import httpx

from ..retry import RetryPolicy

#: Response (and request) extension holding the number of retries made.
RETRIES_EXTENSION: Final = "bynder_retries"
#: Request extension: False makes the client return error responses instead of raising.
RAISE_EXTENSION: Final = "bynder_raise_errors"
#: Request extension: a callable that makes the body ready to be sent again and says whether it
#: could (set for bodies built from seekable files).
REPLAY_EXTENSION: Final = "bynder_replay"
#: Largest declared body that the retry transport reads itself (see :func:`prereads`).
PREREAD_LIMIT: Final = 1 << 20

logger = logging.getLogger("bynder_ext")


def origin_of(url: httpx.URL) -> str:
    """``scheme://host[:port]`` of a URL, the default port left out (httpx drops it)."""
    host = url.host
    if ":" in host:
        host = f"[{host}]"
    port = url.port
    return f"{url.scheme}://{host}" if port is None else f"{url.scheme}://{host}:{port}"


def seekable(file: Any) -> bool:
    """Whether ``file`` (None, bytes, str or a file object) can be read again from its start."""
    if file is None or isinstance(file, str | bytes):
        return True
    try:
        return bool(file.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _always() -> bool:
    return True


def replay_mark(content: Any = None, files: Any = None) -> Callable[[], bool] | None:
    """For a request built from httpx's ``content`` or ``files``: how to make its body ready to be
    sent again (a seekable file is rewound to where it stood), or None when only an unread body can
    be (see :func:`replay_of`)."""
    if files is not None:
        values = files.values() if isinstance(files, Mapping) else [v for _, v in files]
        if all(seekable(v[1] if isinstance(v, tuple) else v) for v in values):
            return _always
        return None
    if content is None or isinstance(content, str | bytes) or not hasattr(content, "tell"):
        return None
    if not seekable(content):
        return None
    position = content.tell()

    def rewind() -> bool:
        try:
            content.seek(position)
        except (OSError, ValueError):
            return False
        return True

    return rewind


class _Unread(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A request body that notes when reading it began."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.read = False

    def unread(self) -> bool:
        return not self.read

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield from self.stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.read = True
        async for chunk in self.stream:
            yield chunk


def replay_of(request: httpx.Request) -> Callable[[], bool]:
    """Call before sending ``request``: the callable makes its body ready to be sent again and says
    whether it could (bytes always can; any other body only while none of it was read)."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return _always
    mark = request.extensions.get(REPLAY_EXTENSION)
    if callable(mark):
        return mark  # type: ignore[no-any-return]
    if isinstance(stream, _Unread):  # auth, then the retries: one watcher serves both
        return stream.unread
    unread = _Unread(stream)
    request.stream = unread
    return unread.unread


def prereads(request: httpx.Request, response: httpx.Response, policy: RetryPolicy) -> bool:
    """Whether to read the body inside the retry loop (so that a connection dropped mid-body is
    retried too): for idempotent requests whose answer is small or JSON."""
    if request.method not in policy.idempotent_methods or isinstance(
        response.stream, httpx.ByteStream
    ):
        return False  # a body in memory cannot be dropped halfway
    headers = response.headers
    length = headers.get("Content-Length")
    if length is not None:
        return length.isdigit() and int(length) <= PREREAD_LIMIT
    return "json" in headers.get("Content-Type", "")


def log_retry(
    request: httpx.Request,
    outcome: httpx.Response | Exception,
    delay: float,
    retry: int,
    policy: RetryPolicy,
) -> None:
    """The debug line of a retry (the path only: a query may hold a signature)."""
    if logger.isEnabledFor(logging.DEBUG):
        what = type(outcome).__name__ if isinstance(outcome, Exception) else outcome.status_code
        logger.debug(
            "retrying %s %s after %s in %.2f s (retry %d of %d)",
            request.method,
            request.url.path,
            what,
            delay,
            retry,
            policy.max_retries,
        )
