"""The probe's I/O: each planned request sent through the client, its answer recorded. Written
once, in ``_async.py``; ``_sync.py`` is generated from it."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Final

from ...client import RAISE_EXTENSION, Session, session_of
from ...errors import BynderError
from .plan import Answer, Call, Plan, ProbeOptions
from .report import ProbeReport

_NO_RAISE: Final = {RAISE_EXTENSION: False}


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
    for operation, call in plan.calls():
        sent = time.perf_counter()
        answer = await _get(plan.session, call)
        plan.record(operation, answer, time.perf_counter() - sent)
    return plan.report


async def _get(session: Session, call: Call) -> Answer:
    try:
        response = await session.async_http.get(call.path, params=call.params, extensions=_NO_RAISE)
    except BynderError as exc:
        return Answer(None, error=str(exc))
    return Answer(response, response.content)
