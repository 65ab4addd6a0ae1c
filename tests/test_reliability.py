"""The reliability matrix: uploads under every injected fault at once, one client shared by threads
and asyncio tasks, property-based checks of the public helpers' inputs, and the proof that the
suite-wide secret-leak watch (tests/conftest.py) catches a leak.

Everything runs against in-process fakes (``FakeBynder.transport()``), whose faults are seeded.
Waits are injected: the retry policies and poll policies here get a sleep that records the delay
and returns at once (Retry-After: 1 and exponential backoffs would otherwise add minutes), so the
faults cost no wall time; the order in which retries happen is still real.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import random
import re
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from bynder_client.api.assets import get_asset, list_assets
from bynder_client.models import Asset
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bynder_ext
from bynder_ext import APIError, ClientCredentials, ConfigurationError, PermanentToken, RetryPolicy
from bynder_ext.pagination import aiter_items, iter_items
from bynder_ext.raw import RawResponse, araw_request, raw_request
from bynder_ext.testing import FakeBynder
from bynder_ext.transform import fetch_transformation, transformation_url
from bynder_ext.upload import (
    MIN_CHUNK_SIZE,
    PollPolicy,
    UploadItem,
    UploadProgress,
    aupload_file,
    aupload_many,
    upload_file,
    upload_many,
)
from bynder_ext.upload.models import MAX_CHUNK_SIZE

PORTAL = "https://portal.fake-bynder.test"
KIB = 1024
MIB = 1024 * KIB
ROOT = Path(__file__).resolve().parent.parent


# -- helpers ------------------------------------------------------------------------------------


class FastSleep:
    """A sleep that records what it was asked to wait and returns at once (sync and async)."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, seconds: float) -> None:
        with self._lock:
            self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)
        await asyncio.sleep(0)


def fast_retry(sleep: FastSleep, max_retries: int = 8) -> RetryPolicy:
    return RetryPolicy(max_retries=max_retries, sleep=sleep, async_sleep=sleep.asleep)


def fast_poll(sleep: FastSleep) -> PollPolicy:
    return PollPolicy(sleep=sleep, async_sleep=sleep.asleep)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_sha(fake: FakeBynder, media_id: str) -> str:
    """SHA-256 of the bytes the fake holds as an asset's original."""
    item = fake.assets[media_id].original()
    assert item is not None
    digest = hashlib.sha256()
    for block in item.blob.iter_range():
        digest.update(block)
    return digest.hexdigest()


def connect_cc(fake: FakeBynder, sleep: FastSleep, **options: Any) -> bynder_ext.BynderClient:
    """A client on the fake's in-process transport, authenticated with client credentials."""
    return bynder_ext.connect(
        PORTAL,
        auth=ClientCredentials(fake.client_id, fake.client_secret),
        transport=fake.transport(),
        retry=fast_retry(sleep),
        **options,
    )


def random_files(seed: int) -> list[tuple[str, bytes]]:
    """Files of seeded random sizes from tens of KiB to about 12 MiB, and the edges of a 5 MiB
    part: exactly one part, one byte more, exactly two parts."""
    rng = random.Random(seed)
    sizes = [rng.randint(20 * KIB, 12 * MIB) for _ in range(10)]
    sizes += [MIN_CHUNK_SIZE, MIN_CHUNK_SIZE + 1, 2 * MIN_CHUNK_SIZE, 40 * KIB]
    return [(f"shot-{n:02d}.jpg", rng.randbytes(size)) for n, size in enumerate(sizes)]


# -- uploads under every fault at once ----------------------------------------------------------


@dataclass
class FaultRun:
    """A fake with every fault switched on, and what a run did to it."""

    fake: FakeBynder
    expiries: list[int] = field(default_factory=list)
    parts_seen: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def progress(self, report: UploadProgress) -> None:
        """Counts registered parts across every upload; makes every OAuth token expire after the
        8th and the 20th, so that the token runs out in the middle of the uploads."""
        if report.stage != "uploading" or report.parts_done == 0:
            return
        with self.lock:
            self.parts_seen += 1
            if self.parts_seen in (8, 20):
                self.fake.expire_tokens()
                self.expiries.append(self.parts_seen)


