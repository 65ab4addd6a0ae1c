"""The S3 origin: POST-policy part uploads and signed GETs of stored bytes.

`POST /` takes `multipart/form-data` with the `multipart_params` of an initialised upload, the part
`key` (`{key}/p{N}`) and `file` as the last field. Like S3 it refuses a bearer token (400), a
missing policy field (400), a forged signature (403) and a key outside the policy's prefix (403),
and answers 201 with a `PostResponse` XML document. The body is streamed: part bytes go from the
parser's one buffer to a blob (memory, or a temporary file past the fake's threshold), hashed as
they arrive, never held twice.

`GET /{key}` with a signed query (the URL `download_specific_asset_item` hands out) streams the
stored bytes with `Content-Length`, `Accept-Ranges: bytes` and single-range `Range` support (206).
"""

from __future__ import annotations

import base64
import binascii
import calendar
import hmac
import json
import mimetypes
import re
import time
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from ..blobs import Blob, BlobWriter
from ..messages import (
    BodyReader,
    BodyTooLarge,
    FakeRequest,
    FakeResponse,
    HTTPError,
    xml_response,
)
from ..multipart import (
    FieldCollector,
    MultipartError,
    PartInfo,
    PartSink,
    boundary_of,
    parse_multipart,
)
from ..router import route

if TYPE_CHECKING:
    from ..core import FakeBynder

REQUIRED_FIELDS = (
    "key",
    "policy",
    "x-amz-signature",
    "x-amz-credential",
    "x-amz-algorithm",
    "x-amz-date",
)
_PART_KEY = re.compile(r"^(?P<prefix>.+)/p(?P<number>[1-9][0-9]*)$")


class LimitedReader:
    """Reads at most `limit` bytes from `stream`; more than that raises BodyTooLarge."""

    def __init__(self, stream: BodyReader, limit: int) -> None:
        self.stream = stream
        self.limit = limit
        self.count = 0

    def read(self, n: int = -1) -> bytes:
        data = self.stream.read(n)
        self._count(len(data))
        return data

    def readinto(self, buffer: memoryview) -> int:
        """Fill `buffer` straight from the stream when it can (the loopback server's can)."""
        readinto = getattr(self.stream, "readinto", None)
        if readinto is None:
            data = self.stream.read(len(buffer))
            buffer[: len(data)] = data
            got = len(data)
        else:
            got = int(readinto(buffer) or 0)
        self._count(got)
        return got

    def _count(self, got: int) -> None:
        self.count += got
        if self.count > self.limit:
            raise BodyTooLarge(
                f"Your proposed upload exceeds the maximum allowed size ({self.limit} bytes)"
            )


def _check_policy(fake: FakeBynder, fields: dict[str, str]) -> None:
    missing = [name for name in REQUIRED_FIELDS if name not in fields]
    if missing:
        raise HTTPError(
            400, f"Bucket POST must contain a field named '{missing[0]}'.", code="InvalidArgument"
        )
    policy = fields["policy"]
    if not hmac.compare_digest(fake.sign(policy).encode(), fields["x-amz-signature"].encode()):
        raise HTTPError(
            403,
            "The request signature we calculated does not match the signature you provided.",
            code="SignatureDoesNotMatch",
        )
    try:
        document = json.loads(base64.b64decode(policy, validate=True))
        expiration = calendar.timegm(time.strptime(document["expiration"], "%Y%m%dT%H%M%SZ"))
        conditions = list(document["conditions"])
    except (binascii.Error, ValueError, KeyError, TypeError) as exc:
        raise HTTPError(400, "Invalid Policy: Invalid JSON.", code="InvalidPolicyDocument") from exc
    if fake.clock() >= expiration:
        raise HTTPError(403, "Invalid according to Policy: Policy expired.", code="AccessDenied")
    for condition in conditions:
        ok = True
        if isinstance(condition, dict):
            for name, value in condition.items():
                if name == "bucket":
                    continue
                ok = ok and fields.get(name.lower()) == value
        elif isinstance(condition, list) and len(condition) == 3 and condition[0] == "starts-with":
            name = str(condition[1]).lstrip("$").lower()
            ok = fields.get(name, "").startswith(str(condition[2]))
        if not ok:
            raise HTTPError(
                403,
                f"Invalid according to Policy: Policy Condition failed: {json.dumps(condition)}",
                code="AccessDenied",
            )


