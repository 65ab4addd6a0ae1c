"""The upload's I/O for both engines, written once: ``_sync.py`` is generated from this file
(threads where this uses tasks). It reads top-down: the public functions open a job
(:mod:`.plan`, :mod:`.v7`), :func:`_drive` carries it from its state's stage to the end, and the
jobs give the part bodies (:mod:`.sources`)."""

from __future__ import annotations

from collections import deque
from typing import IO, Any, Unpack, cast

from bynder_client.api.assets import get_asset, list_assets, update_asset
from bynder_client.api.upload import (
    finalise_file_upload,
    finalize_complete_upload,
    finalize_complete_upload_and_save_as_new_asset_additional,
    get_closest_s3_upload_endpoint,
    initialize_upload,
    prepare_file_upload,
    register_uploaded_chunk,
    retrieve_poll_state,
    save_a_new_asset,
    save_as_a_new_asset_version,
)
from bynder_client.models import (
    Asset,
    FinaliseResponse,
    FinaliseUploadForm,
    PollStatus,
    PreparedFileUpload,
    PrepareFileUploadBody,
    RegisterChunkForm,
    RegisterChunkResponse,
    SaveAdditionalForm,
    SaveAdditionalResponse,
    SaveMediaResponse,
    StatusMessage,
    UploadInit,
    UploadInitForm,
)
from bynder_client.types import Response

from .._concurrency import AsyncEvent, AsyncLock, AsyncTask, AsyncTaskGroup, aoffload, asleep
from ..client import RAISE_EXTENSION, BynderClient
from ..errors import InvalidRequest, UnexpectedResponse, UploadError, error_from_response
from ..retry import RETRY_EXTENSION
from ..transport import retry_policy
from .models import UploadItem, UploadOutcome, UploadResult
from .options import FileOptions, Options, SharedOptions, guess_name, many_items
from .plan import Cadence, Job, expect, refused_after_a_lost_answer
from .sources import PartReader, UploadSource
from .v7 import AsyncChunkBody, ChunkRefused, FilesJob


async def aupload_file(
    client: BynderClient, source: UploadSource, *, brand_id: str, **options: Unpack[FileOptions]
) -> UploadResult:
    """Upload ``source`` (a path, a binary file object or bytes) as a new asset of ``brand_id``,
    with the options of :class:`~bynder_ext.upload.options.Options`.

    Bad input raises ConfigurationError before any request; a failure after that raises
    UploadError (``UploadFailed``, ``UploadTimeout``, ``UploadRejected``) holding a ``state`` to
    resume from.
    """
    return await _drive(
        _open(Options(client=client, kind="asset", brand_id=brand_id, **options), source)
    )


async def aupload_version(
    client: BynderClient, asset_id: str, source: UploadSource, **options: Unpack[FileOptions]
) -> UploadResult:
    """Upload ``source`` as a new version of asset ``asset_id``. The asset keeps its metadata;
    metadata given here is applied afterwards with ``update_asset`` (the save takes none)."""
    return await _drive(
        _open(Options(client=client, kind="version", asset_id=asset_id, **options), source)
    )


async def aupload_additional(
    client: BynderClient, asset_id: str, source: UploadSource, **options: Unpack[FileOptions]
) -> UploadResult:
    """Upload ``source`` as an additional file of asset ``asset_id`` (with the classic engine,
    finalised and saved in one call: no poll). Metadata given here updates the asset;
    ``poll`` applies to the v7 engine only, whose save may answer 303."""
    return await _drive(
        _open(Options(client=client, kind="additional", asset_id=asset_id, **options), source)
    )


async def aupload_many(
    client: BynderClient,
    sources: Any,
    *,
    brand_id: str,
    concurrency: int = 4,
    part_concurrency: int = 2,
    **options: Unpack[SharedOptions],
) -> list[UploadOutcome]:
    """Upload several files as new assets, ``concurrency`` files at a time, each with
    ``part_concurrency`` parts in flight. One :class:`~bynder_ext.upload.UploadOutcome` per
    source, in order: a file that fails (bad input included) does not stop the others. Options
    shared by every file are checked first; an :class:`~bynder_ext.upload.UploadItem` gives one
    file its own name and metadata."""
    common = Options(
        client=client, kind="asset", brand_id=brand_id, concurrency=part_concurrency, **options
    )
    queue = deque(enumerate(many_items(sources, concurrency)))
    outcomes: dict[int, UploadOutcome] = {}
    workers = min(concurrency, len(queue))
    async with AsyncTaskGroup(workers, name="bynder-many") as group:
        for _ in range(workers):
            group.start(_many, common, queue, outcomes)
    return [outcomes[n] for n in sorted(outcomes)]


