# Generated from bynder_ext/transport/_async.py by scripts/unasync.py: edit that file, not this one.
"""The transports of the stack ``connect()`` builds, async source of ``_sync.py``."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx

from .._concurrency import TimeLimit, sleep
from ..budget import RequestBudget
from ..deadline import Deadline, allows, begin, extend
from ..retry import RetryPolicy, policy_for
from .core import RETRIES_EXTENSION, log_retry, origin_of, prereads, replay_of


class RetryTransport(httpx.BaseTransport):
    """Sends a request again while its retry policy (``policy`` unless the request or a
    :func:`~bynder_ext.retry.retry_policy` block sets one) says so, the wait fits in the call's
    deadline and the body can be replayed."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = policy_for(request, self.policy)
        replay = replay_of(request)
        retries = 0
        while True:
            outcome: httpx.Response | Exception
            try:
                outcome = self.inner.handle_request(request)
                if retries < policy.max_retries and prereads(request, outcome, policy):
                    try:  # a connection dropped mid-body is then retried too
                        outcome.read()
                    except BaseException:
                        outcome.close()
                        raise
            except httpx.TransportError as exc:
                outcome = exc
            wait = policy.decide(retries, request.method, outcome)
            if wait is None or not allows(request, wait) or not replay():
                request.extensions[RETRIES_EXTENSION] = retries
                if isinstance(outcome, Exception):
                    raise outcome
                outcome.extensions[RETRIES_EXTENSION] = retries
                return outcome
            if isinstance(outcome, httpx.Response):
                outcome.close()
            retries += 1
            log_retry(request, outcome, wait, retries, policy)
            sleep(wait, policy.sleep)

    def close(self) -> None:
        self.inner.close()


class BudgetTransport(httpx.BaseTransport):
    """Holds a slot of ``budget`` while each request to ``origin`` (every request when None) is
    in flight; the wait for it does not count against the call's deadline."""

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


class DeadlineTransport(httpx.BaseTransport):
    """Keeps the deadline of each request that carries one (see :mod:`bynder_ext.deadline`)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        begun = begin(request)
        if begun is None:
            return self.inner.handle_request(request)
        deadline, left = begun
        try:
            with TimeLimit(left):
                response = self.inner.handle_request(request)
        except (TimeoutError, httpx.TimeoutException) as exc:
            deadline.check_timeout(exc, request)
            raise
        if deadline.left() <= 0:
            response.close()
            raise deadline.exceeded(request)
        if not isinstance(response.stream, httpx.ByteStream):  # bytes in memory need no watch
            response.stream = DeadlineStream(response.stream, deadline, request)
        return response

    def close(self) -> None:
        self.inner.close()


class DeadlineStream(httpx.SyncByteStream):
    """A response body that ends with DeadlineExceeded once its call's deadline passes."""

    def __init__(self, inner: Any, deadline: Deadline, request: httpx.Request) -> None:
        self.inner = inner
        self.deadline = deadline
        self.request = request

    def __iter__(self) -> Iterator[bytes]:
        deadline = self.deadline
        chunks = self.inner.__iter__()
        while True:
            try:
                with TimeLimit(max(deadline.left(), 0.0)):
                    chunk = chunks.__next__()
            except StopIteration:
                return
            except (TimeoutError, httpx.TimeoutException) as exc:
                deadline.check_timeout(exc, self.request)
                raise
            if deadline.left() <= 0:
                raise deadline.exceeded(self.request)
            yield chunk

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if callable(close):
            close()
