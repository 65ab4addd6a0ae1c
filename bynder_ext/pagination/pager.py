"""The :class:`Pager` that ``iter_items`` and ``iter_pages`` return, and :func:`start`."""

from __future__ import annotations

import types
from collections.abc import Generator, Mapping
from typing import Any, Generic, TypeVar

from ..client import BynderClient, session_of
from ._async import AsyncFlow
from ._sync import Flow
from .core import Options, Paging, Walk, options, paging_of

T = TypeVar("T")


class Pager(Generic[T]):
    """The items (or, from ``iter_pages``, the pages) of a list operation, fetched page by page
    as they are consumed: an iterator for ``for`` and ``next()``, and an async iterator for
    ``async for`` (one or the other, once, like a generator).

    ``close()`` / ``aclose()`` end the iteration in progress (threads or tasks of a prefetch
    included); ``contextlib.closing`` and ``contextlib.aclosing`` work on a pager.
    """

    def __init__(
        self,
        module: types.ModuleType,
        paging: Paging,
        client: BynderClient,
        choice: Options,
        *,
        pages: bool = False,
    ) -> None:
        self._origin = session_of(client).origin  # a client from connect(), or TypeError
        self._paging = paging
        self._choice = choice
        self._pages = pages
        self._flow = Flow(module, client, choice)
        self._aflow = AsyncFlow(module, client, choice)
        self._running: Generator[Any, None, None] | None = None  # items or pages
        self._arunning: Any = None

    def _walk(self, *, add_total: bool = True) -> Walk:
        return Walk(self._paging, self._choice, self._origin, add_total=add_total)

    def _single(self) -> Walk:
        """A walk for one page, as the operation itself would return it: no total asked, and
        Bynder's own page size when none was chosen."""
        walk = self._walk(add_total=False)
        if self._choice.page_size is None:
            walk.limit = None
        return walk

    def _sync_flow(self) -> Generator[Any, None, None]:
        walk = self._walk()
        return self._flow.pages(walk) if self._pages else self._flow.items(walk)

    def __iter__(self) -> Pager[T]:
        return self

    def __next__(self) -> T:
        running = self._running
        if running is None:
            if self._arunning is not None:
                raise TypeError("this pager is being iterated with async for")
            running = self._running = self._sync_flow()
        item: T = next(running)
        return item

    def close(self) -> None:
        """End the sync iteration in progress."""
        if self._running is not None:
            self._running.close()

    def __aiter__(self) -> Pager[T]:
        return self

    async def __anext__(self) -> T:
        if self._arunning is None:
            if self._running is not None:
                raise TypeError("this pager is being iterated with for")
            walk = self._walk()
            self._arunning = self._aflow.pages(walk) if self._pages else self._aflow.items(walk)
        item: T = await self._arunning.__anext__()
        return item

    async def aclose(self) -> None:
        """End the async iteration in progress."""
        if self._arunning is not None:
            await self._arunning.aclose()

    def fetch(self, *, every_page: bool) -> list[T]:
        """Every item, or with ``every_page=False`` those of the first page only."""
        walk = self._walk() if every_page else self._single()
        return self._flow.fetch(walk, every_page=every_page)

    async def afetch(self, *, every_page: bool) -> list[T]:
        """The async twin of :meth:`fetch`."""
        walk = self._walk() if every_page else self._single()
        return await self._aflow.fetch(walk, every_page=every_page)


def start(
    table: Mapping[str, Paging],
    operation: object,
    client: BynderClient,
    *,
    pages: bool = False,
    page_size: object = None,
    start_page: object = 1,
    max_items: object = None,
    prefetch: object = 0,
    models: object = True,
    stable_order: object = False,
    params: Mapping[str, Any],
) -> Pager[Any]:
    """A :class:`Pager` for ``operation``, its arguments checked before any request."""
    module, paging = paging_of(operation, table)
    choice = options(
        paging,
        page_size=page_size,
        start_page=start_page,
        max_items=max_items,
        prefetch=prefetch,
        models=models,
        stable_order=stable_order,
        params=params,
    )
    return Pager(module, paging, client, choice, pages=pages)
