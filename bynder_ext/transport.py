"""Retries and the request budget, as httpx transports that wrap any other transport.

``connect()`` stacks them as ``RetryTransport(BudgetTransport(network))`` (and the async twins):
every attempt, retries included, takes a slot from the budget, as Bynder counts every request,
and a retry waits for its backoff without holding a slot.

Retries (:class:`RetryPolicy`, :class:`RetryTransport`, :class:`AsyncRetryTransport`):

- exponential backoff from ``backoff_base`` doubling up to ``backoff_max``, each delay shortened by
  up to 25 % at random when ``jitter`` is on;
- ``Retry-After`` honoured as delta-seconds or an HTTP date; a hint beyond ``retry_after_cap`` is
  not waited for: the response is returned as is (``send`` then raises its typed error: for a 429,
  ``RateLimited`` carrying ``retry_after``);
- idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE, TRACE) are retried on 429, 500, 502, 503,
  504, timeouts, network errors and dropped connections; other methods (POST, PATCH) only on 429,
  503 and on failures that happened before the request left (connect errors, connect and pool
  timeouts), because Bynder has no idempotency keys and a replayed POST could create twice;
- for idempotent requests with a small or JSON answer, the body is read inside the retry loop,
  so that a connection dropped halfway through the answer is retried as well (large bodies are
  left to stream, untouched);
- a request body is replayed only when it can be: bytes, forms, multipart over seekable files,
  and seekable file streams (rewound to where they started); a consumed generator is never
  replayed, the last answer is returned instead;
- the policy is chosen per request: the ``bynder_retry`` request extension, else the innermost
  :func:`retry_policy` context, else the transport's own policy; sleep, clock and randomness are
  injectable so that tests never really wait;
- a retry waits only when the call's overall deadline leaves time for the wait
  (:mod:`bynder_ext.deadline`); otherwise the last answer or failure stands;
- the number of retries is recorded as ``extensions["bynder_retries"]`` on the response (and on the
  request, for failures).

Why not ``httpx-retries``: it chooses retries by method or by status but not by the pair (POST on
429/503 only, GET on any 5xx), cannot tell a connect error (safe to replay a POST) from a read
error, clamps a long ``Retry-After`` instead of giving up, calls ``time.sleep``/``asyncio.sleep``
and reads the wall clock directly (no injection), and logs whole request URLs, query strings
included. What remains to write is small and is tested here.

The budget (:class:`RequestBudget`, :class:`BudgetTransport`, :class:`AsyncBudgetTransport`) is a
sliding-window limiter that waits, never raises. A slot stays taken while its request is in flight
and counts from the moment the response arrived, not from when it was sent: the server saw the
request no later than that, so however long requests take on the way, no window of the server's
ever holds more than ``requests`` of ours. The window is also widened by ``margin`` (1 % by
default) against clock granularity. One budget is shared by the sync and async clients of a
connection (a thread lock guards it; async callers wait with ``asyncio.sleep``) and applies only to
requests to the portal's origin. Budgets shared by several processes or machines (a SQLite file,
Redis) are subclasses in :mod:`bynder_ext.budget`, with the same semantics.

Why not ``pyrate-limiter``: its waits call ``time.sleep``/``asyncio.sleep`` directly (tests would
really sleep), it counts a request from the moment it is admitted (so network latency can put more
requests into one server window than the budget allows), and its buckets start background leak
threads; the limiter needed here is a deque and a lock.
"""

from __future__ import annotations

import asyncio
import contextvars
import dataclasses
import logging
import random as _random
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from ._concurrency import asleep, sleep
from .deadline import allows, extend
from .errors import ConfigurationError, non_negative, parse_retry_after
from .retry import RetryPolicy as DecidingPolicy

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRY_EXTENSION",
    "RETRY_STATUSES",
    "UNSAFE_RETRY_STATUSES",
    "AsyncBudgetTransport",
    "AsyncRetryTransport",
    "BudgetTransport",
    "RequestBudget",
    "RetryPolicy",
    "RetryTransport",
    "origin_of",
    "retry_policy",
]

