"""The v7 engine without its I/O: the chunk feeder, the chunk bodies, and what the files
service's answers mean for the state.

The file's SHA-256 is computed in file order while chunks go out several at a time: a worker takes
the next chunk under a lock and hashes it, then streams it, reading it again. A resume hashes the
accepted parts again and stops if one no longer matches its recorded SHA-256.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Iterator
from urllib.parse import quote

import attrs
from bynder_client.models import FinaliseFileUploadForm, PreparedFileUpload

from ..errors import (
    ConfigurationError,
    InvalidRequest,
    UploadError,
    UploadRejected,
    UploadTimeout,
)
from .plan import Job, odd
from .sources import PartReader, SourceChanged


class ChunkRefused(Exception):
    """A chunk was answered 400 (UploadRejected once the other workers end)."""

    def __init__(self, number: int, error: InvalidRequest) -> None:
        super().__init__(f"part {number}: {error}")
        self.number = number
        self.error = error


class ChunkBody(PartReader):
    """A chunk's body for a sync client: every iteration sends the whole chunk from its first
    byte, so a retry or a replay after a token refresh resends it complete."""

    def __iter__(self) -> Iterator[bytes]:
        return self.blocks()


class AsyncChunkBody(PartReader):
    """A chunk's body for an async client (64 KiB reads on the event loop take microseconds)."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for block in self.blocks():
            yield block


@attrs.define(eq=False)
class FilesJob(Job):
    """One upload through the v7 files service: the classic job's state, progress and saves,
    plus the chunk feeder and the v7 steps."""

    _cursor: int = attrs.field(init=False, default=1)
    _whole: hashlib._Hash = attrs.field(init=False, factory=hashlib.sha256)

    def on_prepared(self, answer: PreparedFileUpload) -> None:
        file_id = answer.file_id
        if not isinstance(file_id, str) or not file_id.strip() or "/" in file_id:
            raise odd("POST /v7/file_cmds/upload/prepare", "Bynder's prepare answer has no file_id")
        with self.lock:
            self.state.file_id = file_id
            self.state.stage = "uploading"

    @property
    def next_part_reads(self) -> bool:
        return True  # it hashes

    def start_parts(self) -> int:
        """Start the feeder at the first part (every run hashes the file again)."""
        self._cursor, self._whole = 1, hashlib.sha256()
        with self.lock:
            missing = len(self.state.missing_parts)
            if missing:
                self.state.sha256 = None
            return missing

    def next_part(self) -> tuple[int, PartReader, str | None] | None:
        """Hash the parts in file order up to the next one to send, and return it; None at the
        end (``state.sha256`` is then set). Parts accepted before are hashed and checked only."""
        state = self.state
        while self._cursor <= state.parts:
            number = self._cursor
            self._cursor += 1
            offset, length = state.span(number)
            with self.lock:
                recorded = state.part_sha256.get(number) if number in state.registered else None
            digest = hashlib.sha256()
            if recorded is None:  # a stream's part is read here: hash it from its body
                body = self.source.part(offset, length)
                body.hash_into((digest, self._whole))
            else:
                self.source.hash_range(offset, length, (digest, self._whole))
            if number == state.parts:
                with self.lock:
                    state.sha256 = self._whole.hexdigest()
            if recorded is None:
                return number, body, digest.hexdigest()
            if digest.hexdigest() != recorded:
                raise SourceChanged(
                    f"part {number} no longer holds the bytes uploaded before: the source "
                    "changed since the upload started; start a new upload"
                )
        return None

    def finish_parts(self) -> None:
        """After the chunk workers: compute the file's SHA-256 if the state lacks it, and go on
        to the finalise once every part is accepted."""
        if self.state.sha256 is None:
            self.start_parts()
            if (leftover := self.next_part()) is not None:
                raise ConfigurationError(
                    f"the upload state is past its chunks but part {leftover[0]} was never "
                    "accepted: it is not a state this helper made"
                )
        super().finish_parts()

    def chunk_url(self, number: int) -> str:
        """The portal path of part ``number`` (sent as chunk ``number - 1``)."""
        return f"/v7/file_cmds/upload/{quote(str(self.state.file_id), safe='')}/chunk/{number - 1}"

    def chunk_headers(self, length: int, sha256: str) -> dict[str, str]:
        return {"Content-Type": "application/octet-stream", "Content-Length": str(length)} | {
            "Content-SHA256": sha256
        }

    def finalise_form(self) -> FinaliseFileUploadForm:
        state = self.state
        form = FinaliseFileUploadForm(
            file_name=state.filename, file_size=state.size, chunks_count=state.parts
        )
        if state.sha256 is not None:
            form.sha256 = state.sha256
        return form

    def on_file_finalised(self, correlation_id: str | None) -> None:
        with self.lock:
            self.state.correlation_id = correlation_id or None
            self.state.stage = "saving"

    def save_target(self) -> str:
        """The id the saves take: the file id."""
        return str(self.state.file_id)

    def not_ready(self, waited: float, saves: int) -> UploadTimeout:
        file_id = self.state.file_id
        return self.error(
            UploadTimeout,
            f"Bynder answered 303 to {saves} saves in {waited:.1f} s (file {file_id}); every "
            "part is uploaded and the file finalised: resume with error.state to save again",
            import_id=str(file_id),
            waited=waited,
        )

    def failure(self, exc: BaseException) -> UploadError:
        if isinstance(exc, ChunkRefused):
            return self.rejected(exc.number, exc.error)
        return super().failure(exc)

    def rejected(self, part: int | None, error: InvalidRequest) -> UploadRejected:
        """The UploadRejected for a 400 to part ``part`` (None: to the finalise)."""
        what = "the finalise" if part is None else f"part {part} (chunk {part - 1})"
        message = f"Bynder refused {what} of file {self.state.file_id}: {error.message}"
        return self.error(UploadRejected, message, part=part)
