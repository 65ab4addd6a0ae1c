"""The v7 engine's logic without I/O: the chunk feeder (in-order hashing), the chunk bodies, the
forms and what each answer means for the state. ``v7_run`` and ``v7_arun`` do the requests.

Hashing: every chunk carries its SHA-256 in a header, which goes out before the body, and the
finalise carries the whole file's SHA-256, which can only be computed in file order while the
chunks go out several at a time. So a worker takes the next chunk under a lock and reads it once
to hash it, feeding both the chunk's digest and the running whole-file digest in file order, then
streams it, reading it again (usually from the page cache). Each byte of a path or seekable file is
read twice and no chunk is held in memory; the hashing pass is serialised, but SHA-256 runs at
GB/s, well above what a network upload needs. The alternatives cost more: hashing the whole file
before the first chunk delays the upload by a full read of the file (and reads it three times), and
hashing chunks as they complete needs the chunks that finish early kept in memory (unbounded) or
read again. A non-seekable stream is read once: each chunk is read into memory (at most
``concurrency`` chunks, as with the classic engine), hashed there and sent from there; bytes and
memoryviews are hashed in place.

Resuming: a hashlib state cannot be saved, so a resumed upload hashes the parts accepted before
again (without sending them) to rebuild the whole-file digest, and compares each with the SHA-256
recorded in the state: a source that changed stops the upload.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from bynder_client.models import FinaliseFileUploadForm, PreparedFileUpload
from bynder_client.types import Response

from ..errors import (
    ConfigurationError,
    InvalidRequest,
    UnexpectedResponse,
    UploadRejected,
    UploadTimeout,
)
from .models import part_span
from .plan import Job
from .sources import BLOCK, PartReader, SourceChanged

__all__ = [
    "AsyncChunkBody",
    "Chunk",
    "ChunkRefused",
    "FilesJob",
    "SyncChunkBody",
]


@dataclass(frozen=True)
class Chunk:
    """A part ready to send: its number (1-based), its body and the hex SHA-256 of its bytes."""

    number: int
    body: PartReader
    sha256: str


class ChunkRefused(Exception):
    """A chunk was answered 400 (the runners turn it into UploadRejected once the others end)."""

    def __init__(self, number: int, error: InvalidRequest) -> None:
        super().__init__(f"part {number}: {error}")
        self.number = number
        self.error = error


class _ChunkBody:
    """A chunk's window for httpx, read in ``BLOCK`` pieces. Every iteration sends the whole chunk
    from its first byte, so a retry, or a replay after a token refresh, resends it complete
    whatever position the stream was left at. It is seekable only so that httpx and the retry
    layers see a body that can be sent again."""

    def __init__(self, reader: PartReader) -> None:
        self._reader = reader

    def _blocks(self) -> Iterator[bytes]:
        self._reader.seek(0)
        while block := self._reader.read(BLOCK):
            yield block

    def seek(self, offset: int, whence: int = 0, /) -> int:
        return self._reader.seek(offset, whence)

    def tell(self) -> int:
        return self._reader.tell()

    def seekable(self) -> bool:
        return True

    def __len__(self) -> int:
        return len(self._reader)


class SyncChunkBody(_ChunkBody):
    """The body of a chunk for a sync client."""

    def __iter__(self) -> Iterator[bytes]:
        return self._blocks()


class AsyncChunkBody(_ChunkBody):
    """The body of a chunk for an async client (blocks are read on the event loop, as the
    classic engine does: local reads of 64 KiB take microseconds)."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for block in self._blocks():
            yield block


