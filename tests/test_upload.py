"""The upload helper end to end against the fake Bynder, sync and async: round trips, checks before
any request, faults, token expiry, poll outcomes, resume, versions and additionals, concurrency,
the S3 wire format, progress and batches."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from bynder_client.api.assets import download_specific_asset_item
from bynder_client.models import DownloadLocation

import bynder_ext
import bynder_ext.upload
from bynder_ext import (
    ClientCredentials,
    ConfigurationError,
    PermanentToken,
    PermissionDenied,
    RetryPolicy,
    ServerError,
)
from bynder_ext.auth import BynderAuth
from bynder_ext.client import session_of
from bynder_ext.errors import TransportError, UploadError, UploadFailed, UploadTimeout
from bynder_ext.testing import FakeBynder
from bynder_ext.upload import (
    DEFAULT_CHUNK_SIZE,
    MIN_CHUNK_SIZE,
    PollPolicy,
    UploadItem,
    UploadProgress,
    UploadResult,
    UploadState,
    aupload_file,
    upload_many,
    upload_version,
)

PORTAL = "https://portal.fake-bynder.test"
CHUNK = MIN_CHUNK_SIZE
SIDES = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])

pytestmark = pytest.mark.fake_bynder(seed=2)


# -- helpers ------------------------------------------------------------------------------------


class Sleeps:
    """Records the waits of retries and polls instead of sleeping; a clock they move."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.now = 1000.0

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self(seconds)

    def clock(self) -> float:
        return self.now


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def fake(fake_bynder_core: FakeBynder) -> FakeBynder:
    return fake_bynder_core


def retry(sleeps: Sleeps) -> RetryPolicy:
    return RetryPolicy(sleep=sleeps, async_sleep=sleeps.asleep, random=lambda: 0.0)


def connect(
    fake: FakeBynder,
    sleeps: Sleeps,
    *,
    transport: Any = None,
    auth: BynderAuth | None = None,
    **kwargs: Any,
) -> bynder_ext.BynderClient:
    return bynder_ext.connect(
        PORTAL,
        auth=auth or PermanentToken(fake.permanent_token),
        transport=transport or fake.transport(),
        retry=retry(sleeps),
        **kwargs,
    )


@pytest.fixture
def client(fake: FakeBynder, sleeps: Sleeps) -> bynder_ext.BynderClient:
    return connect(fake, sleeps)


def call(is_async: bool, helper: str, *args: Any, **kwargs: Any) -> Any:
    """The sync helper named ``helper`` or its async twin."""
    if is_async:
        return asyncio.run(getattr(bynder_ext.upload, "a" + helper)(*args, **kwargs))
    return getattr(bynder_ext.upload, helper)(*args, **kwargs)


def upload(is_async: bool, client: Any, source: Any, fake: FakeBynder, **kwargs: Any) -> Any:
    kwargs.setdefault("brand_id", fake.default_brand_id)
    kwargs.setdefault("chunk_size", CHUNK)
    return call(is_async, "upload_file", client, source, **kwargs)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def downloaded_sha(client: bynder_ext.BynderClient, media_id: str, item_id: str) -> str:
    """SHA-256 of the bytes the fake serves for an asset item, through its download endpoint."""
    location = download_specific_asset_item.sync(media_id, item_id, client=client)
    assert isinstance(location, DownloadLocation)
    digest = hashlib.sha256()
    with session_of(client).external.stream("GET", str(location.s3_file)) as response:
        assert response.status_code == 200
        for block in response.iter_bytes():
            digest.update(block)
    return digest.hexdigest()


def original_sha(client: bynder_ext.BynderClient, fake: FakeBynder, media_id: str) -> str:
    item = fake.assets[media_id].original()
    assert item is not None
    return downloaded_sha(client, media_id, item.id)


def count(fake: FakeBynder, operation_id: str) -> int:
    return len(fake.requests_for(operation_id))


def s3_posts(fake: FakeBynder) -> list[Any]:
    return fake.requests_for("upload_chunk")


def payload(size: int, seed: int = 1) -> bytes:
    """Deterministic, non-repeating bytes (cheap for tens of MiB)."""
    block = hashlib.sha256(str(seed).encode()).digest() * 2048  # 64 KiB
    repeats = size // len(block) + 1
    data = bytearray(block * repeats)[:size]
    for offset in range(0, size, 4096):  # make every 4 KiB distinct
        end = min(offset + 8, size)
        data[offset:end] = offset.to_bytes(8, "big")[: end - offset]
    return bytes(data)


class Stream(io.RawIOBase):
    """A non-seekable binary stream that records how much was read."""

    def __init__(self, data: bytes, fail_at: int | None = None) -> None:
        self._data = memoryview(data)
        self._pos = 0
        self.read_total = 0
        self.largest_read = 0
        self._fail_at = fail_at

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._fail_at is not None and self._pos >= self._fail_at:
            raise OSError("the disk went away")
        n = min(len(buffer), len(self._data) - self._pos)
        buffer[:n] = self._data[self._pos : self._pos + n]
        self._pos += n
        self.read_total += n
        self.largest_read = max(self.largest_read, n)
        return n


