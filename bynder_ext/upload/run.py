"""The upload on threads: ``upload_file``, ``upload_version``, ``upload_additional`` and
``upload_many``."""

from __future__ import annotations

import contextvars
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
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
from .recover import recover_saved, refused_after_a_lost_answer
from .sources import PartReader, UploadSource
from .v7 import FilesJob
from .v7_run import run_v7

__all__ = ["upload_additional", "upload_file", "upload_many", "upload_version"]


def run(client: BynderClient, job: Job) -> UploadResult:
    """Carry ``job`` from its state's stage to the end; every failure becomes an UploadError."""
    if isinstance(job, FilesJob):
        return run_v7(client, job)
    try:
        try:
            _steps(client, job)
        except UploadError:
            raise
        except Exception as exc:
            raise job.failure(exc) from exc
    finally:
        job.source.close()
    return job.result()


def _steps(client: BynderClient, job: Job) -> None:
    state = job.state
    if state.stage == "new":
        _endpoint(client, job)
        _init(client, job)
    if state.stage == "uploading":
        _parts(client, job)
    if state.stage == "finalising":
        if job.kind == "additional":
            _additional(client, job)
        else:
            _finalise(client, job)
    if state.stage in ("processing", "saving"):
        _poll_and_save(client, job)
    if state.stage == "updating":
        _update(client, job)
    job.report("done")


def _endpoint(client: BynderClient, job: Job) -> None:
    url = cached_endpoint(job.session)
    if url is None:
        answer = get_closest_s3_upload_endpoint.sync_detailed(client=client)
        url = expect(answer, str, "GET /api/upload/endpoint/")
        job.on_endpoint(url)
        remember_endpoint(job.session, url)
    else:
        job.on_endpoint(url)
    job.report("endpoint")


def _init(client: BynderClient, job: Job) -> None:
    with retry_policy(job.part_retry):  # an init sent twice only leaves an unused upload
        answer = initialize_upload.sync_detailed(
            client=client, body=UploadInitForm(filename=job.filename)
        )
    job.on_init(expect(answer, UploadInit, "POST /api/upload/init/"))
    job.report("init")


def _parts(client: BynderClient, job: Job) -> None:
    """Send the missing parts, ``job.concurrency`` at a time. Each worker registers its part in
    the background while it sends its next one (registering needs only the part's S3 POST to have
    succeeded), and waits for that register before it starts another: at most one register per
    worker is pending, and every register has ended when this returns."""
    todo = deque(job.missing_parts())
    job.report("uploading")
    if not todo:
        return
    take = threading.Lock()
    stop = threading.Event()
    failures: list[BaseException] = []
    workers = min(job.concurrency, len(todo))

    def fail(exc: BaseException) -> None:
        failures.append(exc)
        stop.set()

    def register(number: int) -> None:
        try:
            _register_part(client, job, number)
        except BaseException as exc:
            fail(exc)

    def work(registers: ThreadPoolExecutor) -> None:
        pending: Future[None] | None = None
        with retry_policy(job.part_retry):
            try:
                while not stop.is_set():
                    with take:  # parts of a stream must be read in order: take and read together
                        if stop.is_set() or not todo:
                            return
                        number = todo.popleft()
                        try:
                            body = job.part_body(number)
                        except BaseException as exc:
                            fail(exc)
                            return
                    try:
                        _send_part(job, number, body)
                    except BaseException as exc:
                        fail(exc)
                        return
                    del body  # a stream's part leaves memory before the register is waited for
                    if pending is not None:
                        pending.result()
                        if stop.is_set():
                            return
                    pending = registers.submit(contextvars.copy_context().run, register, number)
            finally:
                if pending is not None:
                    pending.result()

    with ThreadPoolExecutor(workers, thread_name_prefix="bynder-register") as registers:
        if workers == 1:
            work(registers)
        else:
            with ThreadPoolExecutor(workers, thread_name_prefix="bynder-upload") as pool:
                context = contextvars.copy_context
                futures = [pool.submit(context().run, work, registers) for _ in range(workers)]
                try:
                    wait(futures)
                except BaseException:
                    stop.set()  # let the parts in flight end, start no new ones
                    raise
    if failures:
        raise failures[0]


def _send_part(job: Job, number: int, body: PartReader) -> None:
    """Send part ``number`` to S3 (no Bynder token: the external client)."""
    endpoint = str(job.state.endpoint)
    response = job.session.external.post(
        endpoint,
        data=job.s3_fields(number),
        files={"file": (job.filename, cast(IO[bytes], body), "application/octet-stream")},
        extensions={RETRY_EXTENSION: job.part_retry},
    )
    _check_s3(job, response)


def _register_part(client: BynderClient, job: Job, number: int) -> None:
    """Register part ``number`` with Bynder once S3 has it."""
    answer = register_uploaded_chunk.sync_detailed(client=client, body=job.register_form(number))
    expect(answer, RegisterChunkResponse, "POST /api/v4/upload/")
    job.part_done(number)


def _check_s3(job: Job, response: httpx.Response) -> None:
    if not response.is_success:
        raise error_from_response(response, secrets=job.s3_secrets())


def _finalise(client: BynderClient, job: Job) -> None:
    job.report("finalising")
    upload_id = str(job.state.upload_id)
    with retry_policy(job.part_retry):  # a second finalise only makes an unused import
        answer = finalize_complete_upload.sync_detailed(
            upload_id, client=client, body=job.finalise_form()
        )
    job.on_finalised(expect(answer, FinaliseResponse, f"POST /api/v4/upload/{upload_id}/"))


