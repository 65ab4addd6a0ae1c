# Generated from bynder_ext/upload/_async.py by scripts/unasync.py: edit that file, not this one.
"""The upload's I/O for both engines, written once (``_sync.py`` is generated from it, threads
where this uses tasks). Top-down: a public function opens the job of its engine (:mod:`.plan`,
:mod:`.v7`), :func:`_drive` carries it from its state's stage to the end, and the job gives the
part bodies (:mod:`.sources`)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import IO, Any, Unpack, cast

from bynder_client import models
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
from bynder_client.types import Response

from .._concurrency import Event, Lock, Task, TaskGroup, offload, sleep
from ..client import RAISE_EXTENSION, BynderClient
from ..errors import InvalidRequest, UploadError, error_from_response
from ..retry import RETRY_EXTENSION, retry_policy
from .models import UploadItem, UploadOutcome, UploadResult
from .options import FileOptions, Options, SharedOptions, guess_name, many_items
from .plan import Cadence, Job, expect, odd, refused_after_a_lost_answer
from .sources import PartReader, UploadSource
from .v7 import ChunkBody, ChunkRefused, FilesJob


def upload_file(
    client: BynderClient, source: UploadSource, *, brand_id: str, **options: Unpack[FileOptions]
) -> UploadResult:
    """Upload ``source`` (a path, a binary file object or bytes) as a new asset of ``brand_id``,
    with the options of :class:`~bynder_ext.upload.options.Options`.

    Bad input raises ConfigurationError before any request; a failure after that raises
    UploadError (``UploadFailed``, ``UploadTimeout``, ``UploadRejected``) holding a ``state`` to
    resume from.
    """
    checked = Options(client=client, kind="asset", brand_id=brand_id, **options)
    return _drive(_open(checked, source))


def upload_version(
    client: BynderClient, asset_id: str, source: UploadSource, **options: Unpack[FileOptions]
) -> UploadResult:
    """Upload ``source`` as a new version of asset ``asset_id``. The asset keeps its metadata;
    metadata given here is applied afterwards with ``update_asset`` (the save takes none)."""
    checked = Options(client=client, kind="version", asset_id=asset_id, **options)
    return _drive(_open(checked, source))


def upload_additional(
    client: BynderClient, asset_id: str, source: UploadSource, **options: Unpack[FileOptions]
) -> UploadResult:
    """Upload ``source`` as an additional file of asset ``asset_id`` (classic: finalised and
    saved in one call, no poll). Metadata given here updates the asset; ``poll`` applies to the
    v7 engine only, whose save may answer 303."""
    checked = Options(client=client, kind="additional", asset_id=asset_id, **options)
    return _drive(_open(checked, source))


def upload_many(
    client: BynderClient,
    sources: Iterable[UploadSource | UploadItem],
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
    with TaskGroup(workers, name="bynder-many") as group:
        for _ in range(workers):
            group.start(_many, common, queue, outcomes)
    return [outcomes[n] for n in sorted(outcomes)]


def _many(
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
            outcomes[index] = UploadOutcome(item.source, job.state.filename, _drive(job))
        except Exception as exc:
            name = job.state.filename if job is not None else guess_name(item)
            outcomes[index] = UploadOutcome(item.source, name, error=exc)


def _open(options: Options, source: object) -> Job:
    """The job of the chosen engine, its source opened and checked (nothing is sent)."""
    return (FilesJob if options.engine == "v7" else Job).open(options, source)


def _drive(job: Job) -> UploadResult:
    """Carry ``job`` from its state's stage to the end; every failure becomes an UploadError."""
    try:
        try:
            _steps(job.options.client, job)
        except UploadError:
            raise
        except Exception as exc:
            raise job.failure(exc) from (exc.error if isinstance(exc, ChunkRefused) else exc)
    finally:
        job.source.close()
    return job.result()


def _steps(client: BynderClient, job: Job) -> None:
    state, retry = job.state, job.options.retry
    if state.stage == "new" and isinstance(job, FilesJob):
        with retry_policy(retry):  # a prepare sent twice only leaves an unused file id
            body = models.PrepareFileUploadBody()
            prepared = prepare_file_upload.sync_detailed(client=client, body=body)
        job.on_prepared(
            expect(prepared, models.PreparedFileUpload, "POST /v7/file_cmds/upload/prepare")
        )
        job.report("init")
    elif state.stage == "new":
        if (url := job.cached_endpoint()) is None:
            found = get_closest_s3_upload_endpoint.sync_detailed(client=client)
            url = expect(found, str, "GET /api/upload/endpoint/")
        job.on_endpoint(url)
        job.report("endpoint")
        with retry_policy(retry):  # an init sent twice only leaves an unused upload
            form = models.UploadInitForm(filename=state.filename)
            init = initialize_upload.sync_detailed(client=client, body=form)
        job.on_init(expect(init, models.UploadInit, "POST /api/upload/init/"))
        job.report("init")
    if state.stage == "uploading":
        _parts(client, job)
    if state.stage == "finalising":
        _finalise(client, job)
    if state.stage in ("processing", "saving"):
        _save(client, job)
    if state.stage == "updating":
        if (update := job.update_form()) is not None:
            asset_id = str(state.asset_id)
            answer = update_asset.sync_detailed(asset_id, client=client, body=update)
            expect(answer, models.StatusMessage, f"POST /api/v4/media/{asset_id}/")
        job.go("done")
    job.report("done")