def faulty_fake(seed: int) -> FakeBynder:
    """A fake where every kind of fault strikes the first two requests it applies to, then at
    random (seeded) for the rest of the run."""
    fake = FakeBynder(seed=seed, validate_responses=True)
    faults = fake.faults
    safe_to_repeat = ("register_uploaded_chunk", "retrieve_poll_state")
    for count, rate in ((2, None), (None, 1.0)):
        faults.server_errors(_r(0.08, rate), status=503, only=("api", "token"), count=count)
        faults.server_errors(_r(0.1, rate), status=500, only=safe_to_repeat, count=count)
        faults.rate_limits(_r(0.05, rate), retry_after=1, only="api", count=count)
        faults.drop_connections(_r(0.12, rate), where="s3", count=count)
        faults.drop_connections(_r(0.05, rate), where="s3", phase="response", count=count)
    faults.processing_delay(polls=3)
    return fake


def _r(rate: float, scale: float | None) -> float | None:
    """``rate`` for the random rules, None (every matching request) for the counted ones."""
    return None if scale is None else rate * scale


def check_fault_run(run: FaultRun, files: list[tuple[str, bytes]], outcomes: list[Any]) -> None:
    fake = run.fake
    failed = [(o.filename, repr(o.error)) for o in outcomes if not o.ok]
    assert failed == []
    by_name = dict(files)
    media_ids = [o.result.media_id for o in outcomes]
    # Every upload is its own asset, holding exactly its file's bytes.
    assert len(set(media_ids)) == len(files)
    for outcome in outcomes:
        assert outcome.result.filename in by_name
        assert stored_sha(fake, outcome.result.media_id) == sha(by_name[outcome.result.filename])
    # Nothing was created twice: one upload, one finalise, one import, one asset per file.
    assert len(fake.assets) == len(files)
    assert len(fake.uploads) == len(files)
    assert all(upload.finalised == 1 for upload in fake.uploads.values())
    assert len(fake.imports) == len(files)
    # No import left behind: every import is saved, each as its own asset.
    saved = [imported.saved_as for imported in fake.imports.values()]
    assert None not in saved
    assert sorted(saved) == sorted(media_ids)
    # The faults really happened, and the token ran out mid-run twice, each time renewed once.
    statuses = Counter(record.status for record in fake.requests)
    for status in (503, 500, 429, 401):
        assert statuses[status] > 0, status
    assert statuses[0] > 0  # dropped connections
    assert run.expiries == [8, 20]
    assert fake.token_requests["client_credentials"] == 1 + len(run.expiries)
    polls = len(fake.requests_for("retrieve_poll_state"))
    assert polls >= 4 * len(files)  # every import needed its slow poll
    assert fake.errors == []
    assert fake.contract_violations == []


@pytest.mark.slow
def test_uploads_survive_every_fault_at_once_with_threads() -> None:
    files = random_files(seed=11)
    run = FaultRun(faulty_fake(seed=11))
    sleep = FastSleep()
    client = connect_cc(run.fake, sleep)
    outcomes = upload_many(
        client,
        [UploadItem(source=data, filename=name) for name, data in files],
        brand_id=run.fake.default_brand_id,
        concurrency=4,
        part_concurrency=2,
        chunk_size=MIN_CHUNK_SIZE,
        progress=run.progress,
        poll=fast_poll(sleep),
    )
    check_fault_run(run, files, outcomes)
    assert 1.0 in sleep.waits  # Retry-After: 1 was honoured (without waiting for real)


@pytest.mark.slow
def test_uploads_survive_every_fault_at_once_with_tasks() -> None:
    files = random_files(seed=12)
    run = FaultRun(faulty_fake(seed=12))
    sleep = FastSleep()
    client = connect_cc(run.fake, sleep)

    async def main() -> list[Any]:
        return await aupload_many(
            client,
            [UploadItem(source=data, filename=name) for name, data in files],
            brand_id=run.fake.default_brand_id,
            concurrency=4,
            part_concurrency=2,
            chunk_size=MIN_CHUNK_SIZE,
            progress=run.progress,
            poll=fast_poll(sleep),
        )

    outcomes = asyncio.run(main())
    check_fault_run(run, files, outcomes)
    assert 1.0 in sleep.waits


