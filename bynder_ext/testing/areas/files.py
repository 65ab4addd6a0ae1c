"""The files service's chunked upload (`/v7/file_cmds/upload/...`, Bynder's "modern stack").

- `prepare` creates a file id.
- A chunk is the raw body of `POST .../{file_id}/chunk/{n}` (n from 0). It is streamed into a blob
  (memory, or a temporary file past the fake's threshold) while its SHA-256 is computed, and is
  refused (400) when a `Content-SHA256` header disagrees; nothing is stored then. Sending a number
  again replaces that chunk. Every chunk request is counted per number in
  `fake.file_uploads[file_id].chunk_posts`, so tests can see what a resumed upload sent again.
  Chunks stream outside the fake's lock and may be up to `max_part_size` bytes.
- `finalise_api` joins chunks `0..chunksCount-1` without copying and refuses (400) a missing or
  surplus chunk, a `fileSize` other than the bytes received, a `sha256` other than theirs, or a
  file name without an extension. It answers 201 with an `x-api-correlation-id` header and turns
  the file into an import whose id is the file id, which the v4 saves take (see `upload.py`). The
  same finalise sent again (its answer was lost) is answered the same way; a different one is
  refused.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..blobs import BlobWriter, CompositeBlob
from ..messages import BodyTooLarge, FakeRequest, FakeResponse, HTTPError, json_response
from ..router import route
from ..state import FileUpload, Import
from .common import form_positive_int, form_required

if TYPE_CHECKING:
    from ..core import FakeBynder

_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")
_BLOCK = 1 << 16


@route("POST", "/v7/file_cmds/upload/prepare", "prepare_file_upload", scopes=("asset:write",))
def prepare_file_upload(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    if req.json is not None and not isinstance(req.json, dict):
        raise HTTPError(400, "The request body must be a JSON object")
    upload = FileUpload(file_id=fake.ids.uuid(), created_at=fake.clock())
    fake.file_uploads[upload.file_id] = upload
    return json_response(200, {"file_id": upload.file_id})


def _file_or_404(fake: FakeBynder, file_id: str) -> FileUpload:
    upload = fake.file_uploads.get(file_id)
    if upload is None:
        raise HTTPError(404, "File not found")
    return upload


def _chunk_number(raw: str) -> int:
    try:
        number = int(raw)
    except ValueError as exc:
        raise HTTPError(400, "chunk_number must be an integer") from exc
    if number < 0:
        raise HTTPError(400, "chunk_number must be >= 0")
    return number


def _body_blocks(fake: FakeBynder, req: FakeRequest) -> Iterator[bytes]:
    """The request body in blocks, refusing (413) more than `max_part_size` bytes."""
    limit = fake.max_part_size
    if req.content_length is not None and req.content_length > limit:
        raise BodyTooLarge(f"A chunk may hold at most {limit} bytes")
    if req.stream is None:
        if len(req.body) > limit:
            raise BodyTooLarge(f"A chunk may hold at most {limit} bytes")
        view = memoryview(req.body)
        for start in range(0, len(view), _BLOCK):
            yield bytes(view[start : start + _BLOCK])
        return
    received = 0
    while True:
        data = req.stream.read(_BLOCK)
        if not data:
            return
        received += len(data)
        if received > limit:
            raise BodyTooLarge(f"A chunk may hold at most {limit} bytes")
        yield data


@route(
    "POST",
    "/v7/file_cmds/upload/{file_id}/chunk/{chunk_number}",
    "upload_file_chunk",
    scopes=("asset:write",),
    locked=False,
    streamed=True,
)
def upload_file_chunk(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    number = _chunk_number(req.path_params["chunk_number"])
    with fake.lock:
        upload = _file_or_404(fake, req.path_params["file_id"])
        upload.chunk_posts[number] += 1
        if upload.finalised:
            raise HTTPError(400, "The file is finalised: it takes no more chunks")
    if req.content_type != "application/octet-stream":
        raise HTTPError(400, "A chunk is sent as application/octet-stream")
    expected = req.headers.get("content-sha256")
    if expected is not None and not _HEX64.match(expected.strip()):
        raise HTTPError(400, "Content-SHA256 must be 64 hexadecimal digits")
    writer = BlobWriter(fake.blob_threshold)
    digest = hashlib.sha256()
    try:
        for block in _body_blocks(fake, req):
            digest.update(block)
            writer.write(block)
    except BaseException:
        writer.discard()
        raise
    if expected is not None and digest.hexdigest() != expected.strip().lower():
        writer.discard()
        raise HTTPError(
            400,
            f"The chunk does not match its Content-SHA256: its {writer.size} bytes hash to "
            f"{digest.hexdigest()}",
        )
    if writer.size == 0:
        writer.discard()
        raise HTTPError(400, "A chunk cannot be empty")
    blob = writer.finish()
    with fake.lock:
        if upload.finalised:
            raise HTTPError(400, "The file is finalised: it takes no more chunks")
        upload.chunks[number] = blob
    return FakeResponse(201)


def _valid_filename(name: str) -> bool:
    stem, dot, ext = name.rpartition(".")
    return bool(dot and stem.strip() and ext.strip()) and not any(c in name for c in "/\\\x00")


def _finalised(upload: FileUpload) -> FakeResponse:
    return FakeResponse(201, [("x-api-correlation-id", str(upload.correlation_id))])


def _repeated(
    upload: FileUpload, name: str, size: int, count: int, sha: str | None
) -> FakeResponse | None:
    """The answer to a finalise of a file finalised already (None when it is not): the same
    answer for the same finalise, 400 for another one. Call it holding the fake's lock."""
    if not upload.finalised:
        return None
    same = (upload.filename, upload.size, upload.chunks_count) == (name, size, count)
    if not same or (sha is not None and sha != upload.sha256):
        raise HTTPError(400, "The file is finalised already")
    upload.finalised += 1
    return _finalised(upload)


