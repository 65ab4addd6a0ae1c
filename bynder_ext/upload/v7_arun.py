"""The v7 engine on asyncio: prepare, the chunks, finalise, save (see :mod:`bynder_ext.upload`).

The feeder (reading and hashing the next chunk in file order) runs in a worker thread, one call at
a time under an asyncio lock, so hashing a chunk never blocks the event loop.
"""

from __future__ import annotations

import asyncio
from typing import Any

from bynder_client.api.assets import update_asset
from bynder_client.api.upload import (
    finalise_file_upload,
    finalize_complete_upload_and_save_as_new_asset_additional,
    prepare_file_upload,
    save_a_new_asset,
    save_as_a_new_asset_version,
)
from bynder_client.models import (
    PreparedFileUpload,
    PrepareFileUploadBody,
    SaveAdditionalResponse,
    SaveMediaResponse,
    StatusMessage,
)
from bynder_client.types import Response

from ..client import RAISE_EXTENSION, BynderClient
from ..errors import InvalidRequest, UnexpectedResponse, UploadError
from ..transport import RETRY_EXTENSION, retry_policy
from .models import UploadResult
from .plan import Backoff, expect
from .recover import arecover_saved, refused_after_a_lost_answer
from .v7 import AsyncChunkBody, Chunk, ChunkRefused, FilesJob

__all__ = ["arun_v7"]


async def arun_v7(client: BynderClient, job: FilesJob) -> UploadResult:
    """Carry ``job`` from its state's stage to the end; every failure becomes an UploadError."""
    try:
        try:
            await _steps(client, job)
        except UploadError:
            raise
        except ChunkRefused as exc:
            raise job.rejected(exc.number, exc.error) from exc.error
        except Exception as exc:
            raise job.failure(exc) from exc
    finally:
        job.source.close()
    return job.result()


async def _steps(client: BynderClient, job: FilesJob) -> None:
    state = job.state
    if state.stage == "new":
        await _prepare(client, job)
    if state.stage == "uploading":
        await _chunks(job)
    if state.stage == "finalising":
        await _finalise(client, job)
    if state.stage in ("processing", "saving"):
        await _save(client, job)
    if state.stage == "updating":
        await _update(client, job)
    job.report("done")


async def _prepare(client: BynderClient, job: FilesJob) -> None:
    with retry_policy(job.part_retry):  # a prepare sent twice only leaves an unused file id
        answer = await prepare_file_upload.asyncio_detailed(
            client=client, body=PrepareFileUploadBody()
        )
    job.on_prepared(expect(answer, PreparedFileUpload, "POST /v7/file_cmds/upload/prepare"))
    job.report("init")


async def _chunks(job: FilesJob) -> None:
    job.start_chunks()
    missing = len(job.missing_parts())
    job.report("uploading")
    take = asyncio.Lock()
    failures: list[Exception] = []

    async def work() -> None:
        while not failures:
            async with take:  # chunks are hashed in file order: take and hash together
                if failures:
                    return
                try:
                    chunk = await asyncio.to_thread(job.next_chunk)
                except Exception as exc:
                    failures.append(exc)
                    return
            if chunk is None:
                return
            try:
                await _chunk(job, chunk)
            except Exception as exc:
                failures.append(exc)
                return

    await asyncio.gather(*(work() for _ in range(max(1, min(job.concurrency, missing)))))
    if failures:
        raise failures[0]
    await asyncio.to_thread(job.ensure_sha256)
    job.chunks_finished()


async def _chunk(job: FilesJob, chunk: Chunk) -> None:
    """POST part ``chunk.number`` to the portal (same auth, retries and budget as every call)."""
    url = job.chunk_url(chunk.number)
    try:
        response = await job.session.async_http.post(
            url,
            content=AsyncChunkBody(chunk.body),
            headers=job.chunk_headers(chunk),
            extensions={RETRY_EXTENSION: job.part_retry, RAISE_EXTENSION: True},
        )
    except InvalidRequest as exc:
        if exc.status_code == 400:
            raise ChunkRefused(chunk.number, exc) from exc
        raise
    if not response.is_success:
        raise UnexpectedResponse(
            f"unexpected answer {response.status_code} to a chunk",
            status_code=response.status_code,
            method="POST",
            url=url,
        )
    job.chunk_done(chunk)


async def _finalise(client: BynderClient, job: FilesJob) -> None:
    await asyncio.to_thread(job.ensure_sha256)
    job.report("finalising")
    file_id = str(job.state.file_id)
    what = f"POST /v7/file_cmds/upload/{file_id}/finalise_api"
    try:
        with retry_policy(job.part_retry):  # the same finalise again is answered the same way
            answer = await finalise_file_upload.asyncio_detailed(
                file_id, client=client, body=job.file_finalise_form()
            )
        expect(answer, type(None), what)  # 201 without a body
    except InvalidRequest as exc:
        if exc.status_code == 400:
            raise job.rejected(None, exc) from exc
        raise
    job.on_file_finalised(answer)


async def _save(client: BynderClient, job: FilesJob) -> None:
    """Save with the file id; a 303 (still processing) is waited out on the poll cadence."""
    if job.earlier_save() and await arecover_saved(client, job):
        return  # an earlier save made the asset; only its answer was lost
    backoff = Backoff(job.poll)
    sleep = job.poll.async_sleep or asyncio.sleep
    saves = 0
    kind: type[Any] = SaveAdditionalResponse if job.kind == "additional" else SaveMediaResponse
    while True:
        job.report("saving")
        earlier = job.save_sending()
        try:
            answer = await _save_once(client, job)
            if int(answer.status_code) != 303:
                job.on_saved(expect(answer, kind, f"POST save of file {job.state.file_id}"))
                return
        except Exception as exc:
            if refused_after_a_lost_answer(exc, earlier) and await arecover_saved(client, job):
                return
            raise
        saves += 1
        job.report("processing")
        wait_for = backoff.next_wait()
        if wait_for is None:
            raise job.not_ready(backoff.waited(), saves)
        await sleep(wait_for)


async def _save_once(client: BynderClient, job: FilesJob) -> Response[Any]:
    file_id, asset_id = job.save_target(), str(job.state.asset_id)
    if job.kind == "version":
        return await save_as_a_new_asset_version.asyncio_detailed(asset_id, file_id, client=client)
    if job.kind == "additional":
        return await finalize_complete_upload_and_save_as_new_asset_additional.asyncio_detailed(
            asset_id,
            file_id,
            client=client,  # a file id needs no form
        )
    return await save_a_new_asset.asyncio_detailed(file_id, client=client, body=job.save_form())


async def _update(client: BynderClient, job: FilesJob) -> None:
    form = job.update_form()
    if form is not None:
        asset_id = str(job.state.asset_id)
        answer = await update_asset.asyncio_detailed(asset_id, client=client, body=form)
        expect(answer, StatusMessage, f"POST /api/v4/media/{asset_id}/")
    job.updated()