class CountingFile(io.BytesIO):
    """A seekable file object that records every block read from it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.read_total = 0
        self.largest_read = 0
        self.lock = threading.Lock()

    def read(self, size: int | None = -1, /) -> bytes:
        data = super().read(size)
        with self.lock:
            self.read_total += len(data)
            self.largest_read = max(self.largest_read, len(data))
        return data


class Wrapper(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the fake's transport: counts S3 requests in flight and can answer a request itself."""

    def __init__(
        self,
        inner: Any,
        answer: Callable[[httpx.Request], httpx.Response | None] | None = None,
    ) -> None:
        self.inner = inner
        self.answer = answer
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most_in_flight = 0

    def _enter(self, request: httpx.Request) -> httpx.Response | None:
        if self.answer is not None:
            response = self.answer(request)
            if response is not None:
                return response
        if request.url.host.startswith("s3."):
            with self.lock:
                self.in_flight += 1
                self.most_in_flight = max(self.most_in_flight, self.in_flight)
        return None

    def _leave(self, request: httpx.Request) -> None:
        if request.url.host.startswith("s3."):
            with self.lock:
                self.in_flight -= 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._enter(request)
        if response is not None:
            return response
        try:
            return self.inner.handle_request(request)  # type: ignore[no-any-return]
        finally:
            self._leave(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = self._enter(request)
        if response is not None:
            return response
        try:
            return await self.inner.handle_async_request(request)  # type: ignore[no-any-return]
        finally:
            self._leave(request)


# -- round trips --------------------------------------------------------------------------------


@SIDES
@pytest.mark.parametrize("size", [1, CHUNK, CHUNK + 1], ids=["1B", "one-chunk", "chunk+1"])
def test_round_trip_is_byte_identical(
    is_async: bool, size: int, client: Any, fake: FakeBynder, tmp_path: Path
) -> None:
    data = payload(size)
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    result = upload(is_async, client, path, fake)
    assert isinstance(result, UploadResult)
    assert result.size == size
    assert result.parts == (2 if size > CHUNK else 1)
    assert result.filename == "photo.jpg"
    assert result.import_id
    assert result.batch_id
    assert len(s3_posts(fake)) == result.parts
    assert count(fake, "register_uploaded_chunk") == result.parts
    assert original_sha(client, fake, result.media_id) == sha(data)
    assert fake.assets[result.media_id].original().file_name == "photo.jpg"  # type: ignore[union-attr]


@SIDES
@pytest.mark.parametrize("kind", ["bytes", "bytearray", "memoryview", "seekable", "stream"])
def test_every_kind_of_source_round_trips(
    is_async: bool, kind: str, client: Any, fake: FakeBynder
) -> None:
    data = payload(2 * CHUNK + 7, seed=2)
    source: Any = {
        "bytes": data,
        "bytearray": bytearray(data),
        "memoryview": memoryview(data),
        "seekable": io.BytesIO(data),
        "stream": Stream(data),
    }[kind]
    size = len(data) if kind == "stream" else None
    result = upload(is_async, client, source, fake, filename="clip.mp4", size=size)
    assert result.parts == 3
    assert original_sha(client, fake, result.media_id) == sha(data)


@SIDES
def test_a_seekable_file_uploads_from_its_position(
    is_async: bool, client: Any, fake: FakeBynder
) -> None:
    data = payload(CHUNK + 100, seed=3)
    file = io.BytesIO(b"HEADER" + data)
    file.seek(6)
    result = upload(is_async, client, file, fake, filename="x.bin")
    assert result.size == len(data)
    assert original_sha(client, fake, result.media_id) == sha(data)


@SIDES
def test_fifty_mib_with_several_parts_in_flight(
    is_async: bool, fake: FakeBynder, sleeps: Sleeps, tmp_path: Path
) -> None:
    data = payload(50 * 1024 * 1024 + 12345, seed=4)
    path = tmp_path / "video.mp4"
    path.write_bytes(data)
    wrapper = Wrapper(fake.transport())
    client = connect(fake, sleeps, transport=wrapper)
    fake.faults.latency(s3=0.02)
    result = upload(is_async, client, path, fake, concurrency=4)
    assert result.parts == 11
    assert wrapper.most_in_flight > 1
    assert wrapper.most_in_flight <= 4
    assert original_sha(client, fake, result.media_id) == sha(data)


class Timeline(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the fake's transport and records when each request started and ended."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.lock = threading.Lock()
        self.spans: list[tuple[str, float, float]] = []
        self.clock = time.perf_counter

    def _kind(self, request: httpx.Request) -> str:
        if request.url.host.startswith("s3."):
            return "s3" if request.method == "POST" else "download"
        if request.method == "POST" and request.url.path.startswith("/api/v4/upload/"):
            return "register" if b"chunkNumber" in request.content else "finalise"
        return request.url.path

    def _record(self, request: httpx.Request, started: float) -> None:
        with self.lock:
            self.spans.append((self._kind(request), started, self.clock()))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = self.clock()
        try:
            return self.inner.handle_request(request)  # type: ignore[no-any-return]
        finally:
            self._record(request, started)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = self.clock()
        try:
            return await self.inner.handle_async_request(request)  # type: ignore[no-any-return]
        finally:
            self._record(request, started)

    def of(self, kind: str) -> list[tuple[float, float]]:
        return sorted((start, end) for k, start, end in self.spans if k == kind)


@SIDES
def test_each_register_overlaps_the_next_parts_transfer(
    is_async: bool, fake: FakeBynder, sleeps: Sleeps
) -> None:
    timeline = Timeline(fake.transport())
    client = connect(fake, sleeps, transport=timeline)
    fake.faults.latency(s3=0.05, api=0.05)
    data = payload(3 * CHUNK + 7, seed=40)
    result = upload(is_async, client, data, fake, filename="t.bin", concurrency=1)
    assert original_sha(client, fake, result.media_id) == sha(data)
    posts, registers = timeline.of("s3"), timeline.of("register")
    assert (len(posts), len(registers)) == (4, 4)
    # One part at a time on S3 ...
    assert all(posts[n][1] <= posts[n + 1][0] for n in range(3))
    # ... each registered after its own POST, while the next part is being sent
    for n in range(3):
        assert registers[n][0] >= posts[n][1]
        assert registers[n][0] < posts[n + 1][1]
        assert posts[n + 1][0] < registers[n][1]
    # and finalised only when every part is registered
    (finalise,) = timeline.of("finalise")
    assert finalise[0] >= registers[-1][1]


async def test_a_cancelled_async_upload_leaves_no_register_running(
    fake: FakeBynder, sleeps: Sleeps
) -> None:
    registering = asyncio.Event()
    inner = fake.transport()

    class Watch(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/api/v4/upload/" and b"chunkNumber" in request.content:
                registering.set()
            return await inner.handle_async_request(request)

    client = connect(fake, sleeps, transport=inner, async_transport=Watch())
    fake.faults.latency(s3=0.05, api=0.2)
    events: list[UploadProgress] = []
    task = asyncio.create_task(
        aupload_file(
            client,
            payload(6 * CHUNK, seed=41),
            filename="c.bin",
            brand_id=fake.default_brand_id,
            chunk_size=CHUNK,
            concurrency=2,
            progress=events.append,
        )
    )
    await registering.wait()  # a register is on its way
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    reported, sent = len(events), len(fake.requests)
    await asyncio.sleep(0.4)  # longer than a register takes
    assert (len(events), len(fake.requests)) == (reported, sent)  # nothing left running
    assert count(fake, "finalize_complete_upload") == 0
    await session_of(client).aclose()


def test_round_trip_over_real_sockets(fake_bynder: Any, sleeps: Sleeps, tmp_path: Path) -> None:
    data = payload(2 * CHUNK + 1, seed=5)
    path = tmp_path / "poster.png"
    path.write_bytes(data)
    fake = fake_bynder.fake
    brand = fake.default_brand_id
    client = bynder_ext.connect(
        fake_bynder.base_url, auth=PermanentToken(fake_bynder.token), retry=retry(sleeps)
    )
    session = session_of(client)

    async def async_side() -> UploadResult:
        try:
            return await aupload_file(client, path, brand_id=brand, chunk_size=CHUNK)
        finally:
            await session.aclose()

    with client:
        results = [
            bynder_ext.upload_file(client, path, brand_id=brand, chunk_size=CHUNK),
            asyncio.run(async_side()),
        ]
        for result in results:
            assert original_sha(client, fake, result.media_id) == sha(data)
    lengths = sorted(int(r.headers["content-length"]) for r in s3_posts(fake))
    assert len(lengths) == 6  # a declared length (S3 refuses chunked bodies)
    assert all(n > CHUNK for n in lengths[2:])


# -- checks before any request ------------------------------------------------------------------


class Unreadable(io.BytesIO):
    def read(self, size: int | None = -1, /) -> bytes:
        raise OSError("Permission denied")


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Any, dict[str, Any]]]:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    (tmp_path / "folder.jpg").mkdir()
    good = tmp_path / "good.jpg"
    good.write_bytes(b"x" * 10)
    return {
        "empty file": (empty, {}),
        "empty bytes": (b"", {"filename": "a.jpg"}),
        "missing file": (tmp_path / "missing.jpg", {}),
        "directory": (tmp_path / "folder.jpg", {}),
        "unreadable file object": (Unreadable(b"data"), {"filename": "a.jpg"}),
        "text file object": (io.StringIO("text"), {"filename": "a.txt"}),
        "bytes without filename": (b"data", {}),
        "nameless stream": (io.BytesIO(b"data"), {}),
        "stream without size": (Stream(b"data"), {"filename": "a.jpg"}),
        "chunk below the minimum": (good, {"chunk_size": MIN_CHUNK_SIZE - 1}),
        "concurrency 0": (good, {"concurrency": 0}),
        "filename without extension": (b"data", {"filename": "README"}),
        "filename with a folder": (b"data", {"filename": "a/b.jpg"}),
        "missing brand": (good, {"brand_id": ""}),
        "size mismatch": (b"data", {"filename": "a.jpg", "size": 5}),
        "tag with a comma": (good, {"tags": ["a,b"]}),
        "bad extra field": (good, {"extra_fields": {"audit": 1.5}}),
        "extra field repeating an argument": (good, {"name": "n", "extra_fields": {"name": "m"}}),
        "bad poll deadline": (good, {"poll_deadline": 0}),
        "not a source": (12345, {"filename": "a.jpg"}),
    }


@SIDES
@pytest.mark.parametrize(
    "case",
    [
        "empty file",
        "empty bytes",
        "missing file",
        "directory",
        "unreadable file object",
        "text file object",
        "bytes without filename",
        "nameless stream",
        "stream without size",
        "chunk below the minimum",
        "concurrency 0",
        "filename without extension",
        "filename with a folder",
        "missing brand",
        "size mismatch",
        "tag with a comma",
        "bad extra field",
        "extra field repeating an argument",
        "bad poll deadline",
        "not a source",
    ],
)
def test_bad_input_is_refused_before_any_request(
    is_async: bool, case: str, client: Any, fake: FakeBynder, tmp_path: Path
) -> None:
    source, kwargs = _bad_inputs(tmp_path)[case]
    with pytest.raises(ConfigurationError):
        upload(is_async, client, source, fake, **kwargs)
    assert list(fake.requests) == []


def test_an_unreadable_path_is_refused_before_any_request(
    client: Any, fake: FakeBynder, tmp_path: Path
) -> None:
    path = tmp_path / "secret.jpg"
    path.write_bytes(b"data")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip(
                "running with privileges that read any file (the file-object case covers it)"
            )
        with pytest.raises(ConfigurationError, match="cannot"):
            upload(False, client, path, fake)
    finally:
        path.chmod(0o600)
    assert list(fake.requests) == []


def test_a_client_not_built_by_connect_is_refused(fake: FakeBynder) -> None:
    from bynder_client import Client

    with pytest.raises(TypeError):
        bynder_ext.upload_file(Client(base_url=PORTAL), b"x", brand_id="b", filename="a.jpg")  # type: ignore[arg-type]
    assert list(fake.requests) == []


# -- the wire format ----------------------------------------------------------------------------


def test_s3_parts_carry_no_token_and_end_with_the_file(client: Any, fake: FakeBynder) -> None:
    data = payload(2 * CHUNK + 3)
    result = upload(False, client, data, fake, filename="Spring shoot.tif")
    [init] = fake.requests_for("initialize_upload")
    params_key = init.body["filename"]
    assert params_key == "Spring shoot.tif"
    posts = s3_posts(fake)
    assert len(posts) == 3
    numbers = []
    for record in posts:
        assert record.target == "s3"
        assert "authorization" not in {k.lower() for k in record.headers}
        assert record.status == 201
        fields = list(record.body)
        assert fields[-1] == "file"
        assert fields.index("chunks") < fields.index("file")
        body = record.body
        number = int(body["chunk"])
        numbers.append(number)
        assert body["key"].endswith(f"/p{number}")
        assert body["Filename"] == body["key"]
        assert body["chunks"] == "3"
        assert body["name"] == "Spring shoot.tif"
        for name in ("Policy", "X-Amz-Signature", "x-amz-credential", "acl", "Content-Type"):
            assert name in body
    assert sorted(numbers) == [1, 2, 3]
    registers = fake.requests_for("register_uploaded_chunk")
    assert sorted(int(r.body["chunkNumber"]) for r in registers) == [1, 2, 3]
    [finalise] = fake.requests_for("finalize_complete_upload")
    assert finalise.body["chunks"] == "3"
    assert finalise.body["original_filename"] == "Spring shoot.tif"
    assert result.filename == "Spring shoot.tif"


@SIDES
@pytest.mark.parametrize("endpoint", ["http://s3.example.com/", "http://bucket.localhost/"])
def test_a_plain_http_s3_endpoint_is_refused(
    is_async: bool, fake: FakeBynder, sleeps: Sleeps, endpoint: str
) -> None:
    """As downloads do: the signed policy fields and the file never travel over plain http,
    except to a loopback address."""

    def answer(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/api/upload/endpoint/":
            return httpx.Response(200, json=endpoint, request=request)
        return None

    client = connect(fake, sleeps, transport=Wrapper(fake.transport(), answer))
    with pytest.raises(UploadError, match="plain http") as info:
        upload(is_async, client, b"data", fake, filename="a.jpg")
    assert info.value.stage == "new"
    assert count(fake, "initialize_upload") == 0
    assert s3_posts(fake) == []


def test_a_resumed_state_with_a_plain_http_s3_endpoint_is_refused(
    client: Any, fake: FakeBynder
) -> None:
    state = UploadState(
        kind="asset",
        filename="a.jpg",
        size=100,
        chunk_size=CHUNK,
        stage="uploading",
        endpoint="http://s3.example.com/",
        upload_id="U",
        target_id="T",
        s3_filename="k/a.jpg",
        multipart_params={"key": "k/a.jpg"},
    )
    with pytest.raises(ConfigurationError, match="plain http"):
        upload(False, client, b"x" * 100, fake, filename="a.jpg", resume=state)
    assert list(fake.requests) == []


def test_a_temporary_files_name_never_reaches_the_portal(
    client: Any, fake: FakeBynder, tmp_path: Path
) -> None:
    path = tmp_path / "tmpk3j4h5.upload.jpg"
    path.write_bytes(b"jpeg bytes")
    result = upload(False, client, path, fake, filename="Campaign hero.jpg")
    assert result.filename == "Campaign hero.jpg"
    for record in fake.requests:
        assert "tmpk3j4h5" not in json.dumps([record.path, record.query, record.body], default=str)
    assert fake.assets[result.media_id].original().file_name == "Campaign hero.jpg"  # type: ignore[union-attr]


@SIDES
def test_new_asset_keeps_the_metadata_given(is_async: bool, client: Any, fake: FakeBynder) -> None:
    colour = next(m for m in fake.metaproperties.values() if m.name == "Colour")
    region = next(m for m in fake.metaproperties.values() if m.name == "Region")
    photographer = next(m for m in fake.metaproperties.values() if m.name == "Photographer")
    red, blue = colour.options[0].id, colour.options[2].id
    result = upload(
        is_async,
        client,
        b"pixels",
        fake,
        filename="hero.png",
        name="Hero",
        description="The campaign hero",
        copyright="ACME 2024",
        tags=["spring", "hero"],
        metaproperties={
            colour.id: [red, blue],
            region.id: region.options[1].id,
            photographer.id: "Ann Lee, Studio 4",
        },
        extra_fields={"isPublic": True},
    )
    asset = fake.assets[result.media_id]
    assert asset.name == "Hero"
    assert asset.description == "The campaign hero"
    assert asset.copyright == "ACME 2024"
    assert asset.tags == ["spring", "hero"]
    assert asset.options[colour.id] == [red, blue]
    assert asset.options[region.id] == [region.options[1].id]
    assert asset.text_values[photographer.id] == "Ann Lee, Studio 4"
    assert asset.is_public
    [save] = fake.requests_for("save_a_new_asset")
    assert save.body["brandId"] == fake.default_brand_id
    assert save.body["tags"] == "spring,hero"
    assert save.body[f"metaproperty.{colour.id}"] == f"{red},{blue}"


# -- versions and additionals -------------------------------------------------------------------


@SIDES
def test_new_version_keeps_the_assets_metadata(
    is_async: bool, client: Any, fake: FakeBynder
) -> None:
    asset = next(iter(fake.assets.values()))
    before = (asset.name, asset.description, list(asset.tags), dict(asset.options), asset.version)
    data = payload(CHUNK + 9, seed=6)
    result = call(
        is_async, "upload_version", client, asset.id, data, filename="v2.jpg", chunk_size=CHUNK
    )
    assert result.kind == "version"
    assert result.media_id == asset.id
    assert asset.version == before[4] + 1
    assert (asset.name, asset.description, asset.tags, asset.options) == before[:4]
    assert original_sha(client, fake, asset.id) == sha(data)
    [save] = fake.requests_for("save_as_a_new_asset_version")
    assert save.body is None  # Bynder's version save takes no fields
    assert count(fake, "update_asset") == 0


@SIDES
def test_new_version_applies_the_metadata_given(
    is_async: bool, client: Any, fake: FakeBynder
) -> None:
    asset = next(iter(fake.assets.values()))
    region = next(m for m in fake.metaproperties.values() if m.name == "Region")
    call(
        is_async,
        "upload_version",
        client,
        asset.id,
        b"new pixels",
        filename="v2.jpg",
        name="Hero v2",
        tags="final",
        metaproperties={region.id: region.options[0].id},
    )
    assert asset.name == "Hero v2"
    assert asset.tags == ["final"]
    assert asset.options[region.id] == [region.options[0].id]
    [update] = fake.requests_for("update_asset")
    assert update.body == {
        "name": "Hero v2",
        "tags": "final",
        f"metaproperty.{region.id}": region.options[0].id,
    }


@SIDES
def test_additional_keeps_its_name_and_the_assets_metadata(
    is_async: bool, client: Any, fake: FakeBynder
) -> None:
    asset = next(iter(fake.assets.values()))
    before = (asset.name, list(asset.tags), asset.version)
    data = payload(CHUNK + 1, seed=7)
    result = call(
        is_async,
        "upload_additional",
        client,
        asset.id,
        io.BytesIO(data),
        filename="specs.pdf",
        chunk_size=CHUNK,
        description="With the print specs",
    )
    assert result.kind == "additional"
    assert result.import_id is None
    assert (asset.name, asset.tags, asset.version) == before
    assert asset.description == "With the print specs"
    [item] = [i for i in asset.items if i.type == "additional"]
    assert item.file_name == "specs.pdf"
    assert downloaded_sha(client, asset.id, item.id) == sha(data)
    assert count(fake, "retrieve_poll_state") == 0
    assert count(fake, "finalize_complete_upload") == 0


# -- faults -------------------------------------------------------------------------------------


@SIDES
@pytest.mark.parametrize(
    "fault",
    [
        "s3 500",
        "s3 503",
        "s3 dropped",
        "s3 429",
        "register 500",
        "register dropped",
        "finalise 500",
    ],
)
def test_part_failures_are_retried_and_the_upload_completes(
    is_async: bool, fault: str, client: Any, fake: FakeBynder, sleeps: Sleeps
) -> None:
    data = payload(3 * CHUNK + 5, seed=8)
    faults = fake.faults
    if fault == "s3 dropped":
        faults.drop_connections(count=3, where="s3")
    elif fault == "s3 429":
        faults.rate_limits(count=2, retry_after=2, only="s3")
    elif fault == "register 500":
        faults.server_errors(count=3, status=500, only="register_uploaded_chunk")
    elif (
        fault == "register dropped"
    ):  # after the part was registered: registering again is harmless
        faults.drop_connections(count=3, where="register_uploaded_chunk", phase="response")
    elif fault == "finalise 500":
        faults.server_errors(count=1, status=500, only="finalize_complete_upload")
    else:
        faults.server_errors(count=3, status=int(fault.split()[1]), only="s3")
    result = upload(is_async, client, data, fake, filename="flaky.mov")
    assert original_sha(client, fake, result.media_id) == sha(data)
    extra = 2 if fault == "s3 429" else 3
    if fault.startswith("register"):
        assert count(fake, "register_uploaded_chunk") == 4 + extra
        assert len(s3_posts(fake)) == 4
    elif fault == "finalise 500":
        assert count(fake, "finalize_complete_upload") == 2
    else:
        assert len(s3_posts(fake)) == 4 + extra
    if fault == "s3 429":
        assert sleeps.waits.count(2.0) == 2  # Retry-After honoured
    assert len(fake.assets) == 3  # the two seeded assets and this one: no duplicate


@SIDES
def test_a_token_expiring_mid_upload(is_async: bool, fake: FakeBynder, sleeps: Sleeps) -> None:
    client = connect(fake, sleeps, auth=ClientCredentials(fake.client_id, fake.client_secret))
    data = payload(4 * CHUNK, seed=9)
    expired = []

    def progress(event: UploadProgress) -> None:
        if event.stage == "uploading" and event.parts_done == 1 and not expired:
            fake.expire_tokens()
            expired.append(event)

    result = upload(is_async, client, data, fake, filename="long.mp4", progress=progress)
    assert expired
    assert original_sha(client, fake, result.media_id) == sha(data)
    assert 401 in [r.status for r in fake.requests if r.target == "portal"]
    assert fake.operation_counts["oauth2_token"] >= 2


@SIDES
@pytest.mark.parametrize("outcome", ["failed", "rejected"])
def test_processing_failure_raises_upload_failed(
    is_async: bool, outcome: str, client: Any, fake: FakeBynder
) -> None:
    if outcome == "failed":
        fake.faults.fail_processing(count=1)
    else:
        fake.faults.reject_processing(count=1)
    with pytest.raises(UploadFailed) as info:
        upload(is_async, client, b"bad bytes", fake, filename="broken.jpg")
    error = info.value
    assert error.outcome == outcome
    assert error.filename == "broken.jpg"
    assert error.import_id == fake.requests_for("retrieve_poll_state")[-1].query_dict()["items"]
    assert error.import_id in error.body[f"items{outcome.title()}"]
    assert error.state.import_id == error.import_id
    assert count(fake, "save_a_new_asset") == 0


@SIDES
def test_poll_deadline_raises_upload_timeout_and_resume_only_polls(
    is_async: bool, client: Any, fake: FakeBynder, sleeps: Sleeps
) -> None:
    fake.faults.processing_delay(polls=10_000)
    poll = PollPolicy(deadline=10.0, sleep=sleeps, async_sleep=sleeps.asleep, clock=sleeps.clock)
    data = payload(CHUNK + 2, seed=10)
    with pytest.raises(UploadTimeout) as info:
        upload(is_async, client, data, fake, filename="slow.mp4", poll=poll)
    error = info.value
    assert sleeps.waits == [
        0.5,
        1.0,
        2.0,
        4.0,
        2.5,
    ]  # at once, then doubling, capped by the deadline
    assert error.waited == pytest.approx(10.0)
    assert error.stage == "processing"
    assert error.import_id == error.state.import_id
    assert error.body is not None
    assert error.body["itemsDone"] == []

    fake.faults.processing_delay(polls=0)
    fake.reset_records()
    state = UploadState.from_dict(json.loads(json.dumps(error.state.to_dict())))
    result = upload(is_async, client, data, fake, poll=poll, resume=state)
    assert result.import_id == error.import_id
    assert len(s3_posts(fake)) == 0
    assert count(fake, "register_uploaded_chunk") == 0
    assert count(fake, "initialize_upload") == 0
    assert count(fake, "finalize_complete_upload") == 0
    assert original_sha(client, fake, result.media_id) == sha(data)


@SIDES
def test_a_303_on_save_goes_back_to_polling(
    is_async: bool, fake: FakeBynder, sleeps: Sleeps
) -> None:
    answered: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response | None:
        if "/api/v4/media/save/" in request.url.path and not answered:
            answered.append(request.url.path)
            return httpx.Response(
                303,
                json={"message": "Import not converted yet, please poll", "statuscode": "303"},
                request=request,
            )
        return None

    client = connect(fake, sleeps, transport=Wrapper(fake.transport(), answer))
    poll = PollPolicy(sleep=sleeps, async_sleep=sleeps.asleep, clock=sleeps.clock)
    result = upload(is_async, client, b"raw", fake, filename="a.cr2", poll=poll)
    assert answered
    assert result.media_id in fake.assets
    assert count(fake, "retrieve_poll_state") == 2
    assert sleeps.waits == [0.5]


@SIDES
def test_a_save_answered_303_after_the_poll_said_done_polls_again(
    is_async: bool, client: Any, fake: FakeBynder, sleeps: Sleeps
) -> None:
    fake.faults.save_not_ready(2)
    poll = PollPolicy(sleep=sleeps, async_sleep=sleeps.asleep, clock=sleeps.clock)
    result = upload(is_async, client, b"raw", fake, filename="a.cr2", poll=poll)
    assert result.media_id in fake.assets
    assert count(fake, "save_a_new_asset") == 3
    assert count(fake, "retrieve_poll_state") == 3  # each 303 goes back to polling
    assert sleeps.waits == [0.5, 1.0]

    fake.faults.save_not_ready(5)
    fake.reset_records()
    limited = PollPolicy(sleep=sleeps, async_sleep=sleeps.asleep, clock=sleeps.clock, max_saves=2)
    with pytest.raises(UploadTimeout, match="303 to 2 saves") as info:
        upload(is_async, client, b"raw", fake, filename="b.cr2", poll=limited)
    assert info.value.stage == "saving"
    assert count(fake, "save_a_new_asset") == 2


@SIDES
def test_a_permission_error_stops_with_a_state(
    is_async: bool, fake: FakeBynder, sleeps: Sleeps
) -> None:
    token = fake.create_permanent_token(scopes=["asset:read"])
    for raise_errors in (True, False):
        client = connect(fake, sleeps, auth=PermanentToken(token), raise_errors=raise_errors)
        with pytest.raises(UploadError) as info:
            upload(is_async, client, b"x", fake, filename="a.jpg")
        assert isinstance(info.value.__cause__, PermissionDenied)
        assert info.value.stage == "new"
        assert info.value.state.registered == set()


@SIDES
@pytest.mark.parametrize("kind", ["new", "version"])
def test_resume_after_a_lost_save_answer_ends_with_the_asset(
    is_async: bool, kind: str, client: Any, fake: FakeBynder
) -> None:
    """The save went through but its answer was lost: resuming finds the asset the save made,
    and makes no second one."""
    save = "save_a_new_asset" if kind == "new" else "save_as_a_new_asset_version"
    data = payload(CHUNK + 5, seed=21)
    asset = next(iter(fake.assets.values()))
    version = asset.version
    assets_before = set(fake.assets)
    if kind == "new":
        arguments: tuple[Any, ...] = (client, data)
        options: dict[str, Any] = {"brand_id": fake.default_brand_id, "name": "Lost and found"}
        helper = "upload_file"
    else:
        arguments, options, helper = (client, asset.id, data), {}, "upload_version"
    options.update(filename="lost.jpg", chunk_size=CHUNK)
    fake.faults.drop_connections(where=save, phase="response", count=1)
    with pytest.raises(UploadError) as info:
        call(is_async, helper, *arguments, **options)
    assert isinstance(info.value.__cause__, TransportError)
    assert info.value.stage == "saving"
    made = set(fake.assets) - assets_before
    assert len(made) == (1 if kind == "new" else 0)  # the save took effect all the same

    state = UploadState.from_dict(json.loads(json.dumps(info.value.state.to_dict())))
    result = call(is_async, helper, *arguments, resume=state, **options)

    expected = made.pop() if kind == "new" else asset.id
    assert result.media_id == expected
    assert set(fake.assets) - assets_before == ({expected} if kind == "new" else set())
    assert original_sha(client, fake, expected) == sha(data)
    if kind == "version":
        assert asset.version == version + 1  # one new version, not two
    # a new asset is found without saving again; a version's second save is refused
    assert count(fake, save) == (1 if kind == "new" else 2)


# -- resume -------------------------------------------------------------------------------------


@SIDES
@pytest.mark.parametrize("concurrency", [1, 4])
def test_resume_sends_only_the_missing_parts(
    is_async: bool, concurrency: int, client: Any, fake: FakeBynder, tmp_path: Path
) -> None:
    data = payload(6 * CHUNK + 11, seed=11)
    path = tmp_path / "master.mov"
    path.write_bytes(data)
    broken: list[int] = []

    def progress(event: UploadProgress) -> None:
        if event.stage == "uploading" and event.parts_done >= 2 and not broken:
            broken.append(event.parts_done)
            # S3 and the register both fail from here: a part's register overlaps the next
            # part's S3 POST, so either may be the next request
            fake.faults.server_errors(rate=1.0, status=500, only=["s3", "register_uploaded_chunk"])

    with pytest.raises(UploadError) as info:
        upload(
            is_async,
            client,
            path,
            fake,
            concurrency=concurrency,
            progress=progress,
            part_retry=RetryPolicy(max_retries=1, sleep=lambda s: None, async_sleep=_no_wait),
        )
    error = info.value
    assert isinstance(error.__cause__, ServerError)
    assert error.stage == "uploading"
    done = set(error.state.registered)
    assert 2 <= len(done) < 7
    assert count(fake, "finalize_complete_upload") == 0

    fake.faults.clear()
    fake.reset_records()
    state = UploadState.from_dict(json.loads(json.dumps(error.state.to_dict())))
    events: list[UploadProgress] = []
    result = upload(is_async, client, path, fake, resume=state, progress=events.append)
    sent = sorted(int(r.body["chunk"]) for r in s3_posts(fake))
    assert sent == sorted(set(range(1, 8)) - done)
    registered = sorted(
        int(r.body["chunkNumber"]) for r in fake.requests_for("register_uploaded_chunk")
    )
    assert registered == sent
    assert count(fake, "initialize_upload") == 0
    assert count(fake, "get_closest_s3_upload_endpoint") == 0
    assert events[0].stage == "uploading"
    assert events[0].parts_done == len(done)
    assert original_sha(client, fake, result.media_id) == sha(data)


@SIDES
def test_an_exception_from_the_progress_callback_stops_the_upload(
    is_async: bool, client: Any, fake: FakeBynder
) -> None:
    data = payload(3 * CHUNK, seed=20)

    def progress(event: UploadProgress) -> None:
        if event.parts_done == 1:
            raise KeyError("stop here")

    with pytest.raises(UploadError) as info:
        upload(is_async, client, data, fake, filename="a.bin", concurrency=1, progress=progress)
    assert isinstance(info.value.__cause__, KeyError)
    assert info.value.state.registered == {1}
    result = upload(is_async, client, data, fake, resume=info.value.state)
    assert original_sha(client, fake, result.media_id) == sha(data)


def test_a_file_that_shrinks_during_the_upload_stops_it(
    fake_bynder: Any, sleeps: Sleeps, tmp_path: Path
) -> None:
    # Over real sockets: the read error surfaces while httpx sends the body, as in production.
    fake = fake_bynder.fake
    path = tmp_path / "growing.log.txt"
    path.write_bytes(payload(2 * CHUNK + 10, seed=21))

    def progress(event: UploadProgress) -> None:
        if event.stage == "uploading" and event.parts_done == 1:
            with path.open("r+b") as file:
                file.truncate(CHUNK + 5)

    with (
        bynder_ext.connect(
            fake_bynder.base_url, auth=PermanentToken(fake_bynder.token), retry=retry(sleeps)
        ) as client,
        pytest.raises(UploadError, match="changed during the upload"),
    ):
        upload(False, client, path, fake, concurrency=1, progress=progress)
    assert count(fake, "finalize_complete_upload") == 0


async def _no_wait(seconds: float) -> None:
    return None


def test_resume_with_a_stream_skips_the_registered_bytes(client: Any, fake: FakeBynder) -> None:
    data = payload(3 * CHUNK + 1, seed=12)
    with pytest.raises(UploadError) as info:
        upload(
            False,
            client,
            Stream(data, fail_at=2 * CHUNK),
            fake,
            filename="a.bin",
            size=len(data),
            concurrency=1,
        )
    assert isinstance(info.value.__cause__, OSError)
    assert info.value.state.registered == {1, 2}
    fake.reset_records()
    result = upload(False, client, Stream(data), fake, size=len(data), resume=info.value.state)
    assert sorted(int(r.body["chunk"]) for r in s3_posts(fake)) == [3, 4]
    assert original_sha(client, fake, result.media_id) == sha(data)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("max_saves", None),
        ("max_saves", 0),
        ("max_saves", True),
        ("deadline", 0),
        ("first_interval", None),
    ],
)
def test_poll_policy_refuses_bad_values_when_built(field: str, value: object) -> None:
    with pytest.raises(ConfigurationError, match=field):
        PollPolicy(**{field: value})  # type: ignore[arg-type]