def _parts(client: BynderClient, job: Job) -> None:
    """Send the missing parts, ``concurrency`` at a time (see :class:`Parts`); every
    register has ended when this returns."""
    missing = job.start_parts()
    job.report("uploading")
    if workers := min(job.options.concurrency, missing):
        with TaskGroup(workers, name="bynder-register") as registers:
            parts = Parts(client, job, registers)
            try:
                with TaskGroup(workers, name="bynder-upload") as group:
                    for _ in range(workers):
                        group.start(parts.work)
            except BaseException:
                parts.stop.set()  # let the parts in flight end, start no new ones
                raise
        if parts.failures:
            raise parts.failures[0]
    offload(job.finish_parts)


class Parts:
    """The part workers of one upload: each takes the next part (in file order, under ``take``)
    and sends it; a classic worker registers it in the background while it sends the next (one
    register pending per worker). After a failure no part starts; those in flight end."""

    def __init__(self, client: BynderClient, job: Job, registers: TaskGroup) -> None:
        self.client, self.job, self.registers = client, job, registers
        self.take, self.stop = Lock(), Event()
        self.failures: list[Exception] = []

    def fail(self, exc: Exception) -> None:
        self.failures.append(exc)
        self.stop.set()

    def work(self) -> None:
        job = self.job
        pending: Task | None = None
        try:
            with retry_policy(job.options.retry):
                while not self.stop.is_set():
                    with self.take:
                        if self.stop.is_set():
                            break
                        part = offload(job.next_part) if job.next_part_reads else job.next_part()
                    if part is None:
                        break
                    number = part[0]
                    _send(job, *part)
                    del part  # a stream's part leaves memory before the register is waited for
                    if isinstance(job, FilesJob):
                        continue  # the chunk's answer accepted it
                    if pending is not None:
                        pending.result()
                        if self.stop.is_set():
                            break
                    pending = self.registers.start(self.register, number)
        except Exception as exc:
            self.fail(exc)
        if pending is not None:
            pending.result()

    def register(self, number: int) -> None:
        """Register part ``number`` with Bynder once S3 has it."""
        state = self.job.state
        form = models.RegisterChunkForm(
            id=str(state.upload_id),
            targetid=str(state.target_id),
            filename=f"{state.s3_filename}/p{number}",
            chunk_number=number,
        )
        try:
            answer = register_uploaded_chunk.sync_detailed(client=self.client, body=form)
            expect(answer, models.RegisterChunkResponse, "POST /api/v4/upload/")
            self.job.part_done(number)
        except Exception as exc:
            self.fail(exc)


def _send(job: Job, number: int, body: PartReader, sha256: str | None) -> None:
    """Send part ``number``: to S3 without the Bynder token (classic), or to the portal with
    the connection's auth and budget (v7); each with the part policy's retries."""
    extensions: dict[str, Any] = {RETRY_EXTENSION: job.options.retry}
    if not isinstance(job, FilesJob):
        file = (job.state.filename, cast(IO[bytes], body), "application/octet-stream")
        response = job.session.external.post(
            str(job.state.endpoint),
            data=job.s3_fields(number),
            files={"file": file},
            extensions=extensions,
        )
        if not response.is_success:
            raise error_from_response(response, secrets=job.s3_secrets())
        return
    url = job.chunk_url(number)
    try:
        response = job.session.http.post(
            url,
            content=ChunkBody(body.source, body.offset, len(body)),
            headers=job.chunk_headers(len(body), str(sha256)),
            extensions=extensions | {RAISE_EXTENSION: True},
        )
    except InvalidRequest as exc:
        if exc.status_code == 400:
            raise ChunkRefused(number, exc) from exc
        raise
    if not response.is_success:
        raise odd(
            f"POST {url}",
            f"unexpected answer {response.status_code} to a chunk",
            response.status_code,
        )
    job.part_done(number, sha256)


