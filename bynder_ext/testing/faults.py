"""Fault injection and Bynder's request budget, per fake instance, changeable at run time.

Random choices come from one seeded RNG, so a seeded fake fails the same requests every run.
Request classes: "api" (portal calls), "token" (the OAuth endpoints), "s3" (part uploads) and
"download" (reading stored bytes from the S3 origin). `only`/`where` take class names or
operationIds.

    fake.faults.latency(api=0.02, s3=0.1)
    fake.faults.server_errors(rate=0.1, status=503, only="api")
    fake.faults.rate_limits(rate=0.1, retry_after=1)
    fake.faults.drop_connections(rate=0.2, where="s3")
    fake.faults.trickle(bytes_per_second=1, where="download")
    fake.faults.fail_processing(count=1)
    fake.faults.processing_delay(seconds=3.0, filenames=["*.mp4"])
    fake.faults.save_not_ready(count=2)
    fake.faults.budget(requests=4500, window=300)
    fake.faults.clear()
"""

from __future__ import annotations

import fnmatch
import random
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .messages import Drop

CLASSES = ("api", "token", "s3", "download")


def _selector(value: str | Iterable[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return None if value == "all" else frozenset({value})
    return frozenset(value)


@dataclass
class _Rule:
    rate: float
    only: frozenset[str] | None
    count: int | None
    status: int = 503
    retry_after: float | None = None
    phase: Drop = "request"
    fired: int = 0

    def applies(self, request_class: str, operation_id: str | None) -> bool:
        if self.count is not None and self.fired >= self.count:
            return False
        return self.only is None or request_class in self.only or operation_id in self.only


def _rate(rate: float | None, count: int | None) -> float:
    if rate is None:
        if count is None:
            raise ValueError("give a rate, a count, or both")
        return 1.0
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"rate must be within [0, 1], got {rate}")
    return rate


@dataclass
class Decision:
    """What the faults make of one request."""

    delay: float = 0.0
    status: int | None = None
    retry_after: float | None = None
    drop: Drop | None = None
    trickle: float = 0.0  # seconds between two bytes of the answer's body


@dataclass
class _ClientBudget:
    times: deque[float] = field(default_factory=deque)
    blocked_until: float | None = None


class Budget:
    """N requests per window per client; past it 429, and calls during the block extend it.

    Like the portal: the block is lifted only after a whole window passes with no request.
    """

    def __init__(self, requests: int, window: float, per: str, retry_after: bool) -> None:
        if requests < 1 or window <= 0:
            raise ValueError("budget needs requests >= 1 and window > 0")
        if per not in ("client", "token", "ip", "global"):
            raise ValueError("per must be 'client', 'token', 'ip' or 'global'")
        self.requests = requests
        self.window = window
        self.per = per
        self.retry_after = retry_after
        self.clients: dict[str, _ClientBudget] = {}
        self.rejected = 0

    def check(self, key: str, now: float) -> float | None:
        """None when the request may pass; otherwise the seconds left on the block."""
        state = self.clients.setdefault(key, _ClientBudget())
        if state.blocked_until is not None:
            if now < state.blocked_until:
                state.blocked_until = now + self.window
                self.rejected += 1
                return self.window
            state.blocked_until = None
            state.times.clear()
        cutoff = now - self.window
        while state.times and state.times[0] <= cutoff:
            state.times.popleft()
        if len(state.times) >= self.requests:
            state.blocked_until = now + self.window
            self.rejected += 1
            return self.window
        state.times.append(now)
        return None


class Faults:
    """The fault knobs of one fake. Every method returns self, so calls can be chained."""

    def __init__(self, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self.clear()

    def seed(self, seed: int | None) -> Faults:
        """Re-seed the RNG that decides which requests fail."""
        with self._lock:
            self._rng = random.Random(seed)
        return self

    def clear(self) -> Faults:
        """Remove every fault and the budget."""
        with self._lock:
            self.latencies: dict[str, float] = dict.fromkeys(CLASSES, 0.0)
            self._errors: list[_Rule] = []
            self._drops: list[_Rule] = []
            self._trickles: list[tuple[_Rule, float]] = []
            self.processing_failures: list[tuple[str, int | None, list[str]]] = []
            self.processing_polls = 0
            self.processing_seconds = 0.0
            self._processing_rules: list[tuple[list[str], int, float]] = []
            self.saves_not_ready = 0
            self.tokens_expire_at: float | None = None
            self.request_budget: Budget | None = None
        return self

    # -- knobs -------------------------------------------------------------------------------

    def latency(
        self,
        *,
        api: float | None = None,
        s3: float | None = None,
        token: float | None = None,
        download: float | None = None,
        every: float | None = None,
    ) -> Faults:
        """Seconds to wait before answering, per request class (`every` sets all classes)."""
        with self._lock:
            if every is not None:
                self.latencies = dict.fromkeys(CLASSES, float(every))
            for name, value in (("api", api), ("s3", s3), ("token", token), ("download", download)):
                if value is not None:
                    if value < 0:
                        raise ValueError("latency must be >= 0")
                    self.latencies[name] = float(value)
        return self

    def server_errors(
        self,
        rate: float | None = None,
        *,
        status: int = 503,
        only: str | Iterable[str] | None = None,
        count: int | None = None,
    ) -> Faults:
        """Answer `status` (5xx) to a `rate` of requests, or to the next `count` of them."""
        if not 500 <= status <= 599:
            raise ValueError("server_errors status must be 5xx")
        rule = _Rule(_rate(rate, count), _selector(only), count, status=status)
        with self._lock:
            self._errors.append(rule)
        return self

    def rate_limits(
        self,
        rate: float | None = None,
        *,
        retry_after: float | None = 1,
        only: str | Iterable[str] | None = None,
        count: int | None = None,
    ) -> Faults:
        """Answer 429 (with `Retry-After` unless it is None) to a `rate` or `count` of requests."""
        rule = _Rule(
            _rate(rate, count), _selector(only), count, status=429, retry_after=retry_after
        )
        with self._lock:
            self._errors.append(rule)
        return self

    def drop_connections(
        self,
        rate: float | None = None,
        *,
        where: str | Iterable[str] | None = "s3",
        phase: Drop = "request",
        count: int | None = None,
    ) -> Faults:
        """Break the connection mid-body: while the request body is being sent ("request", the
        request has no effect) or while the response body is read ("response", it had)."""
        if phase not in ("request", "response"):
            raise ValueError("phase must be 'request' or 'response'")
        rule = _Rule(_rate(rate, count), _selector(where), count, phase=phase)
        with self._lock:
            self._drops.append(rule)
        return self

    def trickle(
        self,
        bytes_per_second: float = 1.0,
        rate: float | None = None,
        *,
        where: str | Iterable[str] | None = None,
        count: int | None = None,
    ) -> Faults:
        """Send the body of an answer one byte at a time, `bytes_per_second` of them: a server
        that is alive but hopelessly slow (every read gets a byte, so no read ever times out).
        Applies to a `rate` or `count` of requests (every request when both are None)."""
        if not bytes_per_second > 0:
            raise ValueError("bytes_per_second must be > 0")
        rule = _Rule(
            _rate(rate, count) if (rate, count) != (None, None) else 1.0, _selector(where), count
        )
        with self._lock:
            self._trickles.append((rule, 1.0 / bytes_per_second))
        return self

    def fail_processing(self, count: int | None = 1, *, filenames: Iterable[str] = ()) -> Faults:
        """The next `count` finalised uploads (or those whose name matches a glob) fail."""
        with self._lock:
            self.processing_failures.append(("failed", count, list(filenames)))
        return self

    def reject_processing(self, count: int | None = 1, *, filenames: Iterable[str] = ()) -> Faults:
        """Like `fail_processing`, but the uploads end up in `itemsRejected`."""
        with self._lock:
            self.processing_failures.append(("rejected", count, list(filenames)))
        return self

    def processing_delay(
        self, *, polls: int = 0, seconds: float = 0.0, filenames: Iterable[str] = ()
    ) -> Faults:
        """An import is ready after `polls` poll calls and `seconds` on the fake's clock since it
        was finalised. With `filenames` (globs, e.g. `["*.mp4"]`) the delay is for the matching
        files only (the latest matching call wins); without, it is the delay of every other file.
        A file of the files service has no poll step: each save answered 303 counts as a poll."""
        if polls < 0 or seconds < 0:
            raise ValueError("processing_delay takes polls >= 0 and seconds >= 0")
        patterns = [filenames] if isinstance(filenames, str) else list(filenames)
        with self._lock:
            if patterns:
                self._processing_rules.append((patterns, polls, float(seconds)))
            else:
                self.processing_polls = polls
                self.processing_seconds = float(seconds)
        return self

    def processing_for(self, filename: str) -> tuple[int, float]:
        """(polls, seconds) an import of `filename` takes to be processed."""
        with self._lock:
            for patterns, polls, seconds in reversed(self._processing_rules):
                if any(fnmatch.fnmatch(filename, p) for p in patterns):
                    return polls, seconds
            return self.processing_polls, self.processing_seconds

    def save_not_ready(self, count: int = 1) -> Faults:
        """The next `count` saves of a processed upload answer 303 "please poll" all the same,
        although the poll already lists the import as done."""
        if count < 0:
            raise ValueError("count must be >= 0")
        with self._lock:
            self.saves_not_ready = count
        return self

    def expire_tokens_at(self, moment: float | None) -> Faults:
        """OAuth access tokens issued before `moment` (fake clock) stop working at `moment`."""
        with self._lock:
            self.tokens_expire_at = moment
        return self

    def budget(
        self,
        requests: int = 4500,
        window: float = 300.0,
        *,
        per: str = "client",
        retry_after: bool = False,
    ) -> Faults:
        """Enforce Bynder's request budget on portal calls: `requests` per `window` seconds per
        client ("client": OAuth client or permanent token; or "token", "ip", "global").
        The real portal sends no Retry-After; `retry_after=True` adds one."""
        with self._lock:
            self.request_budget = Budget(requests, window, per, retry_after)
        return self

    # -- decisions ---------------------------------------------------------------------------

    def decide(self, request_class: str, operation_id: str | None) -> Decision:
        """Latency, a trickled body, and an injected error status or a drop, for one request."""
        with self._lock:
            decision = Decision(delay=self.latencies.get(request_class, 0.0))
            for rule, interval in self._trickles:
                if rule.applies(request_class, operation_id) and self._rng.random() < rule.rate:
                    rule.fired += 1
                    decision.trickle = interval
                    break
            for rule in self._drops:
                if rule.applies(request_class, operation_id) and self._rng.random() < rule.rate:
                    rule.fired += 1
                    decision.drop = rule.phase
                    return decision
            for rule in self._errors:
                if rule.applies(request_class, operation_id) and self._rng.random() < rule.rate:
                    rule.fired += 1
                    decision.status = rule.status
                    decision.retry_after = rule.retry_after
                    return decision
            return decision

    def processing_outcome(self, filename: str) -> str:
        """ "done", "failed" or "rejected" for a newly finalised upload."""
        with self._lock:
            for index, (outcome, count, patterns) in enumerate(self.processing_failures):
                if patterns:
                    if any(fnmatch.fnmatch(filename, p) for p in patterns):
                        return outcome
                    continue
                if count is None:
                    return outcome
                if count > 0:
                    self.processing_failures[index] = (outcome, count - 1, patterns)
                    return outcome
            return "done"

    def take_save_not_ready(self) -> bool:
        """Whether this save is one of those `save_not_ready` turns away (it uses one up)."""
        with self._lock:
            if self.saves_not_ready <= 0:
                return False
            self.saves_not_ready -= 1
            return True

    def budget_check(self, key_for: Callable[[str], str], now: float) -> float | None:
        """Apply the budget (if any): None to pass, else the seconds the block has left."""
        with self._lock:
            if self.request_budget is None:
                return None
            return self.request_budget.check(key_for(self.request_budget.per), now)