@route(
    "POST",
    "/v7/file_cmds/upload/{file_id}/finalise_api",
    "finalise_file_upload",
    scopes=("asset:write",),
    locked=False,
)
def finalise_file_upload(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    name = form_required(req, "fileName").strip()
    if not _valid_filename(name):
        raise HTTPError(400, f"'{name}' is not a valid filename")
    size = form_positive_int(req, "fileSize")
    count = form_positive_int(req, "chunksCount")
    sha = req.form_value("sha256")
    if sha is not None:
        if not _HEX64.match(sha.strip()):
            raise HTTPError(400, "Field sha256 must be 64 hexadecimal digits")
        sha = sha.strip().lower()
    with fake.lock:
        upload = _file_or_404(fake, req.path_params["file_id"])
        repeated = _repeated(upload, name, size, count, sha)
        if repeated is not None:
            return repeated
        chunks = dict(upload.chunks)
    missing = [n for n in range(count) if n not in chunks]
    if missing:
        shown = ", ".join(str(n) for n in missing[:10])
        raise HTTPError(400, f"Could not finalise the file: chunks not uploaded: {shown}")
    surplus = sorted(n for n in chunks if n >= count)
    if surplus:
        raise HTTPError(
            400,
            f"Could not finalise the file: chunk {surplus[0]} was uploaded but chunksCount is {count}",
        )
    blob = CompositeBlob([chunks[n] for n in range(count)])
    if blob.size != size:
        raise HTTPError(
            400,
            f"Could not finalise the file: fileSize is {size} but the chunks hold {blob.size} bytes",
        )
    whole = hashlib.sha256()
    for block in blob.iter_range():
        whole.update(block)
    if sha is not None and whole.hexdigest() != sha:
        raise HTTPError(
            400,
            f"The file's SHA-256 does not match the chunks received: they hash to {whole.hexdigest()}",
        )
    with fake.lock:
        repeated = _repeated(upload, name, size, count, sha)  # a concurrent finalise won
        if repeated is not None:
            return repeated
        upload.finalised = 1
        upload.filename, upload.size, upload.chunks_count = name, size, count
        upload.sha256 = whole.hexdigest()
        upload.correlation_id = fake.ids.uuid()
        fake.imports[upload.file_id] = Import(
            import_id=upload.file_id,
            batch_id=fake.ids.uuid(),
            upload_id=upload.file_id,
            filename=name,
            blob=blob,
            finalised_at=fake.clock(),
            outcome=fake.faults.processing_outcome(name),
            files_service=True,
        )
        return _finalised(upload)
