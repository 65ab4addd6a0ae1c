"""The portal side of the classic S3 upload: closest endpoint, init, register chunk, finalise,
poll, save as new asset (201, or 303 while processing), save as new version, and finalise-and-save
as an additional. Parts live on the S3 origin (see `s3.py`); finalise assembles them in order
without copying, and refuses parts other than the last below the fake's `min_part_size` (S3's
5 MiB minimum).

The three saves also take the file id of a file finalised through the files service
(`files.py`): it is an import like any other (processing delay and failures apply, 303 while it
is processed), saved without a poll step, so a save answered 303 counts as a poll.
"""

from __future__ import annotations

import json
import mimetypes
import struct
from typing import TYPE_CHECKING, Any

from ..blobs import Blob, CompositeBlob
from ..messages import FakeRequest, FakeResponse, HTTPError, json_response
from ..router import route
from ..state import Asset, Import, Upload, media_type_for, parse_date, split_csv
from .assets import apply_metaproperty_fields, get_asset_or_404, item_key, new_item
from .common import amz_date, form_bool, form_positive_int, form_required, portal_url

if TYPE_CHECKING:
    from ..core import FakeBynder

BUCKET = "fake-bynder-uploads"
POLICY_LIFETIME = 6 * 3600


@route("GET", "/api/upload/endpoint/", "get_closest_s3_upload_endpoint", scopes=("asset:write",))
def closest_endpoint(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(200, req.s3_base)


def _policy(fake: FakeBynder, key: str, content_type: str, date: str, credential: str) -> str:
    expiration = fake.clock() + POLICY_LIFETIME
    document = {
        "expiration": amz_date(expiration),
        "conditions": [
            {"bucket": BUCKET},
            {"acl": "private"},
            ["starts-with", "$key", key],
            {"success_action_status": "201"},
            {"Content-Type": content_type},
            {"x-amz-credential": credential},
            {"x-amz-algorithm": "AWS4-HMAC-SHA256"},
            {"x-amz-date": date},
        ],
    }
    return fake.encode_policy(json.dumps(document, separators=(",", ":")))


def _valid_filename(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    stem, dot, ext = base.rpartition(".")
    return bool(dot and stem.strip() and ext.strip()) and "\x00" not in base


@route("POST", "/api/upload/init/", "initialize_upload", scopes=("asset:write",))
def initialize_upload(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    filename = req.form_value("filename") or ""
    if not _valid_filename(filename):
        raise HTTPError(400, f"'{filename}' is not a valid filename")
    filename = filename.rsplit("/", 1)[-1]
    folder = fake.ids.uuid()
    key = f"pluploads/api/{folder}/{filename}"
    upload = Upload(
        upload_id=fake.ids.hex(64),
        key=key,
        target_id=f"final/{folder}/{filename}",
        filename=filename,
        created_at=fake.clock(),
    )
    fake.uploads[upload.upload_id] = upload
    now = fake.clock()
    date = amz_date(now)
    credential = f"FAKEBYNDER/{date[:8]}/eu-central-1/s3/aws4_request"
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    policy = _policy(fake, key, content_type, date, credential)
    return json_response(
        200,
        {
            "s3file": {"uploadid": upload.upload_id, "targetid": upload.target_id},
            "s3_filename": key,
            "target_key": upload.target_id,
            "multipart_params": {
                "acl": "private",
                "success_action_status": "201",
                "Content-Type": content_type,
                "key": key,
                "Policy": policy,
                "X-Amz-Signature": fake.sign(policy),
                "x-amz-credential": credential,
                "x-amz-algorithm": "AWS4-HMAC-SHA256",
                "x-amz-date": date,
            },
        },
    )


def _upload_or_404(fake: FakeBynder, upload_id: str) -> Upload:
    upload = fake.uploads.get(upload_id)
    if upload is None:
        raise HTTPError(404, "Upload not found")
    return upload


@route("POST", "/api/v4/upload/", "register_uploaded_chunk", scopes=("asset:write",))
def register_chunk(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    upload = _upload_or_404(fake, form_required(req, "id"))
    if form_required(req, "targetid") != upload.target_id:
        raise HTTPError(400, "targetid does not belong to this upload")
    number = form_positive_int(req, "chunkNumber")
    expected = f"{upload.key}/p{number}"
    if form_required(req, "filename") != expected:
        raise HTTPError(400, f"filename must be {expected}")
    if expected not in fake.s3_objects:
        raise HTTPError(400, f"Chunk {number} was not uploaded to S3")
    upload.registered.add(number)
    return json_response(202, {"status": "ok"})


def _check_part_sizes(fake: FakeBynder, parts: list[Blob]) -> None:
    """S3 refuses to complete a multipart upload whose parts (but the last) are too small."""
    for number, part in enumerate(parts[:-1], start=1):
        if part.size < fake.min_part_size:
            raise HTTPError(
                400,
                f"Could not complete upload: part {number} holds {part.size} bytes, but every part "
                f"except the last must hold at least {fake.min_part_size} bytes (S3's minimum "
                "part size)",
            )


def _assemble(fake: FakeBynder, req: FakeRequest, upload: Upload) -> tuple[Blob, int]:
    if form_required(req, "targetid") != upload.target_id:
        raise HTTPError(400, "targetid does not belong to this upload")
    chunks = form_positive_int(req, "chunks")
    s3_filename = form_required(req, "s3_filename")
    if s3_filename not in (upload.key, f"{upload.key}/p{chunks}"):
        raise HTTPError(400, f"s3_filename must be {upload.key} or {upload.key}/p{chunks}")
    missing = [
        n
        for n in range(1, chunks + 1)
        if n not in upload.registered or f"{upload.key}/p{n}" not in fake.s3_objects
    ]
    if missing:
        shown = ", ".join(str(n) for n in missing[:10])
        raise HTTPError(
            400, f"Could not complete upload: chunks not uploaded and registered: {shown}"
        )
    parts = [fake.s3_objects[f"{upload.key}/p{n}"] for n in range(1, chunks + 1)]
    _check_part_sizes(fake, parts)
    return CompositeBlob(parts), chunks


@route("POST", "/api/v4/upload/{uploadId}/", "finalize_complete_upload", scopes=("asset:write",))
def finalise(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    upload = _upload_or_404(fake, req.path_params["uploadId"])
    body_id = req.form_value("id")
    if body_id and body_id != upload.upload_id:
        raise HTTPError(400, "id does not match the upload in the path")
    blob, _chunks = _assemble(fake, req, upload)
    filename = req.form_value("original_filename") or upload.filename
    upload.finalised += 1
    imported = Import(
        import_id=fake.ids.uuid(),
        batch_id=fake.ids.uuid(),
        upload_id=upload.upload_id,
        filename=filename,
        blob=blob,
        finalised_at=fake.clock(),
        outcome=fake.faults.processing_outcome(filename),
    )
    fake.imports[imported.import_id] = imported
    return json_response(
        202,
        {
            "output": upload.target_id.rsplit("/", 1)[0] + "/",
            "batchId": imported.batch_id,
            "file": {"bucket": BUCKET, "path": upload.target_id, "type": "s3"},
            "filename": upload.target_id,
            "importId": imported.import_id,
            "locationType": "s3",
            "success": 1,
        },
    )


def import_ready(fake: FakeBynder, imported: Import) -> bool:
    polls, seconds = fake.faults.processing_for(imported.filename)
    return imported.polls >= polls and fake.clock() - imported.finalised_at >= seconds


@route("GET", "/api/v4/upload/poll/", "retrieve_poll_state", scopes=("asset:write",))
def poll(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    done: list[str] = []
    failed: list[str] = []
    rejected: list[str] = []
    for import_id in split_csv(req.query_value("items")):
        imported = fake.imports.get(import_id)
        if imported is None:
            continue
        if import_ready(fake, imported):
            {"done": done, "failed": failed, "rejected": rejected}[imported.outcome].append(
                import_id
            )
        imported.polls += 1
    return json_response(200, {"itemsDone": done, "itemsFailed": failed, "itemsRejected": rejected})


def _ready_import(fake: FakeBynder, import_id: str) -> Import | FakeResponse:
    imported = fake.imports.get(import_id)
    if imported is None:
        if import_id in fake.file_uploads:
            raise HTTPError(400, "The file is not finalised: call finalise_api first")
        raise HTTPError(404, "Import ID not found")
    if imported.saved_as is not None:
        raise HTTPError(400, "Import already saved")
    if not import_ready(fake, imported) or fake.faults.take_save_not_ready():
        if imported.files_service:
            imported.polls += 1  # this flow has no poll step: asking to save is how it polls
        return json_response(
            303, {"message": "Import not converted yet, please poll", "statuscode": "303"}
        )
    if imported.outcome != "done":
        raise HTTPError(400, "Upload failed or not ready")
    return imported


def sniff_dimensions(blob: Blob) -> tuple[int | None, int | None]:
    """Width and height of a PNG, GIF or JPEG from its first bytes (None, None otherwise)."""
    head = b""
    for chunk in blob.iter_range(0, 1 << 16):
        head += chunk
    if head[:8] == b"\x89PNG\r\n\x1a\n" and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return int(width), int(height)
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
        return int(width), int(height)
    if head[:2] == b"\xff\xd8":
        pos = 2
        while pos + 9 < len(head):
            if head[pos] != 0xFF:
                pos += 1
                continue
            marker = head[pos + 1]
            if marker in (0xC0, 0xC1, 0xC2):
                height, width = struct.unpack(">HH", head[pos + 5 : pos + 9])
                return int(width), int(height)
            length = struct.unpack(">H", head[pos + 2 : pos + 4])[0]
            pos += 2 + length
    return None, None


def _save_response(
    fake: FakeBynder, req: FakeRequest, asset: Asset, batch_id: str, items: list[Any]
) -> FakeResponse:
    payload: dict[str, Any] = {
        "mediaid": asset.id,
        "batchId": batch_id,
        "success": True,
        "mediaitems": [
            {
                "original": item_key(asset, item),
                "destination": portal_url(req, f"/m/{asset.id_hash}/original/{item.file_name}"),
            }
            for item in items
        ],
    }
    access_request = req.form_value("accessRequestId")
    if access_request:
        payload["accessRequestId"] = access_request
    return json_response(201, payload)


def new_asset(
    fake: FakeBynder,
    *,
    name: str,
    filename: str,
    blob: Blob,
    brand_id: str,
    description: str = "",
    tags: list[str] | None = None,
) -> Asset:
    """Create an asset whose original is `blob` (used by save and by the seed)."""
    now = fake.clock()
    user = fake.users.get(fake.current_user_id)
    asset = Asset(
        id=fake.ids.v4(),
        id_hash=fake.ids.hex(16),
        name=name,
        type=media_type_for(filename),
        brand_id=brand_id,
        date_created=now,
        date_modified=now,
        user_created=user.name if user else "",
        description=description,
        tags=list(tags or []),
    )
    width, height = sniff_dimensions(blob)
    new_item(fake, asset, filename, blob, width=width, height=height)
    fake.assets[asset.id] = asset
    return asset


@route("POST", "/api/v4/media/save/{importId}/", "save_a_new_asset", scopes=("asset:write",))
def save_new_asset(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    brand_id = req.form_value("brandId") or req.form_value("brandid")
    if not brand_id:
        raise HTTPError(400, "No brandid provided")
    found = _ready_import(fake, req.path_params["importId"])
    if isinstance(found, FakeResponse):
        return found
    if brand_id not in fake.brands:
        raise HTTPError(400, "Invalid brandid")
    fields = req.form_dict()
    for name in ("ISOPublicationDate", "archiveDate", "watermarkDate"):
        if fields.get(name) and parse_date(fields[name]) is None:
            raise HTTPError(400, f"{name} must be an ISO 8601 date")
    public = form_bool(req, "isPublic")
    probe = Asset("", "", "", "", brand_id, 0.0, 0.0, "")
    apply_metaproperty_fields(fake, probe, req.form or [])  # validate before creating anything
    default_name = found.filename.rsplit(".", 1)[0] if "." in found.filename else found.filename
    asset = new_asset(
        fake,
        name=fields.get("name") or default_name,
        filename=found.filename,
        blob=found.blob,
        brand_id=brand_id,
        description=fields.get("description", ""),
        tags=split_csv(fields.get("tags")),
    )
    asset.copyright = fields.get("copyright", "")
    asset.options = probe.options
    asset.text_values = probe.text_values
    asset.is_public = bool(public)
    if fields.get("ISOPublicationDate"):
        asset.date_published = parse_date(fields["ISOPublicationDate"])
    found.saved_as = asset.id
    return _save_response(fake, req, asset, found.batch_id, asset.items)


@route(
    "POST",
    "/api/v4/media/{assetId}/save/{importId}/",
    "save_as_a_new_asset_version",
    scopes=("asset:write",),
)
def save_new_version(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset = get_asset_or_404(fake, req.path_params["assetId"])
    found = _ready_import(fake, req.path_params["importId"])
    if isinstance(found, FakeResponse):
        return found
    width, height = sniff_dimensions(found.blob)
    item = new_item(fake, asset, found.filename, found.blob, width=width, height=height)
    found.saved_as = asset.id
    return _save_response(fake, req, asset, found.batch_id, [item])


@route(
    "POST",
    "/api/v4/media/{assetId}/save/additional/{uploadId}/",
    "finalize_complete_upload_and_save_as_new_asset_additional",
    scopes=("asset:write",),
)
def save_additional(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset = get_asset_or_404(fake, req.path_params["assetId"])
    if req.path_params["uploadId"] in fake.file_uploads:
        return _save_file_as_additional(fake, req, asset)
    upload = _upload_or_404(fake, req.path_params["uploadId"])
    blob, _chunks = _assemble(fake, req, upload)
    upload.finalised += 1
    width, height = sniff_dimensions(blob)
    item = new_item(
        fake, asset, upload.filename, blob, kind="additional", width=width, height=height
    )
    response = _save_response(fake, req, asset, fake.ids.uuid(), [item])
    return response


def _save_file_as_additional(fake: FakeBynder, req: FakeRequest, asset: Asset) -> FakeResponse:
    """A finalised file of the files service becomes an additional of `asset` (no form needed)."""
    found = _ready_import(fake, req.path_params["uploadId"])
    if isinstance(found, FakeResponse):
        return found
    width, height = sniff_dimensions(found.blob)
    item = new_item(
        fake, asset, found.filename, found.blob, kind="additional", width=width, height=height
    )
    found.saved_as = asset.id
    return _save_response(fake, req, asset, found.batch_id, [item])
