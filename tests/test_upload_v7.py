"""The upload helper's v7 engine (the files service's chunked upload) end to end against the fake
Bynder, sync and async: round trips, checks before any request, the wire format, faults on chunks,
token expiry, checksums, resume, 303 saves, versions and additionals, concurrency, progress and
memory."""

from __future__ import annotations

import asyncio
import io
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

import bynder_ext
import bynder_ext.upload
from bynder_ext import (
    ClientCredentials,
    ConfigurationError,
    PermanentToken,
    PermissionDenied,
    ServerError,
)
from bynder_ext.client import session_of
from bynder_ext.errors import InvalidRequest, UploadError, UploadRejected, UploadTimeout
from bynder_ext.testing import FakeBynder
from bynder_ext.upload import (
    MIN_CHUNK_SIZE,
    V7_DEFAULT_CHUNK_SIZE,
    V7_MAX_CHUNK_SIZE,
    V7_MIN_CHUNK_SIZE,
    PollPolicy,
    UploadItem,
    UploadProgress,
    UploadResult,
    UploadState,
    aupload_file,
)
from bynder_ext.upload.sources import SourceChanged
from tests.test_upload import (
    CountingFile,
    Sleeps,
    Stream,
    connect,
    downloaded_sha,
    original_sha,
    payload,
    retry,
    sha,
)

CHUNK = V7_MIN_CHUNK_SIZE
SIDES = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
KINDS = pytest.mark.parametrize("kind", ["asset", "version", "additional"])

pytestmark = pytest.mark.fake_bynder(seed=2)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def fake(fake_bynder_core: FakeBynder) -> FakeBynder:
    return fake_bynder_core


@pytest.fixture
def client(fake: FakeBynder, sleeps: Sleeps) -> bynder_ext.BynderClient:
    return connect(fake, sleeps)


def call(is_async: bool, helper: str, *args: Any, **kwargs: Any) -> Any:
    """The sync helper named ``helper`` or its async twin, with the v7 engine."""
    kwargs.setdefault("engine", "v7")
    if is_async:
        return asyncio.run(getattr(bynder_ext.upload, "a" + helper)(*args, **kwargs))
    return getattr(bynder_ext.upload, helper)(*args, **kwargs)


def upload(is_async: bool, client: Any, source: Any, fake: FakeBynder, **kwargs: Any) -> Any:
    kwargs.setdefault("brand_id", fake.default_brand_id)
    kwargs.setdefault("chunk_size", CHUNK)
    return call(is_async, "upload_file", client, source, **kwargs)


def chunk_requests(fake: FakeBynder) -> list[Any]:
    return fake.requests_for("upload_file_chunk")


def sent_chunks(fake: FakeBynder) -> list[int]:
    """The chunk numbers (0-based, as on the wire) of every chunk request, sorted."""
    return sorted(int(r.path.rsplit("/", 1)[1]) for r in chunk_requests(fake))


def count(fake: FakeBynder, operation_id: str) -> int:
    return len(fake.requests_for(operation_id))


def poll_policy(sleeps: Sleeps, **kwargs: Any) -> PollPolicy:
    return PollPolicy(sleep=sleeps, async_sleep=sleeps.asleep, clock=sleeps.clock, **kwargs)


async def _no_wait(seconds: float) -> None:
    return None


