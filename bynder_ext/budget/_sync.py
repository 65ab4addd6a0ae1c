# Generated from bynder_ext/budget/_async.py by scripts/unasync.py: edit that file, not this one.
"""Waiting for a slot of a request budget (``_async.py`` is the source of ``_sync.py``)."""

from __future__ import annotations

from .._concurrency import sleep
from .core import BudgetBase


class Waits(BudgetBase):
    """``acquire`` and ``release``: taking and giving back a slot."""

    def acquire(self) -> None:
        """Wait until a slot is free and take it."""
        while (wait := self.try_take()) > 0:
            self.waited += wait
            sleep(wait, self.sleep)

    def release(self) -> None:
        """Give back a slot taken by :meth:`acquire`; it counts for a window from now."""
        self.finish()
