"""Downloads against the fake Bynder, sync and async: byte-identical round trips, progress, resume
of a `.part` with Range, dropped connections, size checks, no token sent to S3, file objects."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from bynder_ext import (
    BynderClient,
    ConfigurationError,
    DownloadError,
    NotFound,
    PermanentToken,
    PermissionDenied,
    RequestTimeout,
    RetryPolicy,
    TransportError,
    connect,
)
from bynder_ext.client import session_of
from bynder_ext.download import (
    DownloadProgress,
    DownloadResult,
    adownload_item,
    adownload_original,
    download_item,
    download_original,
)
from bynder_ext.testing import FakeBynder, RecordedRequest
from bynder_ext.testing.areas.assets import item_key, new_item
from bynder_ext.testing.areas.upload import new_asset
from bynder_ext.testing.blobs import MemoryBlob
from bynder_ext.testing.server import FakeServer
from bynder_ext.testing.state import MediaItem
from tests.portal import warm_up

PORTAL = "https://portal.fake-bynder.test"
BIG = (3 << 20) + 17  # larger than what the retry transport reads ahead: the body streams
SMALL = 100 * 1024  # read whole by the retry transport


def payload(size: int, seed: int = 1) -> bytes:
    """Deterministic, incompressible-looking bytes."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    return bytes(out[:size])


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def add_asset(fake: FakeBynder, data: bytes, filename: str = "file.bin") -> tuple[str, MediaItem]:
    with fake.lock:
        asset = new_asset(
            fake,
            name=filename,
            filename=filename,
            blob=MemoryBlob(data),
            brand_id=fake.default_brand_id,
        )
    return asset.id, asset.items[0]


def s3_requests(fake: FakeBynder) -> list[RecordedRequest]:
    return [r for r in fake.requests if r.target == "s3"]


def ranges(fake: FakeBynder) -> list[tuple[str | None, int | None]]:
    return [(r.headers.get("range"), r.status) for r in s3_requests(fake)]


def names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "."))


