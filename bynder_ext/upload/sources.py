"""What an upload reads from (a path, a binary file object, bytes) and the part bodies.

Every source is checked when opened. A path or seekable file gives each part a :class:`PartReader`,
a window read ``BLOCK`` bytes at a time as httpx streams it (a retry rewinds it); a non-seekable
stream is read one whole part at a time, in order.
"""

from __future__ import annotations

import io
import os
import stat
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeAlias, runtime_checkable

from ..errors import ConfigurationError

#: Bytes read from the source per block while a part streams (httpx's multipart block size).
BLOCK = 64 * 1024


@runtime_checkable
class BinaryReadable(Protocol):
    """A binary file object: ``read(n)`` returns bytes."""

    def read(self, size: int = ..., /) -> bytes: ...


#: What the upload functions accept as the file.
UploadSource: TypeAlias = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryReadable


class SourceChanged(OSError):
    """The source gave fewer or more bytes than it had when the upload started."""


class Source:
    """An opened upload source of a known ``size``; ``name`` is the base name it carries."""

    size: int
    name: str | None = None
    #: Whether parts can be read in any order (else in order, once each).
    random_access = True

    def read_at(self, offset: int, length: int) -> bytes:
        """Up to ``length`` bytes at ``offset``."""
        raise NotImplementedError

    def part(self, offset: int, length: int) -> PartReader:
        """The body of the part at ``offset`` (read while it is sent)."""
        return PartReader(self, offset, length)

    def hash_range(self, offset: int, length: int, hashers: Iterable[Any]) -> None:
        """Feed the ``length`` bytes at ``offset`` to every hasher, ``BLOCK`` bytes at a time."""
        for block in PartReader(self, offset, length).blocks():
            for hasher in hashers:
                hasher.update(block)

    def close(self) -> None:
        """Release what opening took (a descriptor); the caller's own objects stay open."""


class PartReader:
    """A read-only, seekable window of ``length`` bytes at ``offset`` in a source: httpx seeks it
    to 0 and reads it in blocks each time the body is sent, so a retry replays the same bytes."""

    def __init__(self, source: Source, offset: int, length: int) -> None:
        self.source, self.offset, self._length, self._pos = source, offset, length, 0

    def read(self, size: int = -1, /) -> bytes:
        left = self._length - self._pos
        want = left if size is None or size < 0 else min(size, left)
        if want <= 0:
            return b""
        data = self.source.read_at(self.offset + self._pos, want)
        if len(data) != want:
            raise SourceChanged(
                f"the source gave {len(data)} bytes at offset {self.offset + self._pos} where "
                f"{want} were expected: it changed during the upload"
            )
        self._pos += want
        return data

    def blocks(self) -> Iterator[bytes]:
        """The whole window from its start, ``BLOCK`` bytes at a time."""
        self.seek(0)
        while block := self.read(BLOCK):
            yield block

    def hash_into(self, hashers: Iterable[Any]) -> None:
        """Feed the whole window to every hasher (its position does not move)."""
        self.source.hash_range(self.offset, self._length, hashers)

    def seek(self, offset: int, whence: int = os.SEEK_SET, /) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._length}[whence]
        if base + offset < 0:
            raise ValueError(f"negative seek position {base + offset}")
        self._pos = min(base + offset, self._length)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def __len__(self) -> int:
        return self._length


@contextmanager
def _checked(what: str) -> Iterator[None]:
    """Any failure in the block becomes a ConfigurationError: "cannot read <what>: ..."."""
    try:
        yield
    except ConfigurationError:
        raise
    except OSError as exc:
        raise ConfigurationError(f"cannot read {what}: {exc.strerror or exc}") from None
    except Exception as exc:
        raise ConfigurationError(f"cannot read {what}: {exc}") from exc


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
            with _checked(repr(path)):
                self.size = os.fstat(self._fd).st_size
                os.read(self._fd, 1)  # an unreadable file fails here, before any request
        except ConfigurationError:
            os.close(self._fd)
            raise
        self.name = Path(path).name
        self._lock = threading.Lock()

    def read_at(self, offset: int, length: int) -> bytes:
        if not hasattr(os, "pread"):  # pragma: no cover - platforms without pread
            with self._lock:
                os.lseek(self._fd, offset, os.SEEK_SET)
                return os.read(self._fd, length)
        parts: list[bytes] = []
        while length > 0 and (data := os.pread(self._fd, length, offset)):
            parts.append(data)
            offset, length = offset + len(data), length - len(data)
        return b"".join(parts)

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

    def read_at(self, offset: int, length: int) -> bytes:
        return bytes(self._view[offset : offset + length])

    def hash_range(self, offset: int, length: int, hashers: Iterable[Any]) -> None:
        for hasher in hashers:
            hasher.update(self._view[offset : offset + length])  # a view: nothing is copied

    def close(self) -> None:
        self._view.release()  # the caller may resize its bytearray again


def _read_exactly(file: Any, length: int) -> bytes:
    """Read until ``length`` bytes or the end (raw files may return less per call)."""
    parts: list[bytes] = []
    while length > 0 and (data := file.read(length)):
        if not isinstance(data, bytes | bytearray):
            raise ConfigurationError("the file object returned text: open it in binary mode")
        parts.append(bytes(data))
        length -= len(data)
    return b"".join(parts)


class _SeekableFileSource(Source):
    """A seekable file object from its position to its end; each block is a seek and a read
    under a lock."""

    def __init__(self, file: Any) -> None:
        self._file = file
        self._lock = threading.Lock()
        with _checked("the file object"):
            self._start = file.tell()
            end = file.seek(0, os.SEEK_END)
            file.seek(self._start)
            _read_exactly(file, 1)
            file.seek(self._start)
        self.size = end - self._start
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
        self._file, self.size, self.name = file, size, _name_of(file)
        self._lock = threading.Lock()
        self._position = 0
        with _checked("the file object"):
            self._pending = _read_exactly(file, 1) if size else b""
        if size and not self._pending:
            raise ConfigurationError("the file object is empty: there is nothing to upload")

    def read_at(self, offset: int, length: int) -> bytes:
        """The bytes at ``offset``, which must not be behind what was read already."""
        with self._lock:
            if offset < self._position:
                raise SourceChanged("a non-seekable stream cannot be read twice")
            while self._position < offset:  # parts accepted earlier (resume): read and drop
                if not self._take(min(offset - self._position, BLOCK)):
                    break
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
    opened: Source
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        if not isinstance(path, str) or not path:
            raise ConfigurationError("a path must be a non-empty str or os.PathLike[str]")
        opened = _PathSource(path)
    elif isinstance(source, bytes | bytearray | memoryview):
        opened = _BufferSource(source)
    elif isinstance(source, io.TextIOBase):
        raise ConfigurationError("the file object is in text mode: open it with 'rb'")
    elif callable(getattr(source, "read", None)):
        with _checked("the file object"):
            readable = getattr(source, "readable", lambda: True)
            if callable(readable) and not readable():
                raise ConfigurationError("the file object is not readable (opened for writing?)")
        try:
            seekable = bool(getattr(source, "seekable", lambda: False)())
        except Exception:
            seekable = False
        opened = _SeekableFileSource(source) if seekable else _StreamSource(source, size)
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