class FilesJob(Job):
    """One upload through the v7 files service: the classic job's state, progress and saves, plus
    the chunk feeder and the v7 steps' forms.

    :meth:`next_chunk` must be called by one worker at a time (the runners hold a lock).
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cursor = 1
        self._whole = hashlib.sha256()

    # -- prepare -------------------------------------------------------------------------------

    def on_prepared(self, answer: PreparedFileUpload) -> None:
        file_id = answer.file_id
        if not isinstance(file_id, str) or not file_id.strip() or "/" in file_id:
            raise UnexpectedResponse(
                "Bynder's prepare answer has no usable file_id",
                status_code=200,
                method="POST",
                url="/v7/file_cmds/upload/prepare",
            )
        with self.lock:
            self.state.file_id = file_id
            self.state.stage = "uploading"

    # -- chunks --------------------------------------------------------------------------------

    def start_chunks(self) -> None:
        """Start the feeder at the first part (every run hashes the file again)."""
        self._cursor = 1
        self._whole = hashlib.sha256()
        with self.lock:
            if self.state.missing_parts:
                self.state.sha256 = None

    def next_chunk(self) -> Chunk | None:
        """Hash the parts in file order up to the next one to send, and return it; None once the
        end is reached (then ``state.sha256`` is set). Parts accepted before are hashed only, and
        checked against their recorded SHA-256."""
        state = self.state
        while self._cursor <= state.parts:
            number = self._cursor
            self._cursor += 1
            offset, length = part_span(number, state.size, state.chunk_size)
            with self.lock:
                recorded = state.part_sha256.get(number) if number in state.registered else None
            if recorded is not None:
                check = hashlib.sha256()
                self.source.hash_range(offset, length, (check, self._whole))
                self._passed(number)
                if check.hexdigest() != recorded:
                    raise SourceChanged(
                        f"part {number} no longer holds the bytes uploaded before: the source "
                        "changed since the upload started; start a new upload"
                    )
                continue
            body = self.source.part(offset, length)
            digest = hashlib.sha256()
            body.hash_into((digest, self._whole))
            self._passed(number)
            return Chunk(number, body, digest.hexdigest())
        return None

    def _passed(self, number: int) -> None:
        if number == self.state.parts:
            with self.lock:
                self.state.sha256 = self._whole.hexdigest()

    def ensure_sha256(self) -> None:
        """Compute the whole file's SHA-256 if the state lacks it (every part is accepted)."""
        if self.state.sha256 is None:
            self.start_chunks()
            leftover = self.next_chunk()
            if leftover is not None:
                raise ConfigurationError(
                    f"the upload state is past its chunks but part {leftover.number} was never "
                    "accepted: it is not a state this helper made"
                )

    def chunks_finished(self) -> None:
        """After the chunk workers: on to the finalise once every part is accepted."""
        with self.lock:
            if not self.state.missing_parts:
                self.state.stage = "finalising"

    def chunk_url(self, number: int) -> str:
        """The portal path of part ``number`` (sent as chunk ``number - 1``)."""
        return f"/v7/file_cmds/upload/{quote(str(self.state.file_id), safe='')}/chunk/{number - 1}"

    def chunk_headers(self, chunk: Chunk) -> dict[str, str]:
        return {
            "Content-Type": "application/octet-stream",
            "Content-Length": str(len(chunk.body)),
            "Content-SHA256": chunk.sha256,
        }

    def chunk_done(self, chunk: Chunk) -> None:
        with self.lock:
            self.state.part_sha256[chunk.number] = chunk.sha256
        self.part_done(chunk.number)

    # -- finalise and save -------------------------------------------------------------------

    def file_finalise_form(self) -> FinaliseFileUploadForm:
        state = self.state
        form = FinaliseFileUploadForm(
            file_name=state.filename, file_size=state.size, chunks_count=state.parts
        )
        if state.sha256 is not None:
            form.sha256 = state.sha256
        return form

    def on_file_finalised(self, response: Response[Any]) -> None:
        correlation = response.headers.get("x-api-correlation-id")
        with self.lock:
            self.state.correlation_id = correlation or None
            self.state.stage = "saving"

    def save_target(self) -> str:
        """The id the saves take: the file id."""
        return str(self.state.file_id)

    def not_ready(self, waited: float, saves: int) -> UploadTimeout:
        state = self.snapshot()
        return UploadTimeout(
            f"Bynder answered 303 to {saves} saves in {waited:.1f} s (file {state.file_id}); "
            "every part is uploaded and the file finalised: resume with error.state to save again",
            filename=state.filename,
            state=state,
            import_id=str(state.file_id),
            waited=waited,
        )

    # -- failures ------------------------------------------------------------------------------

    def rejected(self, part: int | None, error: InvalidRequest) -> UploadRejected:
        """The UploadRejected for a 400 to part ``part`` (None: to the finalise)."""
        state = self.snapshot()
        what = "the finalise" if part is None else f"part {part} (chunk {part - 1})"
        return UploadRejected(
            f"Bynder refused {what} of file {state.file_id}: {error.message}",
            filename=state.filename,
            state=state,
            part=part,
        )