def _additional(client: BynderClient, job: Job) -> None:
    job.report("saving")
    asset_id, upload_id = str(job.state.asset_id), str(job.state.upload_id)
    answer = finalize_complete_upload_and_save_as_new_asset_additional.sync_detailed(
        asset_id, upload_id, client=client, body=job.additional_form()
    )
    job.on_saved(
        expect(
            answer,
            SaveAdditionalResponse,
            f"POST /api/v4/media/{asset_id}/save/additional/{upload_id}/",
        )
    )


def _poll_and_save(client: BynderClient, job: Job) -> None:
    if job.earlier_save() and recover_saved(client, job):
        return  # an earlier save made the asset; only its answer was lost
    backoff = Backoff(job.poll)
    sleep = job.poll.sleep or time.sleep
    saves = 0
    while True:
        _poll(client, job, backoff, sleep)
        job.processed()
        job.report("saving")
        earlier = job.save_sending()
        try:
            answer = _save(client, job)
            if int(answer.status_code) != 303:
                saved = expect(answer, SaveMediaResponse, f"POST save of {job.state.import_id}")
                job.on_saved(saved)
                return
        except Exception as exc:
            if refused_after_a_lost_answer(exc, earlier) and recover_saved(client, job):
                return
            raise
        saves += 1  # "not converted yet, please poll"
        wait_for = backoff.next_wait()
        if saves >= job.poll.max_saves or wait_for is None:
            raise job.timed_out(backoff.waited(), None, f"Bynder answered 303 to {saves} saves")
        sleep(wait_for)


def _poll(client: BynderClient, job: Job, backoff: Backoff, sleep: Callable[[float], None]) -> None:
    import_id = str(job.state.import_id)
    while True:
        answer = retrieve_poll_state.sync_detailed(client=client, items=import_id)
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
        sleep(wait_for)


def _save(client: BynderClient, job: Job) -> Response[Any]:
    import_id = str(job.state.import_id)
    if job.kind == "version":
        return save_as_a_new_asset_version.sync_detailed(
            str(job.state.asset_id), import_id, client=client
        )
    return save_a_new_asset.sync_detailed(import_id, client=client, body=job.save_form())


def _update(client: BynderClient, job: Job) -> None:
    form = job.update_form()
    if form is not None:
        asset_id = str(job.state.asset_id)
        answer = update_asset.sync_detailed(asset_id, client=client, body=form)
        expect(answer, StatusMessage, f"POST /api/v4/media/{asset_id}/")
    job.updated()


def _upload(
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
    return run(client, job)


def upload_file(
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
    """Upload ``source`` (a path, a binary file object or bytes) as a new asset of ``brand_id``.

    - ``filename``: the name Bynder shows (default: the path's base name; required for bytes and
      nameless streams); ``size``: required for a non-seekable stream.
    - ``name``, ``description``, ``copyright``, ``tags`` (list or comma-joined string),
      ``metaproperties`` (metaproperty id -> option ids, or a raw value), ``extra_fields`` (other
      save fields, e.g. ``{"isPublic": True}``): all sent with the save.
    - ``chunk_size`` (classic: default 8 MiB, 5 MiB to 5 GiB; v7: default 5 MiB, 1 to 64 MiB),
      ``concurrency`` (parts in flight, default 8), ``part_retry`` (retry policy of each part
      request).
    - ``engine``: ``"classic"`` (S3, the default) or ``"v7"`` (the files service); see
      :mod:`bynder_ext.upload`. A resumed upload needs its state's engine.
    - ``progress``: called with an :class:`UploadProgress` at each step and after each part.
    - ``poll`` / ``poll_deadline``: processing wait (default: at once, 0.5 s doubling to 5 s,
      600 s in all).
    - ``resume``: the ``state`` of an :class:`~bynder_ext.errors.UploadError`, to continue.

    Bad input raises ConfigurationError before any request; a failure after that raises
    UploadError (``UploadFailed``, ``UploadTimeout``) holding a resumable ``state``.
    """
    return _upload(
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


def upload_version(
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
    """Upload ``source`` as a new version of asset ``asset_id``. The asset keeps its metadata;
    metadata given here is applied afterwards with ``update_asset`` (Bynder's version save takes
    none)."""
    return _upload(
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


def upload_additional(
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
    """Upload ``source`` as an additional file of asset ``asset_id`` (with the classic engine
    Bynder finalises and saves it in one call: no poll). The additional carries its file name;
    metadata given here updates the asset with ``update_asset``. ``poll`` / ``poll_deadline``
    apply to the v7 engine only, whose save of an additional may answer 303 while the file is
    processed."""
    return _upload(
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


def upload_many(
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
    """Upload several files as new assets, ``concurrency`` files at a time (each with
    ``part_concurrency`` parts in flight). Returns one :class:`UploadOutcome` per source, in
    order; a file that fails (bad input included) does not stop the others. Options that apply
    to every file are checked first and raise ConfigurationError before any request. An
    :class:`UploadItem` gives one file its own file name and metadata."""
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

    def one(item: UploadItem) -> UploadOutcome:
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
            return UploadOutcome(item.source, job.filename, result=run(client, job))
        except Exception as exc:
            name = job.filename if job is not None else guess_name(item)
            return UploadOutcome(item.source, name, error=exc)

    if not items:
        return []
    with ThreadPoolExecutor(min(concurrency, len(items)), thread_name_prefix="bynder-many") as pool:
        return list(pool.map(lambda item: contextvars.copy_context().run(one, item), items))
