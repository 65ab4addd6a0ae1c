"""The files service's chunked upload (`/v7/file_cmds/upload/...`), called through the generated client
against the fake (both front ends, strict requests, checked responses): prepare, chunks in any order
with their SHA-256, finalise with size, count and whole-file SHA-256, then the v4 saves with the
file id."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import pytest
from bynder_client.api.upload import (
    finalise_file_upload,
    finalize_complete_upload_and_save_as_new_asset_additional,
    prepare_file_upload,
    save_a_new_asset,
    save_as_a_new_asset_version,
    upload_file_chunk,
)
from bynder_client.models import (
    Error,
    FinaliseFileUploadForm,
    PreparedFileUpload,
    PrepareFileUploadBody,
    SaveAdditionalResponse,
    SaveMediaForm,
    SaveMediaResponse,
)
from bynder_client.types import File

from tests.portal import Portal, missing_operations

# The last test checks that every claimed operation ran over both front ends, as recorded in
# this process: under pytest-xdist (make test) the whole module runs in one worker.
pytestmark = pytest.mark.xdist_group("test_fake_operations_v7upload")

OPERATIONS = {"prepare_file_upload", "upload_file_chunk", "finalise_file_upload"}


def _status(response: Any) -> int:
    return int(response.status_code)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _prepare(p: Portal) -> str:
    r = prepare_file_upload.sync_detailed(client=p.api, body=PrepareFileUploadBody())
    assert _status(r) == 200
    assert isinstance(r.parsed, PreparedFileUpload)
    return r.parsed.file_id


def _chunk(p: Portal, file_id: str, number: int, data: bytes, sha: str | None = None) -> Any:
    return upload_file_chunk.sync_detailed(
        file_id,
        number,
        client=p.api,
        body=File(payload=io.BytesIO(data)),
        content_sha256=_sha(data) if sha is None else sha,
    )


def _finalise(p: Portal, file_id: str, name: str, size: int, count: int, sha: str | None) -> Any:
    form = FinaliseFileUploadForm(file_name=name, file_size=size, chunks_count=count)
    if sha is not None:
        form.sha256 = sha
    return finalise_file_upload.sync_detailed(file_id, client=p.api, body=form)


def _upload(p: Portal, data: bytes, name: str, chunk_size: int) -> str:
    """Prepare, send the chunks last to first, finalise: the file id."""
    file_id = _prepare(p)
    chunks = [data[i : i + chunk_size] for i in range(0, len(data), chunk_size)]
    for number in reversed(range(len(chunks))):
        assert _status(_chunk(p, file_id, number, chunks[number])) == 201
    r = _finalise(p, file_id, name, len(data), len(chunks), _sha(data))
    assert _status(r) == 201, r.content
    return file_id


def test_prepare_chunks_finalise_and_save(portal: Portal) -> None:
    p = portal
    data = bytes(range(256)) * 400  # 102,400 bytes in four chunks
    file_id = _prepare(p)
    assert len(file_id) == 36
    upload = p.fake.file_uploads[file_id]
    chunks = [data[i : i + 30_000] for i in range(0, len(data), 30_000)]
    for number in (2, 0, 3, 1):  # any order
        r = _chunk(p, file_id, number, chunks[number])
        assert _status(r) == 201
        assert r.content == b""
    assert dict(upload.chunk_posts) == {0: 1, 1: 1, 2: 1, 3: 1}

    # A chunk that does not match its SHA-256 is refused and does not replace the stored one.
    r = _chunk(p, file_id, 1, b"something else", sha=_sha(chunks[1]))
    assert _status(r) == 400
    assert isinstance(r.parsed, Error)
    assert "Content-SHA256" in str(r.parsed.message)
    assert upload.chunks[1].read_all() == chunks[1]
    assert upload.chunk_posts[1] == 2

    # The finalise checks the count, the size and the whole file's SHA-256.
    assert _status(_finalise(p, file_id, "scan.tif", len(data), 5, _sha(data))) == 400  # no chunk 4
    assert _status(_finalise(p, file_id, "scan.tif", len(data), 3, _sha(data))) == 400  # surplus
    assert _status(_finalise(p, file_id, "scan.tif", len(data) - 1, 4, None)) == 400
    r = _finalise(p, file_id, "scan.tif", len(data), 4, _sha(b"another file"))
    assert _status(r) == 400
    assert "SHA-256" in str(r.parsed.message)  # type: ignore[union-attr]
    assert _status(_finalise(p, file_id, "no-extension", len(data), 4, _sha(data))) == 400
    assert file_id not in p.fake.imports

    r = _finalise(p, file_id, "scan.tif", len(data), 4, _sha(data))
    assert _status(r) == 201
    assert r.content == b""
    correlation = r.headers["x-api-correlation-id"]
    assert correlation
    # The same finalise again (its answer was lost) gets the same answer; another one is refused.
    again = _finalise(p, file_id, "scan.tif", len(data), 4, _sha(data))
    assert (_status(again), again.headers["x-api-correlation-id"]) == (201, correlation)
    assert _status(_finalise(p, file_id, "other.tif", len(data), 4, _sha(data))) == 400
    assert _status(_chunk(p, file_id, 0, chunks[0])) == 400  # finalised: no more chunks

    r = save_a_new_asset.sync_detailed(
        file_id,
        client=p.api,
        body=SaveMediaForm(brand_id=p.fake.default_brand_id, name="Scan"),
    )
    assert _status(r) == 201
    assert isinstance(r.parsed, SaveMediaResponse)
    asset = p.fake.assets[str(r.parsed.mediaid)]
    assert asset.name == "Scan"
    original = asset.original()
    assert original is not None
    assert (original.file_name, original.blob.read_all()) == ("scan.tif", data)


def test_version_and_additional_with_a_file_id(portal: Portal) -> None:
    p = portal
    asset = next(iter(p.fake.assets.values()))
    version = b"v2 " * 9_000
    file_id = _upload(p, version, "cover-v2.jpg", 10_000)
    r = save_as_a_new_asset_version.sync_detailed(asset.id, file_id, client=p.api)
    assert _status(r) == 201
    assert asset.original().blob.read_all() == version  # type: ignore[union-attr]

    extra = b"%PDF-1.7 specs"
    file_id = _upload(p, extra, "specs.pdf", 1_000)
    r = finalize_complete_upload_and_save_as_new_asset_additional.sync_detailed(
        asset.id, file_id, client=p.api
    )
    assert _status(r) == 201
    assert isinstance(r.parsed, SaveAdditionalResponse)
    [item] = [i for i in asset.items if i.type == "additional"]
    assert (item.file_name, item.blob.read_all()) == ("specs.pdf", extra)
    # Saved once: a second save of the same file id is refused.
    r = finalize_complete_upload_and_save_as_new_asset_additional.sync_detailed(
        asset.id, file_id, client=p.api
    )
    assert _status(r) == 400


def test_unknown_and_unfinished_files(portal: Portal) -> None:
    p = portal
    unknown = "00000000-0000-4000-8000-000000000000"
    assert _status(_chunk(p, unknown, 0, b"x")) == 404
    assert _status(_finalise(p, unknown, "a.jpg", 1, 1, None)) == 404
    # A chunk number below 0 and a malformed SHA-256 break the contract.
    file_id = _prepare(p)
    assert _status(_chunk(p, file_id, -1, b"x")) == 400
    assert _status(_chunk(p, file_id, 0, b"x", sha="not-hex")) == 400
    # A prepared file cannot be saved before it is finalised.
    r = save_a_new_asset.sync_detailed(
        file_id, client=p.api, body=SaveMediaForm(brand_id=p.fake.default_brand_id)
    )
    assert _status(r) == 400
    assert "finalise" in str(r.parsed.message)  # type: ignore[union-attr]
    # Without a token, nothing.
    r = prepare_file_upload.sync_detailed(client=p.anon, body=PrepareFileUploadBody())  # type: ignore[arg-type]
    assert _status(r) == 401


def test_processing_delay_answers_303_until_the_file_is_processed(portal: Portal) -> None:
    p = portal
    p.fake.faults.processing_delay(polls=2)
    file_id = _upload(p, b"raw photo" * 50, "raw.cr2", 200)
    form = SaveMediaForm(brand_id=p.fake.default_brand_id)
    statuses = [_status(save_a_new_asset.sync_detailed(file_id, client=p.api, body=form))]
    statuses.append(_status(save_a_new_asset.sync_detailed(file_id, client=p.api, body=form)))
    statuses.append(_status(save_a_new_asset.sync_detailed(file_id, client=p.api, body=form)))
    assert statuses == [303, 303, 201]  # each 303 save counts as a poll


def test_every_claimed_operation_was_exercised() -> None:
    assert missing_operations(__name__, OPERATIONS) == {}
