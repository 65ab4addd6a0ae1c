"""What an upload reads from (a path, a binary file object, bytes) and the part bodies.

Every source is checked when opened, before any request. A path or seekable file gives each part
a :class:`PartReader`, a seekable window read ``BLOCK`` bytes at a time while httpx streams the
body (``os.pread`` on a path; seek and read under a lock on a shared file object), so a retry
rewinds it and only the blocks in flight are in memory; bytes give ``memoryview`` windows; a
non-seekable stream is read one whole part at a time, in order, kept until sent.
"""

from __future__ import annotations

import io
import os
import stat
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol, TypeAlias, runtime_checkable

from ..errors import ConfigurationError

__all__ = ["BLOCK", "BinaryReadable", "PartReader", "Source", "UploadSource", "open_source"]

#: Bytes read from the source per block while a part streams (httpx's multipart block size).
BLOCK = 64 * 1024


class Hasher(Protocol):
    """A ``hashlib`` object."""

    def update(self, data: bytes | memoryview, /) -> None: ...


@runtime_checkable
class BinaryReadable(Protocol):
    """A binary file object: ``read(n)`` returns bytes."""

    def read(self, size: int = ..., /) -> bytes: ...


#: What the upload functions accept as the file.
UploadSource: TypeAlias = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryReadable


class SourceChanged(OSError):
    """The source gave fewer or more bytes than it had when the upload started."""


class Source(ABC):
    """An opened upload source of a known ``size``. ``name`` is the base name it carries, if any."""

    size: int
    name: str | None
    #: Whether parts can be read in any order (else they must be read in order, once each).
    random_access: bool = True

    @abstractmethod
    def read_at(self, offset: int, length: int) -> bytes:
        """Up to ``length`` bytes at ``offset`` (random-access sources)."""

    def part(self, offset: int, length: int) -> PartReader:
        """The body of the part at ``offset`` (reads happen while it is sent)."""
        return PartReader(self, offset, length)

    def hash_range(self, offset: int, length: int, hashers: Iterable[Hasher]) -> None:
        """Feed the ``length`` bytes at ``offset`` to every hasher, ``BLOCK`` bytes at a time
        (a stream: only at or past what was read already)."""
        targets = list(hashers)
        end = offset + length
        while offset < end:
            want = min(BLOCK, end - offset)
            data = self.read_at(offset, want)
            if len(data) != want:
                raise SourceChanged(
                    f"the source gave {len(data)} bytes at offset {offset} where {want} were "
                    "expected: it changed during the upload"
                )
            for hasher in targets:
                hasher.update(data)
            offset += want

    def close(self) -> None:  # noqa: B027 - most sources hold nothing to release
        """Release what opening took (a descriptor); the caller's own objects stay open."""


class PartReader:
    """A read-only, seekable window of ``length`` bytes at ``offset`` in a source: httpx seeks it
    to 0 and reads it in blocks each time the body is sent, so a retry replays the same bytes."""

    def __init__(self, source: Source, offset: int, length: int) -> None:
        self._source = source
        self._offset = offset
        self._length = length
        self._pos = 0

    def read(self, size: int = -1, /) -> bytes:
        left = self._length - self._pos
        want = left if size is None or size < 0 else min(size, left)
        if want <= 0:
            return b""
        data = self._source.read_at(self._offset + self._pos, want)
        if len(data) != want:
            raise SourceChanged(
                f"the source gave {len(data)} bytes at offset {self._offset + self._pos} where "
                f"{want} were expected: it changed during the upload"
            )
        self._pos += want
        return data

    def hash_into(self, hashers: Iterable[Hasher]) -> None:
        """Feed the whole window to every hasher (its position does not move)."""
        self._source.hash_range(self._offset, self._length, hashers)

    def seek(self, offset: int, whence: int = os.SEEK_SET, /) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._length}[whence]
        position = base + offset
        if position < 0:
            raise ValueError(f"negative seek position {position}")
        self._pos = min(position, self._length)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def __len__(self) -> int:
        return self._length


class _PathSource(Source):
    def __init__(self, path: str) -> None:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            raise ConfigurationError(f"no such file: {path!r}") from None
        except OSError as exc:
            raise ConfigurationError(f"cannot read {path!r}: {exc.strerror or exc}") from None
        if stat.S_ISDIR(info.st_mode):
            raise ConfigurationError(f"{path!r} is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ConfigurationError(
                f"{path!r} is not a regular file; pass an open file object and size= instead"
            )
        try:
            self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise ConfigurationError(f"cannot open {path!r}: {exc.strerror or exc}") from None
        try:
            self.size = os.fstat(self._fd).st_size
            os.read(self._fd, 1)  # an unreadable file fails here, before any request
        except OSError as exc:
            os.close(self._fd)
            raise ConfigurationError(f"cannot read {path!r}: {exc.strerror or exc}") from None
        self.name = Path(path).name
        self._lock = threading.Lock()

    def read_at(self, offset: int, length: int) -> bytes:
        if hasattr(os, "pread"):
            parts: list[bytes] = []
            while length > 0:
                data = os.pread(self._fd, length, offset)
                if not data:
                    break
                parts.append(data)
                offset += len(data)
                length -= len(data)
            return b"".join(parts)
        with self._lock:  # pragma: no cover - platforms without pread
            os.lseek(self._fd, offset, os.SEEK_SET)
            return os.read(self._fd, length)

    def close(self) -> None:
        fd, self._fd = self._fd, -1
        if fd >= 0:
            os.close(fd)


