"""The upload on asyncio: ``aupload_file``, ``aupload_version``, ``aupload_additional`` and
``aupload_many``."""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import IO, Any, cast

import httpx
from bynder_client.api.assets import update_asset
from bynder_client.api.upload import (
    finalize_complete_upload,
    finalize_complete_upload_and_save_as_new_asset_additional,
    get_closest_s3_upload_endpoint,
    initialize_upload,
    register_uploaded_chunk,
    retrieve_poll_state,
    save_a_new_asset,
    save_as_a_new_asset_version,
)
from bynder_client.models import (
    FinaliseResponse,
    PollStatus,
    RegisterChunkResponse,
    SaveAdditionalResponse,
    SaveMediaResponse,
    StatusMessage,
    UploadInit,
    UploadInitForm,
)
from bynder_client.types import Response

from ..client import BynderClient
from ..errors import UploadError, error_from_response
from ..transport import RETRY_EXTENSION, RetryPolicy, retry_policy
from .models import (
    DEFAULT_CONCURRENCY,
    Engine,
    Kind,
    PollPolicy,
    ProgressCallback,
    UploadItem,
    UploadOutcome,
    UploadResult,
    UploadState,
)
from .plan import (
    Backoff,
    FieldValue,
    Job,
    cached_endpoint,
    check_options,
    expect,
    guess_name,
    many_items,
    merged_options,
    prepare,
    remember_endpoint,
)
from .recover import arecover_saved, refused_after_a_lost_answer
from .sources import PartReader, UploadSource
from .v7 import FilesJob
from .v7_arun import arun_v7

__all__ = ["aupload_additional", "aupload_file", "aupload_many", "aupload_version"]


async def arun(client: BynderClient, job: Job) -> UploadResult:
    """Carry ``job`` from its state's stage to the end; every failure becomes an UploadError."""
    if isinstance(job, FilesJob):
        return await arun_v7(client, job)
    try:
        try:
            await _steps(client, job)
        except UploadError:
            raise
        except Exception as exc:
            raise job.failure(exc) from exc
    finally:
        job.source.close()
    return job.result()


async def _steps(client: BynderClient, job: Job) -> None:
    state = job.state
    if state.stage == "new":
        await _endpoint(client, job)
        await _init(client, job)
    if state.stage == "uploading":
        await _parts(client, job)
    if state.stage == "finalising":
        if job.kind == "additional":
            await _additional(client, job)
        else:
            await _finalise(client, job)
    if state.stage in ("processing", "saving"):
        await _poll_and_save(client, job)
    if state.stage == "updating":
        await _update(client, job)
    job.report("done")


async def _endpoint(client: BynderClient, job: Job) -> None:
    url = cached_endpoint(job.session)
    if url is None:
        answer = await get_closest_s3_upload_endpoint.asyncio_detailed(client=client)
        url = expect(answer, str, "GET /api/upload/endpoint/")
        job.on_endpoint(url)
        remember_endpoint(job.session, url)
    else:
        job.on_endpoint(url)
    job.report("endpoint")


async def _init(client: BynderClient, job: Job) -> None:
    with retry_policy(job.part_retry):  # an init sent twice only leaves an unused upload
        answer = await initialize_upload.asyncio_detailed(
            client=client, body=UploadInitForm(filename=job.filename)
        )
    job.on_init(expect(answer, UploadInit, "POST /api/upload/init/"))
    job.report("init")


