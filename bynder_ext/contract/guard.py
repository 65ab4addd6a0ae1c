"""The contract guard: each request a connection sends and each response it gets, checked against
the spec as they pass (``connect(..., contract="warn")``, ``"raise"`` or a :class:`ContractGuard`).

Its transport sits under the retry and budget transports, so it sees every attempt. Portal
requests are checked, and S3 part uploads; ``warn`` logs each violation and keeps the latest;
``raise`` raises ContractViolationError before a bad request is sent or when a bad response
arrives. Response bodies are checked when JSON, XML or text of at most ``max_body`` bytes.
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

import attrs
import httpx

from ..errors import ConfigurationError, ContractViolationError, at_least, flag
from ._async import AsyncGuardTransport
from ._sync import GuardTransport
from .spec import Contract, SpecRequest, SpecResponse, Violation, own_servers, require_checker

if TYPE_CHECKING:
    from ..client import Session

__all__ = ["AsyncGuardTransport", "ContractGuard", "GuardTransport", "guard_of"]

Mode = Literal["warn", "raise"]
_TEXT_TYPES = ("json", "xml", "text/")


def _valid(ok: Callable[[Any], bool], message: str) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: ConfigurationError(``message`` formatted with the value) unless ok."""

    def check(_: object, __: object, value: object) -> None:
        if not ok(value):
            raise ConfigurationError(message.format(value))

    return check


def _logger(value: object) -> object:
    return logging.getLogger("bynder_ext.contract") if value is None else value


@attrs.define(eq=False, repr=False)
class ContractGuard:
    """Checks a connection's traffic against the spec (see the module docstring).

    - ``mode``: ``"warn"`` (log and keep) or ``"raise"`` (raise ContractViolationError);
    - ``logger``: where warnings go (default ``logging.getLogger("bynder_ext.contract")``);
    - ``keep``: how many of the latest violations ``violations`` holds;
    - ``max_body``: the largest response body read for checking, in bytes;
    - ``undocumented``: also report response fields the spec does not list;
    - ``on_violation``: called with each violation (after logging, before raising).
    """

    mode: Mode = attrs.field(
        default="warn",
        validator=_valid(
            lambda v: v in ("warn", "raise"), "contract mode must be 'warn' or 'raise', got {!r}"
        ),
    )
    logger: logging.Logger = attrs.field(
        default=None,
        kw_only=True,
        converter=_logger,
        validator=_valid(
            lambda v: isinstance(v, logging.Logger), "logger must be a logging.Logger"
        ),
    )
    keep: int = attrs.field(default=1000, kw_only=True, validator=at_least(0))
    max_body: int = attrs.field(default=8 << 20, kw_only=True, validator=at_least(0))
    undocumented: bool = attrs.field(default=False, kw_only=True, validator=flag)
    on_violation: Callable[[Violation], object] | None = attrs.field(
        default=None,
        kw_only=True,
        validator=_valid(lambda v: v is None or callable(v), "on_violation must be callable"),
    )
    violations: deque[Violation] = attrs.field(init=False)
    #: How many exchanges of each operation were checked (``METHOD /path`` for unknown ones).
    operations: Counter[str] = attrs.field(init=False, factory=Counter)
    contract: Contract = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        require_checker()
        self.violations = deque(maxlen=self.keep)
        self.contract = Contract.shared()  # built now: a missing spec fails at connect()

    def __repr__(self) -> str:
        return f"ContractGuard(mode={self.mode!r}, violations={len(self.violations)})"

    def transport(self, inner: httpx.BaseTransport, session: Session) -> GuardTransport:
        """``inner`` with every exchange checked (what ``connect()`` builds)."""
        return GuardTransport(inner, self, session)

    def async_transport(
        self, inner: httpx.AsyncBaseTransport, session: Session
    ) -> AsyncGuardTransport:
        """The async twin of :meth:`transport`."""
        return AsyncGuardTransport(inner, self, session)

    def check_request(self, request: httpx.Request, session: Session) -> SpecRequest | None:
        """Check ``request``; the request checked, or None when it is not the spec's business."""
        try:
            body: bytes | None = request.content
        except httpx.RequestNotRead:
            body = None  # a streamed body: the parameters are checked, not the body
        checked = SpecRequest.from_url(
            request.method, str(request.url), request.headers.multi_items(), body
        )
        operation = self.contract.operation_id(checked.method, checked.path)
        if not session.is_portal(request.url) and operation not in own_servers():
            return None
        self.operations[operation or f"{checked.method} {checked.path}"] += 1
        self._report(self.contract.check(checked, secrets=session.secrets()))
        return checked

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
        self, checked: SpecRequest, response: httpx.Response, body: bytes | None, session: Session
    ) -> None:
        """``body``: the decoded body, or None when it was not read."""
        answer = SpecResponse(response.status_code, response.headers.multi_items(), body)
        self._report(
            self.contract.check_response(
                checked, answer, undocumented=self.undocumented, secrets=session.secrets()
            )
        )

    @staticmethod
    def replayable(
        response: httpx.Response, raw: bytes, request: httpx.Request
    ) -> tuple[httpx.Response, bytes | None]:
        """A fresh, unread copy of ``response`` with ``raw`` (still encoded) as its body, and the
        body as the client will see it (gzip, deflate undone; None when it does not decode)."""
        fresh = httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            extensions=response.extensions,
            request=request,
        )
        try:
            return fresh, httpx.Response(200, headers=response.headers, content=raw).content
        except httpx.DecodingError:
            return fresh, None

    def _report(self, found: list[Violation]) -> None:
        for violation in found:
            self.violations.append(violation)
            self.logger.warning("contract: %s", violation)
            if self.on_violation is not None:
                self.on_violation(violation)
        if found and self.mode == "raise":
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
