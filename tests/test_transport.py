"""Retries and the request budget: scripted transports, an injected clock and sleep (no real waits)."""

from __future__ import annotations

import io
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from bynder_client.api.assets import get_asset

import bynder_ext
from bynder_ext import (
    ConfigurationError,
    RateLimited,
    RequestBudget,
    RetryPolicy,
    ServerError,
    TransportError,
)
from bynder_ext.client import session_of
from bynder_ext.retry import retry_policy
from bynder_ext.transport import (
    AsyncBudgetTransport,
    AsyncRetryTransport,
    BudgetTransport,
    RetryTransport,
)

PORTAL = "https://portal.example.com"
NOW = 1_700_000_000.0

Step = int | tuple[int, dict[str, str]] | type[Exception]


class Script:
    """Answers requests from a list of steps (a status, a status with headers, or an exception
    class to raise) and records what it was sent."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.success_body: dict[str, object] | None = None  # the JSON of a 2xx answer, if set

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, type):
            raise step("scripted failure", request=request)  # type: ignore[call-arg]
        status, headers = step if isinstance(step, tuple) else (step, {})
        body = self.success_body if status < 300 and self.success_body is not None else None
        return httpx.Response(status, headers=headers, json=body or {"message": f"status {status}"})

    @property
    def count(self) -> int:
        return len(self.requests)


class Sleeps:
    """A recording sleep for both sides; nothing really waits."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def policy(sleeps: Sleeps, **changes: Any) -> RetryPolicy:
    fields: dict[str, Any] = {
        "jitter": False,
        "sleep": sleeps,
        "async_sleep": sleeps.asleep,
        "clock": lambda: NOW,
    }
    fields.update(changes)
    return RetryPolicy(**fields)


def connect(script: Script, retry: RetryPolicy | None, **kwargs: Any) -> bynder_ext.BynderClient:
    return bynder_ext.connect(
        PORTAL,
        auth=bynder_ext.PermanentToken("permanent-token-value"),
        transport=httpx.MockTransport(script),
        retry=retry,
        budget=kwargs.pop("budget", None),
        **kwargs,
    )


def send(
    client: bynder_ext.BynderClient, method: str, is_async: bool, **kwargs: Any
) -> httpx.Response:
    """One request through the portal client, sync or async."""
    session = session_of(client)
    if not is_async:
        return session.http.request(method, "/api/v4/media/x/", **kwargs)

    import asyncio

    async def run() -> httpx.Response:
        return await session.async_http.request(method, "/api/v4/media/x/", **kwargs)

    return asyncio.run(run())


SIDES = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


# -- the policy itself ---------------------------------------------------------------------


def test_backoff_doubles_up_to_the_cap(sleeps: Sleeps) -> None:
    retry = policy(sleeps, max_retries=6)
    assert [retry.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_shortens_a_delay_by_at_most_a_quarter(sleeps: Sleeps) -> None:
    assert policy(sleeps, jitter=True, random=lambda: 0.0).backoff(2) == 2.0
    assert policy(sleeps, jitter=True, random=lambda: 0.999).backoff(2) == pytest.approx(
        1.5, abs=0.01
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"max_retries": -1},
        {"max_retries": True},
        {"max_retries": 1.5},
        {"backoff_base": -0.1},
        {"backoff_max": float("nan")},
        {"retry_after_cap": float("inf")},
        {"statuses": [999]},
        {"statuses": "500"},
        {"unsafe_statuses": [True]},
        {"idempotent_methods": "GET"},
        {"sleep": "no"},
        {"jitter": "yes"},
        {"retry_after": "x"},
    ],
)
def test_bad_policy_values_are_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(**changes)


def test_policy_accepts_any_collection_of_statuses_and_methods() -> None:
    retry = RetryPolicy(statuses=[500], unsafe_statuses={429}, idempotent_methods=["get"])
    assert retry.statuses == frozenset({500})
    assert retry.decide(0, "GET", httpx.Response(500)) is not None
    assert retry.decide(0, "POST", httpx.Response(500)) is None
    assert retry.decide(0, "POST", httpx.Response(429)) is not None


# -- what is retried -------------------------------------------------------------------------