async def _parts(client: BynderClient, job: Job) -> None:
    """Send the missing parts, ``job.concurrency`` at a time. Each worker registers its part in
    a task of its own while it sends its next one (registering needs only the part's S3 POST to
    have succeeded), and waits for that register before it starts another: at most one register
    per worker is pending, and every register has ended when this returns."""
    todo = deque(job.missing_parts())
    job.report("uploading")
    if not todo:
        return
    take = asyncio.Lock()
    failures: list[Exception] = []
    random_access = job.source.random_access

    async def register(number: int) -> None:
        try:
            await _register_part(client, job, number)
        except Exception as exc:
            failures.append(exc)

    async def work() -> None:
        pending: asyncio.Task[None] | None = None
        try:
            with retry_policy(job.part_retry):
                while not failures:
                    # parts of a stream must be read in order: take and read together
                    async with take:
                        if failures or not todo:
                            break
                        number = todo.popleft()
                        try:
                            if random_access:  # blocks are read while the body streams
                                body = job.part_body(number)
                            else:  # a whole part of a stream: read it off the event loop
                                body = await asyncio.to_thread(job.part_body, number)
                        except Exception as exc:
                            failures.append(exc)
                            break
                    try:
                        await _send_part(job, number, body)
                    except Exception as exc:
                        failures.append(exc)
                        break
                    del body  # a stream's part leaves memory before the register is waited for
                    if pending is not None:
                        await pending
                        if failures:
                            break
                    pending = asyncio.ensure_future(register(number))
        except BaseException:  # cancelled: the pending register goes too
            if pending is not None:
                pending.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await pending
            raise
        if pending is not None:
            await pending

    await asyncio.gather(*(work() for _ in range(min(job.concurrency, len(todo)))))
    if failures:
        raise failures[0]


async def _send_part(job: Job, number: int, body: PartReader) -> None:
    """Send part ``number`` to S3 (no Bynder token: the external client)."""
    response = await job.session.async_external.post(
        str(job.state.endpoint),
        data=job.s3_fields(number),
        files={"file": (job.filename, cast(IO[bytes], body), "application/octet-stream")},
        extensions={RETRY_EXTENSION: job.part_retry},
    )
    _check_s3(job, response)


async def _register_part(client: BynderClient, job: Job, number: int) -> None:
    """Register part ``number`` with Bynder once S3 has it."""
    answer = await register_uploaded_chunk.asyncio_detailed(
        client=client, body=job.register_form(number)
    )
    expect(answer, RegisterChunkResponse, "POST /api/v4/upload/")
    job.part_done(number)


def _check_s3(job: Job, response: httpx.Response) -> None:
    if not response.is_success:
        raise error_from_response(response, secrets=job.s3_secrets())


async def _finalise(client: BynderClient, job: Job) -> None:
    job.report("finalising")
    upload_id = str(job.state.upload_id)
    with retry_policy(job.part_retry):  # a second finalise only makes an unused import
        answer = await finalize_complete_upload.asyncio_detailed(
            upload_id, client=client, body=job.finalise_form()
        )
    job.on_finalised(expect(answer, FinaliseResponse, f"POST /api/v4/upload/{upload_id}/"))


async def _additional(client: BynderClient, job: Job) -> None:
    job.report("saving")
    asset_id, upload_id = str(job.state.asset_id), str(job.state.upload_id)
    answer = await finalize_complete_upload_and_save_as_new_asset_additional.asyncio_detailed(
        asset_id, upload_id, client=client, body=job.additional_form()
    )
    job.on_saved(
        expect(
            answer,
            SaveAdditionalResponse,
            f"POST /api/v4/media/{asset_id}/save/additional/{upload_id}/",
        )
    )


async def _poll_and_save(client: BynderClient, job: Job) -> None:
    if job.earlier_save() and await arecover_saved(client, job):
        return  # an earlier save made the asset; only its answer was lost
    backoff = Backoff(job.poll)
    sleep = job.poll.async_sleep or asyncio.sleep
    saves = 0
    while True:
        await _poll(client, job, backoff, sleep)
        job.processed()
        job.report("saving")
        earlier = job.save_sending()
        try:
            answer = await _save(client, job)
            if int(answer.status_code) != 303:
                saved = expect(answer, SaveMediaResponse, f"POST save of {job.state.import_id}")
                job.on_saved(saved)
                return
        except Exception as exc:
            if refused_after_a_lost_answer(exc, earlier) and await arecover_saved(client, job):
                return
            raise
        saves += 1  # "not converted yet, please poll"
        wait_for = backoff.next_wait()
        if saves >= job.poll.max_saves or wait_for is None:
            raise job.timed_out(backoff.waited(), None, f"Bynder answered 303 to {saves} saves")
        await sleep(wait_for)


