"""The probe's I/O: each planned request sent through the client, its answer recorded. Written
once, in ``_async.py``; ``_sync.py`` is generated from it."""

from __future__ import annotations

import time
from collections.abc import Iterable

import httpx

from ...client import RAISE_EXTENSION, session_of
from ...errors import BynderError
from .plan import Plan, ProbeOptions
from .report import ProbeReport


async def aprobe(
    client: object,
    *,
    page_size: int = 3,
    max_requests: int = 200,
    include: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    undocumented: bool = True,
) -> ProbeReport:
    """Run the spec's read-only operations against the client's portal and check every answer.

    - ``page_size``: the ``limit`` of list requests (1 to 5);
    - ``max_requests``: the most requests to make (the operations after that are skipped);
    - ``include`` / ``exclude``: operationIds or tags to run, or to leave out;
    - ``undocumented``: report fields the spec does not list (drift to regenerate for).
    """
    options = ProbeOptions(page_size, max_requests, include, exclude, undocumented)
    plan = Plan(session_of(client), options)
    for operation, path, params in plan.calls():
        sent = time.perf_counter()
        answer: httpx.Response | str
        try:
            answer = await plan.session.async_http.get(
                path, params=params, extensions={RAISE_EXTENSION: False}
            )
        except BynderError as exc:
            answer = str(exc)
        plan.record(operation, answer, time.perf_counter() - sent)
    return plan.report