logger = logging.getLogger("bynder_ext")

#: Request extension that sets the retry policy of one request.
RETRY_EXTENSION = "bynder_retry"
#: Response (and request) extension holding the number of retries made.
RETRIES_EXTENSION = "bynder_retries"

#: Largest declared body that the retry transport reads itself (see ``_prereads``).
PREREAD_LIMIT = 1 << 20

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
UNSAFE_RETRY_STATUSES = frozenset({429, 503})

# Failures that happen before any byte of the request was sent: safe to replay for any method.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures worth retrying for idempotent methods.
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: httpx.URL) -> str:
    """``scheme://host[:port]`` of a URL, the default port left out."""
    scheme = url.scheme.lower()
    host = url.host.lower()
    if ":" in host:
        host = f"[{host}]"
    port = url.port
    if port is None or port == _DEFAULT_PORTS.get(scheme):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def _frozen_ints(values: Iterable[int], name: str) -> frozenset[int]:
    try:
        result = frozenset(values)
    except TypeError:
        raise ConfigurationError(f"{name} must be a collection of HTTP status codes") from None
    for value in result:
        if isinstance(value, bool) or not isinstance(value, int) or not 100 <= value <= 599:
            raise ConfigurationError(f"{name} must hold HTTP status codes, got {value!r}")
    return result


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before sending a failed request again.

    ``max_retries`` counts retries after the first attempt (0 disables retrying). ``statuses``
    are retried for idempotent methods, ``unsafe_statuses`` for the others. ``sleep``,
    ``async_sleep``, ``clock`` (Unix time, for HTTP-date ``Retry-After``) and ``random`` (a float in
    [0, 1), for jitter) default to the real ones.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    jitter: bool = True
    retry_after_cap: float = 60.0
    statuses: Collection[int] = RETRY_STATUSES
    unsafe_statuses: Collection[int] = UNSAFE_RETRY_STATUSES
    idempotent_methods: Collection[str] = IDEMPOTENT_METHODS
    sleep: Callable[[float], None] | None = dataclasses.field(
        default=None, compare=False, repr=False
    )
    async_sleep: Callable[[float], Awaitable[None]] | None = dataclasses.field(
        default=None, compare=False, repr=False
    )
    clock: Callable[[], float] | None = dataclasses.field(default=None, compare=False, repr=False)
    random: Callable[[], float] | None = dataclasses.field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise ConfigurationError(f"max_retries must be an int >= 0, got {self.max_retries!r}")
        non_negative(self.backoff_base, "backoff_base")
        non_negative(self.backoff_max, "backoff_max")
        non_negative(self.retry_after_cap, "retry_after_cap")
        if not isinstance(self.jitter, bool):
            raise ConfigurationError(f"jitter must be a bool, got {self.jitter!r}")
        object.__setattr__(self, "statuses", _frozen_ints(self.statuses, "statuses"))
        object.__setattr__(
            self, "unsafe_statuses", _frozen_ints(self.unsafe_statuses, "unsafe_statuses")
        )
        methods: object = self.idempotent_methods
        if (
            not isinstance(methods, Iterable)
            or isinstance(methods, str)
            or not all(isinstance(m, str) for m in methods)
        ):
            raise ConfigurationError("idempotent_methods must be a collection of method names")
        object.__setattr__(self, "idempotent_methods", frozenset(str(m).upper() for m in methods))
        for name in ("sleep", "async_sleep", "clock", "random"):
            value = getattr(self, name)
            if value is not None and not callable(value):
                raise ConfigurationError(f"{name} must be callable, got {value!r}")

    def is_idempotent(self, method: str) -> bool:
        """Whether replaying ``method`` cannot change the outcome."""
        return method.upper() in self.idempotent_methods

    def retries_status(self, method: str, status_code: int) -> bool:
        """Whether a response with this status is worth another attempt for this method."""
        if self.is_idempotent(method):
            return status_code in self.statuses
        return status_code in self.unsafe_statuses

    def retries_exception(self, method: str, exc: Exception) -> bool:
        """Whether a failure to get an answer is worth another attempt for this method."""
        if isinstance(exc, _NOT_SENT_ERRORS):
            return True
        return self.is_idempotent(method) and isinstance(exc, _RETRYABLE_ERRORS)

    def backoff(self, retry_number: int) -> float:
        """Seconds to wait before retry ``retry_number`` (0 for the first retry)."""
        delay = min(self.backoff_base * (2.0**retry_number), self.backoff_max)
        if self.jitter:
            delay *= 1.0 - 0.25 * (self.random or _random.random)()
        return delay

    def delay_for(self, response: httpx.Response, retry_number: int) -> float | None:
        """Seconds to wait before retrying after ``response``; None when Retry-After is beyond the cap."""
        now = (self.clock or time.time)()
        hint = parse_retry_after(response.headers.get("Retry-After"), now)
        if hint is None:
            return self.backoff(retry_number)
        if hint > self.retry_after_cap:
            return None
        return hint

    def do_sleep(self, seconds: float) -> None:
        """Wait (synchronously) with the configured sleep."""
        if seconds > 0:
            (self.sleep or time.sleep)(seconds)

    async def do_async_sleep(self, seconds: float) -> None:
        """Wait (asynchronously) with the configured sleep."""
        if seconds > 0:
            await (self.async_sleep or asyncio.sleep)(seconds)


