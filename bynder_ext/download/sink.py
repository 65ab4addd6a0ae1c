"""Where a download's bytes go: ``<path>.part`` (renamed over ``<path>`` once complete) with a
small ``<path>.part.json`` record, or a caller's binary file object.

Neither file is ever opened through a symbolic link (``O_NOFOLLOW``), so whoever can write the
destination's folder cannot make a download overwrite the file a planted link points to.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from pathlib import Path
from typing import IO, Any, Final, Protocol

from ..errors import DownloadError

# Where the system has it: open() fails on a symbolic link instead of following it.
_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
_RECORD_VERSION = 1
_HASH_BLOCK = 1 << 20
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC


class Digest(Protocol):
    def update(self, data: bytes, /) -> None: ...


def companions(path: Path) -> tuple[Path, Path]:
    """The part file and its record beside ``path``."""
    return path.with_name(path.name + ".part"), path.with_name(path.name + ".part.json")


def open_unlinked(path: Path, flags: int, mode: str) -> IO[bytes]:
    """``path`` opened with ``flags``, never through a symbolic link (DownloadError if it is one)."""
    try:
        fd = os.open(path, flags | _NOFOLLOW, 0o666)
    except OSError:
        if os.path.islink(path):
            raise DownloadError(
                f"{path} is a symbolic link: refusing to write through it"
            ) from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise DownloadError(f"{path} is not a regular file: refusing to write to it")
        return os.fdopen(fd, mode)
    except BaseException:
        os.close(fd)
        raise


class PathSink:
    """``<path>.part`` plus its record; with ``resume``, what an earlier call left there."""

    def __init__(self, path: Path, source: str, *, resume: bool) -> None:
        self.path = path
        self.part, self.record = companions(path)
        self.source, self.keep = source, resume
        self.offset = 0
        self.etag: str | None = None
        self.size: int | None = None
        self._file: IO[bytes] | None = None
        if resume:
            self._load_record()

    def _load_record(self) -> None:
        """Continue the part only when its record names the same item."""
        try:
            with open_unlinked(self.record, os.O_RDONLY, "rb") as file:
                record = json.loads(file.read().decode("utf-8"))
            held = os.stat(self.part, follow_symlinks=False)
        except (OSError, ValueError, DownloadError):
            return
        if (
            not stat.S_ISREG(held.st_mode)
            or not isinstance(record, dict)
            or record.get("version") != _RECORD_VERSION
            or record.get("source") != self.source
        ):
            return
        etag, size = record.get("etag"), record.get("size")
        if isinstance(size, int) and not isinstance(size, bool):
            if held.st_size > size:
                return
            self.size = size
        self.etag = etag if isinstance(etag, str) else None
        self.offset = held.st_size

    def start(self, at: int, etag: str | None, size: int | None, digest: Digest) -> None:
        """Write from byte ``at`` on (hashing what the part holds before it); record the object."""
        self.close()
        if at:
            self._file = file = open_unlinked(self.part, os.O_RDWR, "r+b")
            left = at
            while left:
                block = file.read(min(_HASH_BLOCK, left))
                if not block:
                    raise DownloadError(f"{self.part} is shorter than {at} bytes")
                digest.update(block)
                left -= len(block)
            file.seek(at)
            file.truncate()
        else:
            self._file = open_unlinked(self.part, _CREATE, "wb")
        self.etag, self.size = etag, size
        record = {"version": _RECORD_VERSION, "source": self.source, "etag": etag, "size": size}
        with open_unlinked(self.record, _CREATE, "wb") as record_file:
            record_file.write(json.dumps(record).encode("utf-8"))

    def write(self, data: bytes) -> None:
        assert self._file is not None
        self._file.write(data)

    def commit(self) -> None:
        """Flush the part to disk and rename it over the destination."""
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())
        self.close()
        os.replace(self.part, self.path)
        with contextlib.suppress(OSError):
            self.record.unlink()

    def close(self) -> None:
        if self._file is not None:
            file, self._file = self._file, None
            file.close()

    def abort(self, corrupt: bool) -> None:
        """Keep the part for a resume, unless it is corrupt or resuming was not asked for."""
        self.close()
        if corrupt or not self.keep:
            for leftover in (self.part, self.record):
                with contextlib.suppress(OSError):
                    leftover.unlink()


class StreamSink:
    """A caller's writable binary file object, written from its current position; starting
    again from zero rewinds it there (DownloadError when it cannot seek)."""

    path: Path | None = None
    offset = 0
    etag: str | None = None
    size: int | None = None

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.written = 0
        try:
            self.origin: int | None = stream.tell() if stream.seekable() else None
        except (AttributeError, OSError, ValueError):
            self.origin = None

    def start(self, at: int, etag: str | None, size: int | None, digest: Digest) -> None:
        self.etag, self.size = etag, size
        if self.written:
            self.rewind()

    def rewind(self) -> None:
        if self.origin is None:
            raise DownloadError(
                "the download has to start again from zero, but the destination file object "
                "cannot seek back; pass a path or a seekable file object"
            )
        self.stream.seek(self.origin)
        truncate = getattr(self.stream, "truncate", None)
        if callable(truncate):
            truncate()
        self.written = 0

    def write(self, data: bytes) -> None:
        rest = data
        while rest:
            count = self.stream.write(rest)
            if not isinstance(count, int) or count >= len(rest):
                break  # everything taken (writers that return None take it all)
            if count <= 0:
                raise DownloadError("the destination file object stopped accepting bytes")
            rest = rest[count:]
        self.written += len(data)

    def commit(self) -> None:
        flush = getattr(self.stream, "flush", None)
        if callable(flush):
            flush()

    def close(self) -> None:
        return None

    def abort(self, corrupt: bool) -> None:
        return None
