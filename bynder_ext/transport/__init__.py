"""The httpx transports ``connect()`` stacks over the network, outermost first:
:class:`RetryTransport` (sends again while the retry policy says so, the body can be replayed and
the deadline leaves time; small or JSON answers are read inside the loop so a dropped body is
retried too), :class:`BudgetTransport` (a budget slot per attempt to the portal) and
:class:`DeadlineTransport` (the call's deadline). The retry and budget names are re-exported for
older imports. Why not ``httpx-retries``: see :mod:`bynder_ext.retry`.
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
