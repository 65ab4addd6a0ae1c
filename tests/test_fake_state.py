"""The fake keeps state like a portal: what is created can be read, changed and deleted; lists page
and count; the upload pipeline assembles parts in order and saves once; downloads honour Range."""

from __future__ import annotations

import hashlib
import json
import struct
import tracemalloc
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bynder_ext.testing import FakeBynder

PORTAL = "https://portal.fake-bynder.test"


@pytest.fixture
def fake() -> FakeBynder:
    # The upload tests send tiny parts on purpose: S3's 5 MiB part minimum is off here.
    fake = FakeBynder(validate_responses=True, min_part_size=0)
    fake.seed(n_assets=30, n_collections=7, n_users=12, n_jobs=9, n_orders=23)
    return fake


@pytest.fixture
def api(fake: FakeBynder) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as client:
        yield client


@pytest.fixture
def s3(fake: FakeBynder) -> Iterator[httpx.Client]:
    with httpx.Client(transport=fake.transport()) as client:
        yield client


def upload_parts(
    api: httpx.Client,
    s3: httpx.Client,
    data: bytes,
    filename: str,
    chunk_size: int,
    *,
    send: list[int] | None = None,
) -> dict[str, Any]:
    """Init an upload and send (and register) the given part numbers (all, in order, by default)."""
    init = api.post("/api/upload/init/", data={"filename": filename}).json()
    endpoint = api.get("/api/upload/endpoint/").json()
    params = init["multipart_params"]
    parts = [data[i : i + chunk_size] for i in range(0, len(data), chunk_size)] or [b""]
    for number in send or range(1, len(parts) + 1):
        key = f"{params['key']}/p{number}"
        fields = {**params, "key": key, "Filename": key, "name": filename}
        fields.update(chunk=str(number), chunks=str(len(parts)))
        r = s3.post(endpoint, data=fields, files={"file": (filename, parts[number - 1])})
        assert r.status_code == 201, r.text
        r = api.post(
            "/api/v4/upload/",
            data={
                "id": init["s3file"]["uploadid"],
                "targetid": init["s3file"]["targetid"],
                "filename": f"{init['s3_filename']}/p{number}",
                "chunkNumber": str(number),
            },
        )
        assert r.status_code == 202, r.text
    init["chunks"] = len(parts)
    return init


def finalise(api: httpx.Client, init: dict[str, Any]) -> httpx.Response:
    return api.post(
        f"/api/v4/upload/{init['s3file']['uploadid']}/",
        data={
            "targetid": init["s3file"]["targetid"],
            "s3_filename": init["s3_filename"],
            "chunks": str(init["chunks"]),
        },
    )


# -- create / get / update / delete ------------------------------------------------------------


def test_collection_lifecycle(api: httpx.Client, fake: FakeBynder) -> None:
    r = api.post("/api/v4/collections/", data={"name": "Autumn", "description": "Leaves"})
    assert r.status_code == 201
    assert r.json() == {"message": "Created", "statuscode": 201}
    location = r.headers["location"]
    assert location.startswith(f"{PORTAL}/api/v4/collections/")
    path = location[len(PORTAL) :]

    got = api.get(path).json()
    assert (got["name"], got["description"], got["collectionCount"]) == ("Autumn", "Leaves", 0)
    assert (
        api.get("/api/v4/collections/", params={"keyword": "autumn"}).json()[0]["id"] == got["id"]
    )

    r = api.post(path, data={"name": "Autumn 2", "isPublic": "1"})
    assert r.status_code == 201
    got = api.get(path).json()
    assert (got["name"], got["isPublic"]) == ("Autumn 2", 1)
    assert api.post(path, data={"name": ""}).status_code == 400  # the spec forbids an empty name

    r = api.post(f"{path}share/", data={"collectionOptions": "edit", "groups": "g1,g2"})
    assert r.status_code == 202
    assert r.json() == {"message": "accepted", "statuscode": 202}
    assert fake.collections[got["id"]].shares[-1]["groups"] == ["g1", "g2"]
    r = api.post(f"{path}share/", data={"collectionOptions": "view"})
    assert r.status_code == 400
    assert "at least one" in r.json()["message"]

    assert api.delete(path).status_code == 204
    r = api.get(path)
    assert r.status_code == 404
    assert r.json() == {"message": "Collection not found", "statuscode": 404}
    assert api.delete(path).status_code == 404


