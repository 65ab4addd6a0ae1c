"""The fake's files service (`/v7/file_cmds/upload/...`) beyond the operation tests: chunk sizes on
both front ends, spilling to disk, concurrency, faults and the budget; and three fidelity points of
the classic flow: S3's minimum part size at finalise, a save that answers 303 after the poll said
done, and an exception raised by a request body reaching the caller of the in-process transport."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from bynder_ext.testing import FakeBynder
from bynder_ext.testing.blobs import FileBlob

PORTAL = "https://portal.fake-bynder.test"
OCTET = {"Content-Type": "application/octet-stream"}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def headers_for(data: bytes) -> dict[str, str]:
    return {**OCTET, "Content-SHA256": sha(data)}


@pytest.fixture
def fake() -> FakeBynder:
    return FakeBynder(validate_responses=True)


def portal_client(fake: FakeBynder, base_url: str = PORTAL, **kwargs: Any) -> httpx.Client:
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    if base_url == PORTAL:
        kwargs.setdefault("transport", fake.transport())
    return httpx.Client(base_url=base_url, headers=headers, **kwargs)


@pytest.fixture
def api(fake: FakeBynder) -> Iterator[httpx.Client]:
    with portal_client(fake) as client:
        yield client


def prepare(api: httpx.Client) -> str:
    r = api.post("/v7/file_cmds/upload/prepare", json={})
    assert r.status_code == 200
    file_id: str = r.json()["file_id"]
    return file_id


def send(api: httpx.Client, file_id: str, number: int, data: bytes) -> httpx.Response:
    return api.post(
        f"/v7/file_cmds/upload/{file_id}/chunk/{number}", content=data, headers=headers_for(data)
    )


def finalise(api: httpx.Client, file_id: str, name: str, data: bytes, count: int) -> httpx.Response:
    form = {"fileName": name, "fileSize": len(data), "chunksCount": count, "sha256": sha(data)}
    return api.post(f"/v7/file_cmds/upload/{file_id}/finalise_api", data=form)


# -- the files service ------------------------------------------------------------------------------


@pytest.mark.parametrize("front_end", ["transport", "socket"])
def test_chunks_larger_than_an_api_body_stream_in_and_spill_to_disk(front_end: str) -> None:
    fake = FakeBynder(
        validate_responses=True,
        max_api_body=64 * 1024,
        max_part_size=1024 * 1024,
        blob_threshold=128 * 1024,
    )
    data = hashlib.sha256(b"seed").digest() * 40_000  # 1,280,000 bytes
    first, second = data[: 1024 * 1024], data[1024 * 1024 :]
    server = fake.serve() if front_end == "socket" else None
    try:
        with portal_client(fake, server.base_url if server else PORTAL) as api:
            file_id = prepare(api)
            assert send(api, file_id, 0, first).status_code == 201  # 16 times an API body
            assert send(api, file_id, 1, second).status_code == 201
            too_big = send(api, file_id, 2, data)
            assert too_big.status_code == 413
            chunks = fake.file_uploads[file_id].chunks
            assert isinstance(chunks[0], FileBlob)
            assert 2 not in chunks
            assert finalise(api, file_id, "big.bin", data, 2).status_code == 201
    finally:
        if server is not None:
            server.stop()
    assert fake.imports[file_id].blob.read_all() == data
    assert fake.errors == []


def test_concurrent_chunks_over_sockets(fake: FakeBynder) -> None:
    data = bytes(range(256)) * 4096  # 1 MiB in 16 chunks
    size = 64 * 1024
    with fake.serve() as server, portal_client(fake, server.base_url) as api:
        file_id = prepare(api)
        with ThreadPoolExecutor(8) as pool:
            statuses = list(
                pool.map(
                    lambda n: send(api, file_id, n, data[n * size : (n + 1) * size]).status_code,
                    range(16),
                )
            )
        assert statuses == [201] * 16
        assert finalise(api, file_id, "x.bin", data, 16).status_code == 201
    assert fake.imports[file_id].blob.read_all() == data


def test_refused_chunks_store_nothing(fake: FakeBynder, api: httpx.Client) -> None:
    file_id = prepare(api)
    url = f"/v7/file_cmds/upload/{file_id}/chunk/0"
    r = api.post(url, content=b"abc", headers={**headers_for(b"abd")})
    assert r.status_code == 400
    assert sha(b"abc") in r.json()["message"]  # names what the bytes hash to
    r = api.post(url, content=b"abc", headers={"Content-Type": "text/plain"})
    assert r.status_code == 400
    assert api.post(url, content=b"", headers=OCTET).status_code == 400
    assert fake.file_uploads[file_id].chunks == {}
    assert fake.file_uploads[file_id].chunk_posts[0] == 3
    # Without Content-SHA256 (Bynder's reference does not name it) a chunk is taken as it is.
    assert api.post(url, content=b"abc", headers=OCTET).status_code == 201


def test_a_lenient_fake_still_refuses_malformed_chunks() -> None:
    fake = FakeBynder(strict=False, validate_responses=True)
    with portal_client(fake) as api:
        file_id = prepare(api)
        for number in ("x", "-1"):
            r = api.post(
                f"/v7/file_cmds/upload/{file_id}/chunk/{number}", content=b"a", headers=OCTET
            )
            assert r.status_code == 400
        r = api.post(
            f"/v7/file_cmds/upload/{file_id}/chunk/0",
            content=b"a",
            headers={**OCTET, "Content-SHA256": "zz"},
        )
        assert r.status_code == 400
        r = api.post(
            f"/v7/file_cmds/upload/{file_id}/finalise_api",
            data={"fileName": "a.jpg", "fileSize": "many", "chunksCount": "1"},
        )
        assert r.status_code == 400
    assert fake.errors == []


def test_chunk_faults_and_the_budget_apply(fake: FakeBynder, api: httpx.Client) -> None:
    file_id = prepare(api)
    fake.faults.drop_connections(count=1, where="upload_file_chunk")
    with pytest.raises(httpx.RemoteProtocolError):
        send(api, file_id, 0, b"lost")
    assert fake.file_uploads[file_id].chunks == {}  # dropped while the body was sent: no effect
    fake.faults.server_errors(count=1, status=503, only="upload_file_chunk")
    assert send(api, file_id, 0, b"later").status_code == 503
    assert fake.file_uploads[file_id].chunk_posts[0] == 0  # refused before the handler
    fake.faults.clear()
    fake.budget(requests=2, window=60)
    assert send(api, file_id, 0, b"one").status_code == 201
    assert send(api, file_id, 1, b"two").status_code == 201
    assert send(api, file_id, 2, b"three").status_code == 429  # chunks count against the budget


def test_a_file_id_is_saved_once_and_failed_processing_is_refused(
    fake: FakeBynder, api: httpx.Client
) -> None:
    fake.faults.fail_processing(filenames=["broken.*"])
    for name, status in (("broken.jpg", 400), ("fine.jpg", 201)):
        file_id = prepare(api)
        assert send(api, file_id, 0, b"pixels").status_code == 201
        assert finalise(api, file_id, name, b"pixels", 1).status_code == 201
        r = api.post(f"/api/v4/media/save/{file_id}/", data={"brandId": fake.default_brand_id})
        assert r.status_code == status
    r = api.post(f"/api/v4/media/save/{file_id}/", data={"brandId": fake.default_brand_id})
    assert r.status_code == 400  # saved already
    # The poll knows file ids too.
    r = api.get("/api/v4/upload/poll/", params={"items": file_id})
    assert r.json()["itemsDone"] == [file_id]


# -- the classic flow: S3's minimum part size -------------------------------------------------------


def classic_upload(api: httpx.Client, s3: httpx.Client, sizes: list[int], name: str) -> Any:
    """Init, send and register parts of the given sizes; the init answer."""
    init = api.post("/api/upload/init/", data={"filename": name}).json()
    endpoint = api.get("/api/upload/endpoint/").json()
    params = init["multipart_params"]
    for number, size in enumerate(sizes, start=1):
        key = f"{params['key']}/p{number}"
        fields = {**params, "key": key, "Filename": key, "name": name}
        fields.update(chunk=str(number), chunks=str(len(sizes)))
        r = s3.post(endpoint, data=fields, files={"file": (name, b"\0" * size)})
        assert r.status_code == 201
        register = {
            "id": init["s3file"]["uploadid"],
            "targetid": init["s3file"]["targetid"],
            "filename": f"{init['s3_filename']}/p{number}",
            "chunkNumber": str(number),
        }
        assert api.post("/api/v4/upload/", data=register).status_code == 202
    return init


def classic_finalise(api: httpx.Client, init: Any, parts: int) -> httpx.Response:
    upload_id = init["s3file"]["uploadid"]
    form = {
        "targetid": init["s3file"]["targetid"],
        "s3_filename": init["s3_filename"],
        "chunks": str(parts),
    }
    return api.post(f"/api/v4/upload/{upload_id}/", data=form)


@pytest.mark.parametrize(
    ("min_part_size", "sizes", "status"),
    [
        (None, [5 * 1024 * 1024 - 1, 10], 400),  # the default: 5 MiB, like S3
        (None, [5 * 1024 * 1024, 10], 202),  # the last part may be small
        (None, [10], 202),  # a single part too
        (1000, [999, 5], 400),
        (0, [1, 1, 1], 202),
    ],
)
def test_finalise_refuses_parts_below_the_minimum(
    min_part_size: int | None, sizes: list[int], status: int
) -> None:
    options = {} if min_part_size is None else {"min_part_size": min_part_size}
    fake = FakeBynder(validate_responses=True, **options)
    with portal_client(fake) as api, httpx.Client(transport=fake.transport()) as s3:
        init = classic_upload(api, s3, sizes, "a.bin")
        r = classic_finalise(api, init, len(sizes))
        assert r.status_code == status
        if status == 400:
            assert "part 1 holds" in r.json()["message"]
            assert "at least" in r.json()["message"]
            # The additional save finalises too, with the same rule.
            asset_id = next(iter(fake.assets)) if fake.assets else fake.add_asset(b"x").id
            form = {
                "targetid": init["s3file"]["targetid"],
                "s3_filename": init["s3_filename"],
                "chunks": str(len(sizes)),
            }
            url = f"/api/v4/media/{asset_id}/save/additional/{init['s3file']['uploadid']}/"
            assert api.post(url, data=form).status_code == 400
    with pytest.raises(ValueError, match="min_part_size"):
        FakeBynder(min_part_size=-1)


# -- a save that answers 303 after the poll said done -------------------------------------------------


def test_save_not_ready_answers_303_although_the_poll_says_done(fake: FakeBynder) -> None:
    with portal_client(fake) as api, httpx.Client(transport=fake.transport()) as s3:
        init = classic_upload(api, s3, [100], "a.jpg")
        import_id = classic_finalise(api, init, 1).json()["importId"]
        assert api.get("/api/v4/upload/poll/", params={"items": import_id}).json()["itemsDone"] == [
            import_id
        ]
        fake.faults.save_not_ready(2)
        form = {"brandId": fake.default_brand_id}
        statuses = [api.post(f"/api/v4/media/save/{import_id}/", data=form) for _ in range(3)]
        assert [r.status_code for r in statuses] == [303, 303, 201]
        assert statuses[0].json()["message"] == "Import not converted yet, please poll"
        # The files service's saves too; a knob that is used up or cleared stops.
        file_id = prepare(api)
        assert send(api, file_id, 0, b"abc").status_code == 201
        assert finalise(api, file_id, "b.jpg", b"abc", 1).status_code == 201
        fake.faults.save_not_ready(1)
        asset_id = next(iter(fake.assets))
        url = f"/api/v4/media/{asset_id}/save/additional/{file_id}/"
        assert api.post(url).status_code == 303
        assert api.post(url).status_code == 201
        fake.faults.save_not_ready(5).clear()
        assert fake.faults.saves_not_ready == 0
    with pytest.raises(ValueError, match="count"):
        fake.faults.save_not_ready(-1)


# -- an exception from the request body reaches the caller ----------------------------------------------


class BodyFailed(OSError):
    pass


def failing_body() -> Iterator[bytes]:
    yield b"first block "
    raise BodyFailed("the disk went away")


async def afailing_body() -> Any:
    yield b"first block "
    raise BodyFailed("the disk went away")


@pytest.mark.parametrize(
    "path",
    ["/api/v4/media/", "/v7/file_cmds/upload/{file_id}/chunk/0"],
    ids=["read by the core", "read by the handler"],
)
def test_a_failing_request_body_raises_in_the_caller(
    fake: FakeBynder, api: httpx.Client, path: str
) -> None:
    url = path.format(file_id=prepare(api))
    with pytest.raises(BodyFailed, match="disk went away"):
        api.post(url, content=failing_body(), headers=OCTET)

    async def call() -> None:
        headers = {**OCTET, "Authorization": f"Bearer {fake.permanent_token}"}
        async with httpx.AsyncClient(
            base_url=PORTAL, transport=fake.transport(), headers=headers
        ) as client:
            await client.post(url, content=afailing_body())

    with pytest.raises(BodyFailed):
        asyncio.run(call())
    assert fake.errors == []  # not an internal error of the fake
    assert all(record.status != 500 for record in fake.requests)
