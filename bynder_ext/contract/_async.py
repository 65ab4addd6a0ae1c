"""The guard's transport: checks each request, sends it with the transport it wraps, checks the
response. Written once, in ``_async.py``; ``_sync.py`` is generated from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ..client import Session
    from .guard import ContractGuard


class AsyncGuardTransport(httpx.AsyncBaseTransport):
    """``inner``, with every exchange the guard's business checked by ``guard``."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, guard: ContractGuard, session: Session
    ) -> None:
        self.inner = inner
        self.guard = guard
        self.session = session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        guard = self.guard
        checked = guard.check_request(request, self.session)  # raise mode: nothing is sent
        response = await self.inner.handle_async_request(request)
        if checked is None:
            return response
        body = None
        if guard.wants_body(response, request.method):
            try:
                body = response.content  # already in memory (an answer built from bytes)
            except httpx.ResponseNotRead:
                raw = bytearray()
                try:
                    async for chunk in response.aiter_raw():
                        raw += chunk
                finally:
                    await response.aclose()
                response, body = guard.replayable(response, bytes(raw), request)
        try:
            guard.check_response(checked, response, body, self.session)
        except BaseException:
            await response.aclose()  # raise mode: the answer goes nowhere, its connection back
            raise
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
