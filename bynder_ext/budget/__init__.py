"""Request budgets: at most ``requests`` requests to the portal in any ``window`` seconds.

:class:`RequestBudget` (``connect()``'s default: 4,500 per 5 minutes) lives in memory; processes
or machines that share Bynder's budget share a :class:`SQLiteBudget` or a :class:`RedisBudget`.
A slot is taken before a request goes out and counts for one window (widened by ``margin``) from
when the answer arrived, so no server window holds more than ``requests``. Callers wait for a
slot, never fail; an unreachable store raises :class:`BudgetUnavailable` rather than letting a
request out uncounted.

Why not ``pyrate-limiter``: it times an item once, when admitted (latency could then put more than
the budget into one server window), its Redis bucket uses each machine's clock, and it sleeps on
its own and starts a leak thread per bucket.
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