def test_asset_update_and_delete(api: httpx.Client, fake: FakeBynder) -> None:
    asset_id = next(iter(fake.assets))
    region = next(m for m in fake.metaproperties.values() if m.name == "Region")
    apac = region.option("APAC")
    assert apac is not None
    r = api.post(
        f"/api/v4/media/{asset_id}/",
        data={"description": "new", "tags": "one,two", f"metaproperty.{region.id}": apac.id},
    )
    assert r.status_code == 202
    got = api.get(f"/api/v4/media/{asset_id}/").json()
    assert (got["description"], got["tags"], got["property_Region"]) == (
        "new",
        ["one", "two"],
        ["APAC"],
    )
    filtered = api.get("/api/v4/media/", params={"property_Region": "APAC", "limit": 1000}).json()
    assert asset_id in {a["id"] for a in filtered}
    assert all(a["property_Region"] == ["APAC"] for a in filtered)

    r = api.post(f"/api/v4/media/{asset_id}/", data={f"metaproperty.{region.id}": "nope"})
    assert r.status_code == 400
    collection = next(iter(fake.collections.values()))
    collection.media.append(asset_id)
    assert api.delete(f"/api/v4/media/{asset_id}/").status_code == 204
    assert api.get(f"/api/v4/media/{asset_id}/").status_code == 404
    assert asset_id not in collection.media
    assert api.get("/api/v4/media/", params={"ids": asset_id}).json() == []


def test_workflow_state(api: httpx.Client, fake: FakeBynder) -> None:
    r = api.post(
        "/api/workflow/campaigns/", json={"name": "Fair", "key": "FAIR", "deadline": "2031-01-01"}
    )
    assert r.status_code == 201
    campaign_id = r.json()["id"]
    got = api.get(f"/api/workflow/campaigns/{campaign_id}/").json()
    assert (got["ID"], got["name"], got["closed"]) == (campaign_id, "Fair", False)
    assert (
        api.put(f"/api/workflow/campaigns/{campaign_id}/", json={"closed": True}).status_code == 201
    )
    assert api.get(f"/api/workflow/campaigns/{campaign_id}/").json()["closed"] is True
    r = api.post(
        "/api/workflow/jobs/",
        json={
            "name": "Booth",
            "campaignID": campaign_id,
            "accountableID": fake.current_user_id,
            "presetID": fake.default_preset_id,
        },
    )
    assert r.json()["status"] == "Created"
    job_id = r.json()["job_id"]
    r = api.post(
        "/api/workflow/jobs/",
        json={"name": "x", "campaignID": "nope", "accountableID": "a", "presetID": "p"},
    )
    assert r.status_code == 400
    assert api.delete(f"/api/workflow/campaigns/{campaign_id}/").status_code == 204
    assert api.get(f"/api/workflow/jobs/{job_id}/").status_code == 404  # jobs go with the campaign
    assert api.post(f"/api/workflow/campaigns/{campaign_id}").status_code == 404


def test_users_state(api: httpx.Client, fake: FakeBynder) -> None:
    profile = next(iter(fake.profiles))
    form = {
        "email": "kim@example.com",
        "password": "x",
        "profileId": profile,
        "firstname": "Kim",
        "lastname": "Lee",
    }
    r = api.post("/api/v4/users/", data=form)
    assert r.status_code == 201
    assert r.json()["username"] == "kim@example.com"
    assert api.post("/api/v4/users/", data=form).status_code == 400  # duplicate username
    user_id = r.json()["id"]
    assert (
        api.post(f"/api/v4/users/{user_id}/", data={"lastname": "Park"}).json()["username"]
        == "kim@example.com"
    )
    assert api.get("/api/v4/users/kim@example.com/").json()["lastname"] == "Park"
    assert api.delete(f"/api/v4/users/{user_id}").status_code == 204
    assert api.get(f"/api/v4/users/{user_id}/").status_code == 404


def test_orders_state(api: httpx.Client, fake: FakeBynder) -> None:
    order = next(iter(fake.orders.values()))
    r = api.post(f"/api/store/order/{order.number}/products", data={"status": "FINISHED"})
    assert r.status_code == 201
    assert r.json() == {"message": "Created", "status_code": 201}
    assert api.get(f"/api/store/order/{order.id}/").json()["status"] == "FINISHED"
    r = api.get("/api/store/order/nope/")
    assert r.status_code == 404
    assert r.json() == {"message": "Order not found", "status_code": 404}


# -- pagination ---------------------------------------------------------------------------------


