"""The httpx clients that ``connect()`` builds (async source of ``_sync.py``)."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import httpx

from ..deadline import start as start_deadline
from ..errors import error_from_response, headers_checked, transport_error_from
from ..transport import AsyncBudgetTransport, AsyncDeadlineTransport, AsyncRetryTransport
from ..transport.core import REPLAY_EXTENSION, replay_mark
from .core import Context, checked, refuse_dot_segments, unbuildable


class AsyncBynderHTTPClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` for the portal (``portal=True``: base URL, auth, budget) or for
    other hosts, over the transport stack; ``send`` raises the typed errors and logs one line."""

    def __init__(self, *, session: Context, portal: bool) -> None:
        self.session = session
        self.portal = portal
        network = session.async_transport
        mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
        if network is None:
            network = httpx.AsyncHTTPTransport(**session.network_args)
            for pattern, proxy in session.proxies.items():
                mounts[pattern] = None
                if proxy is not None:
                    proxied = httpx.AsyncHTTPTransport(proxy=proxy, **session.network_args)
                    mounts[pattern] = self._stack(proxied)
        hooks = {name: list(functions) for name, functions in session.async_event_hooks.items()}
        hooks["response"] = [self._refuse_token_redirect, *hooks.get("response", [])]
        super().__init__(
            transport=self._stack(network),
            mounts=mounts,
            event_hooks=hooks,
            **session.client_kwargs(portal),
        )

    def _stack(self, network: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        session = self.session
        inner: httpx.AsyncBaseTransport = AsyncDeadlineTransport(network)
        if session.contract is not None:  # inside the retries: it sees every attempt
            inner = session.contract.async_transport(inner, session)  # type: ignore[arg-type]
        if self.portal and session.budget is not None:
            inner = AsyncBudgetTransport(inner, session.budget, session.origin)
        return AsyncRetryTransport(inner, session.retry)

    async def _refuse_token_redirect(self, response: httpx.Response) -> None:
        self.session.refuse_token_redirect(response)

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        if self.portal:
            refuse_dot_segments(url)
        headers = kwargs.get("headers")
        if headers:  # the client's own were checked when they were set
            headers_checked(headers, "request headers")
        try:
            request = super().build_request(method, url, **kwargs)
        except (httpx.InvalidURL, UnicodeEncodeError) as exc:
            raise unbuildable(exc) from None
        mark = replay_mark(kwargs.get("content"), kwargs.get("files"))
        if mark is not None:
            request.extensions = {**request.extensions, REPLAY_EXTENSION: mark}
        return request

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        session = self.session
        started = time.perf_counter()
        start_deadline(request, session.deadline)
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            session.log(request, exc, started)
            error = transport_error_from(exc, secrets=session.secrets())
            raise error from error.__cause__  # a redacted copy of exc
        session.log(request, response, started)
        if response.status_code >= 400 and session.should_raise(request):
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise error_from_response(
                response, secrets=session.secrets(), clock=session.retry.clock
            )
        if not kwargs.get("stream"):
            # httpx binds the stream to its response, to time the response when the stream closes:
            # a cycle only the cyclic collector frees, body included, and a timing that never
            # happens once the transports have read the body ahead. Read, it needs neither.
            response.stream = httpx.ByteStream(response.content)
            response.elapsed = timedelta(seconds=time.perf_counter() - started)
        return checked(response, session) if self.portal else response
