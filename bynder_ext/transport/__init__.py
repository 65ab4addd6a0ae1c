"""The httpx transports that ``connect()`` stacks over the network, outermost first:
``RetryTransport(BudgetTransport(DeadlineTransport(network)))`` and their async twins.

- :class:`RetryTransport` sends a request again when :meth:`RetryPolicy.decide
  <bynder_ext.retry.RetryPolicy.decide>` says so, the body can be replayed (bytes, forms, multipart
  over seekable files, seekable files rewound to where they started, or any body not read yet) and
  the call's deadline leaves time for the wait; small or JSON answers of idempotent requests are
  read inside the loop, so that a connection dropped mid-body is retried too. The number of retries
  is recorded as ``extensions["bynder_retries"]`` on the response (and on the request).
- :class:`BudgetTransport` takes a slot of a :class:`~bynder_ext.budget.RequestBudget` for every
  attempt to the portal (Bynder counts each one) and gives it back when the answer arrived; a retry
  backs off without holding one.
- :class:`DeadlineTransport` keeps the call's overall deadline (:mod:`bynder_ext.deadline`).

``_async.py`` is the source, ``_sync.py`` its generated twin; ``core`` holds what needs no I/O.
``RetryPolicy``, ``RETRY_EXTENSION``, ``retry_policy`` and ``policy_for`` live in
:mod:`bynder_ext.retry` and ``RequestBudget`` in :mod:`bynder_ext.budget`; they are re-exported here
for older imports.

Why not ``httpx-retries``: it chooses by method or by status, not by the pair, cannot tell a
connect error from a read error, clamps a long ``Retry-After`` instead of giving up, sleeps and
reads the clock on its own and logs whole URLs. Why not ``pyrate-limiter`` for the budget: see
:mod:`bynder_ext.budget`.
"""

from __future__ import annotations

from ..budget import RequestBudget
from ..retry import RETRY_EXTENSION, RetryPolicy, policy_for, retry_policy
from ._async import AsyncBudgetTransport, AsyncDeadlineTransport, AsyncRetryTransport
from ._sync import BudgetTransport, DeadlineTransport, RetryTransport
from .core import RETRIES_EXTENSION, origin_of, seekable

__all__ = [
    "RETRIES_EXTENSION",
    "RETRY_EXTENSION",
    "AsyncBudgetTransport",
    "AsyncDeadlineTransport",
    "AsyncRetryTransport",
    "BudgetTransport",
    "DeadlineTransport",
    "RequestBudget",
    "RetryPolicy",
    "RetryTransport",
    "origin_of",
    "policy_for",
    "retry_policy",
    "seekable",
]