def test_asset_pagination_shapes(api: httpx.Client, fake: FakeBynder) -> None:
    pages = [api.get("/api/v4/media/", params={"page": n, "limit": 7}).json() for n in range(1, 6)]
    assert [len(p) for p in pages] == [7, 7, 7, 7, 2]
    ids = [a["id"] for page in pages for a in page]
    assert len(set(ids)) == 30
    assert api.get("/api/v4/media/", params={"page": 6, "limit": 7}).json() == []

    total = api.get("/api/v4/media/", params={"total": 1, "limit": 5}).json()
    assert total["total"] == {"count": 30}
    assert len(total["media"]) == 5
    counted = api.get(
        "/api/v4/media/", params={"count": "true", "total": "true", "limit": 1}
    ).json()
    assert counted["count"]["total"] == 30  # count wins over total
    assert "total" not in counted or isinstance(counted["total"], int)
    assert sum(counted["count"]["type"].values()) == 30
    images = sum(1 for a in fake.assets.values() if a.type == "image")
    r = api.get("/api/v4/media/", params={"type": "image", "total": 1, "limit": 1000}).json()
    assert r["total"]["count"] == images == len(r["media"])
    assert api.get("/api/v4/media/", params={"limit": 1001}).status_code == 400
    assert api.get("/api/v4/media/", params={"page": 0}).status_code == 400