async def _many(
    common: Options, queue: deque[tuple[int, UploadItem]], outcomes: dict[int, UploadOutcome]
) -> None:
    while queue:
        try:
            index, item = queue.popleft()
        except IndexError:  # another worker took the last one
            return
        job: Job | None = None
        try:
            job = _open(common.for_item(item), item.source)
            outcomes[index] = UploadOutcome(item.source, job.state.filename, await _drive(job))
        except Exception as exc:
            name = job.state.filename if job is not None else guess_name(item)
            outcomes[index] = UploadOutcome(item.source, name, error=exc)


def _open(options: Options, source: object) -> Job:
    """The job of the chosen engine, its source opened and checked (nothing is sent)."""
    return (FilesJob if options.engine == "v7" else Job).open(options, source)


async def _drive(job: Job) -> UploadResult:
    """Carry ``job`` from its state's stage to the end; every failure becomes an UploadError."""
    try:
        try:
            await _steps(job.options.client, job)
        except UploadError:
            raise
        except Exception as exc:
            raise job.failure(exc) from (exc.error if isinstance(exc, ChunkRefused) else exc)
    finally:
        job.source.close()
    return job.result()


async def _steps(client: BynderClient, job: Job) -> None:
    state = job.state
    if state.stage == "new":
        await (_prepare(client, job) if isinstance(job, FilesJob) else _init(client, job))
    if state.stage == "uploading":
        await _parts(client, job)
    if state.stage == "finalising":
        if isinstance(job, FilesJob):
            await _finalise_file(client, job)
        elif job.kind == "additional":
            await _additional(client, job)
        else:
            await _finalise(client, job)
    if state.stage in ("processing", "saving"):
        await _save(client, job)
    if state.stage == "updating":
        if (form := job.update_form()) is not None:
            answer = await update_asset.asyncio_detailed(
                str(state.asset_id), client=client, body=form
            )
            expect(answer, StatusMessage, f"POST /api/v4/media/{state.asset_id}/")
        job.go("done")
    job.report("done")


async def _init(client: BynderClient, job: Job) -> None:
    """The S3 endpoint (once per connection), then the upload's init."""
    url = job.cached_endpoint()
    if url is None:
        found = await get_closest_s3_upload_endpoint.asyncio_detailed(client=client)
        url = expect(found, str, "GET /api/upload/endpoint/")
    job.on_endpoint(url)
    job.report("endpoint")
    with retry_policy(job.options.retry):  # an init sent twice only leaves an unused upload
        answer = await initialize_upload.asyncio_detailed(
            client=client, body=UploadInitForm(filename=job.state.filename)
        )
    job.on_init(expect(answer, UploadInit, "POST /api/upload/init/"))
    job.report("init")


async def _prepare(client: BynderClient, job: FilesJob) -> None:
    with retry_policy(job.options.retry):  # a prepare sent twice only leaves an unused file id
        answer = await prepare_file_upload.asyncio_detailed(
            client=client, body=PrepareFileUploadBody()
        )
    job.on_prepared(expect(answer, PreparedFileUpload, "POST /v7/file_cmds/upload/prepare"))
    job.report("init")


async def _parts(client: BynderClient, job: Job) -> None:
    """Send the missing parts, ``concurrency`` at a time (see :class:`AsyncParts`); every
    register has ended when this returns."""
    missing = job.start_parts()
    job.report("uploading")
    workers = min(job.options.concurrency, missing)
    if workers:
        async with AsyncTaskGroup(workers, name="bynder-register") as registers:
            parts = AsyncParts(client, job, registers)
            try:
                async with AsyncTaskGroup(workers, name="bynder-upload") as group:
                    for _ in range(workers):
                        group.start(parts.work)
            except BaseException:
                parts.stop.set()  # let the parts in flight end, start no new ones
                raise
        if parts.failures:
            raise parts.failures[0]
    await aoffload(job.finish_parts)


