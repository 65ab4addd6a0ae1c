"""When to send a request again, and how long to wait first: the one retry decision.

:meth:`RetryPolicy.decide` answers the seconds to wait before the next attempt, or None to stop;
every retry loop of bynder_ext asks it, and waits with the policy's ``sleep``/``async_sleep``.
By default idempotent methods are retried on ``statuses``, timeouts and network errors, others
only on ``unsafe_statuses`` and on failures before the request left: Bynder has no idempotency
keys, and a replayed POST could create twice. A request's policy is its ``bynder_retry``
extension, else the innermost :func:`retry_policy` block's, else the client's.

Why not ``httpx-retries`` or ``tenacity``: the first cannot choose by method and status together
nor tell a connect error from a read error, and sleeps on its own; the second decorates calls
rather than answering a transport.
"""

from __future__ import annotations

import contextvars
import random as _random
import time
from collections.abc import Awaitable, Callable, Collection, Iterator
from contextlib import contextmanager
from typing import Any, Final, Literal

import attrs
import httpx

from .errors import ConfigurationError, at_least, flag, non_negative, parse_retry_after

#: Request extension that sets the retry policy of one request.
RETRY_EXTENSION: Final = "bynder_retry"
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})
UNSAFE_RETRY_STATUSES: Final = frozenset({429, 503})
#: The connector's Raw Request with ``use_exponential_backoff``: seconds before the first retry,
#: doubled for each retry, and the longest wait between two.
EXPONENTIAL_BACKOFF_BASE: Final = 1.0
EXPONENTIAL_BACKOFF_MAX: Final = 60.0
# Failures before any byte of the request was sent (safe to replay for any method), and failures
# worth retrying for idempotent methods.
NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
RETRYABLE_ERRORS: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def _seconds(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    non_negative(value, attribute.name)


def _retry_after(_: Any, __: Any, value: object) -> None:
    if value not in ("replaces", "at_least"):
        raise ConfigurationError(f"retry_after must be 'replaces' or 'at_least', got {value!r}")


def _callable(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not callable(value):
        raise ConfigurationError(f"{attribute.name} must be callable, got {value!r}")


def _statuses(value: object) -> frozenset[int]:
    if isinstance(value, str | bytes) or not isinstance(value, Collection):
        raise ConfigurationError("statuses must be a collection of HTTP status codes")
    for code in value:
        if isinstance(code, bool) or not isinstance(code, int) or not 100 <= code <= 599:
            raise ConfigurationError(f"statuses must hold HTTP status codes, got {code!r}")
    return frozenset(value)


def _methods(value: object) -> frozenset[str]:
    if (
        isinstance(value, str)
        or not isinstance(value, Collection)
        or not all(isinstance(method, str) for method in value)
    ):
        raise ConfigurationError("idempotent_methods must be a collection of method names")
    return frozenset(method.upper() for method in value)


@attrs.frozen
class RetryPolicy:
    """When and how long to wait before sending a failed request again.

    ``max_retries`` counts retries after the first attempt (0 disables retrying). The wait doubles
    from ``backoff_base`` up to ``backoff_max`` (``exponential=False``: always ``backoff_base``),
    shortened by up to 25 % at random with ``jitter``. A ``Retry-After`` replaces it (or is its
    minimum, ``retry_after="at_least"``); one beyond ``retry_after_cap`` stops. ``clock`` is Unix
    time, ``random`` a float in [0, 1). Bad values raise ConfigurationError.
    """

    max_retries: int = attrs.field(default=2, validator=at_least(0))
    backoff_base: float = attrs.field(default=0.5, validator=_seconds)
    backoff_max: float = attrs.field(default=8.0, validator=_seconds)
    exponential: bool = attrs.field(default=True, validator=flag)
    jitter: bool = attrs.field(default=True, validator=flag)
    retry_after: Literal["replaces", "at_least"] = attrs.field(
        default="replaces", validator=_retry_after
    )
    retry_after_cap: float = attrs.field(default=60.0, validator=_seconds)
    statuses: frozenset[int] = attrs.field(default=RETRY_STATUSES, converter=_statuses)
    unsafe_statuses: frozenset[int] = attrs.field(
        default=UNSAFE_RETRY_STATUSES, converter=_statuses
    )
    idempotent_methods: frozenset[str] = attrs.field(default=IDEMPOTENT_METHODS, converter=_methods)
    sleep: Callable[[float], None] | None = attrs.field(
        default=None, eq=False, repr=False, validator=_callable
    )
    async_sleep: Callable[[float], Awaitable[None]] | None = attrs.field(
        default=None, eq=False, repr=False, validator=_callable
    )
    clock: Callable[[], float] | None = attrs.field(
        default=None, eq=False, repr=False, validator=_callable
    )
    random: Callable[[], float] | None = attrs.field(
        default=None, eq=False, repr=False, validator=_callable
    )

    @classmethod
    def connector(
        cls,
        *,
        max_retry_count: int = 0,
        retry_delay_ms: float = 0,
        retry_on_all_errors: bool = False,
        use_exponential_backoff: bool = False,
        **rest: Any,
    ) -> RetryPolicy:
        """The connector's Raw Request options as a policy: ``max_retry_count`` retries of any
        method after a network error or a 5xx (>= 300 with ``retry_on_all_errors``), each after
        ``retry_delay_ms`` or 1, 2, 4, ... s up to 60 s, without jitter; ``Retry-After`` a minimum."""
        non_negative(retry_delay_ms, "retry_delay_ms")
        statuses = range(300 if retry_on_all_errors else 500, 600)
        return cls(
            max_retries=max_retry_count,
            backoff_base=EXPONENTIAL_BACKOFF_BASE
            if use_exponential_backoff
            else retry_delay_ms / 1000.0,
            backoff_max=EXPONENTIAL_BACKOFF_MAX,
            exponential=use_exponential_backoff,
            jitter=False,
            retry_after="at_least",
            statuses=statuses,
            unsafe_statuses=statuses,
            idempotent_methods=IDEMPOTENT_METHODS | {"POST", "PATCH"},
            **rest,
        )

    def is_idempotent(self, method: str) -> bool:
        """Whether replaying ``method`` cannot change the outcome."""
        return method.upper() in self.idempotent_methods

    def backoff(self, retries: int) -> float:
        """Seconds to wait before retry number ``retries + 1``, when no ``Retry-After`` says."""
        delay = self.backoff_base
        if self.exponential:
            delay = min(self.backoff_base * (2.0**retries), self.backoff_max)
        if self.jitter:
            delay *= 1.0 - 0.25 * (self.random or _random.random)()
        return delay

    def decide(
        self, retries: int, method: str, outcome: httpx.Response | BaseException
    ) -> float | None:
        """Seconds to wait before sending again after ``outcome`` (a response or the exception
        raised instead) and ``retries`` retries; None to stop."""
        if retries >= self.max_retries:
            return None
        if isinstance(outcome, BaseException):
            worth = isinstance(outcome, NOT_SENT_ERRORS) or (
                self.is_idempotent(method) and isinstance(outcome, RETRYABLE_ERRORS)
            )
            return self.backoff(retries) if worth else None
        statuses = self.statuses if self.is_idempotent(method) else self.unsafe_statuses
        if outcome.status_code not in statuses:
            return None
        backoff = self.backoff(retries)
        hint = parse_retry_after(outcome.headers.get("Retry-After"), (self.clock or time.time)())
        if hint is None:
            return backoff
        if hint > self.retry_after_cap:
            return None
        return max(hint, backoff) if self.retry_after == "at_least" else hint


_OVERRIDE: contextvars.ContextVar[tuple[RetryPolicy | None, dict[str, Any]] | None] = (
    contextvars.ContextVar("bynder_retry_override", default=None)
)


@contextmanager
def retry_policy(policy: RetryPolicy | None = None, /, **changes: Any) -> Iterator[None]:
    """Within the block, requests made in this thread or task use another retry policy.

    ``retry_policy(RetryPolicy(max_retries=5))`` replaces the client's policy;
    ``retry_policy(max_retries=0)`` changes fields of whichever policy the client has. Both forms
    combine. Generated calls honour it, since the transport reads it::

        with bynder_ext.retry_policy(max_retries=0):
            get_asset.sync(client=client, id=asset_id)
    """
    if policy is not None and not isinstance(policy, RetryPolicy):
        raise ConfigurationError(f"expected a RetryPolicy, got {type(policy).__name__}")
    attrs.evolve(policy or RetryPolicy(), **changes)  # validate now, not per request
    token = _OVERRIDE.set((policy, dict(changes)))
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


def policy_for(request: httpx.Request, default: RetryPolicy) -> RetryPolicy:
    """The retry policy that applies to ``request``."""
    explicit = request.extensions.get(RETRY_EXTENSION)
    if isinstance(explicit, RetryPolicy):
        return explicit
    override = _OVERRIDE.get()
    if override is None:
        return default
    base, changes = override
    policy = base or default
    return attrs.evolve(policy, **changes) if changes else policy
