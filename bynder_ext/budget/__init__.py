"""Request budgets: at most ``requests`` requests to the portal in any ``window`` seconds.

:class:`RequestBudget` (the default of ``connect()``: 4,500 per 5 minutes) lives in memory and is
shared by the sync and async clients of a connection. Bynder counts requests per portal and
source address, so the worker processes of one integration, or machines behind one address, share
one budget through a store::

    budget = SQLiteBudget("/var/lib/sync/bynder-budget.sqlite", 4500, 300.0)
    budget = RedisBudget("redis://cache.internal:6379/0", 4500, 300.0, key="acme.bynder.com")
    client = connect("acme.bynder.com", auth=auth, budget=budget)

Every budget has the same semantics: a slot is taken before a request goes out and stays taken
while the request is in flight; when the answer arrives it counts for one window, widened by
``margin``, from that moment (the server saw the request no later than that), so however long
requests take on the way, no window of the server's ever holds more than ``requests``. Callers wait
for a free slot and never fail for want of one; async callers never block the event loop.

Shared slots are rows of a table (SQLite) or members of two sorted sets (Redis, updated by Lua
scripts so that taking and counting are one atomic step). A slot whose process died in flight
counts as finished ``lease`` seconds after it was taken (default: one window); ``lease`` must
exceed the longest request. A SQLite budget uses the machine's wall clock, a Redis budget the
server's ``TIME`` (machines with skewed clocks still agree). ``key`` separates the budgets of
several portals in one store. When the store cannot be reached the request fails with
:class:`BudgetUnavailable` rather than going out uncounted.

``core`` holds the accounting, ``_async.py`` (source of ``_sync.py``) the waits, ``budgets`` the
classes. Why not ``pyrate-limiter`` (4.5, which has SQLite and Redis buckets): an item gets one
timestamp when admitted, so a request cannot hold a slot while in flight and count from its answer
(latency could then put more than the budget into one server window); its Redis bucket uses each
machine's own clock; it sleeps with ``time.sleep``/``asyncio.sleep`` directly and starts a
background leak thread per bucket. What is needed is a deque and a lock, one SQL transaction and
two short Lua scripts.
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
