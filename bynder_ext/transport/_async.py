"""The transports of the stack ``connect()`` builds, async source of ``_sync.py``."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import httpx

from .._concurrency import AsyncTimeLimit, asleep
from ..budget import RequestBudget
from ..deadline import Deadline, allows, begin, extend
from ..retry import RetryPolicy, policy_for
from .core import RETRIES_EXTENSION, log_retry, origin_of, prereads, replay_of


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Sends a request again while its retry policy (``policy`` unless the request or a
    :func:`~bynder_ext.retry.retry_policy` block sets one) says so, the wait fits in the call's
    deadline and the body can be replayed."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = policy_for(request, self.policy)
        replay = replay_of(request)
        retries = 0
        while True:
            outcome: httpx.Response | Exception
            try:
                outcome = await self.inner.handle_async_request(request)
                if retries < policy.max_retries and prereads(request, outcome, policy):
                    try:  # a connection dropped mid-body is then retried too
                        await outcome.aread()
                    except BaseException:
                        await outcome.aclose()
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
                await outcome.aclose()
            retries += 1
            log_retry(request, outcome, wait, retries, policy)
            await asleep(wait, policy.async_sleep)

    async def aclose(self) -> None:
        await self.inner.aclose()


class AsyncBudgetTransport(httpx.AsyncBaseTransport):
    """Holds a slot of ``budget`` while each request to ``origin`` (every request when None) is
    in flight; the wait for it does not count against the call's deadline."""

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


class AsyncDeadlineTransport(httpx.AsyncBaseTransport):
    """Keeps the deadline of each request that carries one (see :mod:`bynder_ext.deadline`)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        begun = begin(request)
        if begun is None:
            return await self.inner.handle_async_request(request)
        deadline, left = begun
        try:
            with AsyncTimeLimit(left):
                response = await self.inner.handle_async_request(request)
        except (TimeoutError, httpx.TimeoutException) as exc:
            deadline.check_timeout(exc, request)
            raise
        if deadline.left() <= 0:
            await response.aclose()
            raise deadline.exceeded(request)
        if not isinstance(response.stream, httpx.ByteStream):  # bytes in memory need no watch
            response.stream = AsyncDeadlineStream(response.stream, deadline, request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class AsyncDeadlineStream(httpx.AsyncByteStream):
    """A response body that ends with DeadlineExceeded once its call's deadline passes."""

    def __init__(self, inner: Any, deadline: Deadline, request: httpx.Request) -> None:
        self.inner = inner
        self.deadline = deadline
        self.request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        deadline = self.deadline
        chunks = self.inner.__aiter__()
        while True:
            try:
                with AsyncTimeLimit(max(deadline.left(), 0.0)):
                    chunk = await chunks.__anext__()
            except StopAsyncIteration:
                return
            except (TimeoutError, httpx.TimeoutException) as exc:
                deadline.check_timeout(exc, self.request)
                raise
            if deadline.left() <= 0:
                raise deadline.exceeded(self.request)
            yield chunk

    async def aclose(self) -> None:
        aclose = getattr(self.inner, "aclose", None)
        if callable(aclose):
            await aclose()