_OVERRIDE: contextvars.ContextVar[tuple[RetryPolicy | None, dict[str, Any]] | None] = (
    contextvars.ContextVar("bynder_retry_override", default=None)
)


@contextmanager
def retry_policy(policy: RetryPolicy | None = None, /, **changes: Any) -> Iterator[None]:
    """Within the block, requests made in this thread or task use another retry policy.

    ``retry_policy(RetryPolicy(max_retries=5))`` replaces the client's policy;
    ``retry_policy(max_retries=0)`` changes fields of whichever policy the client has. Both forms
    combine. Generated calls honour it, since it is read by the transport::

        with bynder_ext.retry_policy(max_retries=0):
            get_asset.sync(client=client, id=asset_id)
    """
    if policy is not None and not isinstance(policy, RetryPolicy):
        raise ConfigurationError(f"expected a RetryPolicy, got {type(policy).__name__}")
    dataclasses.replace(policy or RetryPolicy(), **changes)  # validate now, not per request
    token = _OVERRIDE.set((policy, dict(changes)))
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


AnyPolicy = RetryPolicy | DecidingPolicy


def policy_for(request: httpx.Request, default: RetryPolicy) -> AnyPolicy:
    """The retry policy that applies to ``request``."""
    explicit = request.extensions.get(RETRY_EXTENSION)
    if isinstance(explicit, AnyPolicy):
        return explicit
    override = _OVERRIDE.get()
    if override is None:
        return default
    base, changes = override
    policy = base or default
    return dataclasses.replace(policy, **changes) if changes else policy


class BodyRewinder:
    """Knows whether a request body can be sent again, and rewinds it if so."""

    def __init__(self, request: httpx.Request) -> None:
        self._stream = request.stream
        self._file: Any = None
        self._position = 0
        inner = getattr(self._stream, "_stream", None)
        if inner is not None and hasattr(inner, "seek") and hasattr(inner, "tell"):
            try:
                if inner.seekable():
                    self._position = inner.tell()
                    self._file = inner
            except (AttributeError, OSError, ValueError):
                self._file = None

    def rewind(self) -> bool:
        """Make the body ready to be sent again; False when it cannot be."""
        stream = self._stream
        if isinstance(stream, httpx.ByteStream):
            return True
        fields = getattr(stream, "fields", None)
        if fields is not None:  # multipart: httpx seeks each file field back to 0 itself
            return all(seekable(getattr(field, "file", None)) for field in fields)
        if self._file is not None:
            try:
                self._file.seek(self._position)
            except (OSError, ValueError):
                return False
            return True
        return not getattr(stream, "_is_stream_consumed", True)