# -- one client, many threads and tasks ---------------------------------------------------------


@dataclass
class Shared:
    """State of the shared-client test: the fake, the client, and the work done so far."""

    fake: FakeBynder
    client: bynder_ext.BynderClient
    asset_ids: list[str]
    done: int = 0
    problems: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def finished(self) -> None:
        with self.lock:
            self.done += 1

    def expect(self, ok: bool, what: str) -> None:
        if not ok:
            with self.lock:
                self.problems.append(what)


def _payload(caller: str, n: int, size: int) -> tuple[str, bytes]:
    """Bytes that belong to one caller and one operation only."""
    seed = f"{caller}/{n}".encode()
    block = hashlib.sha256(seed).digest() * (size // 32 + 1)
    return f"{caller}-{n}.png", block[:size]


def sync_caller(shared: Shared, caller: str, operations: int, seed: int) -> None:
    rng = random.Random(seed)
    client, fake = shared.client, shared.fake
    for n in range(operations):
        kind = rng.choice(("get", "list", "upload", "raw"))
        if kind == "get":
            wanted = rng.choice(shared.asset_ids)
            asset = get_asset.sync(wanted, client=client)
            shared.expect(
                isinstance(asset, Asset) and asset.id == wanted, f"{caller}: get {wanted}"
            )
        elif kind == "list":
            wanted_ids = set(rng.sample(shared.asset_ids, rng.randint(3, 12)))
            found = [
                a.id
                for a in iter_items(
                    list_assets, client=client, page_size=2, prefetch=2, ids=sorted(wanted_ids)
                )
            ]
            shared.expect(sorted(found) == sorted(wanted_ids), f"{caller}: list {wanted_ids}")
        elif kind == "upload":
            name, data = _payload(caller, n, rng.choice((64 * KIB, MIN_CHUNK_SIZE + 10 * KIB)))
            names_seen: set[str] = set()
            result = upload_file(
                client,
                data,
                filename=name,
                brand_id=fake.default_brand_id,
                chunk_size=MIN_CHUNK_SIZE,
                progress=lambda report, seen=names_seen: seen.add(report.filename),
                poll=fast_poll(FastSleep()),
            )
            shared.expect(names_seen == {name}, f"{caller}: progress of {name} said {names_seen}")
            shared.expect(
                stored_sha(fake, result.media_id) == sha(data), f"{caller}: bytes of {name}"
            )
        else:
            wanted = rng.choice(shared.asset_ids)
            reply = raw_request(client, "GET", f"/api/v4/media/{wanted}/")
            shared.expect(reply.body["id"] == wanted, f"{caller}: raw {wanted}")
        shared.finished()


async def async_caller(shared: Shared, caller: str, operations: int, seed: int) -> None:
    rng = random.Random(seed)
    client, fake = shared.client, shared.fake
    for n in range(operations):
        kind = rng.choice(("get", "list", "upload", "raw"))
        if kind == "get":
            wanted = rng.choice(shared.asset_ids)
            asset = await get_asset.asyncio(wanted, client=client)
            shared.expect(
                isinstance(asset, Asset) and asset.id == wanted, f"{caller}: get {wanted}"
            )
        elif kind == "list":
            wanted_ids = set(rng.sample(shared.asset_ids, rng.randint(3, 12)))
            found = [
                a.id
                async for a in aiter_items(
                    list_assets, client=client, page_size=2, prefetch=2, ids=sorted(wanted_ids)
                )
            ]
            shared.expect(sorted(found) == sorted(wanted_ids), f"{caller}: list {wanted_ids}")
        elif kind == "upload":
            name, data = _payload(caller, n, rng.choice((64 * KIB, MIN_CHUNK_SIZE + 10 * KIB)))
            names_seen: set[str] = set()
            result = await aupload_file(
                client,
                data,
                filename=name,
                brand_id=fake.default_brand_id,
                chunk_size=MIN_CHUNK_SIZE,
                progress=lambda report, seen=names_seen: seen.add(report.filename),
                poll=fast_poll(FastSleep()),
            )
            shared.expect(names_seen == {name}, f"{caller}: progress of {name} said {names_seen}")
            shared.expect(
                stored_sha(fake, result.media_id) == sha(data), f"{caller}: bytes of {name}"
            )
        else:
            wanted = rng.choice(shared.asset_ids)
            reply = await araw_request(client, "GET", f"/api/v4/media/{wanted}/")
            shared.expect(reply.body["id"] == wanted, f"{caller}: raw {wanted}")
        shared.finished()


@pytest.mark.slow
def test_one_client_from_threads_and_tasks_at_once() -> None:
    """Four threads and four asyncio tasks (on a loop in its own thread) share one client, mixing
    gets, paginated lists, uploads and raw requests; meanwhile every OAuth token is made to
    expire three times. Each caller checks that every answer is its own, and the fake counts one
    token request per expiry (plus the first): concurrent 401s share one renewal."""
    fake = FakeBynder(seed=21, validate_responses=True)
    fake.seed(n_assets=40)
    fake.faults.latency(api=0.002, token=0.01)  # keeps several requests in flight at once
    client = connect_cc(fake, FastSleep())
    shared = Shared(fake, client, sorted(fake.assets))
    operations = 14
    callers = 4
    total = 2 * callers * operations
    expiries = (0.15, 0.35, 0.55)

    async def tasks() -> None:
        await asyncio.gather(
            *(async_caller(shared, f"task{i}", operations, 100 + i) for i in range(callers))
        )

    def expire_on_schedule() -> None:
        for number, share in enumerate(expiries, start=1):
            deadline = time.monotonic() + 60  # a caller that failed stops the progress
            while shared.done < share * total:
                assert time.monotonic() < deadline, "the callers stopped making progress"
                time.sleep(0.005)
            fake.expire_tokens()
            # Wait for the renewal before the next expiry, so each expiry is seen on its own.
            deadline = time.monotonic() + 30
            while fake.token_requests["client_credentials"] < 1 + number:
                assert time.monotonic() < deadline, "no token renewal after an expiry"
                time.sleep(0.002)

    with ThreadPoolExecutor(callers + 2) as pool:
        futures = [
            pool.submit(sync_caller, shared, f"thread{i}", operations, i) for i in range(callers)
        ]
        futures.append(pool.submit(asyncio.run, tasks()))
        futures.append(pool.submit(expire_on_schedule))
        for future in futures:
            future.result(timeout=120)

    assert shared.problems == []
    assert shared.done == total
    assert fake.token_requests["client_credentials"] == 1 + len(expiries)
    refused = [r for r in fake.requests if r.status == 401]
    assert len(refused) >= len(expiries)  # the expiries were noticed by requests in flight
    assert fake.errors == []
    assert fake.contract_violations == []


# -- property-based: bad input gives a clear typed error or a correct result ---------------------
#
# Each test runs a Hypothesis property over one helper's inputs, mixing valid values with hostile
# ones, and then checks that both outcomes really occurred (so a property cannot pass by never
# reaching the helper's success path, or never its checks).

#: Deterministic (the same examples every run), bounded, and never stored between runs.
PROPERTIES = settings(
    max_examples=60,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
#: What a public helper may raise for bad input: ours, typed.
TYPED = (ConfigurationError, APIError)

hostile_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            ".",
            "..",
            "../",
            "%2e%2e",
            "a/../b",
            "a/b",
            "?x=1",
            "#frag",
            "a b",
            "\x00",
            "line\r\nX-Injected: 1",
            "ü.jpg",
            "%",
            "%zz",
            "x" * 300,
        ]
    ),
)
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=10),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@dataclass
class Portal:
    """A seeded strict fake and a permanent-token client for it (fast retries)."""

    fake: FakeBynder
    client: bynder_ext.BynderClient

    def mark(self) -> int:
        return len(self.fake.requests)

    def sent_since(self, mark: int) -> list[Any]:
        return list(self.fake.requests)[mark:]