class Api:
    """The sync or the async download functions behind one awaitable interface."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async

    async def item(self, *args: Any, **kwargs: Any) -> DownloadResult:
        if self.is_async:
            return await adownload_item(*args, **kwargs)
        return download_item(*args, **kwargs)

    async def original(self, *args: Any, **kwargs: Any) -> DownloadResult:
        if self.is_async:
            return await adownload_original(*args, **kwargs)
        return download_original(*args, **kwargs)


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Api:
    return Api(request.param == "async")


@pytest.fixture
def fake(fake_bynder_core: FakeBynder) -> FakeBynder:
    return fake_bynder_core


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def policy(sleeps: list[float]) -> RetryPolicy:
    async def asleep(seconds: float) -> None:
        sleeps.append(seconds)

    return RetryPolicy(sleep=sleeps.append, async_sleep=asleep)


def make_client(
    fake: FakeBynder, policy: RetryPolicy, transport: Any = None, **kwargs: Any
) -> BynderClient:
    return connect(
        PORTAL,
        auth=PermanentToken(fake.permanent_token),
        transport=transport or fake.transport(),
        retry=policy,
        **kwargs,
    )


@pytest.fixture
async def client(fake: FakeBynder, policy: RetryPolicy) -> AsyncIterator[BynderClient]:
    client = make_client(fake, policy)
    yield client
    session_of(client).close()
    await session_of(client).aclose()


class Tamper(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake's transport, with S3 requests and any answer open to alteration."""

    def __init__(self, fake: FakeBynder) -> None:
        self.inner = fake.transport()
        self.s3_host = httpx.URL(fake.s3_url).host
        self.on_s3_request: Callable[[httpx.Request], httpx.Request] | None = None
        self.on_response: Callable[[httpx.Request, httpx.Response], httpx.Response] | None = None

    def _request(self, request: httpx.Request) -> httpx.Request:
        if self.on_s3_request is not None and request.url.host == self.s3_host:
            return self.on_s3_request(request)
        return request

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request = self._request(request)
        response = self.inner.handle_request(request)
        if self.on_response is None:
            return response
        response.read()
        return self.on_response(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request = self._request(request)
        response = await self.inner.handle_async_request(request)
        if self.on_response is None:
            return response
        await response.aread()
        return self.on_response(request, response)


def with_headers(request: httpx.Request, **changes: str | None) -> httpx.Request:
    headers = {k: v for k, v in request.headers.items() if k.lower() not in changes}
    headers.update({k: v for k, v in changes.items() if v is not None})
    return httpx.Request(
        request.method, request.url, headers=headers, extensions=request.extensions
    )


def interrupt(
    client: BynderClient, fake: FakeBynder, asset_id: str, item_id: str, path: Path
) -> int:
    """Leave a `.part` behind: the connection drops halfway and no reconnection is allowed."""
    fake.faults.drop_connections(where="download", phase="response", count=1)
    with pytest.raises(TransportError):
        download_item(client, asset_id, item_id, path, max_reconnects=0)
    assert not path.exists()
    held = path.with_name(path.name + ".part").stat().st_size
    assert 0 < held < len(fake.assets[asset_id].items[0].blob.read_all())
    fake.reset_records()
    return held


# -- round trips -----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, SMALL, BIG])
async def test_round_trip_by_item_and_as_original(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path, size: int
) -> None:
    data = payload(size)
    asset_id, item = add_asset(fake, data, "photo.jpg")

    by_item = await api.item(client, asset_id, item.id, tmp_path / "by-item.jpg")
    original = await api.original(client, asset_id, tmp_path / "original.jpg")

    for result, name in ((by_item, "by-item.jpg"), (original, "original.jpg")):
        assert result.path == tmp_path / name
        assert sha((tmp_path / name).read_bytes()) == sha(data) == result.sha256
        assert result.size == result.bytes_written == size
        assert result.resumed_from == 0
        assert result.content_type == "image/jpeg"
    assert names(tmp_path) == ["by-item.jpg", "original.jpg"]


async def test_progress_reaches_the_total(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    seen: list[DownloadProgress] = []

    await api.item(
        client, asset_id, item.id, tmp_path / "f.bin", progress=seen.append, chunk_size=65536
    )

    assert seen[0] == DownloadProgress(0, BIG)
    assert seen[-1] == DownloadProgress(BIG, BIG)
    assert len(seen) > BIG // 65536
    done = [p.bytes_done for p in seen]
    assert done == sorted(done)


async def test_hashed_item_id_passes_hash_true(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    data = payload(SMALL)
    asset_id, item = add_asset(fake, data)

    result = await api.item(client, asset_id, item.id_hash, tmp_path / "f.bin", hashed=True)
    await api.item(client, asset_id, item.id, tmp_path / "g.bin")

    assert result.sha256 == sha(data)
    hashed, plain = fake.requests_for("download_specific_asset_item")
    assert hashed.path.endswith(f"/download/{item.id_hash}/")
    assert hashed.query_dict()["hash"] == "true"
    assert plain.query_dict()["hash"] == "false"


async def test_the_s3_request_carries_no_token(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    asset_id, item = add_asset(fake, payload(BIG))
    fake.faults.drop_connections(where="download", phase="response", count=1)
    client = client.with_headers({"X-Portal-Only": "yes"})

    await api.item(client, asset_id, item.id, tmp_path / "f.bin")

    downloads = s3_requests(fake)
    assert len(downloads) == 2  # the first answer and the reconnection
    for request in downloads:
        assert "authorization" not in request.headers
        assert "x-portal-only" not in request.headers
        assert request.headers["accept-encoding"] == "identity"
    portal = [r for r in fake.requests if r.target == "portal"]
    assert portal
    for request in portal:
        assert request.headers["authorization"] == f"Bearer {fake.permanent_token}"
        assert request.headers["x-portal-only"] == "yes"


async def test_original_is_the_active_version_or_the_one_asked(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    first, second = payload(SMALL, seed=1), payload(SMALL + 5, seed=2)
    asset_id, _ = add_asset(fake, first, "a.png")
    with fake.lock:
        new_item(fake, fake.assets[asset_id], "a.png", MemoryBlob(second))
        new_item(fake, fake.assets[asset_id], "extra.png", MemoryBlob(b"x"), kind="additional")

    active = await api.original(client, asset_id, tmp_path / "active.png")
    old = await api.original(client, asset_id, tmp_path / "old.png", version=1)
    with pytest.raises(DownloadError, match="no original of version 7"):
        await api.original(client, asset_id, tmp_path / "none.png", version=7)

    assert active.sha256 == sha(second)
    assert old.sha256 == sha(first)
    assert fake.requests_for("get_asset")[0].query_dict()["versions"] == "true"


# -- file objects ----------------------------------------------------------------------------------


class WriteOnly:
    """A destination that can only be written to (no seek, no tell)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, chunk: bytes) -> int:
        self.data += chunk
        return len(chunk)


async def test_writing_to_a_file_object(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    buffer = io.BytesIO(b"head:")
    buffer.seek(0, io.SEEK_END)

    result = await api.item(client, asset_id, item.id, buffer)

    assert result.path is None
    assert result.size == BIG
    assert buffer.getvalue() == b"head:" + data
    assert not buffer.closed
    assert names(tmp_path) == []


async def test_a_write_only_object_continues_after_a_drop(
    api: Api, fake: FakeBynder, client: BynderClient
) -> None:
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    fake.faults.drop_connections(where="download", phase="response", count=1)
    sink = WriteOnly()

    result = await api.item(client, asset_id, item.id, sink)

    assert bytes(sink.data) == data
    assert result.sha256 == sha(data)
    assert [status for _, status in ranges(fake)] == [200, 206]


async def test_a_write_only_object_cannot_restart_from_zero(
    api: Api, fake: FakeBynder, policy: RetryPolicy
) -> None:
    tamper = Tamper(fake)
    tamper.on_s3_request = lambda request: with_headers(request, range=None, **{"if-range": None})
    client = make_client(fake, policy, tamper)
    asset_id, item = add_asset(fake, payload(BIG))
    fake.faults.drop_connections(where="download", phase="response", count=1)

    with pytest.raises(DownloadError, match="cannot seek back"):
        await api.item(client, asset_id, item.id, WriteOnly())


async def test_a_seekable_object_restarts_from_its_starting_point(
    api: Api, fake: FakeBynder, policy: RetryPolicy
) -> None:
    tamper = Tamper(fake)
    tamper.on_s3_request = lambda request: with_headers(request, range=None, **{"if-range": None})
    client = make_client(fake, policy, tamper)
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    fake.faults.drop_connections(where="download", phase="response", count=1)
    buffer = io.BytesIO(b"keep")
    buffer.seek(4)

    result = await api.item(client, asset_id, item.id, buffer)

    assert buffer.getvalue() == b"keep" + data
    assert result.bytes_written > BIG  # the first half was written twice
    assert [status for _, status in ranges(fake)] == [200, 200]


# -- resume and reconnection -----------------------------------------------------------------------


async def test_a_part_file_is_resumed_with_range(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    path = tmp_path / "f.bin"
    held = interrupt(client, fake, asset_id, item.id, path)
    assert leftovers(path) == ["f.bin.part", "f.bin.part.json"]
    seen: list[DownloadProgress] = []
    threads: set[int] = set()

    def progress(update: DownloadProgress) -> None:
        seen.append(update)
        threads.add(threading.get_ident())

    result = await api.item(client, asset_id, item.id, path, progress=progress)

    assert path.read_bytes() == data
    assert result.sha256 == sha(data)
    assert result.resumed_from == held
    assert result.bytes_written == BIG - held
    assert seen[0] == DownloadProgress(held, BIG)
    assert threads == {threading.get_ident()}  # hashing the part ran elsewhere, progress did not
    (request,) = s3_requests(fake)
    assert request.headers["range"] == f"bytes={held}-"
    assert request.headers["if-range"] == f'"{item.blob.md5}"'
    assert request.status == 206
    assert leftovers(path) == []


async def test_a_dropped_connection_resumes_with_range(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path, sleeps: list[float]
) -> None:
    data = payload(BIG)
    asset_id, _ = add_asset(fake, data)
    fake.faults.drop_connections(where="download", phase="response", count=2)

    result = await api.original(client, asset_id, tmp_path / "f.bin")

    assert (tmp_path / "f.bin").read_bytes() == data
    assert result.sha256 == sha(data)
    assert result.bytes_written == BIG
    (first, _), (second, _), (third, _) = seen = ranges(fake)
    assert [status for _, status in seen] == [200, 206, 206]
    assert first is None
    assert second is not None
    assert third is not None
    start2, start3 = (int(h.removeprefix("bytes=").rstrip("-")) for h in (second, third))
    assert 0 < start2 < start3 < BIG
    assert len(sleeps) == 2  # one backoff per reconnection


async def test_reconnections_are_bounded_and_keep_the_part(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    path = tmp_path / "f.bin"
    fake.faults.drop_connections(1.0, where="download", phase="response")  # every time

    with pytest.raises(TransportError) as caught:
        await api.item(client, asset_id, item.id, path, max_reconnects=2)

    assert "X-Amz-Signature=[REDACTED]" in str(caught.value)
    assert not path.exists()
    assert leftovers(path) == ["f.bin.part", "f.bin.part.json"]
    fake.faults.clear()
    fake.reset_records()
    result = await api.item(client, asset_id, item.id, path)
    assert path.read_bytes() == data
    assert result.resumed_from > BIG // 2


async def test_an_expired_download_url_is_resolved_again(api: Api, tmp_path: Path) -> None:
    now = [time.time()]
    fake = FakeBynder(clock=lambda: now[0], validate_responses=True)
    client = make_client(fake, RetryPolicy(sleep=lambda s: None, async_sleep=_no_wait))
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    fake.faults.drop_connections(where="download", phase="response", count=1)

    def later(progress: DownloadProgress) -> None:
        if progress.bytes_done:
            now[0] += 7200  # the signed URL (one hour) expires while the body is read

    result = await api.item(client, asset_id, item.id, tmp_path / "f.bin", progress=later)

    assert result.sha256 == sha(data)
    assert [status for _, status in ranges(fake)] == [200, 403, 206]
    assert len(fake.requests_for("download_specific_asset_item")) == 2
    assert fake.errors == []
    assert fake.contract_violations == []


async def _no_wait(seconds: float) -> None:
    return None


async def test_a_part_of_the_whole_file_completes_without_downloading(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    path = tmp_path / "f.bin"
    interrupt(client, fake, asset_id, item.id, path)
    path.with_name("f.bin.part").write_bytes(data)  # the body arrived, the rename did not

    result = await api.item(client, asset_id, item.id, path)

    assert path.read_bytes() == data
    assert (result.bytes_written, result.resumed_from, result.sha256) == (0, BIG, sha(data))
    assert ranges(fake) == [(f"bytes={BIG}-", 416)]


async def test_a_part_of_another_item_is_not_resumed(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    first, second = payload(BIG, seed=1), payload(BIG, seed=2)
    asset_a, item_a = add_asset(fake, first)
    asset_b, item_b = add_asset(fake, second)
    path = tmp_path / "f.bin"
    interrupt(client, fake, asset_a, item_a.id, path)

    result = await api.item(client, asset_b, item_b.id, path)

    assert path.read_bytes() == second
    assert result.resumed_from == 0
    assert ranges(fake) == [(None, 200)]


async def test_a_part_without_its_record_is_not_resumed(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    path = tmp_path / "f.bin"
    path.with_name("f.bin.part").write_bytes(b"something else entirely")

    result = await api.item(client, asset_id, item.id, path)

    assert path.read_bytes() == data
    assert result.resumed_from == 0
    assert ranges(fake) == [(None, 200)]
    assert leftovers(path) == []


async def test_resume_false_starts_over_and_cleans_up_on_failure(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    path = tmp_path / "f.bin"
    interrupt(client, fake, asset_id, item.id, path)

    result = await api.item(client, asset_id, item.id, path, resume=False)
    assert (result.resumed_from, result.sha256) == (0, sha(data))
    assert ranges(fake) == [(None, 200)]

    fake.faults.drop_connections(where="download", phase="response", count=1)
    with pytest.raises(TransportError):
        await api.item(
            client, asset_id, item.id, tmp_path / "g.bin", resume=False, max_reconnects=0
        )
    assert leftovers(tmp_path / "g.bin") == []


async def test_a_changed_object_restarts_from_zero(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    old, new = payload(BIG, seed=1), payload(BIG, seed=2)
    asset_id, item = add_asset(fake, old)
    path = tmp_path / "f.bin"
    interrupt(client, fake, asset_id, item.id, path)
    with fake.lock:  # same size, other bytes: only the ETag tells
        item.blob = MemoryBlob(new)
        fake.s3_objects[item_key(fake.assets[asset_id], item)] = item.blob

    result = await api.item(client, asset_id, item.id, path)

    assert path.read_bytes() == new
    assert (result.resumed_from, result.sha256) == (0, sha(new))
    assert [status for _, status in ranges(fake)] == [206, 200]


async def test_a_server_ignoring_range_restarts_from_zero(
    api: Api, fake: FakeBynder, policy: RetryPolicy, tmp_path: Path
) -> None:
    tamper = Tamper(fake)
    client = make_client(fake, policy, tamper)
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    path = tmp_path / "f.bin"
    interrupt(client, fake, asset_id, item.id, path)
    tamper.on_s3_request = lambda request: with_headers(request, range=None, **{"if-range": None})

    result = await api.item(client, asset_id, item.id, path)

    assert path.read_bytes() == data
    assert (result.resumed_from, result.bytes_written) == (0, BIG)
    assert ranges(fake) == [(None, 200)]


async def test_a_mangled_range_answer_restarts_without_range(
    api: Api, fake: FakeBynder, policy: RetryPolicy, tmp_path: Path
) -> None:
    tamper = Tamper(fake)
    client = make_client(fake, policy, tamper)
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    path = tmp_path / "f.bin"
    interrupt(client, fake, asset_id, item.id, path)

    def from_zero(request: httpx.Request) -> httpx.Request:
        return with_headers(request, range="bytes=0-") if "range" in request.headers else request

    tamper.on_s3_request = from_zero

    result = await api.item(client, asset_id, item.id, path)

    assert path.read_bytes() == data
    assert result.resumed_from == 0
    assert ranges(fake) == [("bytes=0-", 206), (None, 200)]


# -- size checks -----------------------------------------------------------------------------------


async def test_a_size_mismatch_raises_and_leaves_no_file(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    asset_id, item = add_asset(fake, payload(BIG))
    path = tmp_path / "f.bin"

    with pytest.raises(DownloadError, match=f"announced {BIG} bytes, expected {BIG + 1}"):
        await api.item(client, asset_id, item.id, path, expected_size=BIG + 1)

    assert names(tmp_path) == []


async def test_the_original_is_checked_against_its_listed_size(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    asset_id, item = add_asset(fake, payload(SMALL))
    with fake.lock:  # the listing and the stored object disagree
        fake.s3_objects[item_key(fake.assets[asset_id], item)] = MemoryBlob(payload(SMALL - 1))

    with pytest.raises(DownloadError, match=f"expected {SMALL}"):
        await api.original(client, asset_id, tmp_path / "f.bin")
    assert names(tmp_path) == []


@pytest.mark.parametrize(
    ("announced", "message"),
    [(BIG + 5, f"received {BIG} bytes, the server announced {BIG + 5}"), (BIG - 5, "more than")],
)
async def test_a_body_that_differs_from_its_length_raises(
    api: Api,
    fake: FakeBynder,
    policy: RetryPolicy,
    tmp_path: Path,
    announced: int,
    message: str,
) -> None:
    tamper = Tamper(fake)

    def lie(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.host != tamper.s3_host:
            return response
        headers = {**response.headers, "content-length": str(announced)}
        return httpx.Response(response.status_code, headers=headers, content=response.content)

    tamper.on_response = lie
    client = make_client(fake, policy, tamper)
    asset_id, item = add_asset(fake, payload(BIG))

    with pytest.raises(DownloadError, match=message):
        await api.item(client, asset_id, item.id, tmp_path / "f.bin")
    assert names(tmp_path) == []


async def test_max_size_caps_a_download(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    asset_id, item = add_asset(fake, payload(SMALL))

    with pytest.raises(DownloadError, match="more than max_size"):
        await api.item(client, asset_id, item.id, tmp_path / "f.bin", max_size=SMALL - 1)
    assert len(s3_requests(fake)) == 1
    with pytest.raises(DownloadError, match="more than max_size"):
        await api.original(client, asset_id, tmp_path / "f.bin", max_size=SMALL - 1)
    assert len(s3_requests(fake)) == 1  # the listed size was enough to refuse
    assert names(tmp_path) == []
    result = await api.item(client, asset_id, item.id, tmp_path / "f.bin", max_size=SMALL)
    assert result.size == SMALL


async def test_a_compressed_answer_is_decoded(
    api: Api, fake: FakeBynder, policy: RetryPolicy, tmp_path: Path
) -> None:
    tamper = Tamper(fake)

    def compress(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.host != tamper.s3_host:
            return response
        body = gzip.compress(response.content)
        headers = {**response.headers, "content-encoding": "gzip", "content-length": str(len(body))}
        return httpx.Response(200, headers=headers, content=body)

    tamper.on_response = compress
    client = make_client(fake, policy, tamper)
    data = payload(SMALL)
    asset_id, item = add_asset(fake, data)

    result = await api.item(client, asset_id, item.id, tmp_path / "f.bin")

    assert (tmp_path / "f.bin").read_bytes() == data
    assert (result.size, result.sha256) == (SMALL, sha(data))


# -- errors ----------------------------------------------------------------------------------------


async def test_errors_are_typed(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    asset_id, item = add_asset(fake, payload(10))

    with pytest.raises(NotFound):
        await api.item(client, "00000000-0000-0000-0000000000000000", item.id, tmp_path / "f")
    with pytest.raises(NotFound, match="Original file not available"):
        await api.item(client, asset_id, "no-such-item", tmp_path / "f")
    with pytest.raises(NotFound):
        await api.original(client, "00000000-0000-0000-0000000000000000", tmp_path / "f")
    assert s3_requests(fake) == []
    assert names(tmp_path) == []


async def test_errors_are_raised_when_the_client_does_not_raise(
    api: Api, fake: FakeBynder, policy: RetryPolicy, tmp_path: Path
) -> None:
    client = make_client(fake, policy, raise_errors=False)
    asset_id, item = add_asset(fake, payload(10))

    with pytest.raises(NotFound, match="Media not found"):
        await api.item(client, "00000000-0000-0000-0000000000000000", item.id, tmp_path / "f")
    with pytest.raises(NotFound):
        await api.original(client, "00000000-0000-0000-0000000000000000", tmp_path / "f")
    result = await api.item(client, asset_id, item.id, tmp_path / "f")
    assert result.size == 10


async def test_a_refused_signed_url_raises_permission_denied(
    api: Api, fake: FakeBynder, policy: RetryPolicy, tmp_path: Path
) -> None:
    tamper = Tamper(fake)

    def forge(request: httpx.Request) -> httpx.Request:
        params = request.url.params.set("X-Amz-Signature", "0" * 64)
        return httpx.Request(
            request.method, request.url.copy_with(params=params), headers=request.headers
        )

    tamper.on_s3_request = forge
    client = make_client(fake, policy, tamper)
    asset_id, item = add_asset(fake, payload(10))

    with pytest.raises(PermissionDenied, match="signature") as caught:
        await api.item(client, asset_id, item.id, tmp_path / "f")
    assert "0" * 64 not in str(caught.value)
    assert len(fake.requests_for("download_specific_asset_item")) == 1  # no second location


@pytest.mark.parametrize(
    "location",
    [
        "http://files.example.com/media/x",
        "http://cdn.localhost/media/x",  # a name, resolved through DNS: not certainly loopback
        "ftp://files.example.com/x",
        "/relative/path",
    ],
)
async def test_an_unusable_location_is_refused(
    api: Api, fake: FakeBynder, policy: RetryPolicy, tmp_path: Path, location: str
) -> None:
    tamper = Tamper(fake)

    def relocate(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if "/download/" not in request.url.path:
            return response
        return httpx.Response(200, json={"s3_file": location})

    tamper.on_response = relocate
    client = make_client(fake, policy, tamper)
    asset_id, item = add_asset(fake, payload(10))

    with pytest.raises(DownloadError, match="download URL"):
        await api.item(client, asset_id, item.id, tmp_path / "f")
    assert s3_requests(fake) == []


# -- argument checks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("", "i"), {}, "asset_id"),
        (("a", None), {}, "item_id"),
        (("a", ".."), {}, "item_id"),
        (("a", "i"), {"chunk_size": 0}, "chunk_size"),
        (("a", "i"), {"chunk_size": 1.5}, "chunk_size"),
        (("a", "i"), {"expected_size": -1}, "expected_size"),
        (("a", "i"), {"expected_size": 10, "max_size": 5}, "larger than max_size"),
        (("a", "i"), {"max_reconnects": -1}, "max_reconnects"),
        (("a", "i"), {"progress": "bar"}, "progress"),
        (("a", "i"), {"hashed": "yes"}, "hashed"),
        (("a", "i"), {"resume": 1}, "resume"),
    ],
)
async def test_bad_arguments_raise_before_any_request(
    api: Api,
    fake: FakeBynder,
    client: BynderClient,
    tmp_path: Path,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    message: str,
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        await api.item(client, *args, tmp_path / "f", **kwargs)
    assert list(fake.requests) == []


@contextlib.contextmanager
def opened(path: Path, mode: str) -> Iterator[IO[Any]]:
    path.touch()
    with open(path, mode) as file:
        yield file


async def test_bad_destinations_raise_before_any_request(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    with opened(tmp_path / "text.txt", "w") as text, opened(tmp_path / "ro.bin", "rb") as read_only:
        bad: list[tuple[Any, str]] = [
            (tmp_path, "is a directory"),
            (tmp_path / "missing" / "f.bin", "does not exist"),
            (text, "binary mode"),
            (read_only, "not writable"),
            (b"bytes", "path or a writable"),
            (42, "path or a writable"),
        ]
        for destination, message in bad:
            with pytest.raises(ConfigurationError, match=message):
                await api.item(client, "a", "i", destination)
    with pytest.raises(ConfigurationError, match="version"):
        await api.original(client, "a", tmp_path / "f", version=0)
    assert list(fake.requests) == []


async def test_a_client_not_made_by_connect_is_refused(api: Api, tmp_path: Path) -> None:
    from bynder_client import AuthenticatedClient

    with pytest.raises(TypeError, match="connect"):
        await api.item(AuthenticatedClient(base_url=PORTAL, token="t"), "a", "i", tmp_path / "f")


# -- over a real socket ----------------------------------------------------------------------------


async def test_a_drop_over_a_socket_resumes(
    api: Api, fake_bynder: FakeServer, policy: RetryPolicy, tmp_path: Path
) -> None:
    fake = fake_bynder.fake
    client = connect(fake_bynder.base_url, auth=PermanentToken(fake.permanent_token), retry=policy)
    data = payload(BIG)
    asset_id, _ = add_asset(fake, data)
    fake.faults.drop_connections(where="download", phase="response", count=1)
    try:
        result = await api.original(client, asset_id, tmp_path / "f.bin")
    finally:
        session_of(client).close()
        await session_of(client).aclose()

    assert (tmp_path / "f.bin").read_bytes() == data
    assert result.sha256 == sha(data)
    assert [status for _, status in ranges(fake)] == [200, 206]


async def test_the_record_names_the_item_and_the_object(
    fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    asset_id, item = add_asset(fake, payload(BIG))
    path = tmp_path / "f.bin"
    interrupt(client, fake, asset_id, item.id, path)

    record = json.loads(path.with_name("f.bin.part.json").read_text())

    assert record == {
        "version": 1,
        "source": f"{asset_id}/{item.id}",
        "etag": f'"{item.blob.md5}"',
        "size": BIG,
    }


# -- planted links ---------------------------------------------------------------------------------


@pytest.mark.parametrize("planted", [".part", ".part.json"])
@pytest.mark.parametrize("resume", [True, False])
async def test_a_link_planted_beside_the_destination_is_refused(
    api: Api,
    fake: FakeBynder,
    client: BynderClient,
    tmp_path: Path,
    planted: str,
    resume: bool,
) -> None:
    """Whoever can write the destination's folder must not make a download overwrite the file a
    link points to: an existing link is refused before any request."""
    asset_id, _ = add_asset(fake, payload(SMALL))
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"someone else's file")
    path = tmp_path / "f.bin"
    path.with_name("f.bin" + planted).symlink_to(victim)

    with pytest.raises(ConfigurationError, match="symbolic link"):
        await api.original(client, asset_id, path, resume=resume)

    assert victim.read_bytes() == b"someone else's file"
    assert not path.exists()
    assert list(fake.requests) == []


@pytest.mark.parametrize("planted", [".part", ".part.json"])
async def test_a_link_planted_during_the_download_is_not_followed(
    api: Api, fake: FakeBynder, policy: RetryPolicy, tmp_path: Path, planted: str
) -> None:
    """A link that appears after the checks (a race) is still not followed: the part and its
    record are opened without following links, and the download fails with DownloadError."""
    asset_id, _ = add_asset(fake, payload(SMALL))
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"someone else's file")
    path = tmp_path / "f.bin"
    tamper = Tamper(fake)

    def plant(request: httpx.Request) -> httpx.Request:
        link = path.with_name("f.bin" + planted)
        if not link.is_symlink():
            link.symlink_to(victim)
        return request

    tamper.on_s3_request = plant
    client = make_client(fake, policy, transport=tamper)
    try:
        with pytest.raises(DownloadError, match="symbolic link"):
            await api.original(client, asset_id, path)
    finally:
        session_of(client).close()
        await session_of(client).aclose()

    assert victim.read_bytes() == b"someone else's file"
    assert not path.exists()


async def test_resume_still_works_with_a_regular_part(
    api: Api, fake: FakeBynder, client: BynderClient, tmp_path: Path
) -> None:
    """The part is reopened without following links, and resuming still appends to it."""
    data = payload(BIG)
    asset_id, item = add_asset(fake, data)
    path = tmp_path / "f.bin"
    held = interrupt(client, fake, asset_id, item.id, path)

    result = await api.original(client, asset_id, path)

    assert path.read_bytes() == data
    assert result.resumed_from == held
    assert leftovers(path) == []


# -- the overall deadline --------------------------------------------------------------------------


async def test_a_trickling_download_ends_at_the_deadline(
    api: Api, fake: FakeBynder, policy: RetryPolicy, sleeps: list[float], tmp_path: Path
) -> None:
    """Every byte of the file comes within the read timeout, yet the download, reconnections
    included, ends at the client's deadline (plus a second per 64 KiB announced)."""
    warm_up(fake)
    asset_id, item = add_asset(fake, payload(2000))
    client = make_client(fake, policy, deadline=0.5)
    fake.faults.trickle(bytes_per_second=40, where="download")
    path = tmp_path / "f.bin"
    started = time.monotonic()
    try:
        with pytest.raises(RequestTimeout, match="deadline"):
            await api.item(client, asset_id, item.id, path)
    finally:
        session_of(client).close()
        await session_of(client).aclose()
    assert time.monotonic() - started < 3
    assert sleeps == []  # no reconnection
    assert len(s3_requests(fake)) == 1
    assert not path.exists()