def test_resume_refuses_another_file(client: Any, fake: FakeBynder) -> None:
    state = UploadState(kind="asset", filename="a.jpg", size=100, chunk_size=CHUNK)
    with pytest.raises(ConfigurationError, match="100"):
        upload(False, client, b"x" * 99, fake, resume=state)
    with pytest.raises(ConfigurationError, match="chunk_size"):
        upload(False, client, b"x" * 100, fake, resume=state, chunk_size=CHUNK + 1)
    with pytest.raises(ConfigurationError, match="filename"):
        upload(False, client, b"x" * 100, fake, resume=state, filename="b.jpg")
    with pytest.raises(ConfigurationError, match="version"):
        upload_version(client, "A1", b"x" * 100, resume=state)
    assert list(fake.requests) == []


def test_upload_state_round_trips_and_checks_its_input() -> None:
    state = UploadState(
        kind="version",
        asset_id="A1",
        filename="a.jpg",
        size=3 * DEFAULT_CHUNK_SIZE,
        chunk_size=DEFAULT_CHUNK_SIZE,
        stage="uploading",
        endpoint="https://s3.example/",
        upload_id="U",
        target_id="T",
        s3_filename="k/a.jpg",
        multipart_params={"key": "k/a.jpg", "X-Amz-Signature": "sig"},
        registered={3, 1},
    )
    data = state.to_dict()
    assert data["registered"] == [1, 3]
    assert data["parts"] == 3
    assert UploadState.from_dict(json.loads(json.dumps(data))) == state
    assert state.missing_parts == [2]
    assert "sig" not in repr(state)
    for broken in (
        {**data, "format": 99},
        {**data, "kind": "other"},
        {**data, "registered": [4]},
        {**data, "size": -1},
        {**data, "upload_id": None},
        {**data, "multipart_params": {"key": 1}},
    ):
        with pytest.raises(ConfigurationError):
            UploadState.from_dict(broken)


