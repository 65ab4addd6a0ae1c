"""Dynamic asset transformations (DAT): `GET /transform/{id}/{name}` answers image bytes.

The `io` operations are parsed and checked like the portal does (unknown operation: 400 "Image
Operation not supported"), and the output size follows them. Images are made without Pillow: a
grey PNG (zlib + struct) and a grey baseline JPEG of the computed size (every 8x8 block is the
same two-bit code), and a fixed 1x1 lossless WebP (the default format).
"""

from __future__ import annotations

import base64
import re
import struct
import zlib
from typing import TYPE_CHECKING

from ..messages import FakeRequest, FakeResponse, HTTPError
from ..router import route
from .assets import get_asset_or_404

if TYPE_CHECKING:
    from ..core import FakeBynder

MAX_SIDE = 2048
GRAVITIES = {
    "topleft",
    "top",
    "topright",
    "left",
    "center",
    "right",
    "bottomleft",
    "bottom",
    "bottomright",
}
OPERATIONS: dict[str, set[str]] = {
    "background": {"color"},
    "crop": {"width", "height", "x", "y", "gravity", "shape", "blur", "background"},
    "extend": {"width", "height", "background"},
    "fill": {"width", "height", "gravity", "aspectratio"},
    "fit": {"width", "height"},
    "flip": set(),
    "mirror": set(),
    "rotate": {"angle", "background"},
    "scale": {"width", "height"},
}
_COLOR = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_ASPECT = re.compile(r"^[1-9][0-9]*x[1-9][0-9]*$")
WEBP_1X1 = base64.b64decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(width: int, height: int, grey: int = 128) -> bytes:
    """A valid 8-bit greyscale PNG of the given size."""
    row = b"\x00" + bytes([grey]) * width
    compressor = zlib.compressobj(6)
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )


def _segment(marker: int, payload: bytes) -> bytes:
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg_bytes(width: int, height: int) -> bytes:
    """A valid baseline greyscale JPEG of the given size (mid grey).

    All quantisers are 1; the DC and AC Huffman tables each hold one 1-bit code (DC difference
    category 0, and end-of-block), so every 8x8 block is the bits `00`.
    """
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    bits = 2 * blocks
    scan = bytearray(bits // 8)
    if bits % 8:
        scan.append((1 << (8 - bits % 8)) - 1)  # pad the last byte with 1 bits
    return (
        b"\xff\xd8"
        + _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + _segment(0xDB, b"\x00" + bytes([1] * 64))
        + _segment(0xC0, b"\x08" + struct.pack(">HH", height, width) + b"\x01\x01\x11\x00")
        + _segment(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00")
        + _segment(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
        + _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
        + bytes(scan)
        + b"\xff\xd9"
    )


def _int_param(op: str, name: str, value: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise HTTPError(400, f"Invalid value for {op}.{name}: {value}") from exc
    if not low <= number <= high:
        raise HTTPError(400, f"{op}.{name} must be between {low} and {high}")
    return number


def apply_io(io: str, width: int, height: int) -> tuple[int, int]:
    """Check one `io` value (`transform:fill,width:100,height:100`) and return the new size."""
    tokens = [t.strip() for t in io.split(",") if t.strip()]
    if not tokens or not tokens[0].startswith("transform:"):
        raise HTTPError(400, "Image Operation not supported")
    op = tokens[0][len("transform:") :]
    if op not in OPERATIONS:
        raise HTTPError(400, "Image Operation not supported")
    params: dict[str, str] = {}
    for token in tokens[1:]:
        name, sep, value = token.partition(":")
        if not sep or name not in OPERATIONS[op]:
            raise HTTPError(400, f"Unknown parameter for {op}: {name}")
        params[name] = value
    new_w = _int_param(op, "width", params["width"], 1, 10000) if "width" in params else None
    new_h = _int_param(op, "height", params["height"], 1, 10000) if "height" in params else None
    for name in ("x", "y"):
        if name in params:
            _int_param(op, name, params[name], 0, 100000)
    if "blur" in params:
        _int_param(op, "blur", params["blur"], 0, 100)
    if "gravity" in params and params["gravity"] not in GRAVITIES:
        raise HTTPError(400, f"{op}.gravity must be one of {sorted(GRAVITIES)}")
    if "shape" in params and params["shape"] not in ("circle", "square"):
        raise HTTPError(400, f"{op}.shape must be circle or square")
    for name in ("color", "background"):
        if name in params and not _COLOR.match(params[name]):
            raise HTTPError(400, f"{op}.{name} must be a hex colour")
    if "aspectratio" in params and not _ASPECT.match(params["aspectratio"]):
        raise HTTPError(400, f"{op}.aspectratio must look like 16x9")
    if op in ("crop", "extend", "fill", "scale"):
        if op == "fill" and "aspectratio" in params and (new_w is None or new_h is None):
            rw, rh = (int(p) for p in params["aspectratio"].split("x"))
            if new_w is not None:
                new_h = max(1, new_w * rh // rw)
            elif new_h is not None:
                new_w = max(1, new_h * rw // rh)
            else:
                new_h = max(1, width * rh // rw)
        if new_w is not None and new_h is None and op == "scale":
            new_h = max(1, height * new_w // width)
        if new_h is not None and new_w is None and op == "scale":
            new_w = max(1, width * new_h // height)
        return new_w or width, new_h or height
    if op == "fit":
        box_w, box_h = new_w or width, new_h or height
        ratio = min(box_w / width, box_h / height)
        return max(1, round(width * ratio)), max(1, round(height * ratio))
    if op == "rotate":
        angle = _int_param(op, "angle", params.get("angle", "0"), 0, 360)
        if angle in (90, 270):
            return height, width
    return width, height


@route("GET", "/transform/{id}/{name}", "generate_dynamic_asset_transformation")
def transform(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset = get_asset_or_404(fake, req.path_params["id"])
    original = asset.original()
    width = (original.width if original else None) or 800
    height = (original.height if original else None) or 600
    for io in req.query_values("io"):
        width, height = apply_io(io, width, height)
    focus = req.query_value("focuspoint")
    if focus is not None:
        try:
            fx, fy = (float(v) for v in focus.split(","))
        except ValueError as exc:
            raise HTTPError(400, "focuspoint must be x,y with values between 0 and 1") from exc
        if not (0.0 <= fx <= 1.0 and 0.0 <= fy <= 1.0):
            raise HTTPError(400, "focuspoint must be x,y with values between 0 and 1")
    quality = req.query_value("quality")
    if quality is not None:
        _int_param("quality", "quality", quality, 1, 100)
    fmt = req.query_value("format")
    width, height = min(width, MAX_SIDE), min(height, MAX_SIDE)
    if fmt is None or fmt == "webp":
        content, ctype = WEBP_1X1, "image/webp"
    elif fmt == "png":
        content, ctype = png_bytes(width, height), "image/png"
    elif fmt in ("jpg", "jpeg"):
        content, ctype = jpeg_bytes(width, height), "image/jpeg"
    else:
        raise HTTPError(400, "format must be jpg or png")
    return FakeResponse(200, [("Content-Type", ctype)], content=content)