async def _poll(
    client: BynderClient, job: Job, backoff: Backoff, sleep: Callable[[float], Awaitable[None]]
) -> None:
    import_id = str(job.state.import_id)
    while True:
        answer = await retrieve_poll_state.asyncio_detailed(client=client, items=import_id)
        status = expect(answer, PollStatus, "GET /api/v4/upload/poll/")
        verdict = job.verdict(status)
        job.report("processing")
        if verdict == "done":
            return
        if verdict is not None:
            raise job.processing_failed(verdict, status)
        wait_for = backoff.next_wait()
        if wait_for is None:
            raise job.timed_out(backoff.waited(), status, "Bynder had not processed the file")
        await sleep(wait_for)


async def _save(client: BynderClient, job: Job) -> Response[Any]:
    import_id = str(job.state.import_id)
    if job.kind == "version":
        return await save_as_a_new_asset_version.asyncio_detailed(
            str(job.state.asset_id), import_id, client=client
        )
    return await save_a_new_asset.asyncio_detailed(import_id, client=client, body=job.save_form())


async def _update(client: BynderClient, job: Job) -> None:
    form = job.update_form()
    if form is not None:
        asset_id = str(job.state.asset_id)
        answer = await update_asset.asyncio_detailed(asset_id, client=client, body=form)
        expect(answer, StatusMessage, f"POST /api/v4/media/{asset_id}/")
    job.updated()


async def _aupload(
    client: BynderClient,
    kind: Kind,
    source: UploadSource,
    *,
    asset_id: str | None,
    brand_id: str | None,
    filename: str | None,
    size: int | None,
    resume: UploadState | Mapping[str, Any] | None,
    **options: Any,
) -> UploadResult:
    checked = check_options(client, kind, brand_id=brand_id, **options)
    job = prepare(
        checked, kind, source, asset_id=asset_id, filename=filename, size=size, resume=resume
    )
    return await arun(client, job)


async def aupload_file(
    client: BynderClient,
    source: UploadSource,
    *,
    brand_id: str,
    filename: str | None = None,
    size: int | None = None,
    name: str | None = None,
    description: str | None = None,
    copyright: str | None = None,
    tags: str | Iterable[str] | None = None,
    metaproperties: Mapping[str, str | Iterable[str]] | None = None,
    extra_fields: Mapping[str, FieldValue] | None = None,
    chunk_size: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: ProgressCallback | None = None,
    poll: PollPolicy | None = None,
    poll_deadline: float | None = None,
    part_retry: RetryPolicy | None = None,
    engine: Engine = "classic",
    resume: UploadState | Mapping[str, Any] | None = None,
) -> UploadResult:
    """The async twin of :func:`~bynder_ext.upload.upload_file`."""
    return await _aupload(
        client,
        "asset",
        source,
        asset_id=None,
        brand_id=brand_id,
        filename=filename,
        size=size,
        resume=resume,
        name=name,
        description=description,
        copyright=copyright,
        tags=tags,
        metaproperties=metaproperties,
        extra_fields=extra_fields,
        chunk_size=chunk_size,
        concurrency=concurrency,
        progress=progress,
        poll=poll,
        poll_deadline=poll_deadline,
        part_retry=part_retry,
        engine=engine,
    )


