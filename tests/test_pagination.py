"""Pagination over every list operation, against the fake Bynder, sync and async."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import itertools
import json
import math
import threading
import types
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx
import pytest
from bynder_client.api.assets import get_asset, list_assets
from bynder_client.api.campaigns import list_campaigns
from bynder_client.api.collections import list_collections
from bynder_client.api.jobs import list_jobs, list_jobs_by_campaign
from bynder_client.api.metaproperties import list_metaproperties
from bynder_client.api.orders import list_orders
from bynder_client.api.users import list_users

import bynder_ext
from bynder_ext import ConfigurationError, PermanentToken, RetryPolicy, ServerError, connect
from bynder_ext.pagination import (
    PAGING,
    Page,
    afetch_all,
    aiter_items,
    aiter_pages,
    fetch_all,
    iter_items,
    iter_pages,
)
from bynder_ext.retry import retry_policy
from bynder_ext.testing import FakeBynder

PORTAL = "https://portal.fake-bynder.test"
SIDES = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
MODELS = pytest.mark.parametrize("models", [True, False], ids=["models", "dicts"])


@pytest.fixture
def fake() -> Iterator[FakeBynder]:
    fake = FakeBynder(validate_responses=True)
    fake.seed(n_assets=23, n_collections=7, n_users=8, n_campaigns=2, n_jobs=11, n_orders=23)
    fake.reset_records()
    yield fake
    assert not fake.errors + fake.contract_violations


def client_for(
    fake: FakeBynder, transport: httpx.BaseTransport | None = None, **kwargs: Any
) -> bynder_ext.BynderClient:
    return connect(
        PORTAL,
        auth=PermanentToken(fake.permanent_token),
        transport=transport or fake.transport(),
        **kwargs,
    )


@pytest.fixture
def client(fake: FakeBynder) -> bynder_ext.BynderClient:
    return client_for(fake)


def pages_of(
    operation: Any, client: bynder_ext.BynderClient, is_async: bool, **kwargs: Any
) -> list[Page]:
    if not is_async:
        return list(iter_pages(operation, client=client, **kwargs))

    async def run() -> list[Page]:
        return [page async for page in aiter_pages(operation, client=client, **kwargs)]

    return asyncio.run(run())


def items_of(
    operation: Any, client: bynder_ext.BynderClient, is_async: bool, **kwargs: Any
) -> list[Any]:
    if not is_async:
        return list(iter_items(operation, client=client, **kwargs))

    async def run() -> list[Any]:
        return [item async for item in aiter_items(operation, client=client, **kwargs)]

    return asyncio.run(run())


def queries(fake: FakeBynder, operation_id: str) -> list[dict[str, str]]:
    return [r.query_dict() for r in fake.requests_for(operation_id)]


def ids(items: list[Any]) -> list[str]:
    return [item["id"] if isinstance(item, dict) else item.id for item in items]


# -- every list operation -------------------------------------------------------------------


def _campaign_with_most_jobs(fake: FakeBynder) -> str:
    counts = {c: sum(j.campaign_id == c for j in fake.jobs.values()) for c in fake.campaigns}
    return max(counts, key=lambda c: counts[c])


@dataclass
class Case:
    operation: ModuleType
    page_size: int | None
    expected: Callable[[FakeBynder], set[str]]
    params: Callable[[FakeBynder], dict[str, Any]] = field(default=lambda fake: {})
    size: int | None = None  # the page size in effect, when page_size is not given
    totals: bool = True  # whether Bynder reports a total for this operation
    paged: bool = True


CASES = {
    "assets": Case(list_assets, 5, lambda f: set(f.assets)),
    "collections": Case(list_collections, 3, lambda f: set(f.collections)),
    "users": Case(list_users, 4, lambda f: {u.id for u in f.users.values() if u.active}),
    "jobs": Case(list_jobs, 4, lambda f: set(f.jobs)),
    "jobs_by_campaign": Case(
        list_jobs_by_campaign,
        2,
        lambda f: {j.id for j in f.jobs.values() if j.campaign_id == _campaign_with_most_jobs(f)},
        params=lambda f: {"id": _campaign_with_most_jobs(f)},
    ),
    "orders": Case(list_orders, None, lambda f: set(f.orders), size=10, totals=False),
    "campaigns": Case(list_campaigns, None, lambda f: set(f.campaigns), paged=False),
}


@SIDES
@pytest.mark.parametrize("name", list(CASES))
def test_every_list_operation_across_pages(
    fake: FakeBynder, client: bynder_ext.BynderClient, name: str, is_async: bool
) -> None:
    case = CASES[name]
    expected = case.expected(fake)
    params = case.params(fake)
    pages = pages_of(case.operation, client, is_async, page_size=case.page_size, **params)

    got = [item.id for page in pages for item in page.items]
    assert sorted(got) == sorted(expected)
    assert len(got) == len(set(got))
    operation_id = case.operation.__name__.rsplit(".", 1)[-1]
    requests = fake.requests_for(operation_id)
    if not case.paged:
        assert len(pages) == 1
        assert len(requests) == 1
        return
    size = case.page_size or case.size
    assert size is not None
    assert len(expected) > size  # several pages
    assert [page.number for page in pages] == list(range(1, len(pages) + 1))
    assert all(len(page.items) == size for page in pages[:-1])
    assert len(pages) == math.ceil(len(expected) / size)
    if case.totals:
        assert all(page.total == len(expected) for page in pages)
        assert len(requests) == len(pages)  # the total says when to stop
    else:
        assert all(page.total is None for page in pages)
        assert len(requests) == len(pages) + (len(expected) % size == 0)
    assert [q.get("page") for q in queries(fake, operation_id)] == [
        str(n) for n in range(1, len(requests) + 1)
    ]


@pytest.mark.parametrize(
    ("operation", "params"),
    [(list_assets, {}), (list_collections, {}), (list_users, {}), (list_jobs, {})],
)
def test_items_come_in_the_order_of_one_big_page(
    client: bynder_ext.BynderClient, operation: Any, params: dict[str, Any]
) -> None:
    one_page = operation.sync_detailed(client=client, limit=1000, **params).parsed
    if not isinstance(one_page, list):
        one_page = getattr(one_page, "media", None) or one_page.collections
    assert ids(list(iter_items(operation, client=client, page_size=2, **params))) == ids(one_page)


# -- stopping ---------------------------------------------------------------------------------


def test_never_one_request_too_many_when_the_total_is_known(fake: FakeBynder) -> None:
    fake = FakeBynder()
    fake.seed(n_assets=20)
    client = client_for(fake)
    fake.reset_records()
    assert len(fetch_all(list_assets, client=client, page_size=5)) == 20
    assert len(fake.requests_for("list_assets")) == 4
    assert queries(fake, "list_assets")[0]["total"] == "true"

    # Without the total, only an empty page tells that 20 items were all.
    fake.reset_records()
    assert len(fetch_all(list_assets, client=client, page_size=5, total=False)) == 20
    assert len(fake.requests_for("list_assets")) == 5


@SIDES
def test_max_items(fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool) -> None:
    everything = ids(items_of(list_assets, client, False, page_size=5))
    fake.reset_records()
    got = items_of(list_assets, client, is_async, page_size=5, max_items=7)
    assert ids(got) == everything[:7]
    assert len(fake.requests_for("list_assets")) == 2

    fake.reset_records()
    pages = pages_of(list_assets, client, is_async, page_size=5, max_items=10)
    assert [len(p.items) for p in pages] == [5, 5]
    assert len(fake.requests_for("list_assets")) == 2  # not a third

    fake.reset_records()
    pages = pages_of(list_assets, client, is_async, page_size=5, max_items=12)
    assert [len(p.items) for p in pages] == [5, 5, 2]  # the last page is trimmed

    fake.reset_records()
    assert items_of(list_assets, client, is_async, max_items=0) == []
    assert fake.requests_for("list_assets") == []


@SIDES
def test_start_page(fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool) -> None:
    everything = ids(items_of(list_assets, client, False, page_size=5))
    fake.reset_records()
    pages = pages_of(list_assets, client, is_async, page_size=5, start_page=3)
    assert [p.number for p in pages] == [3, 4, 5]
    assert ids([i for p in pages for i in p.items]) == everything[10:]
    assert len(fake.requests_for("list_assets")) == 3

    fake.reset_records()
    assert pages_of(list_assets, client, is_async, page_size=5, start_page=9) == []
    assert len(fake.requests_for("list_assets")) == 1


@SIDES
def test_short_and_empty_pages(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    # 23 assets in pages of 5: the short fifth page ends it, even without a total.
    pages = pages_of(list_assets, client, is_async, page_size=5, total=False)
    assert [len(p.items) for p in pages] == [5, 5, 5, 5, 3]
    assert len(fake.requests_for("list_assets")) == 5

    # Nothing matches: one empty page, nothing yielded.
    fake.reset_records()
    assert pages_of(list_assets, client, is_async, keyword="no-such-asset-anywhere") == []
    assert len(fake.requests_for("list_assets")) == 1

    # Orders have no total: an empty page ends a list whose size is a multiple of 10.
    for order_id in list(fake.orders)[20:]:
        del fake.orders[order_id]
    fake.reset_records()
    pages = pages_of(list_orders, client, is_async)
    assert [len(p.items) for p in pages] == [10, 10]
    assert len(fake.requests_for("list_orders")) == 3


def test_the_callers_count_and_total_choice_is_kept(
    fake: FakeBynder, client: bynder_ext.BynderClient
) -> None:
    pages = list(iter_pages(list_assets, client=client, page_size=10, count=True))
    assert [p.total for p in pages] == [23, 23, 23]
    sent = queries(fake, "list_assets")
    assert [q["count"] for q in sent] == ["true"] * 3
    assert all(q.get("total") == "false" for q in sent)

    fake.reset_records()
    pages = list(iter_pages(list_assets, client=client, page_size=10, total=False))
    assert [p.total for p in pages] == [None, None, None]
    assert [q["total"] for q in queries(fake, "list_assets")] == ["false"] * 3


def test_collections_ask_for_the_count_on_the_first_page_only(
    fake: FakeBynder, client: bynder_ext.BynderClient
) -> None:
    pages = list(iter_pages(list_collections, client=client, page_size=3))
    assert [p.total for p in pages] == [7, 7, 7]
    assert [q["count"] for q in queries(fake, "list_collections")] == ["true", "false", "false"]


@MODELS
def test_x_pagination_limit_below_the_page_size_is_followed(models: bool) -> None:
    """A server that serves fewer items per page than asked says so in X-Pagination-Limit."""
    users = [{"id": f"u{n}", "username": f"user{n}"} for n in range(7)]
    seen: list[httpx.QueryParams] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params)
        page = int(request.url.params["page"])
        served = users[(page - 1) * 3 : page * 3]
        headers = {"X-Pagination-TotalRecords": "7", "X-Pagination-Limit": "3"}
        return httpx.Response(200, json=served, headers=headers)

    client = connect(PORTAL, auth=PermanentToken("t" * 20), transport=httpx.MockTransport(handler))
    got = ids(list(iter_items(list_users, client=client, page_size=50, models=models)))
    assert got == [u["id"] for u in users]
    assert [p["page"] for p in seen] == ["1", "2", "3"]
    assert all(p["limit"] == "50" for p in seen)


def test_a_list_value_for_a_comma_separated_parameter_is_joined(
    fake: FakeBynder, client: bynder_ext.BynderClient
) -> None:
    wanted = list(fake.assets)[:3]
    got = ids(list(iter_items(list_assets, client=client, ids=wanted)))
    assert sorted(got) == sorted(wanted)
    assert queries(fake, "list_assets")[0]["ids"] == ",".join(wanted)


# -- fetch_all --------------------------------------------------------------------------------


@SIDES
def test_fetch_all(fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool) -> None:
    def run(**kwargs: Any) -> list[Any]:
        if is_async:
            return asyncio.run(afetch_all(list_assets, client=client, **kwargs))
        return fetch_all(list_assets, client=client, **kwargs)

    assert sorted(ids(run(page_size=10))) == sorted(fake.assets)
    assert len(fake.requests_for("list_assets")) == 3

    # Fetch All off: the one page asked for, as the operation returns it.
    fake.reset_records()
    one = run(fetch_all=False, start_page=2, page_size=4)
    assert ids(one) == ids(fetch_all(list_assets, client=client, page_size=23))[4:8]
    assert queries(fake, "list_assets")[0] == {
        "page": "2",
        "limit": "4",
        "count": "false",
        "total": "false",
    }

    fake.reset_records()
    assert len(run(fetch_all=False)) == 23  # Bynder's default page size (50)
    assert queries(fake, "list_assets")[0]["limit"] == "50"


def test_fetch_all_defaults_to_every_page(
    fake: FakeBynder, client: bynder_ext.BynderClient
) -> None:
    assert len(fetch_all(list_collections, client=client, page_size=2)) == len(fake.collections)
    assert len(fake.requests_for("list_collections")) == 4


# -- prefetch ---------------------------------------------------------------------------------


@SIDES
@pytest.mark.parametrize("operation", [list_assets, list_users, list_collections, list_jobs])
def test_prefetch_yields_the_sequential_sequence(
    fake: FakeBynder, client: bynder_ext.BynderClient, operation: Any, is_async: bool
) -> None:
    sequential = pages_of(operation, client, False, page_size=2)
    operation_id = operation.__name__.rsplit(".", 1)[-1]
    fake.reset_records()
    prefetched = pages_of(operation, client, is_async, page_size=2, prefetch=3)
    assert [(p.number, ids(p.items), p.total) for p in prefetched] == [
        (p.number, ids(p.items), p.total) for p in sequential
    ]
    assert len(fake.requests_for(operation_id)) == len(sequential)


class Concurrency(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Forwards to the fake and measures how many asset pages are in flight at once. The first
    `parties` pages after the first wait for each other: they pass only if sent together."""

    def __init__(self, fake: FakeBynder, parties: int) -> None:
        self.inner = fake.transport()
        self.parties = parties
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most = 0
        self.waiting = 0
        self.barrier = threading.Barrier(parties, timeout=10)
        self.abarrier: asyncio.Barrier | None = None

    def _enter(self, request: httpx.Request) -> bool:
        with self.lock:
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
            page = request.url.params.get("page", "1")
            wait = page != "1" and self.waiting < self.parties
            self.waiting += wait
            return wait

    def _leave(self) -> None:
        with self.lock:
            self.in_flight -= 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            if self._enter(request):
                self.barrier.wait()
            return self.inner.handle_request(request)
        finally:
            self._leave()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.abarrier is None:
            self.abarrier = asyncio.Barrier(self.parties)
        try:
            if self._enter(request):
                await asyncio.wait_for(self.abarrier.wait(), 10)
            return await self.inner.handle_async_request(request)
        finally:
            self._leave()