@pytest.fixture(scope="module")
def portal() -> Portal:
    fake = FakeBynder(seed=31)
    fake.seed(n_assets=23)
    client = bynder_ext.connect(
        PORTAL,
        auth=PermanentToken(fake.permanent_token),
        transport=fake.transport(),
        retry=fast_retry(FastSleep(), max_retries=1),
    )
    return Portal(fake, client)


class Outcomes(Counter[str]):
    """How often a property saw a result and a typed error."""

    def of(self, call: Callable[[], Any]) -> tuple[str, Any]:
        """("ok", result) or ("error", typed exception); any other exception fails the test."""
        try:
            value = call()
        except TYPED as exc:
            self["error"] += 1
            return "error", exc
        self["ok"] += 1
        return "ok", value

    def check_both(self, least: int = 5) -> None:
        assert self["ok"] >= least, f"too few successes to mean anything: {dict(self)}"
        assert self["error"] >= least, f"too few refusals to mean anything: {dict(self)}"


def mixed(valid: st.SearchStrategy[Any], hostile: st.SearchStrategy[Any]) -> Any:
    """Valid values about half the time, hostile ones otherwise."""
    return st.one_of(valid, hostile)


def test_hostile_ids_stay_in_their_endpoint(portal: Portal) -> None:
    """Any id goes, percent-encoded, to get_asset only: never to another endpoint."""
    seen = Outcomes()
    existing = sorted(portal.fake.assets)

    @PROPERTIES
    @given(asset_id=mixed(st.sampled_from(existing), hostile_text))
    def check(asset_id: str) -> None:
        mark = portal.mark()
        kind, value = seen.of(lambda: get_asset.sync(asset_id, client=portal.client))
        sent = portal.sent_since(mark)
        if kind == "ok":
            assert isinstance(value, Asset)
            assert value.id == asset_id
        elif isinstance(value, ConfigurationError):
            assert sent == []  # refused before any request
        assert {r.operation_id for r in sent} <= {"get_asset", None}
        assert all(r.path.startswith("/api/v4/media/") for r in sent)

    check()
    seen.check_both()