class AsyncParts:
    """The part workers of one upload. Each takes the next part (a stream's parts, and v7's
    hashing, in file order under ``take``) and sends it; a classic worker then registers it in
    the background while it sends its next one, and waits for that register before it starts
    another: at most one register per worker is pending. After a failure no part starts, and
    the parts in flight end."""

    def __init__(self, client: BynderClient, job: Job, registers: AsyncTaskGroup) -> None:
        self.client = client
        self.job = job
        self.registers = registers
        self.take = AsyncLock()
        self.stop = AsyncEvent()
        self.failures: list[Exception] = []

    def fail(self, exc: Exception) -> None:
        self.failures.append(exc)
        self.stop.set()

    async def work(self) -> None:
        job = self.job
        pending: AsyncTask | None = None
        try:
            with retry_policy(job.options.retry):
                while not self.stop.is_set():
                    async with self.take:
                        if self.stop.is_set():
                            break
                        part = (
                            await aoffload(job.next_part)
                            if job.next_part_reads
                            else job.next_part()
                        )
                    if part is None:
                        break
                    number = part[0]
                    await _send(job, *part)
                    del part  # a stream's part leaves memory before the register is waited for
                    if isinstance(job, FilesJob):
                        continue  # the chunk's answer accepted it
                    if pending is not None:
                        await pending.result()
                        if self.stop.is_set():
                            break
                    pending = self.registers.start(self.register, number)
        except Exception as exc:
            self.fail(exc)
        if pending is not None:
            await pending.result()

    async def register(self, number: int) -> None:
        """Register part ``number`` with Bynder once S3 has it."""
        state = self.job.state
        try:
            answer = await register_uploaded_chunk.asyncio_detailed(
                client=self.client,
                body=RegisterChunkForm(
                    id=str(state.upload_id),
                    targetid=str(state.target_id),
                    filename=f"{state.s3_filename}/p{number}",
                    chunk_number=number,
                ),
            )
            expect(answer, RegisterChunkResponse, "POST /api/v4/upload/")
            self.job.part_done(number)
        except Exception as exc:
            self.fail(exc)


async def _send(job: Job, number: int, body: PartReader, sha256: str | None) -> None:
    """Send part ``number``: to S3 without the Bynder token (classic), or to the portal with
    the connection's auth, budget and the part policy's retries (v7)."""
    retry = job.options.retry
    if not isinstance(job, FilesJob):
        response = await job.session.async_external.post(
            str(job.state.endpoint),
            data=job.s3_fields(number),
            files={"file": (job.state.filename, cast(IO[bytes], body), "application/octet-stream")},
            extensions={RETRY_EXTENSION: retry},
        )
        if not response.is_success:
            raise error_from_response(response, secrets=job.s3_secrets())
        return
    url = job.chunk_url(number)
    headers = {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(len(body)),
        "Content-SHA256": str(sha256),
    }
    try:
        response = await job.session.async_http.post(
            url,
            content=AsyncChunkBody(body),
            headers=headers,
            extensions={RETRY_EXTENSION: retry, RAISE_EXTENSION: True},
        )
    except InvalidRequest as exc:
        if exc.status_code == 400:
            raise ChunkRefused(number, exc) from exc
        raise
    if not response.is_success:
        raise UnexpectedResponse(
            f"unexpected answer {response.status_code} to a chunk",
            status_code=response.status_code,
            method="POST",
            url=url,
        )
    job.part_done(number, sha256)


async def _finalise(client: BynderClient, job: Job) -> None:
    job.report("finalising")
    state = job.state
    form = FinaliseUploadForm(
        targetid=str(state.target_id),
        s3_filename=str(state.s3_filename),
        chunks=state.parts,
        original_filename=state.filename,
        id=str(state.upload_id),
    )
    with retry_policy(job.options.retry):  # a second finalise only makes an unused import
        answer = await finalize_complete_upload.asyncio_detailed(
            str(state.upload_id), client=client, body=form
        )
    job.on_finalised(expect(answer, FinaliseResponse, f"POST /api/v4/upload/{state.upload_id}/"))