async def aupload_version(
    client: BynderClient,
    asset_id: str,
    source: UploadSource,
    *,
    filename: str | None = None,
    size: int | None = None,
    name: str | None = None,
    description: str | None = None,
    copyright: str | None = None,
    tags: str | Iterable[str] | None = None,
    metaproperties: Mapping[str, str | Iterable[str]] | None = None,
    extra_fields: Mapping[str, FieldValue] | None = None,
    chunk_size: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: ProgressCallback | None = None,
    poll: PollPolicy | None = None,
    poll_deadline: float | None = None,
    part_retry: RetryPolicy | None = None,
    engine: Engine = "classic",
    resume: UploadState | Mapping[str, Any] | None = None,
) -> UploadResult:
    """The async twin of :func:`~bynder_ext.upload.upload_version`."""
    return await _aupload(
        client,
        "version",
        source,
        asset_id=asset_id,
        brand_id=None,
        filename=filename,
        size=size,
        resume=resume,
        name=name,
        description=description,
        copyright=copyright,
        tags=tags,
        metaproperties=metaproperties,
        extra_fields=extra_fields,
        chunk_size=chunk_size,
        concurrency=concurrency,
        progress=progress,
        poll=poll,
        poll_deadline=poll_deadline,
        part_retry=part_retry,
        engine=engine,
    )


async def aupload_additional(
    client: BynderClient,
    asset_id: str,
    source: UploadSource,
    *,
    filename: str | None = None,
    size: int | None = None,
    name: str | None = None,
    description: str | None = None,
    copyright: str | None = None,
    tags: str | Iterable[str] | None = None,
    metaproperties: Mapping[str, str | Iterable[str]] | None = None,
    extra_fields: Mapping[str, FieldValue] | None = None,
    chunk_size: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: ProgressCallback | None = None,
    poll: PollPolicy | None = None,
    poll_deadline: float | None = None,
    part_retry: RetryPolicy | None = None,
    engine: Engine = "classic",
    resume: UploadState | Mapping[str, Any] | None = None,
) -> UploadResult:
    """The async twin of :func:`~bynder_ext.upload.upload_additional`."""
    return await _aupload(
        client,
        "additional",
        source,
        asset_id=asset_id,
        brand_id=None,
        filename=filename,
        size=size,
        resume=resume,
        name=name,
        description=description,
        copyright=copyright,
        tags=tags,
        metaproperties=metaproperties,
        extra_fields=extra_fields,
        chunk_size=chunk_size,
        concurrency=concurrency,
        progress=progress,
        poll=poll,
        poll_deadline=poll_deadline,
        part_retry=part_retry,
        engine=engine,
    )


async def aupload_many(
    client: BynderClient,
    sources: Iterable[UploadSource | UploadItem],
    *,
    brand_id: str,
    concurrency: int = 4,
    part_concurrency: int = 2,
    description: str | None = None,
    copyright: str | None = None,
    tags: str | Iterable[str] | None = None,
    metaproperties: Mapping[str, str | Iterable[str]] | None = None,
    extra_fields: Mapping[str, FieldValue] | None = None,
    chunk_size: int | None = None,
    progress: ProgressCallback | None = None,
    poll: PollPolicy | None = None,
    poll_deadline: float | None = None,
    part_retry: RetryPolicy | None = None,
    engine: Engine = "classic",
) -> list[UploadOutcome]:
    """The async twin of :func:`~bynder_ext.upload.upload_many` (files run as tasks, at most
    ``concurrency`` at once)."""
    common: dict[str, Any] = {
        "description": description,
        "copyright": copyright,
        "tags": tags,
        "metaproperties": metaproperties,
        "extra_fields": extra_fields,
        "chunk_size": chunk_size,
        "concurrency": part_concurrency,
        "progress": progress,
        "poll": poll,
        "poll_deadline": poll_deadline,
        "part_retry": part_retry,
        "engine": engine,
    }
    check_options(client, "asset", brand_id=brand_id, name=None, **common)
    items = many_items(sources, concurrency)
    gate = asyncio.Semaphore(concurrency)

    async def one(item: UploadItem) -> UploadOutcome:
        async with gate:
            job: Job | None = None
            try:
                options = merged_options(client, brand_id, common, item)
                job = prepare(
                    options,
                    "asset",
                    item.source,
                    asset_id=None,
                    filename=item.filename,
                    size=item.size,
                    resume=None,
                )
                return UploadOutcome(item.source, job.filename, result=await arun(client, job))
            except Exception as exc:
                name = job.filename if job is not None else guess_name(item)
                return UploadOutcome(item.source, name, error=exc)

    return list(await asyncio.gather(*(one(item) for item in items)))