def seekable(file: Any) -> bool:
    """Whether ``file`` (None, bytes, str or a file object) can be read again from its start."""
    if file is None or isinstance(file, str | bytes):
        return True
    try:
        return bool(file.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _prereads(request: httpx.Request, response: httpx.Response, policy: AnyPolicy) -> bool:
    """Whether to read the body inside the retry loop, so that a connection dropped mid-body is
    retried too: for idempotent requests whose body is small (declared length up to
    ``PREREAD_LIMIT``) or JSON."""
    if not policy.is_idempotent(request.method):
        return False
    length = response.headers.get("Content-Length")
    if length is not None:
        return length.isdigit() and int(length) <= PREREAD_LIMIT
    return "json" in response.headers.get("Content-Type", "")


def _delay(
    policy: AnyPolicy, retries: int, method: str, outcome: httpx.Response | Exception
) -> float | None:
    """Seconds to wait before another attempt after ``outcome``; None to stop. A policy of
    :mod:`bynder_ext.retry` (given per request, as raw requests do) decides by itself."""
    if isinstance(policy, DecidingPolicy):
        return policy.decide(retries, method, outcome)
    if retries >= policy.max_retries:
        return None
    if isinstance(outcome, Exception):
        return policy.backoff(retries) if policy.retries_exception(method, outcome) else None
    if not policy.retries_status(method, outcome.status_code):
        return None
    return policy.delay_for(outcome, retries)


def _log_retry(
    request: httpx.Request, what: str, delay: float, retry: int, policy: AnyPolicy
) -> None:
    logger.debug(
        "retrying %s %s after %s in %.2f s (retry %d of %d)",
        request.method,
        request.url.path,
        what,
        delay,
        retry,
        policy.max_retries,
    )


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and retries failed attempts according to a :class:`RetryPolicy`."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = policy_for(request, self.policy)
        body = BodyRewinder(request)
        retries = 0
        while True:
            try:
                response = self.inner.handle_request(request)
                if retries < policy.max_retries and _prereads(request, response, policy):
                    try:
                        response.read()
                    except BaseException:
                        response.close()
                        raise
            except httpx.TransportError as exc:
                delay = _delay(policy, retries, request.method, exc)
                if delay is not None and allows(request, delay) and body.rewind():
                    retries += 1
                    _log_retry(request, type(exc).__name__, delay, retries, policy)
                    sleep(delay, policy.sleep)
                    continue
                request.extensions[RETRIES_EXTENSION] = retries
                raise
            delay = _delay(policy, retries, request.method, response)
            if delay is not None and allows(request, delay) and body.rewind():
                response.close()
                retries += 1
                _log_retry(request, str(response.status_code), delay, retries, policy)
                sleep(delay, policy.sleep)
                continue
            request.extensions[RETRIES_EXTENSION] = retries
            response.extensions[RETRIES_EXTENSION] = retries
            return response

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = policy_for(request, self.policy)
        body = BodyRewinder(request)
        retries = 0
        while True:
            try:
                response = await self.inner.handle_async_request(request)
                if retries < policy.max_retries and _prereads(request, response, policy):
                    try:
                        await response.aread()
                    except BaseException:
                        await response.aclose()
                        raise
            except httpx.TransportError as exc:
                delay = _delay(policy, retries, request.method, exc)
                if delay is not None and allows(request, delay) and body.rewind():
                    retries += 1
                    _log_retry(request, type(exc).__name__, delay, retries, policy)
                    await asleep(delay, policy.async_sleep)
                    continue
                request.extensions[RETRIES_EXTENSION] = retries
                raise
            delay = _delay(policy, retries, request.method, response)
            if delay is not None and allows(request, delay) and body.rewind():
                await response.aclose()
                retries += 1
                _log_retry(request, str(response.status_code), delay, retries, policy)
                await asleep(delay, policy.async_sleep)
                continue
            request.extensions[RETRIES_EXTENSION] = retries
            response.extensions[RETRIES_EXTENSION] = retries
            return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class RequestBudget:
    """At most ``requests`` requests in any ``window`` seconds; callers wait for a free slot.

    Thread-safe and shared by sync and async callers. A slot is held from :meth:`acquire` until
    :meth:`release` and then counts for one (widened) window from the release. ``clock`` is a
    monotonic clock in seconds; ``sleep`` and ``async_sleep`` wait.
    """

    def __init__(
        self,
        requests: int = 4500,
        window: float = 300.0,
        *,
        margin: float = 0.01,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
            raise ConfigurationError(f"requests must be an int >= 1, got {requests!r}")
        non_negative(window, "window")
        if window == 0:
            raise ConfigurationError("window must be > 0 seconds")
        non_negative(margin, "margin")
        self.requests = requests
        self.window = float(window)
        self.margin = float(margin)
        self._span = self.window * (1.0 + self.margin)
        self._clock = clock or time.monotonic
        self._sleep = sleep or time.sleep
        self._async_sleep = async_sleep or asyncio.sleep
        self._lock = threading.Lock()
        self._finished: deque[float] = deque()
        self._in_flight = 0
        self.waited = 0.0

    def __repr__(self) -> str:
        return f"RequestBudget(requests={self.requests}, window={self.window:g}, margin={self.margin:g})"

    def _try_take(self) -> float:
        """Take a slot and return 0, or return the seconds until one may be free."""
        now = self._clock()
        with self._lock:
            horizon = now - self._span
            finished = self._finished
            while finished and finished[0] <= horizon:
                finished.popleft()
            if self._in_flight + len(finished) < self.requests:
                self._in_flight += 1
                return 0.0
            oldest = finished[0] if finished else now
            return max(oldest + self._span - now, 1e-3)

    def acquire(self) -> None:
        """Wait until a slot is free and take it."""
        while (wait := self._try_take()) > 0:
            self.waited += wait
            self._sleep(wait)

    async def aacquire(self) -> None:
        """Wait (without blocking the event loop) until a slot is free and take it."""
        while (wait := await self._atry_take()) > 0:
            self.waited += wait
            await self._async_sleep(wait)

    async def _atry_take(self) -> float:
        """:meth:`_try_take` for async callers (a shared budget's store is reached without
        blocking the event loop)."""
        return self._try_take()

    def release(self) -> None:
        """Give back a slot taken by :meth:`acquire`; it counts for a window from now."""
        now = self._clock()
        with self._lock:
            self._in_flight -= 1
            self._finished.append(now)

    async def arelease(self) -> None:
        """:meth:`release` for async callers."""
        self.release()

    def in_use(self) -> int:
        """Slots taken now (in flight, or finished within the window)."""
        now = self._clock()
        with self._lock:
            return self._in_flight + sum(1 for t in self._finished if t > now - self._span)


class BudgetTransport(httpx.BaseTransport):
    """Takes a budget slot around each request to ``origin`` (every request when None)."""

    def __init__(
        self, inner: httpx.BaseTransport, budget: RequestBudget, origin: str | None = None
    ) -> None:
        self.inner = inner
        self.budget = budget
        self.origin = origin

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.origin is not None and origin_of(request.url) != self.origin:
            return self.inner.handle_request(request)
        queued = time.monotonic()
        self.budget.acquire()
        if (waited := time.monotonic() - queued) > 0.001:
            extend(request, waited)  # pacing is not the server's slowness
        try:
            return self.inner.handle_request(request)
        finally:
            self.budget.release()

    def close(self) -> None:
        self.inner.close()


class AsyncBudgetTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`BudgetTransport`."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, budget: RequestBudget, origin: str | None = None
    ) -> None:
        self.inner = inner
        self.budget = budget
        self.origin = origin

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.origin is not None and origin_of(request.url) != self.origin:
            return await self.inner.handle_async_request(request)
        queued = time.monotonic()
        await self.budget.aacquire()
        if (waited := time.monotonic() - queued) > 0.001:
            extend(request, waited)  # pacing is not the server's slowness
        try:
            return await self.inner.handle_async_request(request)
        finally:
            await self.budget.arelease()

    async def aclose(self) -> None:
        await self.inner.aclose()
