"""The request budget's accounting, without waiting: a sliding window of slots in memory."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable

from ..errors import ConfigurationError, int_at_least, non_negative

__all__ = ["BudgetBase"]


class BudgetBase:
    """The accounting of :class:`~bynder_ext.budget.RequestBudget`: a slot is held from
    :meth:`try_take` and counts for one window from :meth:`finish`."""

    def __init__(
        self,
        requests: int = 4500,
        window: float = 300.0,
        *,
        margin: float = 0.01,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        int_at_least(requests, "requests", 1)
        if non_negative(window, "window") == 0:
            raise ConfigurationError("window must be > 0 seconds")
        self.requests = requests
        self.window = float(window)
        self.margin = non_negative(margin, "margin")
        self._span = self.window * (1.0 + self.margin)
        self._clock = clock or time.monotonic
        self.sleep = sleep
        self.async_sleep = async_sleep
        self._lock = threading.Lock()
        self._finished: deque[float] = deque()
        self._in_flight = 0
        self.waited = 0.0

    def __repr__(self) -> str:
        return f"RequestBudget(requests={self.requests}, window={self.window:g}, margin={self.margin:g})"

    def try_take(self) -> float:
        """Take a slot and return 0, or return the seconds until one may be free."""
        now = self._clock()
        with self._lock:
            horizon = now - self._span
            finished = self._finished
            while finished and finished[0] <= horizon:
                finished.popleft()
            if self._in_flight + len(finished) < self.requests:
                self._in_flight += 1
                return 0.0
            oldest = finished[0] if finished else now
            return max(oldest + self._span - now, 1e-3)

    async def atry_take(self) -> float:
        """:meth:`try_take` for async callers (a shared store is reached off the event loop)."""
        return self.try_take()

    def finish(self) -> None:
        """Give back a slot: it counts for a window from now."""
        now = self._clock()
        with self._lock:
            self._in_flight -= 1
            self._finished.append(now)

    async def afinish(self) -> None:
        """:meth:`finish` for async callers."""
        self.finish()

    def in_use(self) -> int:
        """Slots taken now (in flight, or finished within the window)."""
        now = self._clock()
        with self._lock:
            return self._in_flight + sum(1 for t in self._finished if t > now - self._span)
