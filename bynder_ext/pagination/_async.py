"""Pagination's I/O: the requests of a :class:`~.core.Walk`, in sequence or prefetched.

Written once, in ``_async.py``; ``_sync.py`` is generated from it (threads where this uses
tasks). Each request is the one the generated operation sends (its module's ``request_kwargs``);
the answer is read by the module's ``parse_success`` into models, or with ``models=False`` decoded
here as JSON.
"""

from __future__ import annotations

import types
from collections import deque
from collections.abc import AsyncGenerator
from typing import Any

from .._concurrency import AsyncTask, AsyncTaskGroup
from ..client import BynderClient, raising_errors
from .core import Answer, Options, Page, Request, Walk, decoded, parsed


class AsyncFlow:
    """The pages of a list operation, fetched as they are consumed."""

    def __init__(self, module: types.ModuleType, client: BynderClient, choice: Options) -> None:
        self.module = module
        self.client = client
        self.choice = choice

    async def call(self, walk: Walk, request: Request) -> Answer:
        """Send one page's request and read its answer (typed errors raise, whatever the client)."""
        sent = self.module.request_kwargs(**walk.kwargs(request))
        with raising_errors():
            response = await self.client.get_async_httpx_client().request(**sent)
            if self.choice.models:
                return parsed(walk, request, self.module, self.client, response)
            return decoded(walk, request, response)

    async def pages(self, walk: Walk) -> AsyncGenerator[Page[Any], None]:
        """The non-empty pages, in order; prefetched once the walk knows how many there are."""
        request = walk.following()
        if request is None:
            return
        page = walk.accept(request, await self.call(walk, request))
        plan = walk.plan()  # known after the first page, or never
        if plan is None:
            while True:
                if page is not None:
                    yield page
                request = walk.following()
                if request is None:
                    return
                page = walk.accept(request, await self.call(walk, request))
        pending: deque[tuple[Request, AsyncTask]] = deque()
        numbers = iter(plan)
        async with AsyncTaskGroup(self.choice.prefetch, name="bynder-page") as group:

            def fill() -> None:
                while not walk.done and len(pending) < self.choice.prefetch:
                    number = next(numbers, None)
                    if number is None:
                        return
                    following = Request(number, number)
                    pending.append((following, group.start(self.call, walk, following)))

            fill()
            if page is not None:
                yield page
            while pending and not walk.done:
                following, task = pending.popleft()
                page = walk.accept(following, await task.result())
                fill()
                if page is not None:
                    yield page
            for _, task in pending:
                task.cancel()

    async def items(self, walk: Walk) -> AsyncGenerator[Any, None]:
        """The items of every page, in order."""
        pages = self.pages(walk)
        try:
            async for page in pages:
                for item in page.items:
                    yield item
        finally:
            await pages.aclose()

    async def fetch(self, walk: Walk, *, every_page: bool) -> list[Any]:
        """Every item from the walk's first page on, or only those of its first page."""
        if every_page:
            return [item async for page in self.pages(walk) for item in page.items]
        request = walk.following()
        if request is None:
            return []
        page = walk.accept(request, await self.call(walk, request))
        return [] if page is None else page.items