# -- concurrency, progress, memory --------------------------------------------------------------


def test_two_uploads_at_once_on_one_client_threads(client: Any, fake: FakeBynder) -> None:
    first, second = payload(2 * CHUNK + 1, seed=13), payload(3 * CHUNK + 2, seed=14)
    with ThreadPoolExecutor(2) as pool:
        a = pool.submit(upload, False, client, first, fake, filename="one.jpg")
        b = pool.submit(upload, False, client, second, fake, filename="two.jpg")
        results = [a.result(), b.result()]
    assert results[0].media_id != results[1].media_id
    assert original_sha(client, fake, results[0].media_id) == sha(first)
    assert original_sha(client, fake, results[1].media_id) == sha(second)


def test_two_uploads_at_once_on_one_client_tasks(client: Any, fake: FakeBynder) -> None:
    first, second = payload(2 * CHUNK + 1, seed=15), payload(3 * CHUNK + 2, seed=16)
    fake.faults.latency(s3=0.01)

    async def both() -> list[UploadResult]:
        return list(
            await asyncio.gather(
                aupload_file(
                    client,
                    first,
                    brand_id=fake.default_brand_id,
                    filename="one.jpg",
                    chunk_size=CHUNK,
                ),
                aupload_file(
                    client,
                    second,
                    brand_id=fake.default_brand_id,
                    filename="two.jpg",
                    chunk_size=CHUNK,
                ),
            )
        )

    results = asyncio.run(both())
    assert original_sha(client, fake, results[0].media_id) == sha(first)
    assert original_sha(client, fake, results[1].media_id) == sha(second)