class _BufferSource(Source):
    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        view = memoryview(data)
        if not view.contiguous:
            raise ConfigurationError("a memoryview source must be contiguous")
        self._view = view.cast("B") if view.format != "B" or view.ndim != 1 else view
        self.size = self._view.nbytes
        self.name = None

    def read_at(self, offset: int, length: int) -> bytes:
        return bytes(self._view[offset : offset + length])

    def hash_range(self, offset: int, length: int, hashers: Iterable[Hasher]) -> None:
        window = self._view[offset : offset + length]  # a view: nothing is copied
        for hasher in hashers:
            hasher.update(window)

    def close(self) -> None:
        self._view.release()  # the caller may resize its bytearray again


def _read_exactly(file: Any, length: int) -> bytes:
    """Read until ``length`` bytes or the end (raw files may return less per call)."""
    parts: list[bytes] = []
    while length > 0:
        data = file.read(length)
        if not data:
            break
        if not isinstance(data, bytes | bytearray):
            raise ConfigurationError("the file object returned text: open it in binary mode")
        parts.append(bytes(data))
        length -= len(data)
    return b"".join(parts)


class _SeekableFileSource(Source):
    """A seekable file object from its position to its end; each block is a seek and a read
    under a lock."""

    def __init__(self, file: Any, size: int | None) -> None:
        self._file = file
        self._lock = threading.Lock()
        try:
            self._start = file.tell()
            end = file.seek(0, os.SEEK_END)
            file.seek(self._start)
            probe = file.read(1)
            file.seek(self._start)
        except ConfigurationError:
            raise
        except Exception as exc:
            raise ConfigurationError(f"cannot read the file object: {exc}") from exc
        if probe is not None and not isinstance(probe, bytes | bytearray):
            raise ConfigurationError("the file object returned text: open it in binary mode")
        self.size = end - self._start
        if size is not None and size != self.size:
            raise ConfigurationError(
                f"size={size} but the file object holds {self.size} bytes from its position"
            )
        self.name = _name_of(file)

    def read_at(self, offset: int, length: int) -> bytes:
        with self._lock:
            self._file.seek(self._start + offset)
            return _read_exactly(self._file, length)


class _StreamSource(Source):
    """A non-seekable stream of a declared size, read once, in order, one part at a time."""

    random_access = False

    def __init__(self, file: Any, size: int | None) -> None:
        if size is None:
            raise ConfigurationError(
                "the file object is not seekable, so its size is unknown: pass size= "
                "(the number of bytes it will give)"
            )
        self._file = file
        self._lock = threading.Lock()
        self.size = size
        self.name = _name_of(file)
        self._position = 0
        try:
            self._pending = _read_exactly(file, 1) if size else b""
        except ConfigurationError:
            raise
        except Exception as exc:
            raise ConfigurationError(f"cannot read the file object: {exc}") from exc
        if size and not self._pending:
            raise ConfigurationError("the file object is empty: there is nothing to upload")

    def read_at(self, offset: int, length: int) -> bytes:
        """The bytes at ``offset``, which must not be behind what was read already."""
        with self._lock:
            if offset < self._position:
                raise SourceChanged("a non-seekable stream cannot be read twice")
            skip = offset - self._position
            while skip > 0:  # parts registered earlier (resume): read and drop them
                dropped = self._take(min(skip, BLOCK))
                if not dropped:
                    break
                skip -= len(dropped)
            data = self._take(length)
            if offset + length == self.size and data and self._take(1):
                raise SourceChanged(f"the stream holds more than size={self.size} bytes")
            return data

    def _take(self, length: int) -> bytes:
        head, self._pending = self._pending[:length], self._pending[length:]
        data = head + _read_exactly(self._file, length - len(head)) if length > len(head) else head
        self._position += len(data)
        return data

    def part(self, offset: int, length: int) -> PartReader:
        """Read the part now (in order) and serve its bytes from memory."""
        data = self.read_at(offset, length)
        if len(data) != length:
            raise SourceChanged(
                f"the stream ended after {offset + len(data)} bytes; size={self.size} was given"
            )
        return PartReader(_BufferSource(data), 0, length)


def _name_of(file: Any) -> str | None:
    name = getattr(file, "name", None)
    if isinstance(name, str) and name and not name.startswith("<"):
        return Path(name).name or None
    return None


def open_source(source: object, size: int | None = None) -> Source:
    """Open and check ``source``; ConfigurationError (nothing sent) when it cannot be uploaded."""
    if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
        raise ConfigurationError(f"size must be an int >= 0, got {size!r}")
    opened: Source
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        if not isinstance(path, str):
            raise ConfigurationError("a path must be a str or os.PathLike[str]")
        if not path:
            raise ConfigurationError("the path is empty")
        opened = _PathSource(path)
    elif isinstance(source, bytes | bytearray | memoryview):
        opened = _BufferSource(source)
    elif isinstance(source, io.TextIOBase):
        raise ConfigurationError("the file object is in text mode: open it with 'rb'")
    elif callable(getattr(source, "read", None)):
        readable = getattr(source, "readable", None)
        try:
            if callable(readable) and not readable():
                raise ConfigurationError("the file object is not readable (opened for writing?)")
        except ConfigurationError:
            raise
        except Exception as exc:
            raise ConfigurationError(f"cannot read the file object: {exc}") from exc
        seekable = getattr(source, "seekable", None)
        try:
            can_seek = bool(seekable()) if callable(seekable) else False
        except Exception:
            can_seek = False
        opened = _SeekableFileSource(source, size) if can_seek else _StreamSource(source, size)
    else:
        raise ConfigurationError(
            "source must be a path, bytes, bytearray, memoryview or a binary file object, "
            f"got {type(source).__name__}"
        )
    if size is not None and opened.size != size:
        opened.close()
        raise ConfigurationError(f"size={size} but the source holds {opened.size} bytes")
    if opened.size == 0:
        opened.close()
        raise ConfigurationError("the file is empty: Bynder cannot store an empty file")
    return opened
