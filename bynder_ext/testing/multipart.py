"""A small streaming `multipart/form-data` parser for the fake S3 origin.

Written here rather than borrowed: the stdlib `email` parser and `cgi` (gone in 3.13) read the whole
body into memory, and the S3 leg must take 64 MiB parts without holding them twice. This parser
reads the body into one fixed buffer (with `readinto` where the reader has it) and hands each
part's bytes to a sink as views of that buffer as they arrive: the only buffer is one read plus the
boundary, and no byte is copied between the socket and the sink.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from .messages import BodyReader

#: Bytes asked of the reader at a time.
READ_SIZE = 1 << 19
MAX_HEADER_BYTES = 16 * 1024


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data."""


class PartSink(Protocol):
    """Takes a part's bytes as they arrive. `data` may be a view of the parser's buffer, valid
    only during the call: a sink that keeps bytes copies them."""

    def write(self, data: bytes | memoryview, /) -> None: ...


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

    def write(self, data: bytes | memoryview) -> None:
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

    The body is read into one buffer of `read_size` bytes (plus room for a part's headers), with
    `readinto` where the reader has it, and each part's bytes reach its sink as views of that
    buffer: nothing is copied on the way.
    """
    delim = b"--" + boundary.encode("latin-1")
    separator = b"\r\n" + delim
    buf = bytearray(read_size + MAX_HEADER_BYTES + len(separator) + 1024)
    view = memoryview(buf)
    readinto = getattr(reader, "readinto", None)
    start = end = 0
    eof = False

    def fill() -> None:
        """Read more of the body after the unconsumed bytes (moved to the front first)."""
        nonlocal start, end, eof
        if start:
            kept = end - start  # small: the parser consumes all but a delimiter's worth
            buf[:kept] = bytes(view[start:end])
            start, end = 0, kept
        if readinto is not None:
            got = int(readinto(view[end:]) or 0)
        else:
            data = reader.read(len(buf) - end)
            got = len(data)
            buf[end : end + got] = data
        if got == 0:
            eof = True
        end += got

    # The first delimiter: at the very start, or after a preamble ending in CRLF.
    while True:
        if end - start >= len(delim) and buf.startswith(delim, start):
            start += len(delim)
            break
        pos = buf.find(separator, start, end)
        if pos >= 0:
            start = pos + len(separator)
            break
        if eof:
            raise MultipartError("no multipart boundary found")
        if end - start > MAX_HEADER_BYTES:
            raise MultipartError("multipart preamble too long")
        fill()

    while True:
        while end - start < 2 and not eof:
            fill()
        if buf.startswith(b"--", start, end):
            return  # closing delimiter; the epilogue is ignored
        while True:
            line_end = buf.find(b"\r\n", start, end)
            if line_end >= 0:
                break
            if eof or end - start > 1024:
                raise MultipartError("malformed multipart delimiter line")
            fill()
        if buf[start:line_end].strip(b" \t"):
            raise MultipartError("malformed multipart delimiter line")
        start = line_end + 2

        while True:
            header_end = buf.find(b"\r\n\r\n", start, end)
            if header_end >= 0:
                headers, start = bytes(view[start:header_end]), header_end + 4
                break
            if buf.startswith(b"\r\n", start, end):
                headers, start = b"", start + 2  # a part with no headers at all
                break
            if end - start > MAX_HEADER_BYTES:
                raise MultipartError("multipart part headers too long")
            if eof:
                raise MultipartError("multipart body ends inside part headers")
            fill()
        info = _part_info(headers)
        sink = on_part(info)

        keep = len(separator) - 1
        while True:
            pos = buf.find(separator, start, end)
            if pos >= 0:
                if pos > start:
                    sink.write(view[start:pos])
                start = pos + len(separator)
                break
            if eof:
                raise MultipartError("multipart body ends inside a part")
            if end - start > keep:
                sink.write(view[start : end - keep])
                start = end - keep
            fill()
        if on_part_end is not None:
            on_part_end(info, sink)
