"""Waiting for a slot of a request budget (``_async.py`` is the source of ``_sync.py``)."""

from __future__ import annotations

from .._concurrency import asleep
from .core import BudgetBase


class AsyncWaits(BudgetBase):
    """``aacquire`` and ``arelease``: taking and giving back a slot."""

    async def aacquire(self) -> None:
        """Wait until a slot is free and take it."""
        while (wait := await self.atry_take()) > 0:
            self.waited += wait
            await asleep(wait, self.async_sleep)

    async def arelease(self) -> None:
        """Give back a slot taken by :meth:`aacquire`; it counts for a window from now."""
        await self.afinish()