class ChunkWatch(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the fake's transport: counts chunk requests in flight; ``change`` may alter a request
    before it goes on."""

    def __init__(self, inner: Any, change: Any = None) -> None:
        self.inner = inner
        self.change = change
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most_in_flight = 0

    def _enter(self, request: httpx.Request) -> bool:
        if self.change is not None:
            self.change(request)
        if "/chunk/" not in request.url.path:
            return False
        with self.lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        return True

    def _leave(self, counted: bool) -> None:
        if counted:
            with self.lock:
                self.in_flight -= 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        counted = self._enter(request)
        try:
            return self.inner.handle_request(request)  # type: ignore[no-any-return]
        finally:
            self._leave(counted)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        counted = self._enter(request)
        try:
            return await self.inner.handle_async_request(request)  # type: ignore[no-any-return]
        finally:
            self._leave(counted)


# -- round trips --------------------------------------------------------------------------------


@SIDES
@KINDS
@pytest.mark.parametrize("size", [1, CHUNK, CHUNK + 1], ids=["1B", "one-chunk", "chunk+1"])
def test_round_trip_is_byte_identical(
    is_async: bool, kind: str, size: int, client: Any, fake: FakeBynder, tmp_path: Path
) -> None:
    data = payload(size, seed=size)
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    asset = next(iter(fake.assets.values()))
    if kind == "asset":
        result = upload(is_async, client, path, fake)
    else:
        helper = "upload_version" if kind == "version" else "upload_additional"
        result = call(is_async, helper, client, asset.id, path, chunk_size=CHUNK)
    assert isinstance(result, UploadResult)
    assert (result.kind, result.engine, result.size) == (kind, "v7", size)
    assert result.parts == (2 if size > CHUNK else 1)
    assert result.sha256 == sha(data)
    assert result.file_id in fake.file_uploads
    assert result.correlation_id == fake.file_uploads[result.file_id].correlation_id
    assert result.import_id is None
    assert sent_chunks(fake) == list(range(result.parts))
    assert count(fake, "finalise_file_upload") == 1
    # Nothing of the classic flow was used.
    for operation_id in ("initialize_upload", "upload_chunk", "register_uploaded_chunk"):
        assert count(fake, operation_id) == 0
    assert count(fake, "retrieve_poll_state") == 0
    if kind == "additional":
        [item] = [i for i in asset.items if i.type == "additional"]
        assert item.file_name == "photo.jpg"
        assert downloaded_sha(client, asset.id, item.id) == sha(data)
    else:
        media_id = asset.id if kind == "version" else result.media_id
        assert result.media_id == media_id
        assert original_sha(client, fake, media_id) == sha(data)


@SIDES
@KINDS
def test_fifty_mib_with_several_chunks_in_flight(
    is_async: bool, kind: str, fake: FakeBynder, sleeps: Sleeps, tmp_path: Path
) -> None:
    data = payload(50 * 1024 * 1024 + 12345, seed=4)
    path = tmp_path / "video.mp4"
    path.write_bytes(data)
    watch = ChunkWatch(fake.transport())
    client = connect(fake, sleeps, transport=watch)
    fake.faults.latency(api=0.01)
    asset = next(iter(fake.assets.values()))
    options: dict[str, Any] = {"chunk_size": None, "concurrency": 4}
    if kind == "asset":
        result = upload(is_async, client, path, fake, **options)
    else:
        helper = "upload_version" if kind == "version" else "upload_additional"
        result = call(is_async, helper, client, asset.id, path, **options)
    assert result.parts == 11  # the default chunk size, 5 MiB
    assert 1 < watch.most_in_flight <= 4
    assert result.sha256 == sha(data)
    if kind == "additional":
        [item] = [i for i in asset.items if i.type == "additional"]
        assert downloaded_sha(client, asset.id, item.id) == sha(data)
    else:
        assert original_sha(client, fake, result.media_id) == sha(data)


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
            return await aupload_file(client, path, brand_id=brand, chunk_size=CHUNK, engine="v7")
        finally:
            await session.aclose()

    with client:
        results = [
            bynder_ext.upload_file(client, path, brand_id=brand, chunk_size=CHUNK, engine="v7"),
            asyncio.run(async_side()),
        ]
        for result in results:
            assert original_sha(client, fake, result.media_id) == sha(data)
    records = chunk_requests(fake)
    assert len(records) == 6
    for record in records:  # a declared length, never a chunked body, on both sides
        assert "transfer-encoding" not in record.headers
        assert int(record.headers["content-length"]) in (CHUNK, 1)


# -- the wire format ----------------------------------------------------------------------------


def test_chunks_go_to_the_portal_with_the_token_and_their_checksum(
    client: Any, fake: FakeBynder
) -> None:
    data = payload(2 * CHUNK + 3)
    result = upload(False, client, data, fake, filename="Spring shoot.tif")
    records = chunk_requests(fake)
    assert len(records) == 3
    for record in records:
        assert record.target == "portal"
        assert record.headers["authorization"] == f"Bearer {fake.permanent_token}"
        assert record.headers["content-type"] == "application/octet-stream"
        number = int(record.path.rsplit("/", 1)[1])
        piece = data[number * CHUNK : (number + 1) * CHUNK]
        assert record.headers["content-sha256"] == sha(piece)
        assert record.headers["content-length"] == str(len(piece))
        assert record.path.startswith(f"/v7/file_cmds/upload/{result.file_id}/chunk/")
    [prepare] = fake.requests_for("prepare_file_upload")
    assert prepare.body == {}
    [finalise] = fake.requests_for("finalise_file_upload")
    assert finalise.body == {
        "fileName": "Spring shoot.tif",
        "fileSize": str(len(data)),
        "chunksCount": "3",
        "sha256": sha(data),
    }


def test_chunks_count_against_the_request_budget(fake: FakeBynder, sleeps: Sleeps) -> None:
    budget = bynder_ext.RequestBudget(requests=1000, window=300, clock=sleeps.clock, sleep=sleeps)
    client = connect(fake, sleeps, budget=budget)
    upload(False, client, payload(3 * CHUNK), fake, filename="a.bin")
    portal_requests = [r for r in fake.requests if r.target == "portal"]
    assert (
        budget.in_use() == len(portal_requests) == 1 + 3 + 1 + 1
    )  # prepare, chunks, finalise, save


@SIDES
def test_new_asset_keeps_the_metadata_given(is_async: bool, client: Any, fake: FakeBynder) -> None:
    colour = next(m for m in fake.metaproperties.values() if m.name == "Colour")
    red = colour.options[0].id
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
        metaproperties={colour.id: [red]},
        extra_fields={"isPublic": True},
    )
    asset = fake.assets[result.media_id]
    assert (asset.name, asset.description, asset.copyright) == (
        "Hero",
        "The campaign hero",
        "ACME 2024",
    )
    assert asset.tags == ["spring", "hero"]
    assert asset.options[colour.id] == [red]
    assert asset.is_public
    [save] = fake.requests_for("save_a_new_asset")
    assert save.path == f"/api/v4/media/save/{result.file_id}/"
    assert save.body["brandId"] == fake.default_brand_id


@SIDES
@pytest.mark.parametrize("kind", ["version", "additional"])
def test_versions_and_additionals_apply_the_metadata_given(
    is_async: bool, kind: str, client: Any, fake: FakeBynder
) -> None:
    asset = next(iter(fake.assets.values()))
    helper = "upload_version" if kind == "version" else "upload_additional"
    call(is_async, helper, client, asset.id, b"bytes", filename="v2.jpg", name="Hero v2", tags="x")
    assert (asset.name, asset.tags) == ("Hero v2", ["x"])
    [update] = fake.requests_for("update_asset")
    assert update.body == {"name": "Hero v2", "tags": "x"}
    operation = (
        "save_as_a_new_asset_version"
        if kind == "version"
        else "finalize_complete_upload_and_save_as_new_asset_additional"
    )
    [save] = fake.requests_for(operation)
    assert save.body is None  # a file id needs no form


# -- checks before any request ------------------------------------------------------------------


@SIDES
@pytest.mark.parametrize(
    ("case", "source", "kwargs"),
    [
        ("chunk below the v7 minimum", b"x", {"chunk_size": V7_MIN_CHUNK_SIZE - 1}),
        ("chunk above the v7 maximum", b"x", {"chunk_size": V7_MAX_CHUNK_SIZE + 1}),
        ("unknown engine", b"x", {"engine": "v8"}),
        ("empty bytes", b"", {}),
        ("stream without size", Stream(b"data"), {}),
        ("filename without extension", b"x", {"filename": "README"}),
        ("missing brand", b"x", {"brand_id": ""}),
        ("concurrency 0", b"x", {"concurrency": 0}),
        ("bad poll deadline", b"x", {"poll_deadline": -1}),
    ],
)
def test_bad_input_is_refused_before_any_request(
    is_async: bool, case: str, source: Any, kwargs: dict[str, Any], client: Any, fake: FakeBynder
) -> None:
    kwargs.setdefault("filename", "a.jpg")
    with pytest.raises(ConfigurationError):
        upload(is_async, client, source, fake, **kwargs)
    assert list(fake.requests) == []


def test_chunk_sizes_are_checked_per_engine(client: Any, fake: FakeBynder) -> None:
    # 1 MiB is a valid v7 chunk but too small for S3; 64 MiB + 1 is fine for S3 only.
    with pytest.raises(ConfigurationError, match="5 MiB"):
        upload(False, client, b"x", fake, filename="a.jpg", chunk_size=CHUNK, engine="classic")
    with pytest.raises(ConfigurationError, match="64 MiB"):
        upload(False, client, b"x", fake, filename="a.jpg", chunk_size=V7_MAX_CHUNK_SIZE + 1)
    assert V7_MIN_CHUNK_SIZE < V7_DEFAULT_CHUNK_SIZE == MIN_CHUNK_SIZE < V7_MAX_CHUNK_SIZE
    assert list(fake.requests) == []


def test_a_state_resumes_only_with_its_engine(client: Any, fake: FakeBynder) -> None:
    state = UploadState(kind="asset", filename="a.jpg", size=3, chunk_size=CHUNK, engine="v7")
    with pytest.raises(ConfigurationError, match="engine='v7'"):
        upload(False, client, b"abc", fake, resume=state, engine="classic", chunk_size=None)
    classic = UploadState(kind="asset", filename="a.jpg", size=3, chunk_size=MIN_CHUNK_SIZE)
    with pytest.raises(ConfigurationError, match="engine='classic'"):
        upload(False, client, b"abc", fake, resume=classic, chunk_size=None)
    assert list(fake.requests) == []


def test_upload_state_round_trips_and_checks_its_input() -> None:
    state = UploadState(
        kind="version",
        asset_id="A1",
        filename="a.jpg",
        size=3 * CHUNK,
        chunk_size=CHUNK,
        stage="uploading",
        engine="v7",
        file_id="3f4e5d6c-7b8a-4c9d-8e0f-1a2b3c4d5e6f",
        registered={3, 1},
        part_sha256={1: "a" * 64, 3: "b" * 64},
    )
    data = state.to_dict()
    assert data["format"] == 2
    assert (data["engine"], data["registered"]) == ("v7", [1, 3])
    assert data["part_sha256"] == {"1": "a" * 64, "3": "b" * 64}
    assert UploadState.from_dict(json.loads(json.dumps(data))) == state
    assert state.missing_parts == [2]
    assert "engine='v7'" in repr(state)
    for broken in (
        {**data, "engine": "v8"},
        {**data, "file_id": None},
        {**data, "part_sha256": {"1": "a" * 64}},  # part 3 accepted without a checksum
        {**data, "part_sha256": {"1": "xyz", "3": "b" * 64}},
        {**data, "part_sha256": {"one": "a" * 64, "3": "b" * 64}},
        {**data, "sha256": "A" * 64},
    ):
        with pytest.raises(ConfigurationError):
            UploadState.from_dict(broken)
    # A state written before the v7 engine (format 1) is a classic one.
    old = {
        key: value
        for key, value in data.items()
        if key not in ("engine", "file_id", "part_sha256", "sha256", "correlation_id")
    }
    old.update(format=1, endpoint="https://s3.example/", upload_id="U", target_id="T")
    assert UploadState.from_dict(old).engine == "classic"


# -- faults ---------------------------------------------------------------------------------------


@SIDES
@pytest.mark.parametrize(
    "fault", ["chunk 500", "chunk 503", "chunk 429", "chunk dropped", "chunk answer lost"]
)
def test_chunk_failures_are_retried_and_the_upload_completes(
    is_async: bool, fault: str, client: Any, fake: FakeBynder, sleeps: Sleeps
) -> None:
    data = payload(3 * CHUNK + 5, seed=8)
    faults = fake.faults
    if fault == "chunk dropped":
        faults.drop_connections(count=3, where="upload_file_chunk")
    elif fault == "chunk answer lost":  # the chunk was stored: sending it again is harmless
        faults.drop_connections(count=3, where="upload_file_chunk", phase="response")
    elif fault == "chunk 429":
        faults.rate_limits(count=2, retry_after=2, only="upload_file_chunk")
    else:
        faults.server_errors(count=3, status=int(fault.split()[1]), only="upload_file_chunk")
    result = upload(is_async, client, data, fake, filename="flaky.mov")
    assert original_sha(client, fake, result.media_id) == sha(data)
    extra = 2 if fault == "chunk 429" else 3
    assert len(chunk_requests(fake)) == 4 + extra
    assert sorted(set(sent_chunks(fake))) == [0, 1, 2, 3]
    if fault == "chunk 429":
        assert sleeps.waits.count(2.0) == 2  # Retry-After honoured
    assert len(fake.assets) == 3  # the two seeded assets and this one: no duplicate


@SIDES
def test_prepare_and_finalise_failures_are_retried(
    is_async: bool, client: Any, fake: FakeBynder
) -> None:
    fake.faults.server_errors(count=1, status=500, only="prepare_file_upload")
    fake.faults.drop_connections(count=1, where="finalise_file_upload", phase="response")
    data = payload(CHUNK + 9, seed=3)
    result = upload(is_async, client, data, fake, filename="a.bin")
    assert count(fake, "prepare_file_upload") == 2
    assert count(fake, "finalise_file_upload") == 2  # the repeat is answered like the first
    [(file_id, stored)] = fake.file_uploads.items()
    assert (file_id, stored.finalised) == (result.file_id, 2)
    assert original_sha(client, fake, result.media_id) == sha(data)


@SIDES
@pytest.mark.parametrize("front_end", ["transport", "socket"])
def test_a_token_expiring_mid_upload(
    is_async: bool, front_end: str, fake: FakeBynder, sleeps: Sleeps
) -> None:
    # One chunk at a time, so that the chunk after the expiry meets it. Over a socket the whole
    # body is sent before the 401 is read: the chunk must be sent again complete.
    server = fake.serve() if front_end == "socket" else None
    auth = ClientCredentials(fake.client_id, fake.client_secret)
    if server is not None:
        client = bynder_ext.connect(server.base_url, auth=auth, retry=retry(sleeps))
    else:
        client = connect(fake, sleeps, auth=auth)
    data = payload(4 * CHUNK, seed=9)
    expired: list[UploadProgress] = []

    def progress(event: UploadProgress) -> None:
        if event.stage == "uploading" and event.parts_done == 1 and not expired:
            fake.expire_tokens()
            expired.append(event)

    async def async_upload() -> UploadResult:
        try:
            return await aupload_file(
                client,
                data,
                brand_id=fake.default_brand_id,
                filename="long.mp4",
                chunk_size=CHUNK,
                concurrency=1,
                progress=progress,
                engine="v7",
            )
        finally:
            await session_of(client).aclose()

    try:
        if is_async:
            result = asyncio.run(async_upload())
        else:
            result = upload(
                False, client, data, fake, filename="long.mp4", progress=progress, concurrency=1
            )
        assert original_sha(client, fake, result.media_id) == sha(data)
    finally:
        session_of(client).close()
        if server is not None:
            server.stop()
    assert expired
    statuses = [(r.path.rsplit("/", 1)[1], r.status) for r in chunk_requests(fake)]
    # The fake may answer 401 before reading the body and close the connection while the client
    # still sends it (as servers do): that attempt is retried and meets the 401 again.
    assert {number for number, status in statuses if status == 401} == {"1"}
    assert [s for s in statuses if s[1] == 201] == [(str(n), 201) for n in range(4)]
    assert fake.operation_counts["oauth2_token"] == 2


@SIDES
def test_errors_are_typed_whatever_the_clients_raise_errors(
    is_async: bool, fake: FakeBynder, sleeps: Sleeps
) -> None:
    read_only = fake.create_permanent_token(scopes=["asset:read"])
    for raise_errors in (True, False):
        client = connect(fake, sleeps, auth=PermanentToken(read_only), raise_errors=raise_errors)
        with pytest.raises(UploadError) as info:
            upload(is_async, client, b"x", fake, filename="a.jpg")
        assert isinstance(info.value.__cause__, PermissionDenied)
        assert info.value.stage == "new"
        # A client that returns error answers still gets a typed error from a refused chunk.
        client = connect(fake, sleeps, raise_errors=raise_errors)
        fake.faults.server_errors(rate=1.0, status=500, only="upload_file_chunk")
        with pytest.raises(UploadError) as info:
            upload(
                is_async,
                client,
                b"x",
                fake,
                filename="a.jpg",
                part_retry=bynder_ext.RetryPolicy(
                    max_retries=0, sleep=lambda s: None, async_sleep=_no_wait
                ),
            )
        assert isinstance(info.value.__cause__, ServerError)
        assert info.value.stage == "uploading"
        fake.faults.clear()
        result = upload(is_async, client, b"x", fake, filename="a.jpg", resume=info.value.state)
        assert result.media_id in fake.assets


# -- checksums ------------------------------------------------------------------------------------


@SIDES
def test_a_chunk_the_fake_refuses_raises_upload_rejected_with_a_state(
    is_async: bool, fake: FakeBynder, sleeps: Sleeps
) -> None:
    data = payload(4 * CHUNK + 1, seed=14)
    damaged: list[str] = []

    def damage(request: httpx.Request) -> None:
        if request.url.path.endswith("/chunk/1") and not damaged:
            damaged.append(request.headers["content-sha256"])
            request.headers["Content-SHA256"] = sha(b"other bytes")

    client = connect(fake, sleeps, transport=ChunkWatch(fake.transport(), damage))
    with pytest.raises(UploadRejected) as info:
        upload(is_async, client, data, fake, filename="a.bin", concurrency=2)
    error = info.value
    assert error.part == 2  # chunk 1 on the wire
    assert isinstance(error.__cause__, InvalidRequest)
    assert "Content-SHA256" in str(error)
    assert error.stage == "uploading"
    assert 2 not in error.state.registered
    assert count(fake, "finalise_file_upload") == 0
    # Resuming sends the refused chunk (and any other missing one) only.
    before = set(error.state.registered)
    fake.reset_records()
    result = upload(is_async, client, data, fake, resume=error.state)
    assert sent_chunks(fake) == sorted(n - 1 for n in set(range(1, 6)) - before)
    assert original_sha(client, fake, result.media_id) == sha(data)


@SIDES
def test_a_refused_finalise_raises_upload_rejected(
    is_async: bool, client: Any, fake: FakeBynder
) -> None:
    data = payload(2 * CHUNK, seed=15)

    def progress(event: UploadProgress) -> None:
        if event.stage == "finalising":
            raise KeyError("stop before the finalise")

    with pytest.raises(UploadError) as info:
        upload(is_async, client, data, fake, filename="a.bin", progress=progress)
    state = info.value.state
    assert (state.stage, state.sha256) == ("finalising", sha(data))
    state.sha256 = sha(b"not this file")
    with pytest.raises(UploadRejected) as rejected:
        upload(is_async, client, data, fake, resume=state)
    assert rejected.value.part is None
    assert "SHA-256" in str(rejected.value)
    assert rejected.value.stage == "finalising"


def test_a_source_changed_since_the_first_attempt_is_detected(
    client: Any, fake: FakeBynder, tmp_path: Path
) -> None:
    data = payload(3 * CHUNK, seed=16)
    path = tmp_path / "a.bin"
    path.write_bytes(data)

    def progress(event: UploadProgress) -> None:
        if event.parts_done == 2:
            raise KeyError("stop")

    with pytest.raises(UploadError) as info:
        upload(False, client, path, fake, concurrency=1, progress=progress)
    assert info.value.state.registered == {1, 2}
    changed = bytearray(data)
    changed[10] ^= 0xFF  # inside part 1, which Bynder has already
    path.write_bytes(bytes(changed))
    fake.reset_records()
    with pytest.raises(UploadError, match="changed") as again:
        upload(False, client, path, fake, resume=info.value.state)
    assert isinstance(again.value.__cause__, SourceChanged)
    assert chunk_requests(fake) == []
    assert count(fake, "finalise_file_upload") == 0


# -- resume ---------------------------------------------------------------------------------------


@SIDES
@pytest.mark.parametrize("concurrency", [1, 4])
def test_resume_sends_only_the_missing_chunks(
    is_async: bool, concurrency: int, client: Any, fake: FakeBynder, tmp_path: Path
) -> None:
    data = payload(6 * CHUNK + 11, seed=11)
    path = tmp_path / "master.mov"
    path.write_bytes(data)
    broken: list[int] = []

    def progress(event: UploadProgress) -> None:
        if event.stage == "uploading" and event.parts_done >= 2 and not broken:
            broken.append(event.parts_done)
            fake.faults.server_errors(rate=1.0, status=500, only="upload_file_chunk")

    with pytest.raises(UploadError) as info:
        upload(
            is_async,
            client,
            path,
            fake,
            concurrency=concurrency,
            progress=progress,
            part_retry=bynder_ext.RetryPolicy(
                max_retries=1, sleep=lambda s: None, async_sleep=_no_wait
            ),
        )
    error = info.value
    assert isinstance(error.__cause__, ServerError)
    assert error.stage == "uploading"
    done = set(error.state.registered)
    assert 2 <= len(done) < 7
    assert set(error.state.part_sha256) >= done

    fake.faults.clear()
    fake.reset_records()
    state = UploadState.from_dict(json.loads(json.dumps(error.state.to_dict())))
    events: list[UploadProgress] = []
    result = upload(is_async, client, path, fake, resume=state, progress=events.append)
    assert sent_chunks(fake) == sorted(n - 1 for n in set(range(1, 8)) - done)
    assert count(fake, "prepare_file_upload") == 0
    assert events[0].stage == "uploading"
    assert events[0].parts_done == len(done)
    assert result.file_id == error.state.file_id
    assert result.sha256 == sha(data)  # the parts sent before were hashed again, not re-sent
    assert original_sha(client, fake, result.media_id) == sha(data)


def test_resume_with_a_stream_skips_and_hashes_the_accepted_bytes(
    client: Any, fake: FakeBynder
) -> None:
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
    assert sent_chunks(fake) == [2, 3]
    assert original_sha(client, fake, result.media_id) == sha(data)


# -- saves that answer 303 ------------------------------------------------------------------------


@SIDES
@KINDS
def test_a_303_on_save_is_waited_out(
    is_async: bool, kind: str, client: Any, fake: FakeBynder, sleeps: Sleeps
) -> None:
    fake.faults.save_not_ready(2)
    events: list[str] = []
    asset = next(iter(fake.assets.values()))
    options: dict[str, Any] = {
        "filename": "a.cr2",
        "poll": poll_policy(sleeps),
        "progress": lambda e: events.append(e.stage),
    }
    if kind == "asset":
        result = upload(is_async, client, b"raw", fake, **options)
    elif kind == "version":
        result = call(is_async, "upload_version", client, asset.id, b"raw", **options)
    else:
        result = call(is_async, "upload_additional", client, asset.id, b"raw", **options)
    assert result.media_id in fake.assets
    assert events[-6:] == ["saving", "processing", "saving", "processing", "saving", "done"]
    assert sleeps.waits == [0.5, 1.0]


@SIDES
def test_processing_that_never_ends_raises_upload_timeout_and_resume_only_saves(
    is_async: bool, client: Any, fake: FakeBynder, sleeps: Sleeps
) -> None:
    fake.faults.processing_delay(polls=10_000)
    poll = poll_policy(sleeps, deadline=10.0)
    data = payload(CHUNK + 2, seed=10)
    with pytest.raises(UploadTimeout) as info:
        upload(is_async, client, data, fake, filename="slow.mp4", poll=poll)
    error = info.value
    assert sleeps.waits == [0.5, 1.0, 2.0, 4.0, 2.5]
    assert error.stage == "saving"
    assert error.import_id == error.state.file_id
    assert count(fake, "save_a_new_asset") == 6  # max_saves does not bound the v7 engine

    fake.faults.processing_delay(polls=0)
    fake.reset_records()
    state = UploadState.from_dict(json.loads(json.dumps(error.state.to_dict())))
    result = upload(is_async, client, data, fake, poll=poll, resume=state)
    assert chunk_requests(fake) == []
    assert count(fake, "finalise_file_upload") == 0
    assert count(fake, "save_a_new_asset") == 1
    assert original_sha(client, fake, result.media_id) == sha(data)


@SIDES
def test_failed_processing_stops_at_the_save(is_async: bool, client: Any, fake: FakeBynder) -> None:
    fake.faults.fail_processing(count=1)
    with pytest.raises(UploadError) as info:
        upload(is_async, client, b"bad bytes", fake, filename="broken.jpg")
    assert isinstance(info.value.__cause__, InvalidRequest)
    assert info.value.stage == "saving"
    assert info.value.state.file_id in fake.file_uploads


# -- concurrency, progress, memory ----------------------------------------------------------------


def test_concurrent_uploads_on_one_client_threads(client: Any, fake: FakeBynder) -> None:
    files = [payload(2 * CHUNK + n, seed=20 + n) for n in range(3)]
    with ThreadPoolExecutor(4) as pool:
        futures = [
            pool.submit(upload, False, client, data, fake, filename=f"{n}.jpg")
            for n, data in enumerate(files)
        ]
        # One classic upload alongside.
        classic = pool.submit(
            bynder_ext.upload_file,
            client,
            payload(MIN_CHUNK_SIZE + 1, seed=30),
            brand_id=fake.default_brand_id,
            filename="classic.jpg",
        )
        results = [future.result() for future in futures]
        assert classic.result().engine == "classic"
    assert len({r.file_id for r in results}) == 3
    for data, result in zip(files, results, strict=True):
        assert original_sha(client, fake, result.media_id) == sha(data)


def test_concurrent_uploads_on_one_client_tasks(client: Any, fake: FakeBynder) -> None:
    files = [payload(2 * CHUNK + n, seed=40 + n) for n in range(3)]
    fake.faults.latency(api=0.005)

    async def all_of_them() -> list[UploadResult]:
        return list(
            await asyncio.gather(
                *(
                    aupload_file(
                        client,
                        data,
                        brand_id=fake.default_brand_id,
                        filename=f"{n}.jpg",
                        chunk_size=CHUNK,
                        engine="v7",
                    )
                    for n, data in enumerate(files)
                )
            )
        )

    results = asyncio.run(all_of_them())
    for data, result in zip(files, results, strict=True):
        assert original_sha(client, fake, result.media_id) == sha(data)


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

    fake.faults.latency(api=0.002)
    upload(is_async, client, data, fake, filename="p.bin", progress=progress, concurrency=3)
    assert not overlaps
    stages = [e.stage for e in events]
    order = ["init", "uploading", "finalising", "saving", "done"]
    assert [s for i, s in enumerate(stages) if i == 0 or stages[i - 1] != s] == order
    assert stages.count("uploading") == 1 + 6
    assert [e.bytes_done for e in events] == sorted(e.bytes_done for e in events)
    last = events[-1]
    assert (last.bytes_done, last.bytes_total, last.parts_done, last.parts_total) == (
        len(data),
        len(data),
        6,
        6,
    )


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
        # A window is read twice (hashed, then sent); a stream once.
        reads_per_byte = 1 if kind == "stream" else 2
        ahead.append(source.read_total - reads_per_byte * event.bytes_done)

    fake.faults.latency(api=0.005)
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
    if kind == "stream":
        assert max(ahead) <= concurrency * CHUNK
        assert source.read_total <= len(data) + 1  # read once (plus the 1-byte check)
    else:
        # Each worker holds one chunk, hashed and partly sent; reads are 64 KiB blocks.
        assert max(ahead) <= 2 * concurrency * CHUNK + 1
        assert source.read_total == 2 * len(data) + 1  # plus the 1-byte check at opening
        assert source.largest_read <= 64 * 1024


# -- batches --------------------------------------------------------------------------------------


@SIDES
def test_upload_many_with_the_v7_engine(
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
    assert isinstance(outcomes[1].error, ConfigurationError)
    assert isinstance(outcomes[2].error, UploadError)
    assert all(o.result.engine == "v7" for o in outcomes if o.ok)
    assert original_sha(client, fake, outcomes[0].result.media_id) == sha(good.read_bytes())
    fine = fake.assets[outcomes[3].result.media_id]
    assert (fine.name, fine.tags) == ("Fine", ["x"])
    with pytest.raises(ConfigurationError):
        call(is_async, "upload_many", client, [b"x"], brand_id="b", chunk_size=CHUNK - 1)


@SIDES
@pytest.mark.parametrize("kind", ["new", "version"])
def test_resume_after_a_lost_save_answer_ends_with_the_asset(
    is_async: bool, kind: str, client: Any, fake: FakeBynder
) -> None:
    """The save with the file id went through but its answer was lost: resuming ends with the
    asset it made, and no second one."""
    save = "save_a_new_asset" if kind == "new" else "save_as_a_new_asset_version"
    data = payload(CHUNK + 5, seed=22)
    asset = next(iter(fake.assets.values()))
    version = asset.version
    assets_before = set(fake.assets)
    if kind == "new":
        arguments: tuple[Any, ...] = (client, data)
        options: dict[str, Any] = {"brand_id": fake.default_brand_id}
        helper = "upload_file"
    else:
        arguments, options, helper = (client, asset.id, data), {}, "upload_version"
    options.update(filename="lost.jpg", chunk_size=CHUNK)
    fake.faults.drop_connections(where=save, phase="response", count=1)
    with pytest.raises(UploadError) as info:
        call(is_async, helper, *arguments, **options)
    assert info.value.stage == "saving"
    made = set(fake.assets) - assets_before
    assert len(made) == (1 if kind == "new" else 0)

    state = UploadState.from_dict(json.loads(json.dumps(info.value.state.to_dict())))
    result = call(is_async, helper, *arguments, resume=state, **options)

    expected = made.pop() if kind == "new" else asset.id
    assert result.media_id == expected
    assert set(fake.assets) - assets_before == ({expected} if kind == "new" else set())
    assert original_sha(client, fake, expected) == sha(data)
    assert count(fake, save) == (1 if kind == "new" else 2)
    if kind == "version":
        assert asset.version == version + 1