@SIDES
def test_prefetch_has_several_pages_in_flight_and_no_more_than_the_window(
    fake: FakeBynder, is_async: bool
) -> None:
    transport = Concurrency(fake, parties=3)
    client = client_for(fake, transport)
    pages = pages_of(list_assets, client, is_async, page_size=2, prefetch=3)
    assert len(pages) == 12
    assert transport.most == 3  # the three pages after the first went out together, no more


@SIDES
def test_prefetch_holds_at_most_the_window_ahead_of_the_consumer(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    fake.faults.latency(api=0.005)
    ahead: list[int] = []

    def fetched() -> int:
        return len(fake.requests_for("list_assets"))

    if is_async:

        async def run() -> None:
            async for page in aiter_pages(list_assets, client=client, page_size=2, prefetch=2):
                ahead.append(fetched() - page.number)
                await asyncio.sleep(0.01)

        asyncio.run(run())
    else:
        for page in iter_pages(list_assets, client=client, page_size=2, prefetch=2):
            ahead.append(fetched() - page.number)
            threading.Event().wait(0.01)
    assert len(ahead) == 12
    assert max(ahead) <= 2
    assert fetched() == 12


@SIDES
def test_prefetch_frees_each_page_once_the_consumer_moves_past_it(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    # Memory stays flat in the number of items: an old page is kept by nothing but, at most, the
    # prefetch window (a finished task leaves its group when the event loop next turns).
    alive: list[int] = []
    first: list[weakref.ref[Any]] = []  # page 2's items: the first prefetched page

    def see(page: Page) -> None:
        if page.number == 2:
            first.extend(weakref.ref(item) for item in page.items)
        gc.collect()
        alive.append(sum(ref() is not None for ref in first))

    if is_async:

        async def run() -> None:
            async for page in aiter_pages(list_assets, client=client, page_size=2, prefetch=3):
                see(page)
                del page

        asyncio.run(run())
    else:
        for page in iter_pages(list_assets, client=client, page_size=2, prefetch=3):
            see(page)
            del page
    assert len(alive) == 12
    assert alive[1] == 2  # page 2's items, while it is being read
    assert alive[1 + 3 :] == [0] * 8  # gone once the consumer is a window past it


# -- errors -----------------------------------------------------------------------------------


@MODELS
@SIDES
def test_an_error_on_a_page_surfaces(fake: FakeBynder, is_async: bool, models: bool) -> None:
    client = client_for(fake, retry=None)
    got: list[Any] = []

    def take(item: Any) -> None:
        got.append(item)
        if len(got) == 5:
            fake.faults.server_errors(count=1, status=500, only="list_assets")

    async def consume_async() -> None:
        async for item in aiter_items(list_assets, client=client, page_size=5, models=models):
            take(item)

    def consume() -> None:
        if is_async:
            asyncio.run(consume_async())
        else:
            for item in iter_items(list_assets, client=client, page_size=5, models=models):
                take(item)

    with pytest.raises(ServerError) as caught:
        consume()
    assert len(got) == 5
    assert caught.value.status_code == 500
    assert [r.status for r in fake.requests_for("list_assets")] == [200, 500]


@MODELS
@SIDES
def test_an_error_on_a_page_raises_even_when_the_client_does_not(
    fake: FakeBynder, is_async: bool, models: bool
) -> None:
    client = client_for(fake, retry=None, raise_errors=False)
    fake.faults.server_errors(count=1, status=502, only="list_assets")
    with pytest.raises(ServerError) as caught:
        items_of(list_assets, client, is_async, page_size=5, models=models)
    assert caught.value.status_code == 502
    assert "/api/v4/media/" in caught.value.url
    assert "page=1" in caught.value.url


class FailPage(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Forwards to the fake, except that asset page `page` fails (`times` times) with a 503."""

    def __init__(self, fake: FakeBynder, page: int, times: int = 1_000) -> None:
        self.inner = fake.transport()
        self.page = str(page)
        self.times = times
        self.failed = 0

    def _fails(self, request: httpx.Request) -> bool:
        if request.url.params.get("page") == self.page and self.failed < self.times:
            self.failed += 1
            return True
        return False

    @staticmethod
    def _error(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, json={"message": "injected", "statuscode": 503}, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._fails(request):
            return self._error(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._fails(request):
            return self._error(request)
        return await self.inner.handle_async_request(request)


def _page_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("bynder-page")]


@MODELS
def test_an_error_on_a_prefetched_page_surfaces_in_order_and_cleans_up(
    fake: FakeBynder, models: bool
) -> None:
    client = client_for(fake, FailPage(fake, page=3), retry=None)
    got: list[int] = []
    pages = iter_pages(list_assets, client=client, page_size=2, prefetch=4, models=models)
    with pytest.raises(ServerError, match="injected"):
        got.extend(page.number for page in pages)
    assert got == [1, 2]
    assert _page_threads() == []


@MODELS
async def test_an_error_on_a_prefetched_page_surfaces_in_order_and_cleans_up_async(
    fake: FakeBynder, models: bool
) -> None:
    client = client_for(fake, FailPage(fake, page=3), retry=None)
    got: list[int] = []

    async def collect() -> None:
        async for page in aiter_pages(
            list_assets, client=client, page_size=2, prefetch=4, models=models
        ):
            got.append(page.number)

    with pytest.raises(ServerError, match="injected"):
        await collect()
    assert got == [1, 2]
    assert asyncio.all_tasks() == {asyncio.current_task()}


def test_leaving_a_prefetching_iterator_early_ends_its_threads(
    client: bynder_ext.BynderClient,
) -> None:
    pages = iter_pages(list_assets, client=client, page_size=2, prefetch=4)
    assert next(pages).number == 1
    assert _page_threads() != []
    pages.close()
    assert _page_threads() == []


async def test_leaving_an_async_prefetching_iterator_early_cancels_its_tasks(
    client: bynder_ext.BynderClient,
) -> None:
    async with contextlib.aclosing(
        aiter_items(list_assets, client=client, page_size=2, prefetch=4)
    ) as items:
        async for _ in items:
            assert len(asyncio.all_tasks()) > 1
            break
    assert asyncio.all_tasks() == {asyncio.current_task()}


@MODELS
def test_prefetch_threads_keep_the_callers_retry_policy(fake: FakeBynder, models: bool) -> None:
    patient = RetryPolicy(max_retries=2, sleep=lambda seconds: None)
    client = client_for(fake, FailPage(fake, page=3, times=1), retry=patient)
    items = iter_items(list_assets, client=client, page_size=2, prefetch=3, models=models)
    assert len(list(items)) == 23

    client = client_for(fake, FailPage(fake, page=3, times=1), retry=patient)
    with retry_policy(max_retries=0), pytest.raises(ServerError):
        list(iter_items(list_assets, client=client, page_size=2, prefetch=3, models=models))


# -- bad arguments ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "kwargs", "message"),
    [
        (list_assets, {"page_size": 0}, "page_size"),
        (list_assets, {"page_size": 1001}, "1..1000"),
        (list_collections, {"page_size": 1001}, "1..1000"),
        (list_assets, {"page_size": True}, "page_size"),
        (list_assets, {"page_size": "10"}, "page_size"),
        (list_assets, {"start_page": 0}, "start_page"),
        (list_assets, {"max_items": -1}, "max_items"),
        (list_assets, {"prefetch": -1}, "prefetch"),
        (list_assets, {"prefetch": 33}, "at most 32"),
        (list_assets, {"colour": "red"}, "no parameter 'colour'"),
        (list_assets, {"page": 2}, "start_page="),
        (list_assets, {"limit": 10}, "page_size="),
        (list_assets, {"models": "no"}, "models must be True or False"),
        (list_assets, {"models": None}, "models must be True or False"),
        (list_assets, {"ids": ["a", 1]}, "list of strings"),
        (list_jobs_by_campaign, {}, "needs id"),
        (list_orders, {"page_size": 20}, "fixed page size of 10"),
        (list_campaigns, {"page_size": 5}, "not paged"),
        (list_campaigns, {"start_page": 2}, "not paged"),
        (get_asset, {"id": "x"}, "not a list operation"),
        (list_metaproperties, {}, "not a list operation"),
        (get_asset.sync_detailed, {"id": "x"}, "not a list operation"),
        (lambda **kw: [], {}, "generated"),
        ("list_assets", {}, "generated list operation"),
        (pytest, {}, "not a generated operation"),
    ],
)
@SIDES
def test_bad_arguments_raise_before_any_request(
    fake: FakeBynder,
    client: bynder_ext.BynderClient,
    operation: Any,
    kwargs: dict[str, Any],
    message: str,
    is_async: bool,
) -> None:
    iterate = aiter_items if is_async else iter_items
    with pytest.raises(ConfigurationError, match=message):
        iterate(operation, client=client, **kwargs)
    with pytest.raises(ConfigurationError, match=message):
        fetch_all(operation, client=client, **kwargs)
    with pytest.raises(ConfigurationError, match=message):
        iter_pages(operation, client=client, **kwargs)
    assert list(fake.requests) == []


def test_a_client_not_built_by_connect_is_refused() -> None:
    from bynder_client import AuthenticatedClient

    with pytest.raises(TypeError, match="connect"):
        iter_items(list_assets, client=AuthenticatedClient(PORTAL, token="t"))  # type: ignore[arg-type]


def test_the_operation_may_be_given_as_any_of_its_functions(
    fake: FakeBynder, client: bynder_ext.BynderClient
) -> None:
    for operation in (list_assets, list_assets.sync_detailed, list_assets.asyncio_detailed):
        assert len(list(iter_items(operation, client=client))) == 23


def test_iteration_is_lazy(fake: FakeBynder, client: bynder_ext.BynderClient) -> None:
    items = iter_items(list_assets, client=client, page_size=5)
    assert fake.requests_for("list_assets") == []
    list(itertools.islice(items, 6))
    assert len(fake.requests_for("list_assets")) == 2


# -- a success that is not a page --------------------------------------------------------------


@MODELS
def test_a_success_that_is_not_a_page_raises(models: bool) -> None:
    from bynder_ext import UnexpectedResponse

    with pytest.raises(UnexpectedResponse, match="not a list of items"):
        list(iter_items(list_assets, client=_answering(b'"just a string"'), models=models))


def test_a_success_status_the_operation_does_not_document_raises() -> None:
    from bynder_ext import UnexpectedResponse

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(203, json=[], headers={"Content-Type": "application/json"})

    client = connect(PORTAL, auth=PermanentToken("t" * 20), transport=httpx.MockTransport(handler))
    with pytest.raises(UnexpectedResponse, match="page 1 is not a documented answer"):
        list(iter_items(list_assets, client=client))


# -- the cyclic garbage collector while pages are decoded --------------------------------------


@MODELS
@SIDES
def test_the_collector_is_paused_while_a_page_is_decoded_and_on_again_after(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool, models: bool
) -> None:
    from bynder_ext.pagination import core

    seen: list[bool] = []  # whether the collector was on, at each page's decoding

    def watched(decode: Callable[..., Any]) -> Callable[..., Any]:
        def decoding(*args: Any, **kwargs: Any) -> Any:
            seen.append(gc.isenabled())
            return decode(*args, **kwargs)

        return decoding

    with pytest.MonkeyPatch.context() as patch:
        if models:
            patch.setattr(list_assets, "parse_success", watched(list_assets.parse_success))
        else:
            patch.setattr(core, "json", types.SimpleNamespace(loads=watched(json.loads)))
        pages = pages_of(list_assets, client, is_async, page_size=5, prefetch=2, models=models)
    assert len(pages) == 5
    assert seen == [False] * 5  # every page was decoded with the collector off
    assert gc.isenabled()


def test_pauses_overlap_across_threads_and_keep_a_collector_switched_off_by_the_caller() -> None:
    from bynder_ext.pagination.core import gc_paused

    inside = threading.Barrier(4)
    leave = threading.Event()

    def decode() -> None:
        with gc_paused():
            inside.wait(5)
            leave.wait(5)

    threads = [threading.Thread(target=decode) for _ in range(3)]
    for thread in threads:
        thread.start()
    inside.wait(5)
    assert not gc.isenabled()  # three pauses at once
    leave.set()
    for thread in threads:
        thread.join(5)
    assert gc.isenabled()  # on again once the last pause ended

    gc.disable()
    try:
        with gc_paused(), gc_paused():
            pass
        assert not gc.isenabled()  # the caller's choice stands
    finally:
        gc.enable()


# -- models=False: the JSON objects as Bynder sent them ----------------------------------------


def _list_operations() -> list[ModuleType]:
    """Every module of the generated client that the paging table lists."""
    import importlib

    return [importlib.import_module(name) for name in PAGING]


LIST_OPERATIONS = _list_operations()


def _name(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[-1]


def test_every_list_operation_module_has_request_kwargs_and_parse_success() -> None:
    """The pager sends the request the module's `request_kwargs` builds and reads the answer with
    its `parse_success`, as the generated `sync()` does."""
    assert len(LIST_OPERATIONS) >= 40
    assert {_name(c.operation) for c in CASES.values()} <= {_name(m) for m in LIST_OPERATIONS}
    missing = [
        f"{m.__name__}.{name}"
        for m in LIST_OPERATIONS
        for name in ("request_kwargs", "parse_success")
        if not callable(getattr(m, name, None))
    ]
    assert missing == []


def _first_job_with_media(fake: FakeBynder) -> str:
    return next(j.id for j in fake.jobs.values() if j.media)


def _colour(fake: FakeBynder) -> Any:
    return next(mp for mp in fake.metaproperties.values() if mp.name == "Colour")


# The parameters of the list operations that need some, from the seeded fake.
REQUIRED: dict[str, Callable[[FakeBynder, bynder_ext.BynderClient], dict[str, Any]]] = {
    "list_asset_events": lambda f, c: {"asset_id": next(iter(f.assets))},
    "list_user_events": lambda f, c: {"user_id": f.current_user_id},
    "get_metaproperty_access": lambda f, c: {"metaproperty_id": _colour(f).id},
    "get_option_access": lambda f, c: {"option_id": _colour(f).options[0].id},
    "get_media_of_job": lambda f, c: {"id": _first_job_with_media(f)},
    "list_job_stages": lambda f, c: {"id": next(iter(f.jobs))},
    "list_jobs_by_campaign": lambda f, c: {"id": _campaign_with_most_jobs(f)},
    "list_metaproperty_options": lambda f, c: {"id": _colour(f).id},
    "list_taxonomy_options": lambda f, c: {"metaproperty_id": _colour(f).id},
    "list_metaproperty_options_by_ids": lambda f, c: {
        "ids": [o.id for o in _colour(f).options[:3]]
    },
    "get_order": lambda f, c: {"id": next(iter(f.orders))},
    "list_pim_metaproperty_options": lambda f, c: {
        "id": fetch_all(_module("product_layer", "list_pim_metaproperties"), client=c)[0]
    },
}


def _module(package: str, name: str) -> ModuleType:
    import importlib

    return importlib.import_module(f"bynder_client.api.{package}.{name}")


def _reads(operation: ModuleType) -> bool:
    """A GET list operation whose items are objects (models=False applies to it)."""
    from bynder_ext.testing.router import all_routes

    methods = {r.operation_id: r.method for r in all_routes()}
    return methods[_name(operation)] == "GET" and PAGING[operation.__name__].objects


@pytest.mark.parametrize("operation", [m for m in LIST_OPERATIONS if _reads(m)], ids=_name)
def test_models_false_gives_the_json_the_models_are_built_from(
    fake: FakeBynder, client: bynder_ext.BynderClient, operation: ModuleType
) -> None:
    name = _name(operation)
    params = REQUIRED[name](fake, client) if PAGING[operation.__name__].required else {}
    models = fetch_all(operation, client=client, **params)
    sent = [(r.method, r.path, r.query) for r in fake.requests if r.operation_id == name]
    fake.reset_records()
    dicts = fetch_all(operation, client=client, models=False, **params)
    assert all(isinstance(item, dict) for item in dicts)
    assert [m.to_dict() for m in models] == dicts
    assert [(r.method, r.path, r.query) for r in fake.requests if r.operation_id == name] == sent


def _by_page(fake: FakeBynder, operation_id: str) -> list[dict[str, str]]:
    return sorted(queries(fake, operation_id), key=lambda q: int(q.get("page", "0")))


@SIDES
@pytest.mark.parametrize("prefetch", [0, 3])
@pytest.mark.parametrize("name", list(CASES))
def test_models_false_yields_the_same_items_in_the_same_order(
    fake: FakeBynder, client: bynder_ext.BynderClient, name: str, prefetch: int, is_async: bool
) -> None:
    case = CASES[name]
    operation_id = _name(case.operation)
    kwargs = {"page_size": case.page_size, "prefetch": prefetch, **case.params(fake)}
    typed = pages_of(case.operation, client, is_async, **kwargs)
    sent = _by_page(fake, operation_id)
    fake.reset_records()
    plain = pages_of(case.operation, client, is_async, models=False, **kwargs)
    assert [(p.number, p.items, p.total) for p in plain] == [
        (p.number, [item.to_dict() for item in p.items], p.total) for p in typed
    ]
    assert len(typed) > (1 if case.paged else 0)
    assert _by_page(fake, operation_id) == sent
    items = items_of(case.operation, client, is_async, models=False, **kwargs)
    assert items == [item.to_dict() for page in typed for item in page.items]


@SIDES
def test_fetch_all_with_models_false(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    def run(**kwargs: Any) -> list[Any]:
        if is_async:
            return asyncio.run(afetch_all(list_assets, client=client, models=False, **kwargs))
        return fetch_all(list_assets, client=client, models=False, **kwargs)

    everything = run(page_size=10, prefetch=2)
    assert ids(everything) == ids(fetch_all(list_assets, client=client, page_size=10))
    one = run(fetch_all=False, start_page=2, page_size=4)
    assert ids(one) == ids(everything)[4:8]
    assert one[0] == fetch_all(list_assets, client=client, page_size=10)[4].to_dict()
    assert ids(run(max_items=3)) == ids(everything)[:3]


def _answering(body: bytes, content_type: str = "application/json") -> bynder_ext.BynderClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": content_type})

    return connect(PORTAL, auth=PermanentToken("t" * 20), transport=httpx.MockTransport(handler))


def test_models_false_reads_the_items_where_the_page_model_has_them() -> None:
    """An object page's items are under the JSON name of the page model's list field, whatever
    other lists the object holds."""
    body = {
        "also": [{"id": "nope"}],
        "total": {"count": 2},
        "media": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
    }
    client = _answering(json.dumps(body).encode())
    pages = list(iter_pages(list_assets, client=client, models=False))
    assert [(p.total, ids(p.items)) for p in pages] == [(2, ["a", "b"])]
    assert ids(list(iter_items(list_assets, client=client))) == ["a", "b"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>maintenance</html>", "not JSON"),
        (b'{"total": {"count": 1}, "items": [{"id": "a"}]}', "not a list of items"),
        (b'"just a string"', "not a list of items"),
    ],
)
def test_models_false_refuses_a_success_that_is_not_a_page(body: bytes, message: str) -> None:
    from bynder_ext import UnexpectedResponse

    with pytest.raises(UnexpectedResponse, match=message) as caught:
        list(iter_items(list_assets, client=_answering(body), models=False))
    assert caught.value.status_code == 200


@pytest.mark.parametrize(
    ("operation", "kwargs", "message"),
    [
        (_module("collections", "list_collection_assets"), {"id": "x"}, "plain values"),
        (_module("product_layer", "list_pim_metaproperties"), {}, "plain values"),
    ],
)
def test_models_false_does_not_apply_to_lists_of_plain_values(
    fake: FakeBynder,
    client: bynder_ext.BynderClient,
    operation: ModuleType,
    kwargs: dict[str, Any],
    message: str,
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        iter_items(operation, client=client, models=False, **kwargs)
    with pytest.raises(ConfigurationError, match=message):
        aiter_items(operation, client=client, models=False, **kwargs)
    assert list(fake.requests) == []


# -- offset and cursor paging ------------------------------------------------------------------


def _option_with_rules(fake: FakeBynder, client: bynder_ext.BynderClient, count: int) -> str:
    from bynder_client.api.content_access import update_option_access
    from bynder_client.models import ContentAccessGrant, ContentAccessPrincipal

    option = _colour(fake).options[0]
    principals = [
        ContentAccessPrincipal(principal_id=u.id, principal_type="user")
        for u in list(fake.users.values())[:count]
    ]
    body = ContentAccessGrant(principals=principals, level="option.hide")
    update_option_access.sync(option.id, client=client, body=body)
    return str(option.id)


def _rules(fake: FakeBynder, client: bynder_ext.BynderClient, count: int) -> None:
    from bynder_client.api.automation import create_automation_rule

    from tests.portal import image_rule

    collection_id = next(iter(fake.collections))
    now = [fake.clock()]
    fake.clock = lambda: now[0]  # one rule a second, so that their order is known
    for n in range(count):
        now[0] += 1
        create_automation_rule.sync(client=client, body=image_rule(f"Rule {n}", collection_id))


@dataclass
class Walked:
    """A list operation paged by offset or cursor: how to set it up, and how it moves."""

    operation: ModuleType
    setup: Callable[[FakeBynder, bynder_ext.BynderClient], dict[str, Any]]
    position: str  # the query parameter the pager moves
    size: int = 2


WALKED = {
    "analytics (Next-Cursor header)": Walked(
        _module("analytics", "list_asset_create_events"), lambda f, c: {}, "cursor", size=5
    ),
    "taxonomy (cursor in the body)": Walked(
        _module("taxonomy", "list_taxonomy_options"),
        lambda f, c: {"metaproperty_id": _colour(f).id},
        "start",
    ),
    "content access (id of the last item)": Walked(
        _module("content_access", "get_option_access"),
        lambda f, c: {"option_id": _option_with_rules(f, c, 5)},
        "start",
    ),
    "automation rules (offset)": Walked(
        _module("automation", "list_automation_rules"),
        lambda f, c: _rules(f, c, 5) or {},
        "start",
    ),
}


@MODELS
@SIDES
@pytest.mark.parametrize("name", list(WALKED))
def test_offset_and_cursor_lists_are_walked_to_their_end(
    fake: FakeBynder, client: bynder_ext.BynderClient, name: str, is_async: bool, models: bool
) -> None:
    case = WALKED[name]
    operation_id = _name(case.operation)
    params = case.setup(fake, client)
    largest = PAGING[case.operation.__name__].max_size
    whole = case.operation.sync_detailed(client=client, limit=largest, **params)
    expected = whole.parsed if isinstance(whole.parsed, list) else whole.parsed.to_dict()
    expected_ids = ids(
        expected
        if isinstance(expected, list)
        else next(v for v in expected.values() if isinstance(v, list))
    )
    fake.reset_records()

    pages = pages_of(case.operation, client, is_async, page_size=case.size, models=models, **params)

    assert ids([item for page in pages for item in page.items]) == expected_ids
    assert len(expected_ids) > 2 * case.size  # several pages
    assert [page.number for page in pages] == list(range(1, len(pages) + 1))
    assert [len(page.items) for page in pages[:-1]] == [case.size] * (len(pages) - 1)
    sent = queries(fake, operation_id)
    assert len(sent) == len(pages)  # the end is seen on the last page, not on an empty one
    assert len({q.get(case.position) for q in sent}) == len(sent)  # it moved each time
    assert all(q["limit"] == str(case.size) for q in sent)


def test_offset_and_cursor_lists_take_no_start_page(client: bynder_ext.BynderClient) -> None:
    operation = _module("analytics", "list_asset_create_events")
    with pytest.raises(ConfigurationError, match="start_page"):
        iter_items(operation, client=client, start_page=2)
    with pytest.raises(ConfigurationError, match="driven by the pager"):
        iter_items(operation, client=client, cursor="MA")


# -- listing while the list changes -----------------------------------------------------------


def _add_asset_while_listing(fake: FakeBynder, pages: Any) -> list[str]:
    """Walk `pages`, adding a new asset after each page: the ids seen."""
    seen: list[str] = []
    for page in pages:
        seen.extend(ids(page.items))
        fake.add_asset(b"new", name=f"Added after page {page.number}")
    return seen


def test_additions_during_a_listing_shift_the_default_order(
    fake: FakeBynder, client: bynder_ext.BynderClient
) -> None:
    seen = _add_asset_while_listing(fake, iter_pages(list_assets, client=client, page_size=5))
    assert len(seen) != len(set(seen))  # newest first: each addition pushes an item back a page


def test_stable_order_sees_each_item_once_while_items_are_added(
    fake: FakeBynder, client: bynder_ext.BynderClient
) -> None:
    before = set(fake.assets)
    pages = iter_pages(list_assets, client=client, page_size=5, stable_order=True, total=False)
    seen = _add_asset_while_listing(fake, pages)
    assert len(seen) == len(set(seen))
    assert before <= set(seen)
    assert {q["orderBy"] for q in queries(fake, "list_assets")} == {"dateCreated asc"}


def test_stable_order_is_refused_where_bynder_has_none(
    client: bynder_ext.BynderClient,
) -> None:
    with pytest.raises(ConfigurationError, match="no stable order"):
        iter_items(list_users, client=client, stable_order=True)
    with pytest.raises(ConfigurationError, match="leave it out"):
        iter_items(list_assets, client=client, stable_order=True, order_by="name asc")
