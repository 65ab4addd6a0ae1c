"""The overall deadline of a call: however slowly the server answers, a call ends.

httpx's timeouts apply to each read and write and it has no overall one, so every call through
``connect()``'s clients carries a :class:`Deadline` in its ``bynder_deadline`` extension, through
its token request, redirects, retries and the whole body; past it the call raises RequestTimeout.
Retries wait only when the time left allows; waiting for the request budget does not count.
"""

from __future__ import annotations

import math
import time
from typing import Any, Final

import httpx

from .errors import ConfigurationError

#: Seconds a call may take from start to end, unless ``connect(deadline=...)`` says otherwise.
DEFAULT_DEADLINE: Final = 300.0
#: Request extension holding the :class:`Deadline` of the call the request belongs to.
DEADLINE_EXTENSION: Final = "bynder_deadline"
#: Bytes per second a download is allowed at the least, beyond its deadline (64 KiB/s).
DOWNLOAD_MIN_RATE: Final = 64 * 1024
_PHASES: Final = ("connect", "read", "write", "pool")


def check_deadline(value: object, name: str = "deadline") -> float:
    """A deadline in seconds: a finite number > 0 (ConfigurationError otherwise)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < math.inf:
        raise ConfigurationError(f"{name} must be a finite number of seconds > 0, got {value!r}")
    return float(value)


class DeadlineExceeded(httpx.TimeoutException):
    """The call's overall deadline passed (the clients turn it into RequestTimeout)."""


class Deadline:
    """When (``time.monotonic()``) a call must be over, shared by every request of the call."""

    __slots__ = ("at", "seconds", "sized")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.sized = 0  # bytes already allowed for by allow_size

    def __repr__(self) -> str:
        return f"Deadline(seconds={self.seconds:g}, left={self.left():.3f})"

    def left(self) -> float:
        """Seconds left (negative once it has passed)."""
        return self.at - time.monotonic()

    def extend(self, seconds: float) -> None:
        """Push the deadline back by time that does not count (waiting for the budget)."""
        if seconds > 0:
            self.at += seconds

    def allow_size(self, size: int | None) -> None:
        """Allow a second more per :data:`DOWNLOAD_MIN_RATE` bytes of a ``size``-byte body (once
        per call, however many attempts announce it)."""
        if size is not None and size > self.sized:
            extra = (size - self.sized) / DOWNLOAD_MIN_RATE
            self.at += extra
            self.seconds += extra
            self.sized = size

    def exceeded(self, request: httpx.Request) -> DeadlineExceeded:
        """The error for a call that ran out of time."""
        return DeadlineExceeded(
            f"the call did not finish within its deadline of {self.seconds:.4g} s "
            "(connect(deadline=...) sets it)",
            request=request,
        )

    def check_timeout(self, exc: Exception, request: httpx.Request) -> None:
        """Raise DeadlineExceeded when the timeout ``exc`` came from this deadline; else return."""
        if isinstance(exc, DeadlineExceeded) or self.left() > 0:
            return
        cause = exc if isinstance(exc, httpx.TimeoutException) else None
        raise self.exceeded(request) from cause


def start(request: httpx.Request, seconds: float) -> Deadline:
    """The request's deadline: the one it already carries (its call's), or a new one."""
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    if not isinstance(deadline, Deadline):
        deadline = request.extensions[DEADLINE_EXTENSION] = Deadline(seconds)
    return deadline


def allows(request: httpx.Request, wait: float) -> bool:
    """Whether the request's call (if it has a deadline) still has time after ``wait`` seconds."""
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    return not isinstance(deadline, Deadline) or deadline.left() > wait


def extend(request: httpx.Request, seconds: float) -> None:
    """Push back the deadline of the request's call by ``seconds`` (if it has one)."""
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    if isinstance(deadline, Deadline):
        deadline.extend(seconds)


def begin(request: httpx.Request) -> tuple[Deadline, float] | None:
    """The deadline and the time left for an attempt, with the attempt's timeouts cut to that
    time; DeadlineExceeded when none is left, None for a request without a deadline."""
    extensions = request.extensions
    deadline = extensions.get(DEADLINE_EXTENSION)
    if deadline is None:
        return None
    left = deadline.at - time.monotonic()
    if left <= 0:
        raise deadline.exceeded(request)
    timeouts: dict[str, Any] = extensions.get("timeout") or {}
    cut = len(timeouts) < 4
    for value in timeouts.values():  # a loop, not any(): this runs for every request
        if value is None or value > left:
            cut = True
            break
    if cut:
        extensions["timeout"] = {
            phase: left if timeouts.get(phase) is None else min(timeouts[phase], left)
            for phase in _PHASES
        }
    return deadline, left