@SIDES
def test_progress_reports_are_ordered_and_reach_the_total(
    is_async: bool, client: Any, fake: FakeBynder
) -> None:
    data = payload(5 * CHUNK + 3, seed=17)
    events: list[UploadProgress] = []
    inside = threading.Lock()
    overlaps: list[UploadProgress] = []

    def progress(event: UploadProgress) -> None:
        if not inside.acquire(blocking=False):
            overlaps.append(event)
            return
        try:
            events.append(event)
        finally:
            inside.release()

    fake.faults.latency(s3=0.005)
    upload(is_async, client, data, fake, filename="p.bin", progress=progress, concurrency=3)
    assert not overlaps
    stages = [e.stage for e in events]
    order = ["endpoint", "init", "uploading", "finalising", "processing", "saving", "done"]
    assert [s for i, s in enumerate(stages) if i == 0 or stages[i - 1] != s] == order
    assert stages.count("uploading") == 1 + 6
    done = [e.bytes_done for e in events]
    assert done == sorted(done)
    assert [e.parts_done for e in events] == sorted(e.parts_done for e in events)
    last = events[-1]
    assert (last.bytes_done, last.bytes_total, last.parts_done, last.parts_total) == (
        len(data),
        len(data),
        6,
        6,
    )
    assert last.fraction == 1.0
    assert all(e.filename == "p.bin" for e in events)


