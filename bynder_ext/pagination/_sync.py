# Generated from bynder_ext/pagination/_async.py by scripts/unasync.py: edit that file, not this one.
"""Pagination's I/O: the requests of a :class:`~.core.Walk`, in sequence or prefetched.

Written once, in ``_async.py``; ``_sync.py`` is generated from it (threads where this uses
tasks). Requests go through the generated operation: ``sync_detailed`` when items are models,
and the module's ``request_kwargs`` (the request the operation sends, unsent) with the JSON
decoded here when ``models=False``.
"""

from __future__ import annotations

import types
from collections import deque
from collections.abc import Generator
from typing import Any

import httpx

from .._concurrency import Task, TaskGroup
from ..client import BynderClient, raising_errors
from ..errors import BynderError
from .core import UNPARSED, Answer, Options, Page, Request, Walk, decoded, unparsed


class Flow:
    """The pages of a list operation, fetched as they are consumed."""

    def __init__(self, module: types.ModuleType, client: BynderClient, choice: Options) -> None:
        self.module = module
        self.client = client
        self.choice = choice

    def call(self, walk: Walk, request: Request) -> Answer:
        """Send one page's request and read its answer (typed errors raise, whatever the client)."""
        kwargs = walk.kwargs(request)
        with raising_errors():
            if self.choice.models:
                try:
                    reply = self.module.sync_detailed(client=self.client, **kwargs)
                except BynderError:
                    raise
                except UNPARSED as exc:
                    raise unparsed(walk, request, exc) from exc
                return Answer(reply.status_code, httpx.Headers(reply.headers), reply.parsed)
            sent = self.module.request_kwargs(**kwargs)
            response = self.client.get_httpx_client().request(**sent)
        return decoded(walk, request, response)

    def pages(self, walk: Walk) -> Generator[Page[Any], None]:
        """The non-empty pages, in order; prefetched once the walk knows how many there are."""
        request = walk.following()
        if request is None:
            return
        page = walk.accept(request, self.call(walk, request))
        plan = walk.plan()  # known after the first page, or never
        if plan is None:
            while True:
                if page is not None:
                    yield page
                request = walk.following()
                if request is None:
                    return
                page = walk.accept(request, self.call(walk, request))
        pending: deque[tuple[Request, Task]] = deque()
        numbers = iter(plan)
        with TaskGroup(self.choice.prefetch, name="bynder-page") as group:

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
                page = walk.accept(following, task.result())
                fill()
                if page is not None:
                    yield page
            for _, task in pending:
                task.cancel()

    def items(self, walk: Walk) -> Generator[Any, None]:
        """The items of every page, in order."""
        pages = self.pages(walk)
        try:
            for page in pages:
                for item in page.items:
                    yield item
        finally:
            pages.close()

    def fetch(self, walk: Walk, *, every_page: bool) -> list[Any]:
        """Every item from the walk's first page on, or only those of its first page."""
        if every_page:
            return [item for page in self.pages(walk) for item in page.items]
        request = walk.following()
        if request is None:
            return []
        page = walk.accept(request, self.call(walk, request))
        return [] if page is None else page.items