def test_hostile_ids_in_async_calls_and_list_filters(portal: Portal) -> None:
    """The same ids through the async generated call, and as the ``ids`` filter of a paginated
    list: the asset itself, exactly the matching assets, or a typed error."""
    seen = Outcomes()
    existing = sorted(portal.fake.assets)

    @PROPERTIES
    @given(asset_id=mixed(st.sampled_from(existing), hostile_text))
    def check(asset_id: str) -> None:
        kind, value = seen.of(
            lambda: asyncio.run(get_asset.asyncio(asset_id, client=portal.client))
        )
        if kind == "ok":
            assert isinstance(value, Asset)
            assert value.id == asset_id
        kind, value = seen.of(
            lambda: list(iter_items(list_assets, client=portal.client, ids=asset_id))
        )
        wanted = {part.strip() for part in asset_id.split(",")} - {""}
        if kind == "ok" and wanted:  # (only blanks: the portal has no id to filter by)
            assert {a.id for a in value} == wanted & set(existing)

    check()
    seen.check_both()


def test_upload_file_names(portal: Portal) -> None:
    """A name is refused before any request, or the asset carries exactly that name."""
    seen = Outcomes()
    named = st.builds(
        "{}.{}".format, hostile_text, st.sampled_from(["jpg", "png", "pdf", "tif", "x y"])
    )

    @PROPERTIES
    @given(filename=mixed(named, hostile_text))
    def check(filename: str) -> None:
        mark = portal.mark()
        data = b"\x89PNG\r\n\x1a\n" + filename.encode("utf-8", "replace")
        kind, value = seen.of(
            lambda: upload_file(
                portal.client,
                data,
                filename=filename,
                brand_id=portal.fake.default_brand_id,
                poll=fast_poll(FastSleep()),
            )
        )
        if kind == "ok":
            item = portal.fake.assets[value.media_id].original()
            assert item is not None
            assert item.file_name == filename.strip() == value.filename
            assert stored_sha(portal.fake, value.media_id) == sha(data)
        elif isinstance(value, ConfigurationError):
            assert portal.sent_since(mark) == []

    check()
    seen.check_both()