async def _additional(client: BynderClient, job: Job) -> None:
    """Finalise and save as an additional file, in one call (classic)."""
    job.report("saving")
    state = job.state
    form = SaveAdditionalForm(
        targetid=str(state.target_id), s3_filename=str(state.s3_filename), chunks=state.parts
    )
    answer = await finalize_complete_upload_and_save_as_new_asset_additional.asyncio_detailed(
        str(state.asset_id), str(state.upload_id), client=client, body=form
    )
    what = f"POST /api/v4/media/{state.asset_id}/save/additional/{state.upload_id}/"
    job.on_saved(expect(answer, SaveAdditionalResponse, what))


async def _finalise_file(client: BynderClient, job: FilesJob) -> None:
    await aoffload(job.finish_parts)  # a resumed state may lack the file's SHA-256
    job.report("finalising")
    file_id = str(job.state.file_id)
    try:
        with retry_policy(job.options.retry):  # the same finalise again is answered the same way
            answer = await finalise_file_upload.asyncio_detailed(
                file_id, client=client, body=job.finalise_form()
            )
        expect(answer, type(None), f"POST /v7/file_cmds/upload/{file_id}/finalise_api")
    except InvalidRequest as exc:
        if exc.status_code == 400:
            raise job.rejected(None, exc) from exc
        raise
    job.on_file_finalised(answer.headers.get("x-api-correlation-id"))


async def _save(client: BynderClient, job: Job) -> None:
    """Poll until the file is processed (classic), then save. A save answered 303 ("not
    converted yet") waits on the poll cadence and goes back to polling (classic) or is sent
    again (v7)."""
    if job.earlier_save() and await _recover(client, job):
        return  # an earlier save made the asset; only its answer was lost
    cadence = Cadence(job.options.waits)
    files = isinstance(job, FilesJob)
    saves = 0
    while True:
        if not files:
            await _poll(client, job, cadence)
            job.go("saving")
        job.report("saving")
        earlier = job.save_sending()
        try:
            answer = await _save_once(client, job)
            if int(answer.status_code) != 303:
                kind: Any = (
                    SaveAdditionalResponse if job.kind == "additional" else SaveMediaResponse
                )
                job.on_saved(expect(answer, kind, f"POST save of {job.save_target()}"))
                return
        except Exception as exc:
            if refused_after_a_lost_answer(exc, earlier) and await _recover(client, job):
                return
            raise
        saves += 1
        if files:
            job.report("processing")
        wait = cadence.next_wait()
        if wait is None or (not files and saves >= job.options.waits.max_saves):
            raise job.not_ready(cadence.waited(), saves)
        await asleep(wait, cadence.policy.async_sleep)


async def _poll(client: BynderClient, job: Job, cadence: Cadence) -> None:
    while True:
        answer = await retrieve_poll_state.asyncio_detailed(
            client=client, items=str(job.state.import_id)
        )
        status = expect(answer, PollStatus, "GET /api/v4/upload/poll/")
        job.report("processing")
        if job.verdict(status):  # UploadFailed when Bynder could not process it
            return
        wait = cadence.next_wait()
        if wait is None:
            raise job.timed_out(cadence.waited(), status, "Bynder had not processed the file")
        await asleep(wait, cadence.policy.async_sleep)


async def _save_once(client: BynderClient, job: Job) -> Response[Any]:
    target, asset_id = job.save_target(), str(job.state.asset_id)
    if job.kind == "version":
        return await save_as_a_new_asset_version.asyncio_detailed(asset_id, target, client=client)
    if job.kind == "additional":  # v7: the file id needs no form
        return await finalize_complete_upload_and_save_as_new_asset_additional.asyncio_detailed(
            asset_id, target, client=client
        )
    return await save_a_new_asset.asyncio_detailed(target, client=client, body=job.save_form())


async def _recover(client: BynderClient, job: Job) -> bool:
    """Look for the asset an earlier save made (see :meth:`~.plan.Job.recovered`)."""
    if job.kind == "version":
        asset_id = str(job.state.asset_id)
        answer = await get_asset.asyncio_detailed(asset_id, client=client, versions=True)
        return job.recovered([expect(answer, Asset, f"GET /api/v4/media/{asset_id}/")])
    listed = await list_assets.asyncio_detailed(client=client, **job.lookup_query())
    return job.recovered(expect(listed, list, "GET /api/v4/media/"))