@SIDES
@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_get_is_retried_on_retryable_statuses(status: int, is_async: bool, sleeps: Sleeps) -> None:
    script = Script(status, 200)
    response = send(connect(script, policy(sleeps)), "GET", is_async)
    assert response.status_code == 200
    assert script.count == 2
    assert sleeps.calls == [0.5]
    assert response.extensions["bynder_retries"] == 1


@SIDES
@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError,
        httpx.ConnectTimeout,
        httpx.ReadTimeout,
        httpx.ReadError,
        httpx.RemoteProtocolError,
    ],
)
def test_get_is_retried_on_network_errors(
    error: type[Exception], is_async: bool, sleeps: Sleeps
) -> None:
    script = Script(error, 200)
    assert send(connect(script, policy(sleeps)), "GET", is_async).status_code == 200
    assert script.count == 2


@SIDES
@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_is_not_retried_on_500(method: str, is_async: bool, sleeps: Sleeps) -> None:
    script = Script(500, 200)
    with pytest.raises(ServerError):
        send(connect(script, policy(sleeps)), method, is_async, content=b"a=1")
    assert script.count == 1
    assert sleeps.calls == []


@SIDES
@pytest.mark.parametrize("status", [429, 503])
def test_post_is_retried_on_429_and_503(status: int, is_async: bool, sleeps: Sleeps) -> None:
    script = Script(status, 201)
    response = send(connect(script, policy(sleeps)), "POST", is_async, data={"name": "n"})
    assert response.status_code == 201
    assert script.count == 2
    assert script.bodies == [b"name=n", b"name=n"]


@SIDES
@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_post_is_retried_when_the_request_never_left(
    error: type[Exception], is_async: bool, sleeps: Sleeps
) -> None:
    script = Script(error, 201)
    assert send(connect(script, policy(sleeps)), "POST", is_async, content=b"x").status_code == 201
    assert script.count == 2


@SIDES
@pytest.mark.parametrize("error", [httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError])
def test_post_is_not_retried_once_the_request_may_have_arrived(
    error: type[Exception], is_async: bool, sleeps: Sleeps
) -> None:
    script = Script(error, 201)
    with pytest.raises(TransportError):
        send(connect(script, policy(sleeps)), "POST", is_async, content=b"x")
    assert script.count == 1


