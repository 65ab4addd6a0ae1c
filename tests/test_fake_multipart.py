"""The fake S3 origin's streaming multipart parser: every part arrives whole and in order however
the body is cut into reads, through `read` or `readinto`, and malformed bodies are refused."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bynder_ext.testing.multipart import (
    FieldCollector,
    MultipartError,
    PartInfo,
    PartSink,
    parse_multipart,
)

BOUNDARY = "----bynder-boundary"


class Chopped:
    """A body handed out in the given read sizes (cycled), through `read` only."""

    def __init__(self, body: bytes, sizes: list[int]) -> None:
        self.body = body
        self.sizes = sizes
        self.pos = 0
        self.calls = 0

    def _next(self, room: int) -> bytes:
        size = min(self.sizes[self.calls % len(self.sizes)], room)
        self.calls += 1
        data = self.body[self.pos : self.pos + size]
        self.pos += len(data)
        return data

    def read(self, n: int = -1) -> bytes:
        return self._next(len(self.body) if n < 0 else n)


class ChoppedInto(Chopped):
    """The same, through `readinto` (as the loopback server's body reader)."""

    def readinto(self, buffer: memoryview) -> int:
        data = self._next(len(buffer))
        buffer[: len(data)] = data
        return len(data)


@dataclass
class Collected:
    parts: list[tuple[str, str | None, bytes]] = field(default_factory=list)

    def on_part(self, info: PartInfo) -> PartSink:
        return FieldCollector(limit=1 << 30)

    def on_part_end(self, info: PartInfo, sink: PartSink) -> None:
        assert isinstance(sink, FieldCollector)
        self.parts.append((info.name, info.filename, bytes(sink.data)))


def body_of(parts: list[tuple[str, bytes]], preamble: bytes = b"") -> bytes:
    out = bytearray(preamble + (b"\r\n" if preamble else b""))
    for index, (name, data) in enumerate(parts):
        filename = f'; filename="f{index}.bin"' if index == len(parts) - 1 else ""
        out += (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"{filename}\r\n'.encode()
        )
        out += b"Content-Type: application/octet-stream\r\n\r\n" + data + b"\r\n"
    out += f"--{BOUNDARY}--\r\n".encode()
    return bytes(out)


def parse(reader: Chopped, read_size: int) -> Collected:
    collected = Collected()
    parse_multipart(
        reader,
        BOUNDARY,
        collected.on_part,
        on_part_end=collected.on_part_end,
        read_size=read_size,
    )
    return collected


# Bytes that come close to the delimiter without being it.
NEAR_MISSES = [b"\r\n", b"\r\n--", f"\r\n--{BOUNDARY[:-1]}".encode(), b"-", b"\r"]
DELIMITER = f"\r\n--{BOUNDARY}".encode()
# A part's bytes never hold the delimiter (a sender picks a boundary its data does not contain).
payloads = (
    st.lists(st.one_of(st.binary(max_size=300), st.sampled_from(NEAR_MISSES)), max_size=8)
    .map(b"".join)
    .filter(lambda data: DELIMITER not in b"\r\n" + data)
)


@settings(max_examples=150, deadline=None)
@given(
    contents=st.lists(payloads, min_size=1, max_size=4),
    sizes=st.lists(st.integers(1, 700), min_size=1, max_size=5),
    read_size=st.integers(1, 300),
    into=st.booleans(),
    preamble=st.sampled_from([b"", b"ignored preamble"]),
)
def test_parts_arrive_whole_however_the_body_is_cut(
    contents: list[bytes], sizes: list[int], read_size: int, into: bool, preamble: bytes
) -> None:
    parts = [(f"field{i}", data) for i, data in enumerate(contents)]
    body = body_of(parts, preamble)
    reader = (ChoppedInto if into else Chopped)(body, sizes)
    collected = parse(reader, read_size)
    assert [(name, data) for name, _, data in collected.parts] == parts
    assert collected.parts[-1][1] == f"f{len(parts) - 1}.bin"


def test_a_large_part_reaches_its_sink_as_views_of_one_buffer() -> None:
    data = bytes(range(256)) * 40_000  # about 10 MiB
    body = body_of([("key", b"a/p1"), ("file", data)])
    seen: list[type] = []
    received = bytearray()

    class Sink:
        def write(self, chunk: bytes | memoryview) -> None:
            seen.append(type(chunk))
            received.extend(chunk)

    def on_part(info: PartInfo) -> PartSink:
        return Sink() if info.name == "file" else FieldCollector()

    reader = ChoppedInto(body, [1 << 20])
    parse_multipart(reader, BOUNDARY, on_part, read_size=1 << 19)
    assert bytes(received) == data
    assert set(seen) == {memoryview}
    assert reader.calls <= len(body) // (1 << 19) + 3  # read in whole buffers, not in dribs


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"no boundary at all", "no multipart boundary found"),
        (f"--{BOUNDARY}\r\nContent-Disposition: form-data".encode(), "inside part headers"),
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\n\r\nnever ends'.encode(),
            "ends inside a part",
        ),
        (f"--{BOUNDARY}\r\nX-Other: 1\r\n\r\nx\r\n--{BOUNDARY}--".encode(), "Content-Disposition"),
        (f"--{BOUNDARY}junk\r\n".encode(), "malformed multipart delimiter line"),
    ],
)
def test_malformed_bodies_are_refused(body: bytes, message: str) -> None:
    for reader in (Chopped(body, [3]), ChoppedInto(body, [1000])):
        with pytest.raises(MultipartError, match=message):
            parse(reader, 64)
