"""The httpx transports ``connect()`` stacks over the network, outermost first:
:class:`RetryTransport` (sends again when :meth:`RetryPolicy.decide
<bynder_ext.retry.RetryPolicy.decide>` says so, the body can be replayed and the deadline leaves
time; small or JSON answers are read inside the loop so a dropped body is retried too; the count
goes to ``extensions["bynder_retries"]``), :class:`BudgetTransport` (a budget slot per attempt to
the portal, none held while backing off) and :class:`DeadlineTransport` (the call's deadline).

``_async.py`` is the source, ``_sync.py`` its twin, ``core`` what needs no I/O. ``RetryPolicy``,
``RETRY_EXTENSION``, ``retry_policy`` and ``policy_for`` (:mod:`bynder_ext.retry`) and
``RequestBudget`` (:mod:`bynder_ext.budget`) are re-exported for older imports. Why not
``httpx-retries``: it cannot choose by method and status together, nor tell a connect error from
a read error, and it sleeps and reads the clock on its own.
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
