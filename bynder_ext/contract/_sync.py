# Generated from bynder_ext/contract/_async.py by scripts/unasync.py: edit that file, not this one.
"""The guard's transport: checks each request, sends it with the transport it wraps, checks the
response. Written once, in ``_async.py``; ``_sync.py`` is generated from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ..client import Session
    from .guard import ContractGuard


class GuardTransport(httpx.BaseTransport):
    """``inner``, with every exchange the guard's business checked by ``guard``."""

    def __init__(self, inner: httpx.BaseTransport, guard: ContractGuard, session: Session) -> None:
        self.inner = inner
        self.guard = guard
        self.session = session

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        guard = self.guard
        checked = guard.check_request(request, self.session)  # raise mode: nothing is sent
        response = self.inner.handle_request(request)
        if checked is None:
            return response
        body = None
        if guard.wants_body(response, request.method):
            try:
                body = response.content  # already in memory (an answer built from bytes)
            except httpx.ResponseNotRead:
                raw = bytearray()
                try:
                    for chunk in response.iter_raw():
                        raw += chunk
                finally:
                    response.close()
                response, body = guard.replayable(response, bytes(raw), request)
        try:
            guard.check_response(checked, response, body, self.session)
        except BaseException:
            response.close()  # raise mode: the answer goes nowhere, its connection back
            raise
        return response

    def close(self) -> None:
        self.inner.close()
