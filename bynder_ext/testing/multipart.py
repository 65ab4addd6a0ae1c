"""A small streaming `multipart/form-data` parser for the fake S3 origin.

Written here rather than borrowed: the stdlib `email` parser and `cgi` (gone in 3.13) read the whole
body into memory, and the S3 leg must take 64 MiB parts without holding them twice. This parser
reads fixed-size chunks and hands each part's bytes to a sink as they arrive, so the only buffer is
one chunk plus the boundary.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from .messages import BodyReader

READ_SIZE = 1 << 18
MAX_HEADER_BYTES = 16 * 1024


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data."""


class PartSink(Protocol):
    def write(self, data: bytes, /) -> None: ...


@dataclass(frozen=True)
class PartInfo:
    name: str
    filename: str | None
    content_type: str | None


class FieldCollector:
    """Collects a small text field, refusing values past `limit` bytes."""

    def __init__(self, limit: int = 64 * 1024) -> None:
        self.limit = limit
        self.data = bytearray()

    def write(self, data: bytes) -> None:
        self.data += data
        if len(self.data) > self.limit:
            raise MultipartError("form field is too large")

    def text(self) -> str:
        try:
            return self.data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MultipartError("form field is not UTF-8") from exc


def boundary_of(content_type: str) -> str:
    """The boundary parameter of a multipart content type; MultipartError if absent."""
    for name, value in _params(content_type.split(";", 1)[1] if ";" in content_type else ""):
        if name == "boundary" and value:
            if len(value) > 200:
                raise MultipartError("boundary is too long")
            return value
    raise MultipartError("multipart body without a boundary")


def _params(text: str) -> list[tuple[str, str]]:
    """Parse `; a=b; c="d;e"` header parameters (quoted strings may hold ; and \\")."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in " \t;":
            i += 1
        start = i
        while i < n and text[i] not in "=;":
            i += 1
        name = text[start:i].strip().lower()
        value = ""
        if i < n and text[i] == "=":
            i += 1
            while i < n and text[i] in " \t":
                i += 1
            if i < n and text[i] == '"':
                i += 1
                chars: list[str] = []
                while i < n and text[i] != '"':
                    if text[i] == "\\" and i + 1 < n:
                        i += 1
                    chars.append(text[i])
                    i += 1
                i += 1
                value = "".join(chars)
            else:
                start = i
                while i < n and text[i] != ";":
                    i += 1
                value = text[start:i].strip()
        if name:
            out.append((name, value))
    return out


def _part_info(raw_headers: bytes) -> PartInfo:
    try:
        text = raw_headers.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MultipartError("part headers are not UTF-8") from exc
    disposition = None
    content_type = None
    for line in text.split("\r\n"):
        if not line:
            continue
        if ":" not in line:
            raise MultipartError(f"malformed part header line: {line[:80]!r}")
        key, value = line.split(":", 1)
        key = key.strip().lower()
        if key == "content-disposition":
            disposition = value.strip()
        elif key == "content-type":
            content_type = value.strip()
    if disposition is None or not disposition.lower().startswith("form-data"):
        raise MultipartError("part without Content-Disposition: form-data")
    params = dict(_params(disposition[len("form-data") :]))
    if "name" not in params:
        raise MultipartError("part without a name")
    return PartInfo(params["name"], params.get("filename"), content_type)


def parse_multipart(
    reader: BodyReader,
    boundary: str,
    on_part: Callable[[PartInfo], PartSink],
    *,
    on_part_end: Callable[[PartInfo, PartSink], None] | None = None,
    read_size: int = READ_SIZE,
) -> None:
    """Stream `reader` through the parser, calling `on_part` for each part and writing its bytes.

    `on_part` returns the sink for the part's body; `on_part_end` is called when the part is
    complete. Either callback may raise to stop parsing.
    """
    delim = b"--" + boundary.encode("latin-1")
    separator = b"\r\n" + delim
    buf = bytearray()
    eof = False

    def fill() -> None:
        nonlocal eof
        data = reader.read(read_size)
        if data:
            buf.extend(data)
        else:
            eof = True

    # The first delimiter: at the very start, or after a preamble ending in CRLF.
    while True:
        if buf.startswith(delim):
            del buf[: len(delim)]
            break
        pos = buf.find(separator)
        if pos >= 0:
            del buf[: pos + len(separator)]
            break
        if eof:
            raise MultipartError("no multipart boundary found")
        if len(buf) > MAX_HEADER_BYTES:
            raise MultipartError("multipart preamble too long")
        fill()

    while True:
        while len(buf) < 2 and not eof:
            fill()
        if buf[:2] == b"--":
            return  # closing delimiter; the epilogue is ignored
        while True:
            line_end = buf.find(b"\r\n")
            if line_end >= 0:
                break
            if eof or len(buf) > 1024:
                raise MultipartError("malformed multipart delimiter line")
            fill()
        if buf[:line_end].strip(b" \t"):
            raise MultipartError("malformed multipart delimiter line")
        del buf[: line_end + 2]

        while True:
            header_end = buf.find(b"\r\n\r\n")
            if header_end >= 0:
                break
            if buf.startswith(b"\r\n"):
                header_end = -2  # a part with no headers at all
                break
            if len(buf) > MAX_HEADER_BYTES:
                raise MultipartError("multipart part headers too long")
            if eof:
                raise MultipartError("multipart body ends inside part headers")
            fill()
        info = _part_info(bytes(buf[: max(header_end, 0)]))
        del buf[: header_end + 4]
        sink = on_part(info)

        keep = len(separator) - 1
        while True:
            pos = buf.find(separator)
            if pos >= 0:
                if pos:
                    sink.write(bytes(buf[:pos]))
                del buf[: pos + len(separator)]
                break
            if eof:
                raise MultipartError("multipart body ends inside a part")
            if len(buf) > keep:
                sink.write(bytes(buf[: len(buf) - keep]))
                del buf[: len(buf) - keep]
            fill()
        if on_part_end is not None:
            on_part_end(info, sink)
