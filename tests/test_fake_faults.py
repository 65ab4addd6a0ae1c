"""Each fault knob of the fake does what it says, on both front ends where it matters."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest

from bynder_ext.testing import FakeBynder

PORTAL = "https://portal.fake-bynder.test"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake() -> FakeBynder:
    return FakeBynder(strict=False, seed=1)


@pytest.fixture
def api(fake: FakeBynder) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as client:
        yield client


def s3_fields(api: httpx.Client, filename: str = "a.jpg") -> tuple[str, dict[str, str]]:
    init = api.post("/api/upload/init/", data={"filename": filename}).json()
    params = init["multipart_params"]
    key = f"{params['key']}/p1"
    return key, {
        **params,
        "key": key,
        "Filename": key,
        "name": filename,
        "chunk": "1",
        "chunks": "1",
    }


# -- latency ------------------------------------------------------------------------------------


def test_latency_per_class(fake: FakeBynder, api: httpx.Client) -> None:
    api.get("/api/v4/account/")  # warm up
    fake.faults.latency(api=0.05)
    start = time.perf_counter()
    for _ in range(4):
        api.get("/api/v4/account/")
    assert time.perf_counter() - start >= 0.2
    fake.faults.latency(api=0.0, token=1.5)
    start = time.perf_counter()
    api.get("/api/v4/account/")
    assert time.perf_counter() - start < 1.0  # the token class is slow, not the API
    start = time.perf_counter()
    api.post(
        "/v6/authentication/oauth2/token",
        data={
            "grant_type": "client_credentials",
            "client_id": fake.client_id,
            "client_secret": fake.client_secret,
        },
    )
    assert time.perf_counter() - start >= 1.5


def test_s3_and_download_latency(fake: FakeBynder, api: httpx.Client) -> None:
    fake.seed(n_assets=1)
    _, fields = s3_fields(api)
    fake.faults.latency(s3=0.2, download=0.1)
    with httpx.Client(transport=fake.transport()) as s3:
        start = time.perf_counter()
        assert s3.post(fake.s3_url, data=fields, files={"file": ("a.jpg", b"x")}).status_code == 201
        assert time.perf_counter() - start >= 0.2
        asset = next(iter(fake.assets.values()))
        url = api.get(f"/api/v4/media/{asset.id}/download/{asset.items[0].id}/").json()["s3_file"]
        start = time.perf_counter()
        assert s3.get(url).status_code == 200
        assert time.perf_counter() - start >= 0.1


async def test_async_latency_does_not_block_the_loop(fake: FakeBynder) -> None:
    fake.faults.latency(api=0.3)
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async with httpx.AsyncClient(
        base_url=PORTAL, transport=fake.transport(), headers=headers
    ) as client:
        task = asyncio.create_task(ticker())
        start = time.perf_counter()
        r = await client.get("/api/v4/account/")
        elapsed = time.perf_counter() - start
        task.cancel()
    assert r.status_code == 200
    assert elapsed >= 0.3
    assert ticks >= 5  # the loop ran while the request waited


# -- injected errors ------------------------------------------------------------------------------


def statuses(seed: int, rate: float, n: int = 60) -> list[int]:
    fake = FakeBynder(strict=False, seed=seed)
    fake.faults.server_errors(rate=rate, status=503)
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as client:
        return [client.get("/api/v4/account/").status_code for _ in range(n)]


def test_server_error_rate_is_seeded() -> None:
    first, second = statuses(3, 0.5), statuses(3, 0.5)
    assert first == second  # same seed, same failures
    assert set(first) == {200, 503}
    assert 15 <= first.count(503) <= 45
    assert statuses(4, 0.5) != first
    assert set(statuses(3, 0.0)) == {200}


def test_server_errors_by_count_and_class(fake: FakeBynder, api: httpx.Client) -> None:
    fake.faults.server_errors(count=2, status=502, only="list_brands")
    assert [api.get("/api/v4/brands/").status_code for _ in range(3)] == [502, 502, 200]
    assert api.get("/api/v4/account/").status_code == 200
    fake.faults.server_errors(count=1, status=500, only="token")
    assert api.get("/api/v4/account/").status_code == 200
    r = api.post("/v6/authentication/oauth2/token", data={"grant_type": "client_credentials"})
    assert r.status_code == 500
    assert r.json()["error"] == "server_error"


def test_injected_error_has_no_effect(fake: FakeBynder, api: httpx.Client) -> None:
    fake.faults.server_errors(count=1)
    r = api.post("/api/v4/collections/", data={"name": "Nope"})
    assert r.status_code == 503
    assert r.json() == {"message": "Service temporarily unavailable", "statuscode": 503}
    assert fake.collections == {}


def test_rate_limits_with_retry_after(fake: FakeBynder, api: httpx.Client) -> None:
    fake.faults.rate_limits(count=1, retry_after=7)
    r = api.get("/api/v4/account/")
    assert r.status_code == 429
    assert r.headers["retry-after"] == "7"
    assert api.get("/api/v4/account/").status_code == 200
    fake.faults.rate_limits(rate=1.0, retry_after=None, only="api")
    r = api.get("/api/v4/account/")
    assert r.status_code == 429
    assert "retry-after" not in r.headers
    fake.faults.clear()
    assert api.get("/api/v4/account/").status_code == 200


def test_s3_errors_are_xml(fake: FakeBynder, api: httpx.Client) -> None:
    _, fields = s3_fields(api)
    fake.faults.server_errors(count=1, only="s3", status=503)
    with httpx.Client(transport=fake.transport()) as s3:
        r = s3.post(fake.s3_url, data=fields, files={"file": ("a.jpg", b"x")})
    assert r.status_code == 503
    assert r.headers["content-type"] == "application/xml"
    assert "<Code>InternalError</Code>" in r.text or "<Code>" in r.text


# -- dropped connections ---------------------------------------------------------------------------


def test_drop_before_response_in_process(fake: FakeBynder, api: httpx.Client) -> None:
    key, fields = s3_fields(api)
    fake.faults.drop_connections(count=1, where="s3")
    with httpx.Client(transport=fake.transport()) as s3:
        with pytest.raises(httpx.RemoteProtocolError):
            s3.post(fake.s3_url, data=fields, files={"file": ("a.jpg", b"x" * 1000)})
        assert key not in fake.s3_objects  # the part never arrived
        assert (
            s3.post(fake.s3_url, data=fields, files={"file": ("a.jpg", b"x" * 1000)}).status_code
            == 201
        )
    assert key in fake.s3_objects


def test_drop_mid_response_in_process(fake: FakeBynder, api: httpx.Client) -> None:
    fake.seed(n_assets=3)
    fake.faults.drop_connections(count=1, where="list_assets", phase="response")
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/api/v4/media/")
    assert api.get("/api/v4/media/").status_code == 200


def test_drop_response_after_the_side_effect(fake: FakeBynder, api: httpx.Client) -> None:
    fake.faults.drop_connections(count=1, where="create_collection", phase="response")
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/api/v4/collections/", data={"name": "Ghost"})
    assert [c.name for c in fake.collections.values()] == ["Ghost"]


async def test_drops_in_async_clients(fake: FakeBynder) -> None:
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    fake.faults.drop_connections(count=1, where="api")
    async with httpx.AsyncClient(
        base_url=PORTAL, transport=fake.transport(), headers=headers
    ) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/api/v4/account/")
        fake.faults.drop_connections(count=1, where="api", phase="response")
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/api/v4/account/")
        assert (await client.get("/api/v4/account/")).status_code == 200


def test_drops_over_the_socket(fake: FakeBynder) -> None:
    with fake.serve() as server:
        headers = {"Authorization": f"Bearer {fake.permanent_token}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as http, httpx.Client() as s3:
            key, fields = s3_fields(http)
            fake.faults.drop_connections(count=1, where="s3")
            with pytest.raises(httpx.TransportError):
                s3.post(server.s3_url, data=fields, files={"file": ("a.jpg", b"y" * 200_000)})
            assert key not in fake.s3_objects
            r = s3.post(server.s3_url, data=fields, files={"file": ("a.jpg", b"y" * 200_000)})
            assert r.status_code == 201
            fake.faults.drop_connections(count=1, where="api", phase="response")
            with pytest.raises(httpx.RemoteProtocolError):
                http.get("/api/v4/account/")
            assert http.get("/api/v4/account/").status_code == 200
    assert fake.s3_objects[key].size == 200_000


# -- tokens, processing, budget ---------------------------------------------------------------------


def test_tokens_expire_at_a_moment() -> None:
    clock = Clock()
    fake = FakeBynder(strict=False, clock=clock)
    early = fake.issue_token()
    fake.faults.expire_tokens_at(clock.now + 100)
    with httpx.Client(base_url=PORTAL, transport=fake.transport()) as http:

        def status(token: str) -> int:
            return http.get(
                "/api/v4/account/", headers={"Authorization": f"Bearer {token}"}
            ).status_code

        assert status(early) == 200
        clock.now += 100
        assert status(early) == 401
        late = fake.issue_token()  # issued after the moment: works
        assert status(late) == 200
        assert status(fake.permanent_token) == 200


def test_processing_failure_knob(fake: FakeBynder, api: httpx.Client) -> None:
    fake.faults.fail_processing(count=1)
    assert fake.faults.processing_outcome("a.jpg") == "failed"
    assert fake.faults.processing_outcome("b.jpg") == "done"
    fake.faults.reject_processing(count=None, filenames=["*.psd"])
    assert fake.faults.processing_outcome("art.psd") == "rejected"
    assert fake.faults.processing_outcome("art.png") == "done"


def test_budget_blocks_and_extends_while_called() -> None:
    clock = Clock()
    fake = FakeBynder(strict=False, clock=clock)
    fake.budget(requests=3, window=10)
    other = fake.add_oauth_app()
    other_token = fake.issue_token(client_id=other.client_id)
    with httpx.Client(base_url=PORTAL, transport=fake.transport()) as http:

        def call(token: str) -> int:
            return http.get(
                "/api/v4/account/", headers={"Authorization": f"Bearer {token}"}
            ).status_code

        mine = fake.permanent_token
        assert [call(mine) for _ in range(3)] == [200, 200, 200]
        r = http.get("/api/v4/account/", headers={"Authorization": f"Bearer {mine}"})
        assert r.status_code == 429
        assert "retry-after" not in r.headers  # like the portal
        assert call(other_token) == 200  # the budget is per client
        clock.now += 9
        assert call(mine) == 429  # still blocked, and the block is extended to t+19
        clock.now += 9
        assert call(mine) == 429  # extended again, to t+28
        clock.now += 9.5
        assert call(mine) == 429  # 9.5 s of quiet is not a full window
        clock.now += 10
        assert [call(mine) for _ in range(3)] == [200, 200, 200]
        assert call(mine) == 429
    assert fake.faults.request_budget is not None
    assert fake.faults.request_budget.rejected == 5


def test_budget_window_slides() -> None:
    clock = Clock()
    fake = FakeBynder(strict=False, clock=clock)
    fake.budget(requests=2, window=10, retry_after=True)
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as http:
        assert http.get("/api/v4/account/").status_code == 200
        clock.now += 6
        assert http.get("/api/v4/account/").status_code == 200
        clock.now += 5  # the first call left the window
        assert http.get("/api/v4/account/").status_code == 200
        r = http.get("/api/v4/account/")
        assert r.status_code == 429
        assert r.headers["retry-after"] == "10"


def test_budget_per_ip_on_the_server() -> None:
    fake = FakeBynder(strict=False)
    fake.budget(requests=2, window=60, per="ip")
    with fake.serve() as server:
        statuses = [
            httpx.get(
                f"{server.base_url}/api/v4/account/", headers={"Authorization": f"Bearer {t}"}
            ).status_code
            for t in (fake.permanent_token, fake.issue_token(), fake.create_permanent_token())
        ]
    assert statuses == [200, 200, 429]


def test_clear_removes_every_fault(fake: FakeBynder, api: httpx.Client) -> None:
    fake.faults.server_errors(rate=1.0).latency(every=2.0).budget(1, 60)
    fake.faults.clear()
    start = time.perf_counter()
    assert [api.get("/api/v4/account/").status_code for _ in range(3)] == [200, 200, 200]
    assert time.perf_counter() - start < 2.0  # one remaining delay would take 2 s


def test_knob_arguments_are_checked(fake: FakeBynder) -> None:
    with pytest.raises(ValueError, match="rate"):
        fake.faults.server_errors(rate=1.5)
    with pytest.raises(ValueError, match="5xx"):
        fake.faults.server_errors(rate=0.1, status=404)
    with pytest.raises(ValueError, match="rate, a count"):
        fake.faults.rate_limits()
    with pytest.raises(ValueError, match="phase"):
        fake.faults.drop_connections(rate=0.1, phase="later")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="requests >= 1"):
        fake.budget(requests=0)


@pytest.mark.parametrize("front_end", ["transport", "socket"])
def test_lost_answer_to_a_bodiless_response(fake: FakeBynder, front_end: str) -> None:
    collection = fake.add_collection("Doomed")
    fake.faults.drop_connections(count=1, where="delete_collection", phase="response")
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    if front_end == "transport":
        client = httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers)
        server = None
    else:
        server = fake.serve()
        client = httpx.Client(base_url=server.base_url, headers=headers)
    try:
        with pytest.raises(httpx.RemoteProtocolError):
            client.delete(f"/api/v4/collections/{collection.id}/")
        assert collection.id not in fake.collections  # the 204 was lost, the delete happened
        assert client.delete(f"/api/v4/collections/{collection.id}/").status_code == 404
    finally:
        client.close()
        if server is not None:
            server.stop()


def test_latency_applies_to_error_answers(fake: FakeBynder, api: httpx.Client) -> None:
    fake.faults.latency(api=0.15)
    start = time.perf_counter()
    assert api.get("/api/v4/media/nope/").status_code == 404
    assert api.get("/api/v4/media/", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert time.perf_counter() - start >= 0.3