def test_upload_chunk_sizes(portal: Portal) -> None:
    seen = Outcomes()
    valid_sizes = st.one_of(
        st.none(), st.integers(MIN_CHUNK_SIZE, MIN_CHUNK_SIZE + 3), st.just(MAX_CHUNK_SIZE)
    )
    edges = st.sampled_from([MIN_CHUNK_SIZE - 1, MAX_CHUNK_SIZE + 1, 0, -1, 5.0 * MIB, True])

    @PROPERTIES
    @given(chunk_size=mixed(valid_sizes, st.one_of(junk, edges)))
    def check(chunk_size: Any) -> None:
        valid = chunk_size is None or (
            type(chunk_size) is int and MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE
        )
        mark = portal.mark()
        data = b"chunk" * 100
        kind, value = seen.of(
            lambda: upload_file(
                portal.client,
                data,
                filename="chunk.bin",
                brand_id=portal.fake.default_brand_id,
                chunk_size=chunk_size,
                poll=fast_poll(FastSleep()),
            )
        )
        if valid:
            assert kind == "ok"
            assert value.parts == 1
            assert stored_sha(portal.fake, value.media_id) == sha(data)
        else:
            assert isinstance(value, ConfigurationError)
            assert portal.sent_since(mark) == []

    check()
    seen.check_both()


@st.composite
def paging_options(draw: st.DrawFn) -> dict[str, Any]:
    """Valid paging options, with up to two of them (or an extra parameter) made hostile."""
    options: dict[str, Any] = {
        "page_size": draw(st.one_of(st.none(), st.integers(1, 30))),
        "start_page": draw(st.integers(1, 4)),
        "max_items": draw(st.one_of(st.none(), st.integers(0, 30))),
        "prefetch": draw(st.integers(0, 5)),
    }
    hostile: dict[str, st.SearchStrategy[Any]] = {
        "page_size": st.one_of(junk, st.sampled_from([0, 1001])),
        "start_page": st.one_of(junk, st.just(0)),
        "max_items": st.one_of(junk, st.just(-1)),
        "prefetch": st.one_of(junk, st.sampled_from([-1, 33])),
        "extra": st.dictionaries(
            st.sampled_from(["page", "limit", "cursor", "keyword", "type_", "nonsense", "tags"]),
            st.one_of(junk, hostile_text),
            min_size=1,
            max_size=2,
        ),
    }
    for name in draw(st.lists(st.sampled_from(sorted(hostile)), max_size=2, unique=True)):
        options[name] = draw(hostile[name])
    return options


def test_pagination_options(portal: Portal) -> None:
    """Paging options and filters: refused before any request, or every matching item once."""
    seen = Outcomes()
    total = len(portal.fake.assets)

    @PROPERTIES
    @given(options=paging_options())
    def check(options: dict[str, Any]) -> None:
        extra = options.pop("extra", {})
        mark = portal.mark()
        kind, value = seen.of(
            lambda: list(iter_items(list_assets, client=portal.client, **options, **extra))
        )
        if kind == "error":
            if isinstance(value, ConfigurationError):
                assert portal.sent_since(mark) == []
            return
        ids = [asset.id for asset in value]
        assert len(ids) == len(set(ids))  # no item twice, whatever the paging
        if not extra:
            size = options["page_size"] or 1000
            expected = max(0, total - (options["start_page"] - 1) * size)
            if options["max_items"] is not None:
                expected = min(expected, options["max_items"])
            assert len(ids) == expected

    check()
    seen.check_both()