@SIDES
@pytest.mark.parametrize("kind", ["stream", "seekable"])
def test_bytes_read_ahead_stay_within_concurrency_times_chunk(
    is_async: bool, kind: str, client: Any, fake: FakeBynder
) -> None:
    concurrency = 2
    data = payload(8 * CHUNK + 5, seed=18)
    source: Stream | CountingFile = Stream(data) if kind == "stream" else CountingFile(data)
    ahead: list[int] = []

    def progress(event: UploadProgress) -> None:
        ahead.append(source.read_total - event.bytes_done)

    fake.faults.latency(s3=0.01)
    upload(
        is_async,
        client,
        source,
        fake,
        filename="big.bin",
        size=len(data) if kind == "stream" else None,
        concurrency=concurrency,
        progress=progress,
    )
    # Read but not registered yet: the parts being sent, and the parts sent whose register runs
    # while their worker sends its next part (one per worker).
    assert max(ahead) <= 2 * concurrency * CHUNK
    assert source.read_total <= len(data) + 1  # read once (plus the 1-byte check of a stream)
    if kind == "seekable":
        assert source.largest_read <= 64 * 1024  # never a whole part at once


# -- batches ------------------------------------------------------------------------------------


@SIDES
def test_upload_many_reports_each_files_outcome(
    is_async: bool, client: Any, fake: FakeBynder, tmp_path: Path
) -> None:
    good = tmp_path / "good.jpg"
    good.write_bytes(payload(CHUNK + 1, seed=19))
    fake.faults.fail_processing(filenames=["doomed.*"])
    sources: list[Any] = [
        good,
        tmp_path / "missing.jpg",
        UploadItem(b"will fail", filename="doomed.png"),
        UploadItem(io.BytesIO(b"fine"), filename="fine.gif", name="Fine", tags=["x"]),
    ]
    outcomes = call(
        is_async,
        "upload_many",
        client,
        sources,
        brand_id=fake.default_brand_id,
        concurrency=2,
        chunk_size=CHUNK,
        tags=["batch"],
    )
    assert [o.ok for o in outcomes] == [True, False, False, True]
    assert [o.filename for o in outcomes] == ["good.jpg", "missing.jpg", "doomed.png", "fine.gif"]
    assert isinstance(outcomes[1].error, ConfigurationError)
    assert isinstance(outcomes[2].error, UploadFailed)
    assert original_sha(client, fake, outcomes[0].result.media_id) == sha(good.read_bytes())
    assert fake.assets[outcomes[0].result.media_id].tags == ["batch"]
    fine = fake.assets[outcomes[3].result.media_id]
    assert (fine.name, fine.tags) == ("Fine", ["x"])


def test_upload_many_checks_shared_options_first(client: Any, fake: FakeBynder) -> None:
    with pytest.raises(ConfigurationError):
        upload_many(client, [b"x"], brand_id="", chunk_size=CHUNK)
    with pytest.raises(ConfigurationError):
        upload_many(client, "a.jpg", brand_id="b")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        upload_many(client, [b"x"], brand_id="b", concurrency=0)
    assert upload_many(client, [], brand_id="b") == []
    assert list(fake.requests) == []


def test_endpoint_is_fetched_once_per_connection(client: Any, fake: FakeBynder) -> None:
    for _ in range(3):
        upload(False, client, b"abc", fake, filename="a.jpg")
    assert count(fake, "get_closest_s3_upload_endpoint") == 1