@route(
    "POST",
    "/",
    "upload_chunk",
    auth=False,
    error_style="s3",
    request_class="s3",
    target="s3",
    locked=False,
)
def upload_chunk(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    if "authorization" in req.headers:
        raise HTTPError(400, "Unsupported Authorization Type", code="InvalidArgument")
    content_type = req.headers.get("content-type") or ""
    if req.content_type != "multipart/form-data":
        raise HTTPError(
            412,
            "Bucket POST must be of the enclosure-type multipart/form-data",
            code="PreconditionFailed",
        )
    if req.content_length is not None and req.content_length > fake.max_s3_body:
        raise BodyTooLarge(
            f"Your proposed upload exceeds the maximum allowed size ({fake.max_s3_body} bytes)"
        )
    stream: BodyReader = req.stream if req.stream is not None else _BytesReader(req.body)
    reader = LimitedReader(stream, fake.max_s3_body)
    fields: dict[str, str] = {}
    form: list[tuple[str, str]] = []
    writer: BlobWriter | None = None

    def on_part(info: PartInfo) -> PartSink:
        nonlocal writer
        if writer is not None:
            raise HTTPError(
                400, "The file field must be the last field of the form.", code="InvalidArgument"
            )
        if info.name == "file":
            _check_policy(fake, fields)
            writer = BlobWriter(fake.blob_threshold)
            return writer
        return FieldCollector()

    def on_part_end(info: PartInfo, sink: PartSink) -> None:
        if isinstance(sink, FieldCollector):
            value = sink.text()
            fields[info.name.lower()] = value
            form.append((info.name, value))

    try:
        parse_multipart(reader, boundary_of(content_type), on_part, on_part_end=on_part_end)
    except MultipartError as exc:
        if writer is not None:
            writer.discard()
        raise HTTPError(
            400,
            f"The body of your POST request is not well-formed multipart/form-data: {exc}",
            code="MalformedPOSTRequest",
        ) from exc
    except BaseException:
        if writer is not None:
            writer.discard()
        raise
    finally:
        req.form = form
    if writer is None:
        raise HTTPError(
            400, "POST requires exactly one file upload per request.", code="InvalidArgument"
        )
    key = fields["key"]
    blob = writer.finish()
    form.append(("file", f"<{blob.size} bytes>"))
    with fake.lock:
        fake.s3_objects[key] = blob
        matched = _PART_KEY.match(key)
        if matched:
            for upload in fake.uploads.values():
                if upload.key == matched["prefix"]:
                    upload.part_posts[int(matched["number"])] += 1
                    break
    location = f"{req.s3_base.rstrip('/')}/{escape(key)}"
    status = fields.get("success_action_status", "204")
    if status == "201":
        return xml_response(
            201,
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<PostResponse><Location>{location}</Location><Bucket>fake-bynder-uploads</Bucket>"
            f'<Key>{escape(key)}</Key><ETag>"{blob.md5}"</ETag></PostResponse>',
            [("ETag", f'"{blob.md5}"')],
        )
    code = 200 if status == "200" else 204
    return FakeResponse(code, [("ETag", f'"{blob.md5}"'), ("Location", location)])


class _BytesReader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def read(self, n: int = -1) -> bytes:
        end = len(self.data) if n < 0 else min(len(self.data), self.pos + n)
        chunk = self.data[self.pos : end]
        self.pos = end
        return chunk


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """(first, last) inclusive for a single `bytes=` range; None to ignore the header.
    Raises HTTPError 416 for a range that cannot be satisfied."""
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first_text, dash, last_text = spec.strip().partition("-")
    if not dash:
        return None
    try:
        if first_text == "":
            suffix = int(last_text)
            if suffix <= 0:
                raise ValueError(last_text)
            first, last = max(size - suffix, 0), size - 1
        else:
            first = int(first_text)
            last = int(last_text) if last_text else size - 1
    except ValueError:
        return None
    if first >= size:
        raise HTTPError(
            416,
            "The requested range is not satisfiable",
            code="InvalidRange",
            headers={"Content-Range": f"bytes */{size}"},
        )
    if last < first:
        return None
    return first, min(last, size - 1)


def _check_signed_url(fake: FakeBynder, req: FakeRequest, key: str) -> None:
    if "authorization" in req.headers:
        raise HTTPError(
            400,
            "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
            "Signature query string parameter or the Authorization header should be specified",
            code="InvalidArgument",
        )
    signature = req.query_value("X-Amz-Signature")
    date = req.query_value("X-Amz-Date") or ""
    expires = req.query_value("X-Amz-Expires") or ""
    if not signature:
        raise HTTPError(403, "Access Denied", code="AccessDenied")
    if not hmac.compare_digest(
        fake.sign(f"GET\n{key}\n{date}\n{expires}").encode(), signature.encode()
    ):
        raise HTTPError(
            403,
            "The request signature we calculated does not match the signature you provided.",
            code="SignatureDoesNotMatch",
        )
    try:
        signed_at = calendar.timegm(time.strptime(date, "%Y%m%dT%H%M%SZ"))
        lifetime = int(expires)
    except ValueError as exc:
        raise HTTPError(403, "Access Denied", code="AccessDenied") from exc
    if fake.clock() > signed_at + lifetime:
        raise HTTPError(403, "Request has expired", code="AccessDenied")


def _object_response(req: FakeRequest, key: str, blob: Blob) -> FakeResponse:
    content_type = mimetypes.guess_type(key)[0] or "application/octet-stream"
    headers = [
        ("Content-Type", content_type),
        ("Accept-Ranges", "bytes"),
        ("ETag", f'"{blob.md5}"'),
    ]
    status, first, last = 200, 0, blob.size - 1
    header = req.headers.get("range")
    if header and blob.size > 0:
        chosen = parse_range(header, blob.size)
        if chosen is not None:
            first, last = chosen
            status = 206
            headers.append(("Content-Range", f"bytes {first}-{last}/{blob.size}"))
    length = max(last - first + 1, 0)
    if req.method == "HEAD":
        return FakeResponse(status, [*headers, ("Content-Length", str(length))])
    return FakeResponse(
        status,
        headers,
        chunks=lambda: blob.iter_range(first, last + 1),
        length=length,
    )


def _get_object(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    key = req.path_params["key"]
    _check_signed_url(fake, req, key)
    with fake.lock:
        blob = fake.s3_objects.get(key)
    if blob is None:
        raise HTTPError(404, "The specified key does not exist.", code="NoSuchKey")
    return _object_response(req, key, blob)


def _register_object_routes() -> None:
    for method in ("GET", "HEAD"):
        route(
            method,
            "/{key+}",
            "s3_get_object",
            auth=False,
            error_style="s3",
            request_class="download",
            target="s3",
            in_spec=False,
            locked=False,
        )(_get_object)


_register_object_routes()