def test_collection_and_user_pagination(api: httpx.Client, fake: FakeBynder) -> None:
    page = api.get("/api/v4/collections/", params={"count": 1, "limit": 3, "page": 3}).json()
    assert page["count"] == 7
    assert len(page["collections"]) == 1
    r = api.get("/api/v4/users/", params={"limit": 5, "page": 2, "includeInActive": 1})
    total = len(fake.users)
    assert r.headers["X-Pagination-TotalRecords"] == str(total)
    assert r.headers["X-Pagination-TotalPages"] == str((total + 4) // 5)
    assert (r.headers["X-Pagination-Page"], r.headers["X-Pagination-Limit"]) == ("2", "5")
    active = api.get("/api/v4/users/").json()
    assert len(active) == sum(1 for u in fake.users.values() if u.active)
    assert all(u["active"] == 1 for u in active)
    r = api.get("/api/workflow/jobs/", params={"limit": 4, "page": 3})
    assert r.headers["X-Pagination-TotalRecords"] == "9"
    assert len(r.json()) == 1
    orders = [api.get("/api/store/order/", params={"page": n}).json() for n in (1, 2, 3, 4)]
    assert [len(o) for o in orders] == [10, 10, 3, 0]


# -- upload pipeline ------------------------------------------------------------------------------


def test_upload_end_to_end(api: httpx.Client, s3: httpx.Client, fake: FakeBynder) -> None:
    data = hashlib.sha256(b"seed").digest() * 5000  # 160,000 bytes
    init = upload_parts(api, s3, data, "big photo.png", 50_000, send=[4, 2, 1, 3])
    upload = fake.uploads[init["s3file"]["uploadid"]]
    assert dict(upload.part_posts) == {1: 1, 2: 1, 3: 1, 4: 1}
    fake.faults.processing_delay(polls=2)
    r = finalise(api, init)
    assert r.status_code == 202
    import_id = r.json()["importId"]
    form = {"brandId": fake.default_brand_id, "name": "Big photo", "description": "d"}

    r = api.post(f"/api/v4/media/save/{import_id}/", data=form)
    assert r.status_code == 303
    assert r.json() == {"message": "Import not converted yet, please poll", "statuscode": "303"}
    polls = [api.get("/api/v4/upload/poll/", params={"items": import_id}).json() for _ in range(3)]
    assert [p["itemsDone"] for p in polls] == [[], [], [import_id]]

    r = api.post(f"/api/v4/media/save/{import_id}/", data=form)
    assert r.status_code == 201
    media_id = r.json()["mediaid"]
    assert r.json()["success"] is True
    assert api.post(f"/api/v4/media/save/{import_id}/", data=form).status_code == 400  # saved once
    asset = api.get(f"/api/v4/media/{media_id}/").json()
    assert (asset["name"], asset["fileSize"], asset["extension"]) == (
        "Big photo",
        len(data),
        ["png"],
    )
    item_id = asset["mediaItems"][0]["id"]
    url = api.get(f"/api/v4/media/{media_id}/download/{item_id}/").json()["s3_file"]
    assert s3.get(url).content == data


def test_finalise_refuses_missing_parts(
    api: httpx.Client, s3: httpx.Client, fake: FakeBynder
) -> None:
    init = upload_parts(api, s3, b"x" * 3000, "a.bin", 1000, send=[1, 3])
    r = finalise(api, init)
    assert r.status_code == 400
    assert "2" in r.json()["message"]
    assert fake.imports == {}


def test_register_before_upload_is_refused(api: httpx.Client, fake: FakeBynder) -> None:
    init = api.post("/api/upload/init/", data={"filename": "a.jpg"}).json()
    r = api.post(
        "/api/v4/upload/",
        data={
            "id": init["s3file"]["uploadid"],
            "targetid": init["s3file"]["targetid"],
            "filename": f"{init['s3_filename']}/p1",
            "chunkNumber": "1",
        },
    )
    assert r.status_code == 400
    assert "not uploaded" in r.json()["message"]


def test_processing_failure_and_rejection(
    api: httpx.Client, s3: httpx.Client, fake: FakeBynder
) -> None:
    fake.faults.fail_processing(count=1).reject_processing(filenames=["*.exe"])
    outcomes = {}
    for name in ("one.jpg", "two.jpg", "three.exe"):
        init = upload_parts(api, s3, b"abc", name, 10)
        import_id = finalise(api, init).json()["importId"]
        outcomes[name] = import_id
    poll = api.get("/api/v4/upload/poll/", params={"items": ",".join(outcomes.values())}).json()
    assert poll == {
        "itemsDone": [outcomes["two.jpg"]],
        "itemsFailed": [outcomes["one.jpg"]],
        "itemsRejected": [outcomes["three.exe"]],
    }
    r = api.post(
        f"/api/v4/media/save/{outcomes['one.jpg']}/", data={"brandId": fake.default_brand_id}
    )
    assert r.status_code == 400


def test_processing_delay_in_clock_seconds() -> None:
    now = [1000.0]
    fake = FakeBynder(clock=lambda: now[0])
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with (
        httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as api,
        httpx.Client(transport=fake.transport()) as s3c,
    ):
        fake.faults.processing_delay(seconds=30)
        import_id = finalise(api, upload_parts(api, s3c, b"abc", "a.jpg", 10)).json()["importId"]
        assert (
            api.get("/api/v4/upload/poll/", params={"items": import_id}).json()["itemsDone"] == []
        )
        now[0] += 31
        assert api.get("/api/v4/upload/poll/", params={"items": import_id}).json()["itemsDone"] == [
            import_id
        ]


def test_processing_delay_for_some_files_only() -> None:
    now = [1000.0]
    fake = FakeBynder(clock=lambda: now[0])
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with (
        httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as api,
        httpx.Client(transport=fake.transport()) as s3c,
    ):
        fake.faults.processing_delay(seconds=3.0, filenames=["*.mp4", "*.mov"])
        fake.faults.processing_delay(seconds=10.0, filenames="long*.mp4")
        imports = {
            name: finalise(api, upload_parts(api, s3c, b"abc", name, 10)).json()["importId"]
            for name in ("clip.mp4", "long-cut.mp4", "still.jpg")
        }

        def done() -> set[str]:
            listed = ",".join(imports.values())
            ready = api.get("/api/v4/upload/poll/", params={"items": listed}).json()["itemsDone"]
            return {name for name, import_id in imports.items() if import_id in ready}

        assert done() == {"still.jpg"}
        now[0] += 2.9
        assert done() == {"still.jpg"}
        now[0] += 0.2
        assert done() == {"still.jpg", "clip.mp4"}
        now[0] += 7
        assert done() == {"still.jpg", "clip.mp4", "long-cut.mp4"}
        fake.faults.clear()
    with pytest.raises(ValueError, match="seconds >= 0"):
        fake.faults.processing_delay(seconds=-1, filenames=["*.mp4"])


def test_version_keeps_metadata(api: httpx.Client, s3: httpx.Client, fake: FakeBynder) -> None:
    asset_id = next(iter(fake.assets))
    before = api.get(f"/api/v4/media/{asset_id}/").json()
    init = upload_parts(api, s3, b"v2 bytes", "v2.jpg", 100)
    import_id = finalise(api, init).json()["importId"]
    r = api.post(f"/api/v4/media/{asset_id}/save/{import_id}/")
    assert r.status_code == 201
    after = api.get(f"/api/v4/media/{asset_id}/", params={"versions": 1}).json()
    assert (after["name"], after["tags"], after["description"]) == (
        before["name"],
        before["tags"],
        before["description"],
    )
    originals = [i for i in after["mediaItems"] if i["type"] == "original"]
    assert sorted((i["version"], i["active"]) for i in originals) == [(1, 0), (2, 1)]
    assert after["fileSize"] == len(b"v2 bytes")


def test_large_parts_spill_to_disk(api: httpx.Client, s3: httpx.Client, fake: FakeBynder) -> None:
    from bynder_ext.testing.blobs import FileBlob

    fake.blob_threshold = 64 * 1024
    data = bytes(range(256)) * 1024  # 256 KiB, two parts past the threshold
    init = upload_parts(api, s3, data, "big.bin", 128 * 1024)
    key = init["multipart_params"]["key"]
    assert all(isinstance(fake.s3_objects[f"{key}/p{n}"], FileBlob) for n in (1, 2))
    import_id = finalise(api, init).json()["importId"]
    assert fake.imports[import_id].blob.read_all() == data


# -- downloads ---------------------------------------------------------------------------------------


def test_download_with_range_over_socket(fake: FakeBynder) -> None:
    asset = next(iter(fake.assets.values()))
    item = asset.items[0]
    data = item.blob.read_all()
    with fake.serve() as server, httpx.Client(base_url=server.base_url) as http:
        headers = {"Authorization": f"Bearer {fake.permanent_token}"}
        url = http.get(f"/api/v4/media/{asset.id}/download/{item.id}/", headers=headers).json()[
            "s3_file"
        ]
        assert url.startswith(server.s3_url)
        full = httpx.get(url)
        assert full.status_code == 200
        assert full.headers["accept-ranges"] == "bytes"
        assert full.headers["content-length"] == str(len(data))
        assert full.content == data
        part = httpx.get(url, headers={"Range": "bytes=10-19"})
        assert part.status_code == 206
        assert part.headers["content-range"] == f"bytes 10-19/{len(data)}"
        assert part.content == data[10:20]
        tail = httpx.get(url, headers={"Range": "bytes=-5"})
        assert tail.content == data[-5:]
        resumed = httpx.get(url, headers={"Range": f"bytes={len(data) - 3}-"})
        assert resumed.content == data[-3:]
        assert httpx.get(url, headers={"Range": f"bytes={len(data)}-"}).status_code == 416
        assert httpx.head(url).headers["content-length"] == str(len(data))
        bad = httpx.get(url.replace("X-Amz-Signature=", "X-Amz-Signature=0"))
        assert bad.status_code == 403
        assert "<Code>SignatureDoesNotMatch</Code>" in bad.text
        with_token = httpx.get(url, headers=headers)
        assert with_token.status_code == 400  # S3 refuses a second auth mechanism


def test_download_url_expires() -> None:
    now = [5000.0]
    fake = FakeBynder(clock=lambda: now[0])
    fake.seed(n_assets=1)
    asset = next(iter(fake.assets.values()))
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as client:
        url = client.get(f"/api/v4/media/{asset.id}/download/{asset.items[0].id}/").json()[
            "s3_file"
        ]
        with httpx.Client(transport=fake.transport()) as plain:
            assert plain.get(url).status_code == 200
            now[0] += 3601
            assert plain.get(url).status_code == 403


def test_seed_is_deterministic() -> None:
    def snapshot() -> str:
        fake = FakeBynder(seed=7)
        fake.seed(n_assets=5)
        headers = {"Authorization": f"Bearer {fake.permanent_token}"}
        with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as c:
            body = c.get("/api/v4/media/", params={"limit": 100}).json()
        for asset in body:
            for key in ("dateCreated", "dateModified", "datePublished"):
                asset.pop(key)
        return json.dumps(sorted(a["id"] + a["name"] for a in body))

    assert snapshot() == snapshot()


# -- transformations ----------------------------------------------------------------------------------


def test_transformations_answer_images(api: httpx.Client, fake: FakeBynder) -> None:
    asset_id = next(iter(fake.assets))
    base = f"/transform/{asset_id}/My%20asset"
    r = api.get(base)
    assert (r.status_code, r.headers["content-type"]) == (200, "image/webp")
    assert r.content[:4] == b"RIFF"
    assert r.content[8:12] == b"WEBP"

    r = api.get(base, params={"io": "transform:fill,width:120,height:80", "format": "png"})
    assert r.headers["content-type"] == "image/png"
    assert r.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", r.content[16:24]) == (120, 80)
    chunks = r.content[8:]
    while chunks:  # every chunk's CRC is right and the pixels inflate
        length = struct.unpack(">I", chunks[:4])[0]
        kind, data, crc = chunks[4:8], chunks[8 : 8 + length], chunks[8 + length : 12 + length]
        assert struct.unpack(">I", crc)[0] == zlib.crc32(kind + data)
        if kind == b"IDAT":
            assert len(zlib.decompress(data)) == 80 * (1 + 120)
        chunks = chunks[12 + length :]

    r = api.get(
        base,
        params=[
            ("io", "transform:scale,width:200,height:100"),
            ("io", "transform:rotate,angle:90"),
            ("format", "jpg"),
            ("quality", "80"),
        ],
    )
    assert r.headers["content-type"] == "image/jpeg"
    assert r.content[:2] == b"\xff\xd8"
    assert r.content[-2:] == b"\xff\xd9"
    sof = r.content.index(b"\xff\xc0")
    assert struct.unpack(">HH", r.content[sof + 5 : sof + 9]) == (
        200,
        100,
    )  # height, width after the rotation

    r = api.get(base, params={"io": "transform:explode,width:1"})
    assert (r.status_code, r.json()["message"]) == (400, "Image Operation not supported")
    assert api.get(base, params={"io": "transform:fill,width:-3"}).status_code == 400
    assert api.get(base, params={"focuspoint": "2,0.5"}).status_code == 400
    assert api.get(base, params={"format": "gif"}).status_code == 400
    assert api.get("/transform/no-such-asset/x").status_code == 404


# -- memory ---------------------------------------------------------------------------------------------


class _MultipartBody:
    """A multipart body produced on the fly, never held whole in memory."""

    def __init__(self, fields: dict[str, str], boundary: str, size: int) -> None:
        head = "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
            for k, v in fields.items()
        )
        head += f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n'
        self.pieces = iter(
            [head.encode(), *([b"z" * 65536] * (size // 65536)), f"\r\n--{boundary}--\r\n".encode()]
        )
        self.buffer = b""

    def read(self, n: int = -1) -> bytes:
        while len(self.buffer) < n or n < 0:
            piece = next(self.pieces, None)
            if piece is None:
                break
            self.buffer += piece
        data, self.buffer = (self.buffer, b"") if n < 0 else (self.buffer[:n], self.buffer[n:])
        return data


def test_part_upload_memory_is_bounded(api: httpx.Client, fake: FakeBynder) -> None:
    from bynder_ext.testing.blobs import FileBlob
    from bynder_ext.testing.messages import FakeRequest, Headers

    init = api.post("/api/upload/init/", data={"filename": "big.bin"}).json()
    params = init["multipart_params"]
    key = f"{params['key']}/p1"
    size = 32 * 1024 * 1024
    fields = {**params, "key": key, "Filename": key, "name": "big.bin", "chunk": "1", "chunks": "1"}
    request = FakeRequest(
        method="POST",
        path="/",
        query=[],
        headers=Headers({"Content-Type": "multipart/form-data; boundary=BOUNDARY"}),
        origin=fake.s3_url.rstrip("/"),
        s3_base=fake.s3_url,
        target="s3",
        stream=_MultipartBody(fields, "BOUNDARY", size),
    )
    tracemalloc.start()
    try:
        response = fake.handle(request)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status == 201
    blob = fake.s3_objects[key]
    assert isinstance(blob, FileBlob)
    assert blob.size == size
    assert peak < 4 * 1024 * 1024  # a few read buffers, not the 32 MiB part


def test_objects_created_from_python(api: httpx.Client, s3: httpx.Client, fake: FakeBynder) -> None:
    asset = fake.add_asset(b"hello fake bynder", filename="note.txt", tags=["memo"])
    collection = fake.add_collection("Mine", [asset.id, "not-an-asset"])
    listed = api.get("/api/v4/media/", params={"collectionId": collection.id}).json()
    assert [(a["id"], a["name"], a["type"], a["tags"]) for a in listed] == [
        (asset.id, "note", "document", ["memo"])
    ]
    assert api.get(f"/api/v4/collections/{collection.id}/").json()["collectionCount"] == 1
    url = api.get(f"/api/v4/media/{asset.id}/download/{asset.items[0].id}/").json()["s3_file"]
    assert s3.get(url).content == b"hello fake bynder"
