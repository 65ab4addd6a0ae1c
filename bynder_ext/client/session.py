"""A connection's state and its httpx clients: :class:`Session`."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping

import httpx

from ..errors import headers_checked
from ._async import AsyncBynderHTTPClient
from ._sync import BynderHTTPClient
from .core import Context


class Session(Context):
    """A connection's state, shared by its sync and async clients: the settings of ``connect()``
    (``portal`` and ``origin``, ``auth``, ``retry``, ``budget``, ``timeout``, ``deadline``, ...) and
    the httpx clients, ``http`` and ``async_http`` for the portal, ``external`` and
    ``async_external`` for other hosts (S3: no auth, no budget, none of the portal's headers).
    """

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        self._lock = threading.Lock()
        self._external: BynderHTTPClient | None = None
        self._async_http = _LoopClients(lambda: AsyncBynderHTTPClient(session=self, portal=True))
        self._async_external = _LoopClients(
            lambda: AsyncBynderHTTPClient(session=self, portal=False)
        )
        self.http = BynderHTTPClient(session=self, portal=True)

    @property
    def async_http(self) -> AsyncBynderHTTPClient:
        """The portal's async client of the running event loop (built on first use there)."""
        return self._async_http.current()

    @property
    def external(self) -> BynderHTTPClient:
        """A sync client for other hosts (S3): no auth, no budget, the same transport and retries."""
        if self._external is None:
            with self._lock:
                if self._external is None:
                    self._external = BynderHTTPClient(session=self, portal=False)
        return self._external

    @property
    def async_external(self) -> AsyncBynderHTTPClient:
        """The async twin of :attr:`external` (one per event loop, as :attr:`async_http`)."""
        return self._async_external.current()

    def update_headers(self, headers: Mapping[str, str]) -> None:
        """Add headers to every portal request (not to external hosts)."""
        headers_checked(headers, "with_headers")
        self.headers.update(headers)
        for client in (self.http, *self._async_http.all()):
            client.headers.update(headers)

    def update_cookies(self, cookies: Mapping[str, str]) -> None:
        """Add cookies to every portal request."""
        self.cookies.update(cookies)
        for client in (self.http, *self._async_http.all()):
            client.cookies.update(dict(cookies))

    def update_timeout(self, timeout: httpx.Timeout) -> None:
        """Change the timeout of every client of this connection."""
        self.timeout = timeout  # checked by the field's converter
        clients = (self.http, self._external, *self._async_http.all(), *self._async_external.all())
        for client in clients:
            if client is not None:
                client.timeout = self.timeout

    def close(self) -> None:
        """Close the sync clients."""
        self.http.close()
        if self._external is not None:
            self._external.close()

    async def aclose(self) -> None:
        """Close the async clients of the running event loop."""
        for client in (*self._async_http.release(), *self._async_external.release()):
            await client.aclose()


class _LoopClients:
    """The async clients of one kind (portal or external), one per event loop: an
    ``httpx.AsyncClient``'s connections belong to the loop that opened them. The first loop takes
    the client built before any loop ran; clients of closed loops are dropped."""

    def __init__(self, build: Callable[[], AsyncBynderHTTPClient]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._unbound: AsyncBynderHTTPClient | None = None
        self._bound: dict[asyncio.AbstractEventLoop, AsyncBynderHTTPClient] = {}

    def current(self) -> AsyncBynderHTTPClient:
        loop = _running_loop()
        with self._lock:
            for old in [old for old in self._bound if old.is_closed()]:
                del self._bound[old]  # its connections died with it
            if loop is None:
                if self._unbound is None:
                    self._unbound = self._build()
                return self._unbound
            client = self._bound.get(loop)
            if client is None:
                client, self._unbound = self._unbound or self._build(), None
                self._bound[loop] = client
            return client

    def all(self) -> list[AsyncBynderHTTPClient]:
        with self._lock:
            return [*([self._unbound] if self._unbound is not None else []), *self._bound.values()]

    def release(self) -> list[AsyncBynderHTTPClient]:
        """Forget and return the clients the running loop may close (its own, and an unbound one)."""
        loop = _running_loop()
        with self._lock:
            released = [self._unbound] if self._unbound is not None else []
            self._unbound = None
            if loop is not None and loop in self._bound:
                released.append(self._bound.pop(loop))
            return released


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
