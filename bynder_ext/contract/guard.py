"""The contract guard: every request a client sends and every response it gets, checked against
the spec as they pass.

``connect(domain, auth=..., contract="warn")`` (or ``"raise"``, or a :class:`ContractGuard` of
your own) puts a :class:`GuardTransport` (sync) or :class:`AsyncGuardTransport` under the retry and
budget transports, so the guard sees every attempt: retries, the 401 before a token refresh, the
token request itself. Requests to the portal are checked against the operation their path names;
requests to other hosts only when they are the S3 part upload (the operation that has a server of
its own in the spec): downloads from signed URLs are not operations of the spec.

In ``warn`` mode each violation is logged at WARNING on the ``bynder_ext.contract`` logger, one
line each, and kept in ``guard.violations`` (the most recent ``keep``). In ``raise`` mode a request
that breaks the spec raises :class:`~bynder_ext.errors.ContractViolationError` before it is sent,
and a response that breaks it raises once it has arrived.

What is read: a request's body when httpx holds it in memory (a streamed upload is checked by its
parameters only); a response's body when it is JSON, XML or text of at most ``max_body`` bytes
(the guard reads it and hands the same bytes on, so streaming callers still get every byte); a
binary answer (a download) is checked by status, content type and headers. Messages are redacted
with the connection's secrets.

Off, the guard costs nothing: ``connect()`` imports this module only when ``contract`` is given,
and openapi-core only when the guard is built. ``make bench`` reports what it costs per call.
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Literal

import httpx

from ..errors import ConfigurationError, ContractViolationError
from .spec import Contract, SpecRequest, SpecResponse, Violation, load_spec, require_checker

if TYPE_CHECKING:
    from ..client import Session

__all__ = ["AsyncGuardTransport", "ContractGuard", "GuardTransport", "guard_of"]

Mode = Literal["warn", "raise"]
_TEXT_TYPES = ("json", "xml", "text/")
_logger = logging.getLogger("bynder_ext.contract")


class ContractGuard:
    """Checks a connection's traffic against the spec (see the module docstring).

    - ``mode``: ``"warn"`` (log and keep) or ``"raise"`` (raise ContractViolationError);
    - ``logger``: where warnings go (default ``logging.getLogger("bynder_ext.contract")``);
    - ``keep``: how many of the latest violations ``violations`` holds;
    - ``max_body``: the largest response body read for checking, in bytes;
    - ``undocumented``: also report response fields the spec does not list;
    - ``on_violation``: called with each violation (after logging, before raising).
    """

    def __init__(
        self,
        mode: Mode = "warn",
        *,
        logger: logging.Logger | None = None,
        keep: int = 1000,
        max_body: int = 8 << 20,
        undocumented: bool = False,
        on_violation: Callable[[Violation], object] | None = None,
    ) -> None:
        if mode not in ("warn", "raise"):
            raise ConfigurationError(f"contract mode must be 'warn' or 'raise', got {mode!r}")
        if logger is not None and not isinstance(logger, logging.Logger):
            raise ConfigurationError("logger must be a logging.Logger")
        if isinstance(keep, bool) or not isinstance(keep, int) or keep < 0:
            raise ConfigurationError(f"keep must be a number >= 0, got {keep!r}")
        if isinstance(max_body, bool) or not isinstance(max_body, int) or max_body < 0:
            raise ConfigurationError(f"max_body must be a number of bytes >= 0, got {max_body!r}")
        if on_violation is not None and not callable(on_violation):
            raise ConfigurationError("on_violation must be callable")
        require_checker()
        self.mode: Mode = mode
        self.logger = logger or _logger
        self.max_body = max_body
        self.undocumented = undocumented
        self.on_violation = on_violation
        self.violations: deque[Violation] = deque(maxlen=keep)
        #: How many exchanges of each operation were checked (``METHOD /path`` for unknown ones).
        self.operations: Counter[str] = Counter()
        self.contract = Contract.shared()  # built now: a missing spec fails at connect()
        self._own_servers = _operations_with_own_servers()

    def __repr__(self) -> str:
        return f"ContractGuard(mode={self.mode!r}, violations={len(self.violations)})"

    # -- wiring ---------------------------------------------------------------------------

    def transport(self, inner: httpx.BaseTransport, session: Session) -> GuardTransport:
        """``inner`` with every exchange checked (what ``connect()`` builds)."""
        return GuardTransport(inner, self, session)

    def async_transport(
        self, inner: httpx.AsyncBaseTransport, session: Session
    ) -> AsyncGuardTransport:
        """The async twin of :meth:`transport`."""
        return AsyncGuardTransport(inner, self, session)

    # -- checks ---------------------------------------------------------------------------

    def spec_request(self, request: httpx.Request, session: Session) -> SpecRequest | None:
        """The request to check, or None when it is not the spec's business (another host)."""
        try:
            body: bytes | None = request.content
        except httpx.RequestNotRead:
            body = None  # a streamed body: the parameters are checked, not the body
        spec_request = SpecRequest.from_url(
            request.method, str(request.url), request.headers.multi_items(), body
        )
        if session.is_portal(request.url):
            return spec_request
        operation = self.contract.operation(request.method, spec_request.path)
        if operation is None or operation.operation_id not in self._own_servers:
            return None
        return spec_request

    def check_request(self, spec_request: SpecRequest, session: Session) -> None:
        operation = self.contract.operation(spec_request.method, spec_request.path)
        self.operations[
            operation.operation_id if operation else f"{spec_request.method} {spec_request.path}"
        ] += 1
        self._report(self.contract.check(spec_request, secrets=session.secrets()))

    def wants_body(self, response: httpx.Response, method: str) -> bool:
        """Whether the response body is read for checking (small JSON, XML or text)."""
        if method == "HEAD" or response.status_code in (204, 304):
            return False
        content_type = response.headers.get("content-type", "").lower()
        if not any(kind in content_type for kind in _TEXT_TYPES):
            return False
        length = response.headers.get("content-length")
        return length is None or (length.isdigit() and int(length) <= self.max_body)

    def check_response(
        self,
        spec_request: SpecRequest,
        response: httpx.Response,
        body: bytes | None,
        session: Session,
    ) -> None:
        """``body``: the decoded body, or None when it was not read."""
        checked = SpecResponse(
            status=response.status_code, headers=response.headers.multi_items(), body=body
        )
        self._report(
            self.contract.check_response(
                spec_request, checked, undocumented=self.undocumented, secrets=session.secrets()
            )
        )

    def _report(self, found: Iterable[Violation]) -> None:
        found = list(found)
        if not found:
            return
        for violation in found:
            self.violations.append(violation)
            self.logger.warning("contract: %s", violation)
            if self.on_violation is not None:
                self.on_violation(violation)
        if self.mode == "raise":
            raise ContractViolationError(found)