def _finalise(client: BynderClient, job: Job) -> None:
    state, retry = job.state, job.options.retry
    if isinstance(job, FilesJob):
        offload(job.finish_parts)  # a resumed state may lack the file's SHA-256
        job.report("finalising")
        what = f"POST /v7/file_cmds/upload/{state.file_id}/finalise_api"
        try:
            with retry_policy(retry):  # the same finalise again is answered the same way
                answer = finalise_file_upload.sync_detailed(
                    str(state.file_id), client=client, body=job.finalise_form()
                )
            expect(answer, type(None), what)  # 201 without a body
        except InvalidRequest as exc:
            if exc.status_code == 400:
                raise job.rejected(None, exc) from exc
            raise
        job.on_file_finalised(answer.headers.get("x-api-correlation-id"))
    elif job.kind == "additional":  # finalised and saved in one call
        job.report("saving")
        form = models.SaveAdditionalForm(
            targetid=str(state.target_id), s3_filename=str(state.s3_filename), chunks=state.parts
        )
        saved = finalize_complete_upload_and_save_as_new_asset_additional.sync_detailed(
            str(state.asset_id), str(state.upload_id), client=client, body=form
        )
        what = f"POST /api/v4/media/{state.asset_id}/save/additional/{state.upload_id}/"
        job.on_saved(expect(saved, models.SaveAdditionalResponse, what))
    else:
        job.report("finalising")
        final = models.FinaliseUploadForm(
            targetid=str(state.target_id),
            s3_filename=str(state.s3_filename),
            chunks=state.parts,
            original_filename=state.filename,
            id=str(state.upload_id),
        )
        with retry_policy(retry):  # a second finalise only makes an unused import
            done = finalize_complete_upload.sync_detailed(
                str(state.upload_id), client=client, body=final
            )
        what = f"POST /api/v4/upload/{state.upload_id}/"
        job.on_finalised(expect(done, models.FinaliseResponse, what))


def _save(client: BynderClient, job: Job) -> None:
    """Poll until the file is processed (classic), then save. A save answered 303 ("not
    converted yet") waits on the poll cadence, then polls (classic) or saves (v7) again."""
    if job.earlier_save() and _recover(client, job):
        return  # an earlier save made the asset; only its answer was lost
    cadence, files, saves = Cadence(job.options.waits), isinstance(job, FilesJob), 0
    while True:
        if not files:
            _poll(client, job, cadence)
            job.go("saving")
        job.report("saving")
        earlier = job.save_sending()
        try:
            answer = _save_once(client, job)
            if int(answer.status_code) != 303:
                kind: Any = models.SaveMediaResponse
                if job.kind == "additional":
                    kind = models.SaveAdditionalResponse
                job.on_saved(expect(answer, kind, f"POST save of {job.save_target()}"))
                return
        except Exception as exc:
            if refused_after_a_lost_answer(exc, earlier) and _recover(client, job):
                return
            raise
        saves += 1
        if files:
            job.report("processing")
        wait = cadence.next_wait()
        if wait is None or (not files and saves >= job.options.waits.max_saves):
            raise job.not_ready(cadence.waited(), saves)
        sleep(wait, cadence.policy.sleep)


def _poll(client: BynderClient, job: Job, cadence: Cadence) -> None:
    items = str(job.state.import_id)
    while True:
        answer = retrieve_poll_state.sync_detailed(client=client, items=items)
        status = expect(answer, models.PollStatus, "GET /api/v4/upload/poll/")
        job.report("processing")
        if job.verdict(status):  # UploadFailed when Bynder could not process it
            return
        if (wait := cadence.next_wait()) is None:
            raise job.timed_out(cadence.waited(), status, "Bynder had not processed the file")
        sleep(wait, cadence.policy.sleep)


def _save_once(client: BynderClient, job: Job) -> Response[Any]:
    target, asset_id = job.save_target(), str(job.state.asset_id)
    if job.kind == "version":
        return save_as_a_new_asset_version.sync_detailed(asset_id, target, client=client)
    if job.kind == "additional":  # v7: the file id needs no form
        return finalize_complete_upload_and_save_as_new_asset_additional.sync_detailed(
            asset_id, target, client=client
        )
    return save_a_new_asset.sync_detailed(target, client=client, body=job.save_form())


def _recover(client: BynderClient, job: Job) -> bool:
    """Look for the asset an earlier save made (see :meth:`~.plan.Job.recovered`)."""
    if job.kind == "version":
        asset_id = str(job.state.asset_id)
        answer = get_asset.sync_detailed(asset_id, client=client, versions=True)
        return job.recovered([expect(answer, models.Asset, f"GET /api/v4/media/{asset_id}/")])
    listed = list_assets.sync_detailed(client=client, **job.lookup_query())
    return job.recovered(expect(listed, list, "GET /api/v4/media/"))
