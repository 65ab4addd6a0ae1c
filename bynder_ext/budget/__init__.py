"""Request budgets: at most ``requests`` requests to the portal in any ``window`` seconds.

:class:`RequestBudget` (``connect()``'s default: 4,500 per 5 minutes) lives in memory; worker
processes or machines that share Bynder's budget share a :class:`SQLiteBudget` (one file) or a
:class:`RedisBudget`, with the same semantics: a slot is taken before a request goes out, held
while it is in flight, and counts for one window (widened by ``margin``) from when the answer
arrived, so no server window ever holds more than ``requests``. Callers wait, never fail, for a
slot; async callers never block the event loop. A slot whose process died counts as answered
``lease`` seconds after it was taken; SQLite times slots with the machine's clock, Redis with the
server's ``TIME``; ``key`` separates portals in one store; an unreachable store raises
:class:`BudgetUnavailable` rather than letting a request out uncounted.

``core`` holds the accounting, ``_async.py`` (source of ``_sync.py``) the waits, ``budgets`` the
classes. Why not ``pyrate-limiter``: an item is timed once, when admitted (latency could then put
more than the budget into one server window), its Redis bucket uses each machine's clock, and it
sleeps on its own and starts a leak thread per bucket.
"""

from __future__ import annotations

from .budgets import (
    TABLE,
    BudgetUnavailable,
    RedisBudget,
    RequestBudget,
    SharedBudget,
    SQLiteBudget,
)

__all__ = [
    "TABLE",
    "BudgetUnavailable",
    "RedisBudget",
    "RequestBudget",
    "SQLiteBudget",
    "SharedBudget",
]