def guard_of(contract: object) -> ContractGuard:
    """The guard for ``connect(contract=...)``: a mode name or a ContractGuard."""
    if isinstance(contract, ContractGuard):
        return contract
    if contract in ("warn", "raise"):
        return ContractGuard("warn" if contract == "warn" else "raise")
    raise ConfigurationError(
        f"contract must be 'warn', 'raise', a ContractGuard or None, got {contract!r}"
    )


def _operations_with_own_servers() -> frozenset[str]:
    """operationIds whose requests go to a server of their own (the S3 part upload)."""
    out = set()
    for item in load_spec().get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and (operation.get("servers") or item.get("servers")):
                out.add(str(operation.get("operationId")))
    return frozenset(out)


class GuardTransport(httpx.BaseTransport):
    """Checks each request, sends it with ``inner``, checks the response."""

    def __init__(self, inner: httpx.BaseTransport, guard: ContractGuard, session: Session) -> None:
        self.inner = inner
        self.guard = guard
        self.session = session

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        guard, session = self.guard, self.session
        spec_request = guard.spec_request(request, session)
        if spec_request is None:
            return self.inner.handle_request(request)
        guard.check_request(spec_request, session)
        response = self.inner.handle_request(request)
        body = None
        if guard.wants_body(response, request.method):
            try:
                body = response.content  # already in memory (an answer built from bytes)
            except httpx.ResponseNotRead:
                try:
                    raw = b"".join(response.iter_raw())
                finally:
                    response.close()
                response = _replayable(response, raw, request)
                body = _decoded(response, raw)
        try:
            guard.check_response(spec_request, response, body, session)
        except BaseException:
            response.close()  # raise mode: the answer goes nowhere, its connection back
            raise
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncGuardTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`GuardTransport`."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, guard: ContractGuard, session: Session
    ) -> None:
        self.inner = inner
        self.guard = guard
        self.session = session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        guard, session = self.guard, self.session
        spec_request = guard.spec_request(request, session)
        if spec_request is None:
            return await self.inner.handle_async_request(request)
        guard.check_request(spec_request, session)
        response = await self.inner.handle_async_request(request)
        body = None
        if guard.wants_body(response, request.method):
            try:
                body = response.content  # already in memory (an answer built from bytes)
            except httpx.ResponseNotRead:
                try:
                    raw = b"".join([chunk async for chunk in response.aiter_raw()])
                finally:
                    await response.aclose()
                response = _replayable(response, raw, request)
                body = _decoded(response, raw)
        try:
            guard.check_response(spec_request, response, body, session)
        except BaseException:
            await response.aclose()
            raise
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _decoded(response: httpx.Response, raw: bytes) -> bytes | None:
    """The body as the client will see it (gzip, deflate undone), without reading ``response``."""
    try:
        return httpx.Response(200, headers=response.headers, content=raw).content
    except httpx.DecodingError:
        return None


def _replayable(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    """A fresh, unread response with the same status, headers and (still encoded) body."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
        request=request,
    )