@st.composite
def raw_options(draw: st.DrawFn) -> dict[str, Any]:
    """Valid Raw Request options, with up to two of them replaced by hostile values."""
    options: dict[str, Any] = {
        "method": draw(st.sampled_from(["GET", "HEAD", "get"])),
        "url": draw(st.sampled_from(["/api/v4/media/", "/api/v4/brands/", "/api/v4/account/"])),
        "params": draw(st.one_of(st.none(), st.just({"limit": 2}))),
        "headers": draw(st.one_of(st.none(), st.just({"X-Trace": "abc"}))),
        "response_type": draw(st.sampled_from(["json", "text", "binary"])),
        "max_retry_count": draw(st.integers(0, 2)),
        "retry_delay_ms": draw(st.integers(0, 5)),
        "timeout": draw(st.one_of(st.none(), st.just(5.0))),
    }
    hostile: dict[str, st.SearchStrategy[Any]] = {
        "method": st.one_of(hostile_text, junk),
        "url": st.one_of(hostile_text, hostile_text.map(lambda s: "/api/v4/" + s), junk),
        "params": st.one_of(junk, st.dictionaries(hostile_text, hostile_text, max_size=2)),
        "headers": st.one_of(junk, st.dictionaries(hostile_text, hostile_text, max_size=2)),
        "response_type": st.one_of(hostile_text, junk),
        "max_retry_count": st.one_of(st.integers(-3, -1), junk),
        "retry_delay_ms": st.one_of(st.integers(-5, -1), junk),
        "timeout": junk,
    }
    for name in draw(st.lists(st.sampled_from(sorted(hostile)), max_size=2, unique=True)):
        options[name] = draw(hostile[name])
    return options


def test_raw_request_options(portal: Portal) -> None:
    seen = Outcomes()

    @PROPERTIES
    @given(options=raw_options())
    def check(options: dict[str, Any]) -> None:
        mark = portal.mark()
        kind, value = seen.of(lambda: raw_request(portal.client, sleep=FastSleep(), **options))
        if kind == "ok":
            assert isinstance(value, RawResponse)
            assert 200 <= value.status_code < 400
            assert len(portal.sent_since(mark)) == value.retries + 1
        elif isinstance(value, ConfigurationError):
            assert portal.sent_since(mark) == []

    check()
    seen.check_both()


IO_STRINGS = [
    "transform:fill,width:100,height:100",
    "transform:rotate,angle:90",
    "transform:crop,width:0,height:10",
    "transform:rotate,angle:361",
    "transform:fill,gravity:middle",
    "transform:scale,width:10:height:5",
    "fill,width:1",
]


@st.composite
def transformation_options(draw: st.DrawFn, existing: list[str]) -> dict[str, Any]:
    """Valid transformation options, with up to two of them made hostile."""
    options: dict[str, Any] = {
        "asset_id": draw(st.sampled_from(existing)),
        "name": draw(st.sampled_from(["web", "thumb"])),
        "io": draw(st.lists(st.sampled_from(IO_STRINGS[:2]), max_size=2)),
        "focus_point": draw(st.one_of(st.none(), st.tuples(st.floats(0, 1), st.floats(0, 1)))),
        "format": draw(st.sampled_from([None, "jpg", "png", "webp"])),
        "quality": None,
    }
    if options["format"] != "png":
        options["quality"] = draw(st.one_of(st.none(), st.integers(1, 100)))
    hostile: dict[str, st.SearchStrategy[Any]] = {
        "asset_id": hostile_text,
        "name": hostile_text,
        "io": st.one_of(junk, hostile_text, st.lists(st.sampled_from(IO_STRINGS), min_size=1)),
        "focus_point": st.one_of(junk, st.tuples(st.floats(-1, 2), st.floats(-1, 2))),
        "format": st.one_of(junk, hostile_text),
        "quality": st.one_of(junk, st.integers(-1, 101)),
    }
    for name in draw(st.lists(st.sampled_from(sorted(hostile)), max_size=2, unique=True)):
        options[name] = draw(hostile[name])
    return options