@SIDES
def test_retries_stop_after_max_retries(
    is_async: bool, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bynder_ext")
    script = Script(503)
    with pytest.raises(ServerError, match="status 503"):
        send(connect(script, policy(sleeps)), "GET", is_async)
    assert script.count == 3
    assert sleeps.calls == [0.5, 1.0]
    lines = [r.getMessage() for r in caplog.records if "->" in r.getMessage()]
    assert len(lines) == 1
    assert lines[0].startswith("GET /api/v4/media/x/ -> 503 in ")
    assert lines[0].endswith("(retries=2)")


# -- Retry-After -------------------------------------------------------------------------------


@SIDES
def test_retry_after_seconds_is_honoured(is_async: bool, sleeps: Sleeps) -> None:
    script = Script((429, {"Retry-After": "3"}), 200)
    assert send(connect(script, policy(sleeps)), "GET", is_async).status_code == 200
    assert sleeps.calls == [3.0]


@SIDES
def test_retry_after_http_date_is_honoured_with_the_injected_clock(
    is_async: bool, sleeps: Sleeps
) -> None:
    date = format_datetime(datetime.fromtimestamp(NOW + 20, tz=UTC), usegmt=True)
    script = Script((503, {"Retry-After": date}), 200)
    assert send(connect(script, policy(sleeps)), "GET", is_async).status_code == 200
    assert sleeps.calls == [20.0]


@SIDES
def test_retry_after_beyond_the_cap_gives_up_with_rate_limited(
    is_async: bool, sleeps: Sleeps
) -> None:
    script = Script((429, {"Retry-After": "120"}), 200)
    with pytest.raises(RateLimited) as caught:
        send(connect(script, policy(sleeps, retry_after_cap=60)), "GET", is_async)
    assert caught.value.retry_after == 120.0
    assert script.count == 1
    assert sleeps.calls == []


# -- per client and per call ---------------------------------------------------------------------


@pytest.mark.parametrize("retry", [None, RetryPolicy(max_retries=0)])
def test_per_client_policy(retry: RetryPolicy | None) -> None:
    script = Script(503, 200)
    with pytest.raises(ServerError):
        send(connect(script, retry), "GET", False)
    assert script.count == 1


@SIDES
def test_per_call_policy_through_a_request_extension(is_async: bool, sleeps: Sleeps) -> None:
    script = Script(503, 503, 503, 503, 200)
    response = send(
        connect(script, policy(sleeps)),
        "GET",
        is_async,
        extensions={"bynder_retry": policy(sleeps, max_retries=4)},
    )
    assert response.status_code == 200
    assert script.count == 5


def test_retry_policy_context_changes_generated_calls(sleeps: Sleeps) -> None:
    script = Script(503)
    client = connect(script, policy(sleeps))
    with retry_policy(max_retries=0), pytest.raises(ServerError):
        get_asset.sync(client=client, id="x")
    assert script.count == 1
    with retry_policy(policy(sleeps, max_retries=1)), pytest.raises(ServerError):
        get_asset.sync(client=client, id="x")
    assert script.count == 3
    script.steps = [503, 200]
    script.success_body = {"id": "x", "name": "Cover"}
    get_asset.sync(client=client, id="x")  # back to the client's policy outside the blocks
    assert script.count == 5


async def test_retry_policy_context_is_per_task(sleeps: Sleeps) -> None:
    import asyncio

    script = Script(503)
    client = connect(script, policy(sleeps, max_retries=2))
    http = session_of(client).async_http

    async def without_retries() -> None:
        with retry_policy(max_retries=0), pytest.raises(ServerError):
            await http.get("/api/v4/media/a/")

    async def with_retries() -> None:
        with pytest.raises(ServerError):
            await http.get("/api/v4/media/b/")

    await asyncio.gather(without_retries(), with_retries())
    paths = [r.url.path for r in script.requests]
    assert paths.count("/api/v4/media/a/") == 1
    assert paths.count("/api/v4/media/b/") == 3


def test_retry_policy_checks_its_changes_at_once() -> None:
    with pytest.raises(ConfigurationError), retry_policy(max_retries=-3):
        pytest.fail("unreachable")
    with pytest.raises(TypeError), retry_policy(no_such_field=1):
        pytest.fail("unreachable")


# -- request bodies ---------------------------------------------------------------------------


def test_a_seekable_file_body_is_replayed_from_where_it_started(sleeps: Sleeps) -> None:
    script = Script(503, 201)
    body = io.BytesIO(b"skip-payload")
    body.seek(5)
    response = send(connect(script, policy(sleeps)), "PUT", False, content=body)
    assert response.status_code == 201
    assert script.bodies == [b"payload", b"payload"]


def test_a_consumed_generator_body_is_not_replayed(sleeps: Sleeps) -> None:
    script = Script(503, 201)

    def chunks() -> Iterator[bytes]:
        yield b"once"

    with pytest.raises(ServerError):
        send(connect(script, policy(sleeps)), "PUT", False, content=chunks())
    assert script.count == 1


class RefusedOnce(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A network whose first connection is refused before any byte of the body is read."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.refused = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.refused:
            self.refused = True
            raise httpx.ConnectError("refused", request=request)
        self.bodies.append(request.read())
        return httpx.Response(201)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self.refused:
            self.refused = True
            raise httpx.ConnectError("refused", request=request)
        self.bodies.append(await request.aread())
        return httpx.Response(201)


@SIDES
def test_a_generator_body_is_replayed_while_none_of_it_was_read(
    is_async: bool, sleeps: Sleeps
) -> None:
    network = RefusedOnce()

    def chunks() -> Iterator[bytes]:
        yield b"once"

    async def achunks() -> AsyncIterator[bytes]:
        yield b"once"

    client = bynder_ext.connect(
        PORTAL,
        auth=bynder_ext.PermanentToken("permanent-token-value"),
        transport=network,
        retry=policy(sleeps),
        budget=None,
    )
    body = achunks() if is_async else chunks()
    assert send(client, "PUT", is_async, content=body).status_code == 201
    assert network.bodies == [b"once"]
    assert sleeps.calls == [0.5]


def test_multipart_over_seekable_files_is_replayed(sleeps: Sleeps) -> None:
    script = Script(503, 201)
    files = {"file": ("a.bin", io.BytesIO(b"0123456789"), "application/octet-stream")}
    send(connect(script, policy(sleeps)), "POST", False, data={"k": "v"}, files=files)
    assert script.count == 2
    assert script.bodies[0] == script.bodies[1]
    assert b"0123456789" in script.bodies[1]


# -- the transports on their own ---------------------------------------------------------------


def test_retry_transport_wraps_any_transport(sleeps: Sleeps) -> None:
    script = Script(502, 200)
    with httpx.Client(
        transport=RetryTransport(httpx.MockTransport(script), policy(sleeps))
    ) as client:
        assert client.get(f"{PORTAL}/x").status_code == 200
    assert script.count == 2


async def test_async_retry_transport_wraps_any_transport(sleeps: Sleeps) -> None:
    script = Script(httpx.ConnectError, 200)
    transport = AsyncRetryTransport(httpx.MockTransport(script), policy(sleeps))
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get(f"{PORTAL}/x")).status_code == 200
    assert sleeps.calls == [0.5]


# -- the request budget --------------------------------------------------------------------------


class FakeClock:
    """A monotonic clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def budget_for(
    clock: FakeClock, requests: int, window: float, margin: float = 0.0
) -> RequestBudget:
    return RequestBudget(
        requests, window, margin=margin, clock=clock, sleep=clock.sleep, async_sleep=clock.asleep
    )


def test_budget_admits_a_full_window_then_waits() -> None:
    clock = FakeClock()
    budget = budget_for(clock, 3, 10.0)
    for _ in range(3):
        budget.acquire()
        budget.release()
    assert clock.sleeps == []
    budget.acquire()
    assert clock.sleeps == [10.0]
    assert budget.in_use() == 1


def test_a_slot_counts_from_when_its_answer_arrived() -> None:
    clock = FakeClock()
    budget = budget_for(clock, 1, 10.0)
    budget.acquire()
    clock.now = 4.0  # the request took 4 s
    budget.release()
    budget.acquire()
    assert clock.now == 14.0


def test_the_margin_widens_the_window() -> None:
    clock = FakeClock()
    budget = budget_for(clock, 1, 100.0, margin=0.01)
    budget.acquire()
    budget.release()
    budget.acquire()
    assert clock.sleeps == [pytest.approx(101.0)]


async def test_sync_and_async_share_one_budget() -> None:
    clock = FakeClock()
    budget = budget_for(clock, 2, 10.0)
    budget.acquire()
    budget.release()
    await budget.aacquire()
    budget.release()
    await budget.aacquire()
    assert clock.sleeps == [10.0]


def test_budget_is_thread_safe() -> None:
    budget = RequestBudget(5, 0.2, margin=0.0)
    admitted: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        budget.acquire()
        with lock:
            admitted.append(time.monotonic())
        budget.release()

    threads = [threading.Thread(target=worker) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    admitted.sort()
    assert len(admitted) == 12
    for i in range(len(admitted) - 5):  # never 6 admissions within one window
        assert admitted[i + 5] - admitted[i] >= 0.2 - 0.05  # 50 ms for thread scheduling


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((0, 10.0), {}),
        ((1.5, 10.0), {}),
        ((True, 10.0), {}),
        ((10, 0), {}),
        ((10, -1), {}),
        ((10, 1), {"margin": -1}),
    ],
)
def test_bad_budget_values_are_refused(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        RequestBudget(*args, **kwargs)


@SIDES
def test_every_attempt_takes_a_slot(is_async: bool, sleeps: Sleeps) -> None:
    clock = FakeClock()
    script = Script(503, 503, 200)
    client = connect(script, policy(sleeps), budget=budget_for(clock, 2, 100.0))
    assert send(client, "GET", is_async).status_code == 200
    assert script.count == 3
    assert clock.sleeps == [100.0]  # the third attempt waited for a slot


def test_budget_transport_counts_only_its_origin() -> None:
    clock = FakeClock()
    budget = budget_for(clock, 1, 100.0)
    transport = BudgetTransport(httpx.MockTransport(lambda r: httpx.Response(200)), budget, PORTAL)
    with httpx.Client(transport=transport) as client:
        client.get(f"{PORTAL}/a")
        for _ in range(5):
            client.get("https://bucket.s3.amazonaws.com/part")
    assert clock.sleeps == []
    assert budget.in_use() == 1


async def test_async_budget_transport_waits_without_blocking() -> None:
    clock = FakeClock()
    budget = budget_for(clock, 1, 30.0)
    transport = AsyncBudgetTransport(
        httpx.MockTransport(lambda r: httpx.Response(200)), budget, PORTAL
    )
    async with httpx.AsyncClient(transport=transport) as client:
        await client.get(f"{PORTAL}/a")
        await client.get(f"{PORTAL}/b")
    assert clock.sleeps == [30.0]


def test_external_client_is_outside_the_budget() -> None:
    clock = FakeClock()
    script = Script(200)
    client = connect(script, None, budget=budget_for(clock, 1, 100.0))
    session = session_of(client)
    session.http.get("/api/v4/media/")
    for _ in range(3):
        session.external.get("https://bucket.s3.amazonaws.com/key")
    assert clock.sleeps == []
    assert session.budget is not None
    assert session.budget.in_use() == 1


# -- the budget against the fake's enforced budget -------------------------------------------------


BURST = 60
SERVER_BUDGET = (25, 0.5)


def test_a_threaded_burst_stays_inside_the_servers_budget() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from bynder_client.api.users import get_current_user

    from bynder_ext.testing import FakeBynder

    fake = FakeBynder()
    fake.budget(*SERVER_BUDGET)
    assert fake.contract is not None  # load the spec now, not inside the timed burst
    served = fake.serve()
    try:
        with bynder_ext.connect(
            served.base_url,
            auth=bynder_ext.PermanentToken(fake.permanent_token),
            budget=RequestBudget(*SERVER_BUDGET),
            retry=None,
        ) as client:
            started = time.monotonic()
            with ThreadPoolExecutor(8) as pool:
                users = list(pool.map(lambda _: get_current_user.sync(client=client), range(BURST)))
            elapsed = time.monotonic() - started
    finally:
        served.stop()
    assert len(users) == BURST
    assert [r.status for r in fake.requests].count(429) == 0
    windows_needed = BURST // SERVER_BUDGET[0]  # two full windows must pass before the last 10
    assert elapsed >= windows_needed * SERVER_BUDGET[1]
    assert elapsed < (windows_needed + 2) * SERVER_BUDGET[1]  # and under two windows more


async def test_an_async_burst_stays_inside_the_servers_budget() -> None:
    import asyncio

    from bynder_client.api.users import get_current_user

    from bynder_ext.testing import FakeBynder

    fake = FakeBynder()
    fake.budget(*SERVER_BUDGET)
    assert fake.contract is not None
    client = bynder_ext.connect(
        PORTAL,
        auth=bynder_ext.PermanentToken(fake.permanent_token),
        transport=fake.transport(),
        budget=RequestBudget(*SERVER_BUDGET),
        retry=None,
    )
    started = time.monotonic()
    users = await asyncio.gather(*(get_current_user.asyncio(client=client) for _ in range(BURST)))
    elapsed = time.monotonic() - started
    assert len(users) == BURST
    assert [r.status for r in fake.requests].count(429) == 0
    assert elapsed >= 2 * SERVER_BUDGET[1]
    assert elapsed < 4 * SERVER_BUDGET[1]  # and under two windows more


def test_without_the_budget_the_same_burst_is_blocked() -> None:
    from bynder_client.api.users import get_current_user

    from bynder_ext.testing import FakeBynder

    fake = FakeBynder()
    fake.budget(*SERVER_BUDGET)
    client = bynder_ext.connect(
        PORTAL,
        auth=bynder_ext.PermanentToken(fake.permanent_token),
        transport=fake.transport(),
        budget=None,
        retry=None,
    )
    for _ in range(SERVER_BUDGET[0]):
        get_current_user.sync(client=client)
    with pytest.raises(RateLimited):
        get_current_user.sync(client=client)
    assert [r.status for r in fake.requests].count(200) == SERVER_BUDGET[0]


# -- generated calls against the fake's injected faults ---------------------------------------------


def fake_client(sleeps: Sleeps) -> tuple[Any, bynder_ext.BynderClient]:
    from bynder_ext.testing import FakeBynder

    fake = FakeBynder()
    fake.seed(n_assets=3)
    client = bynder_ext.connect(
        PORTAL,
        auth=bynder_ext.PermanentToken(fake.permanent_token),
        transport=fake.transport(),
        retry=policy(sleeps),
    )
    return fake, client


def run(is_async: bool, module: Any, **kwargs: Any) -> Any:
    import asyncio

    if is_async:
        return asyncio.run(module.asyncio(**kwargs))
    return module.sync(**kwargs)


@SIDES
@pytest.mark.parametrize(("status", "attempts"), [(500, 1), (503, 2)])
def test_generated_create_collection_retries_only_when_safe(
    status: int, attempts: int, is_async: bool, sleeps: Sleeps
) -> None:
    from bynder_client.api.collections import create_collection
    from bynder_client.models.collection_create_form import CollectionCreateForm

    fake, client = fake_client(sleeps)
    before = len(fake.collections)
    fake.faults.server_errors(count=1, status=status, only="create_collection")
    body = CollectionCreateForm(name="Spring shoot")
    if status == 500:
        with pytest.raises(ServerError):
            run(is_async, create_collection, client=client, body=body)
    else:
        run(is_async, create_collection, client=client, body=body)
    assert len(fake.requests_for("create_collection")) == attempts
    assert len(fake.collections) == before + (attempts - 1)  # never created twice


@SIDES
@pytest.mark.parametrize("status", [500, 502, 504])
def test_generated_list_assets_is_retried_on_server_errors(
    status: int, is_async: bool, sleeps: Sleeps
) -> None:
    from bynder_client.api.assets import list_assets

    fake, client = fake_client(sleeps)
    fake.faults.server_errors(count=2, status=status, only="list_assets")
    assets = run(is_async, list_assets, client=client)
    assert len(assets) == 3
    assert [r.status for r in fake.requests_for("list_assets")] == [status, status, 200]
    assert sleeps.calls == [0.5, 1.0]


@SIDES
@pytest.mark.parametrize("phase", ["request", "response"])
def test_a_dropped_connection_is_retried_for_get(
    phase: str, is_async: bool, sleeps: Sleeps
) -> None:
    from bynder_client.api.assets import list_assets

    fake, client = fake_client(sleeps)
    fake.faults.drop_connections(count=1, where="list_assets", phase=phase)
    assert len(run(is_async, list_assets, client=client)) == 3
    assert len(fake.requests_for("list_assets")) == 2


@SIDES
def test_a_dropped_connection_is_not_retried_for_post(is_async: bool, sleeps: Sleeps) -> None:
    from bynder_client.api.collections import create_collection
    from bynder_client.models.collection_create_form import CollectionCreateForm

    fake, client = fake_client(sleeps)
    fake.faults.drop_connections(count=1, where="create_collection", phase="response")
    with pytest.raises(TransportError):
        run(is_async, create_collection, client=client, body=CollectionCreateForm(name="Once"))
    assert len(fake.requests_for("create_collection")) == 1


@SIDES
def test_generated_call_honours_retry_after_from_the_fake(is_async: bool, sleeps: Sleeps) -> None:
    from bynder_client.api.assets import list_assets

    fake, client = fake_client(sleeps)
    fake.faults.rate_limits(count=1, retry_after=7, only="list_assets")
    run(is_async, list_assets, client=client)
    assert sleeps.calls == [7.0]


def test_a_streamed_body_is_watched_once_however_many_layers_ask() -> None:
    from bynder_ext.transport.core import replay_of

    def chunks() -> Iterator[bytes]:
        yield b"part"

    request = httpx.Request("POST", "https://portal.example.com/x", content=chunks())
    first = replay_of(request)  # the auth flow
    stream = request.stream
    second = replay_of(request)  # then the retry transport
    assert request.stream is stream  # not wrapped a second time
    assert (first(), second()) == (True, True)
    assert b"".join(request.stream) == b"part"  # type: ignore[arg-type]
    assert (first(), second()) == (False, False)  # both know the body was read
