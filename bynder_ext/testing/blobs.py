"""Byte storage for uploaded parts and assembled files.

Small blobs stay in memory; a blob that grows past the threshold moves to a temporary file that is
deleted when the blob is garbage-collected. Assembling an upload does not copy: a `CompositeBlob`
reads its parts in order. So a 1 GiB upload costs disk, not memory, and no second copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import weakref
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import IO

CHUNK = 1 << 16


class Blob(ABC):
    """Immutable bytes of a known size that can be read by range."""

    size: int
    md5: str

    @abstractmethod
    def iter_range(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """Yield the bytes in [start, end) in chunks."""

    def read_all(self) -> bytes:
        return b"".join(self.iter_range())


class MemoryBlob(Blob):
    def __init__(self, data: bytes, md5: str | None = None) -> None:
        self.data = data
        self.size = len(data)
        self.md5 = md5 or hashlib.md5(data, usedforsecurity=False).hexdigest()

    def iter_range(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        stop = self.size if end is None else min(end, self.size)
        view = memoryview(self.data)
        for pos in range(start, stop, CHUNK):
            yield bytes(view[pos : min(pos + CHUNK, stop)])

    def read_all(self) -> bytes:
        return self.data


class FileBlob(Blob):
    """A blob in a temporary file; the file is removed when the blob is collected."""

    def __init__(self, path: str, size: int, md5: str) -> None:
        self.path = path
        self.size = size
        self.md5 = md5
        self._finalizer = weakref.finalize(self, _unlink, path)

    def iter_range(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        stop = self.size if end is None else min(end, self.size)
        with open(self.path, "rb") as fh:
            fh.seek(start)
            pos = start
            while pos < stop:
                data = fh.read(min(CHUNK, stop - pos))
                if not data:
                    return
                pos += len(data)
                yield data


class CompositeBlob(Blob):
    """Several blobs read back to back (an upload's parts in order)."""

    def __init__(self, parts: Sequence[Blob]) -> None:
        self.parts = list(parts)
        self.size = sum(p.size for p in self.parts)
        digest = hashlib.md5(usedforsecurity=False)
        for part in self.parts:
            digest.update(bytes.fromhex(part.md5))
        self.md5 = f"{digest.hexdigest()}-{len(self.parts)}"

    def iter_range(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        stop = self.size if end is None else min(end, self.size)
        offset = 0
        for part in self.parts:
            part_start, part_end = offset, offset + part.size
            offset = part_end
            if part_end <= start or part_start >= stop:
                continue
            yield from part.iter_range(max(start - part_start, 0), min(stop, part_end) - part_start)


def _unlink(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


class BlobWriter:
    """Collect bytes into a blob, spilling to a temporary file past `threshold` bytes.

    Each write is hashed and stored as it comes: kept in memory up to the threshold, written
    straight to the file (unbuffered) after it. A write may be a view of the caller's buffer; it
    is not kept."""

    def __init__(self, threshold: int, directory: str | None = None) -> None:
        self.threshold = threshold
        self.directory = directory
        self.size = 0
        self._md5 = hashlib.md5(usedforsecurity=False)
        self._buffer: bytearray | None = bytearray()
        self._file: IO[bytes] | None = None
        self._path: str | None = None

    def write(self, data: bytes | memoryview) -> None:
        if not data:
            return
        self.size += len(data)
        self._md5.update(data)
        if self._buffer is not None:
            if len(self._buffer) + len(data) <= self.threshold:
                self._buffer += data
                return
            fd, self._path = tempfile.mkstemp(prefix="fake-bynder-", dir=self.directory)
            self._file = os.fdopen(fd, "wb", buffering=0)
            self._write_through(self._buffer)
            self._buffer = None
        self._write_through(data)

    def _write_through(self, data: bytes | bytearray | memoryview) -> None:
        assert self._file is not None
        view = memoryview(data)
        while view:
            written = self._file.write(view)
            view = view[written or 0 :]

    def finish(self) -> Blob:
        md5 = self._md5.hexdigest()
        if self._buffer is not None:
            return MemoryBlob(bytes(self._buffer), md5)
        assert self._file is not None
        assert self._path is not None
        self._file.close()
        return FileBlob(self._path, self.size, md5)

    def discard(self) -> None:
        if self._file is not None and self._path is not None:
            self._file.close()
            _unlink(self._path)
        self._buffer = None
        self._file = None


def blob_from_bytes(data: bytes) -> Blob:
    return MemoryBlob(data)