def test_transformation_options(portal: Portal) -> None:
    """A URL on the portal with exactly /transform/{id}/{name}, and an image fetched through the
    generated call, or a typed error."""
    seen = Outcomes()
    existing = sorted(portal.fake.assets)

    @PROPERTIES
    @given(options=transformation_options(existing))
    def check(options: dict[str, Any]) -> None:
        asset_id, name = options.pop("asset_id"), options.pop("name")
        kind, value = seen.of(lambda: transformation_url(portal.client, asset_id, name, **options))
        if kind != "ok":
            return
        url = httpx.URL(value)
        assert str(url).startswith(f"{PORTAL}/transform/")
        assert url.raw_path.split(b"?")[0].count(b"/") == 3  # /transform/{id}/{name}
        mark = portal.mark()
        kind, image = seen.of(
            lambda: fetch_transformation(portal.client, asset_id, name, **options)
        )
        sent = portal.sent_since(mark)
        assert [r.operation_id for r in sent][:1] == ["generate_dynamic_asset_transformation"]
        if kind == "ok":
            assert image.content_type.startswith("image/")
            assert image.content

    check()
    seen.check_both()


# -- the secret-leak watch can fail -------------------------------------------------------------

LEAKS = {
    "clean": """
        def test_clean():
            fake = FakeBynder()
            fake.seed(n_assets=2)
            client = connect(fake)
            assert get_asset.sync(sorted(fake.assets)[0], client=client) is not None
            logging.getLogger("bynder_ext").debug("client %s done", fake.client_id)
            with pytest.raises(bynder_ext.NotFound):
                get_asset.sync("nope", client=client)
    """,
    "log": """
        def test_log_line():
            fake = FakeBynder()
            connect(fake)
            logging.getLogger("bynder_ext").debug("sending Bearer %s", fake.permanent_token)
    """,
    "exception": """
        def test_exception_message():
            fake = FakeBynder()
            connect(fake)
            with pytest.raises(bynder_ext.ConfigurationError):
                raise bynder_ext.ConfigurationError(f"secret={fake.client_secret}&next=1")
    """,
    "glued": """
        def test_glued_into_a_longer_word():
            fake = FakeBynder()
            connect(fake)
            logging.getLogger("httpx").info("GET /x?t=abc%s123", fake.issue_token())
    """,
}
LEAK_PRELUDE = """
import logging

import pytest
from bynder_client.api.assets import get_asset

import bynder_ext
from bynder_ext.testing import FakeBynder


def connect(fake):
    return bynder_ext.connect(
        "https://portal.fake-bynder.test",
        auth=bynder_ext.PermanentToken(fake.permanent_token),
        transport=fake.transport(),
    )
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("leaking", "workers"),
    [(False, 0), (True, 0), (True, 2)],
    ids=["clean", "leaking", "leaking-xdist"],
)
def test_the_secret_leak_watch_fails_a_leaking_suite(
    tmp_path: Path, leaking: bool, workers: int
) -> None:
    """A small suite run with this conftest as its plugin: clean, it passes; with an issued secret
    in a log line or in a handled exception's message (even glued to other characters), every
    test passes but the session fails, with a report naming each test and where the secret was
    seen (never the secret itself). The same under pytest-xdist, where each worker watches its
    own tests and fails the run."""
    cases = [name for name in sorted(LEAKS) if (name != "clean") == leaking]
    source = tmp_path / "test_inner.py"
    source.write_text(LEAK_PRELUDE + "".join(textwrap.dedent(LEAKS[name]) for name in cases))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "generated")]))
    command = [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest"]
    if workers:
        command += ["-n", str(workers), "--dist", "load"]
    done = subprocess.run(
        [*command, "-p", "no:cacheprovider", source.name],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = done.stdout + done.stderr
    if not leaking:
        assert done.returncode == 0, output
        assert "secret leak" not in output
        return
    assert done.returncode == 1, output
    if workers:  # each worker that saw a leak fails its part of the run
        assert re.search(rf"{len(cases)} passed, [12] errors?", output), output
        assert "secret leak(s) in log lines or exception messages" in output
        assert f"{len(cases)} leak(s)" in output  # the controller's summary adds them up
    else:
        assert f"{len(cases)} passed, 1 error" in output  # the tests passed; the watch failed
        assert f"{len(cases)} secret leak(s) in log lines or exception messages" in output
    for test, where in (
        ("test_log_line", "log line of 'bynder_ext'"),
        ("test_exception_message", "exception ConfigurationError"),
        ("test_glued_into_a_longer_word", "log line of 'httpx'"),
    ):
        assert f"test_inner.py::{test}: {where} shows a secret starting" in output, output
