"""The upload's logic without I/O, shared by the sync and async runners: argument checks, the
forms of every step, and what each answer means for the state."""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import threading
import time
import weakref
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import attrs
from bynder_client.models import (
    Asset,
    AssetUpdateForm,
    FinaliseResponse,
    FinaliseUploadForm,
    PollStatus,
    RegisterChunkForm,
    SaveAdditionalForm,
    SaveAdditionalResponse,
    SaveMediaForm,
    SaveMediaResponse,
    UploadInit,
)
from bynder_client.types import Response, Unset

from ..client import Session, is_loopback, session_of
from ..errors import (
    APIError,
    ConfigurationError,
    UnexpectedResponse,
    UploadError,
    UploadFailed,
    UploadTimeout,
    error_for_status,
    extract_message,
)
from ..retry import RetryPolicy
from .models import (
    DEFAULT_CHUNK_SIZE,
    ENGINES,
    MAX_CHUNK_SIZE,
    MIN_CHUNK_SIZE,
    V7_DEFAULT_CHUNK_SIZE,
    V7_MAX_CHUNK_SIZE,
    V7_MIN_CHUNK_SIZE,
    Engine,
    Kind,
    PollPolicy,
    ProgressCallback,
    Stage,
    UploadItem,
    UploadProgress,
    UploadResult,
    UploadState,
    join_values,
    part_span,
)
from .sources import PartReader, Source, open_source

__all__ = [
    "DEFAULT_PART_RETRIES",
    "Backoff",
    "Job",
    "Options",
    "cached_endpoint",
    "check_options",
    "expect",
    "guess_name",
    "many_items",
    "merged_options",
    "prepare",
    "remember_endpoint",
]

#: Retries of each upload request (S3 POST and register, a v7 chunk, prepare, init, finalise)
#: unless ``part_retry`` says otherwise.
DEFAULT_PART_RETRIES = 5

T = TypeVar("T")
FieldValue = str | int | bool


def _fail(message: str) -> ConfigurationError:
    return ConfigurationError(message)


def check_filename(name: object) -> str:
    """The name Bynder shows: a plain file name with an extension."""
    if not isinstance(name, str):
        raise _fail(f"filename must be a string, got {type(name).__name__}")
    text = name.strip()
    if not text:
        raise _fail("filename is empty")
    if "/" in text or "\\" in text:
        raise _fail(f"filename {name!r} must be a bare file name, without a folder")
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise _fail(f"filename {name!r} contains control characters")
    stem, dot, extension = text.rpartition(".")
    if not dot or not stem.strip() or not extension.strip() or " " in extension:
        raise _fail(f"filename {name!r} needs an extension (Bynder requires one), e.g. 'photo.jpg'")
    return text


def _optional_text(value: object, what: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise _fail(f"{what} must be a string, got {type(value).__name__}")


def _identifier(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"{what} must be a non-empty string")
    if value.strip() in (".", "..") or "/" in value:
        raise _fail(f"{what} {value!r} is not a valid id")
    return value.strip()


def _field_value(value: object, what: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | str):
        return str(value)
    raise _fail(f"{what} must be a string, an int or a bool, got {type(value).__name__}")


def metadata_fields(
    *,
    name: str | None,
    description: str | None,
    copyright: str | None,
    tags: str | Iterable[str] | None,
    metaproperties: Mapping[str, str | Iterable[str]] | None,
    extra_fields: Mapping[str, FieldValue] | None,
) -> dict[str, str]:
    """The form fields for the caller's metadata, in Bynder's wire names; nothing dropped."""
    fields: dict[str, str] = {}
    for key, value in (("name", name), ("description", description), ("copyright", copyright)):
        text = _optional_text(value, key)
        if text is not None:
            fields[key] = text
    if tags is not None:
        fields["tags"] = join_values(tags, "tags")
    if metaproperties is not None:
        if not isinstance(metaproperties, Mapping):
            raise _fail("metaproperties must map metaproperty ids to option ids (or a value)")
        for prop, options in metaproperties.items():
            prop_id = _identifier(prop, "a metaproperty id")
            fields[f"metaproperty.{prop_id}"] = join_values(options, f"metaproperty {prop_id}")
    if extra_fields is not None:
        if not isinstance(extra_fields, Mapping):
            raise _fail("extra_fields must be a dict of form fields")
        for key, extra in extra_fields.items():
            if not isinstance(key, str) or not key:
                raise _fail("extra_fields keys must be non-empty strings")
            if key in fields or key == "brandId":
                raise _fail(f"extra_fields[{key!r}] repeats an argument given by name")
            fields[key] = _field_value(extra, f"extra_fields[{key!r}]")
    return fields


def part_policy(session_policy: RetryPolicy, given: RetryPolicy | None) -> RetryPolicy:
    """The retry policy of each part request. Sending a part or registering it again is harmless,
    so POST counts as idempotent here: 5xx, 429 and dropped connections are all retried."""
    if given is not None and not isinstance(given, RetryPolicy):
        raise _fail(f"part_retry must be a RetryPolicy, got {type(given).__name__}")
    base = given or attrs.evolve(
        session_policy, max_retries=max(session_policy.max_retries, DEFAULT_PART_RETRIES)
    )
    return attrs.evolve(base, idempotent_methods=frozenset(base.idempotent_methods) | {"POST"})


# Policy fields whose values never appear in error messages.
_SIGNED_FIELDS = frozenset(
    {"policy", "x-amz-signature", "x-amz-credential", "x-amz-security-token"}
)

# The closest S3 endpoint, per connection: Bynder says it changes rarely and may be cached.
_ENDPOINTS: weakref.WeakKeyDictionary[Session, str] = weakref.WeakKeyDictionary()
_ENDPOINTS_LOCK = threading.Lock()


def cached_endpoint(session: Session) -> str | None:
    """The S3 endpoint this connection got before, if any."""
    with _ENDPOINTS_LOCK:
        return _ENDPOINTS.get(session)


def remember_endpoint(session: Session, url: str) -> None:
    with _ENDPOINTS_LOCK:
        _ENDPOINTS[session] = url


class Backoff:
    """The poll cadence: at once, then ``first_interval`` doubling to ``max_interval``, until
    ``deadline`` seconds have passed."""

    def __init__(self, policy: PollPolicy) -> None:
        self.policy = policy
        self._clock = policy.clock or time.monotonic
        self._started = self._clock()
        self._delay = policy.first_interval

    def waited(self) -> float:
        """Seconds since polling started."""
        return self._clock() - self._started

    def next_wait(self) -> float | None:
        """Seconds to wait before the next poll, or None when the deadline has passed."""
        left = self.policy.deadline - self.waited()
        if left <= 0:
            return None
        wait = min(self._delay, left)
        self._delay = min(self._delay * 2, self.policy.max_interval)
        return wait


def expect(response: Response[Any], kind: type[T], what: str) -> T:
    """The parsed answer of a generated call when it is a success of the expected type; else the
    typed error (as ``send`` raises it, for clients built with ``raise_errors=False``)."""
    parsed = response.parsed
    status = int(response.status_code)
    if 200 <= status < 300 and isinstance(parsed, kind):
        return parsed
    try:
        body: Any = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.content.decode("utf-8", "replace")
    message = extract_message(body) or f"unexpected answer to {what}"
    cls = error_for_status(status) if status >= 400 else UnexpectedResponse
    method, _, url = what.partition(" ")
    error: APIError = cls(message, status_code=status, method=method, url=url, body=body)
    raise error


class Job:
    """One upload: its checked options, its state and its progress reports.

    ``lock`` guards the state; progress calls are made while holding it, so they never overlap and
    ``bytes_done`` never decreases.
    """

    def __init__(
        self,
        *,
        session: Session,
        source: Source,
        state: UploadState,
        brand_id: str | None,
        fields: dict[str, str],
        concurrency: int,
        progress: ProgressCallback | None,
        poll: PollPolicy,
        part_retry: RetryPolicy,
    ) -> None:
        self.session = session
        self.source = source
        self.state = state
        self.brand_id = brand_id
        self.fields = fields
        self.concurrency = concurrency
        self.progress = progress
        self.poll = poll
        self.part_retry = part_retry
        self.lock = threading.Lock()
        self._bytes_done = state.bytes_registered()

    @property
    def filename(self) -> str:
        return self.state.filename

    @property
    def kind(self) -> Kind:
        return self.state.kind

    # -- progress and failures ----------------------------------------------------------------

    def report(self, stage: Stage) -> None:
        """Tell the progress callback (if any) where the upload is."""
        with self.lock:
            self._emit(stage)

    def _emit(self, stage: Stage) -> None:
        if self.progress is not None:
            state = self.state
            self.progress(
                UploadProgress(
                    stage=stage,
                    bytes_done=self._bytes_done,
                    bytes_total=state.size,
                    parts_done=len(state.registered),
                    parts_total=state.parts,
                    filename=state.filename,
                )
            )

    def snapshot(self) -> UploadState:
        with self.lock:
            return self.state.copy()

    def failure(self, exc: BaseException) -> UploadError:
        """The UploadError to raise for ``exc`` (chain it with ``from exc``)."""
        if isinstance(exc, UploadError):
            return exc
        state = self.snapshot()
        done = f"{len(state.registered)} of {state.parts} parts uploaded"
        return UploadError(
            f"upload stopped while {state.stage} ({done}): {exc}",
            filename=state.filename,
            state=state,
        )

    # -- endpoint and init --------------------------------------------------------------------

    def on_endpoint(self, url: str) -> None:
        problem = s3_endpoint_problem(url)
        if problem is not None:
            raise UnexpectedResponse(
                f"Bynder gave an S3 endpoint that {problem}",
                status_code=200,
                method="GET",
                url="/api/upload/endpoint/",
            )
        with self.lock:
            self.state.endpoint = url.strip()

    def on_init(self, init: UploadInit) -> None:
        # The generated model already requires these fields (the spec marks them required), so
        # only empty values are left to refuse here.
        upload_id = init.s3file.uploadid
        target_id = init.s3file.targetid
        fields = init.multipart_params.to_dict()
        s3_filename = init.s3_filename
        if not (upload_id and target_id and s3_filename and fields["key"]):
            raise UnexpectedResponse(
                "Bynder's init answer has an empty s3file.uploadid, s3file.targetid, s3_filename "
                "or multipart_params.key",
                status_code=200,
                method="POST",
                url="/api/upload/init/",
            )
        with self.lock:
            state = self.state
            state.upload_id = upload_id
            state.target_id = target_id
            state.s3_filename = s3_filename
            state.multipart_params = {str(k): str(v) for k, v in fields.items()}
            state.stage = "uploading"

    # -- parts ---------------------------------------------------------------------------------

    def missing_parts(self) -> list[int]:
        with self.lock:
            return self.state.missing_parts

    def part_body(self, number: int) -> PartReader:
        offset, length = part_span(number, self.state.size, self.state.chunk_size)
        return self.source.part(offset, length)

    def s3_fields(self, number: int) -> dict[str, str]:
        """The S3 form of part ``number``, without the file (which goes last)."""
        state = self.state
        key = f"{state.multipart_params['key']}/p{number}"
        fields = dict(state.multipart_params)
        fields["key"] = key
        fields["Filename"] = key
        fields["name"] = state.filename
        fields["chunk"] = str(number)
        fields["chunks"] = str(state.parts)
        return fields

    def s3_secrets(self) -> list[str]:
        """Strings to scrub from an S3 error (S3 may echo the policy and its signature)."""
        params = self.state.multipart_params
        signed = [v for k, v in params.items() if k.lower() in _SIGNED_FIELDS]
        return [*self.session.secrets(), *signed]

    def register_form(self, number: int) -> RegisterChunkForm:
        state = self.state
        return RegisterChunkForm(
            id=str(state.upload_id),
            targetid=str(state.target_id),
            filename=f"{state.s3_filename}/p{number}",
            chunk_number=number,
        )

    def part_done(self, number: int) -> None:
        with self.lock:
            state = self.state
            if number not in state.registered:
                state.registered.add(number)
                self._bytes_done += part_span(number, state.size, state.chunk_size)[1]
            if len(state.registered) == state.parts:
                state.stage = "finalising"
            self._emit("uploading")

    # -- finalise, poll, save -----------------------------------------------------------------

    def finalise_form(self) -> FinaliseUploadForm:
        state = self.state
        return FinaliseUploadForm(
            targetid=str(state.target_id),
            s3_filename=str(state.s3_filename),
            chunks=state.parts,
            original_filename=state.filename,
            id=str(state.upload_id),
        )

    def on_finalised(self, answer: FinaliseResponse) -> None:
        import_id = answer.import_id
        if not import_id:
            raise UnexpectedResponse(
                "Bynder's finalise answer has an empty importId",
                status_code=202,
                method="POST",
                url=f"/api/v4/upload/{self.state.upload_id}/",
            )
        with self.lock:
            self.state.import_id = import_id
            self.state.batch_id = answer.batch_id if isinstance(answer.batch_id, str) else None
            self.state.stage = "processing"

    def verdict(self, answer: PollStatus) -> Literal["done", "failed", "rejected"] | None:
        """What the poll says about this import (None: not processed yet)."""
        import_id = self.state.import_id
        for outcome, items in (
            ("failed", answer.items_failed),
            ("rejected", answer.items_rejected),
            ("done", answer.items_done),
        ):
            if not isinstance(items, Unset) and import_id in items:
                return outcome  # type: ignore[return-value]
        return None

    def processing_failed(self, outcome: str, answer: PollStatus) -> UploadFailed:
        state = self.snapshot()
        return UploadFailed(
            f"Bynder {'rejected' if outcome == 'rejected' else 'could not process'} the file "
            f"(import {state.import_id})",
            filename=state.filename,
            state=state,
            import_id=str(state.import_id),
            outcome=outcome,
            body=answer.to_dict(),
        )

    def timed_out(self, waited: float, answer: PollStatus | None, why: str) -> UploadTimeout:
        state = self.snapshot()
        return UploadTimeout(
            f"{why} after {waited:.1f} s (import {state.import_id}); every part is uploaded: "
            "resume with error.state to poll again",
            filename=state.filename,
            state=state,
            import_id=str(state.import_id),
            waited=waited,
            body=None if answer is None else answer.to_dict(),
        )

    def processed(self) -> None:
        with self.lock:
            self.state.stage = "saving"

    def save_form(self) -> SaveMediaForm:
        form = SaveMediaForm(brand_id=str(self.brand_id))
        form.additional_properties.update(self.fields)
        return form

    def additional_form(self) -> SaveAdditionalForm:
        state = self.state
        return SaveAdditionalForm(
            targetid=str(state.target_id), s3_filename=str(state.s3_filename), chunks=state.parts
        )

    def update_form(self) -> AssetUpdateForm | None:
        """The caller's metadata for ``update_asset`` (versions and additionals), if any."""
        if self.kind == "asset" or not self.fields:
            return None
        form = AssetUpdateForm()
        form.additional_properties.update(self.fields)
        return form

    def save_target(self) -> str:
        """The id the saves take: the import id."""
        return str(self.state.import_id)

    def on_saved(self, answer: SaveMediaResponse | SaveAdditionalResponse) -> None:
        media_id = answer.mediaid if isinstance(answer.mediaid, str) else self.state.asset_id
        if not media_id:
            raise UnexpectedResponse(
                "Bynder's save answer has no mediaid",
                status_code=201,
                method="POST",
                url=f"/api/v4/media/save/{self.save_target()}/",
            )
        items = answer.mediaitems
        with self.lock:
            state = self.state
            state.media_id = media_id
            if isinstance(answer.batch_id, str):
                state.batch_id = answer.batch_id
            if isinstance(answer, SaveAdditionalResponse) and isinstance(answer.item_id, str):
                state.item_id = answer.item_id
            state.media_items = (
                [item.to_dict() for item in items] if isinstance(items, list) else []
            )
            state.stage = "updating" if self.update_form() is not None else "done"

    def updated(self) -> None:
        with self.lock:
            self.state.stage = "done"

    # -- a save whose answer was lost ---------------------------------------------------------

    def save_sending(self) -> bool:
        """Note that a save goes out now. True when one went out before (in this run or an
        earlier one): if that one went through and only its answer was lost, a new save is
        refused, and the asset it made is found with :meth:`saved_asset`."""
        with self.lock:
            earlier = self.state.save_sent_at is not None
            if not earlier:
                self.state.save_sent_at = time.time()
            return earlier

    def earlier_save(self) -> bool:
        """Whether a save of a new asset went out in an earlier run (look for its asset before
        saving again)."""
        return self.kind == "asset" and self.state.save_sent_at is not None

    def lookup_query(self) -> dict[str, Any]:
        """``list_assets`` arguments for the new assets that an earlier save may have made."""
        since = float(self.state.save_sent_at or time.time()) - SAVE_LOOKUP_MARGIN
        moment = datetime.datetime.fromtimestamp(since, datetime.UTC)
        return {
            "brand_id": str(self.brand_id),
            "date_created": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "order_by": "dateCreated desc",
            "include_media_items": True,
            "limit": 200,
        }

    def saved_asset(self, assets: Iterable[Asset]) -> str | None:
        """Among ``assets`` (with their media items), the one an earlier save made: an original
        with this upload's file name and size, created at most ``SAVE_LOOKUP_MARGIN`` seconds
        before the save was sent, and for a new asset the name it was saved with. None when
        there is none; UploadError when several match, since which one is this upload's cannot
        be told."""
        state = self.state
        since = float(state.save_sent_at or 0.0) - SAVE_LOOKUP_MARGIN
        name = self.fields.get("name") if self.kind == "asset" else None
        found = [
            asset.id
            for asset in assets
            if isinstance(asset.id, str)
            and (name is None or asset.name == name)
            and any(self._made_by_save(item, since) for item in _items(asset))
        ]
        if len(set(found)) > 1:
            raise UploadError(
                f"the answer to the save was lost, and {len(set(found))} assets could be the one it "
                f"made ({', '.join(sorted(set(found)))}): check them in the portal",
                filename=state.filename,
                state=self.snapshot(),
            )
        return found[0] if found else None

    def _made_by_save(self, item: Any, since: float) -> bool:
        state = self.state
        if item.type_ != "original" or item.file_name != state.filename or item.size != state.size:
            return False
        created = _unix_time(item.date_created)
        return created is None or created >= since

    def on_recovered(self, media_id: str) -> None:
        """The asset that an earlier save made was found: the save is done."""
        with self.lock:
            state = self.state
            state.media_id = media_id
            state.media_items = []
            state.stage = "updating" if self.update_form() is not None else "done"

    def result(self) -> UploadResult:
        state = self.snapshot()
        return UploadResult(
            kind=state.kind,
            media_id=str(state.media_id),
            filename=state.filename,
            size=state.size,
            parts=state.parts,
            import_id=state.import_id,
            batch_id=state.batch_id,
            item_id=state.item_id,
            media_items=tuple(state.media_items),
            engine=state.engine,
            file_id=state.file_id,
            correlation_id=state.correlation_id,
            sha256=state.sha256,
        )


#: Statuses with which Bynder refuses a second save of the same import or file.
SAVE_REFUSED_STATUSES = frozenset({400, 404, 409, 422})
#: Seconds before the first save that a search for the asset it made reaches back (clock skew).
SAVE_LOOKUP_MARGIN = 900.0


def _items(asset: Asset) -> list[Any]:
    items = asset.media_items
    return items if isinstance(items, list) else []


def _unix_time(value: object) -> float | None:
    """An ISO 8601 time as Unix time (None when absent or unreadable)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp()


def s3_endpoint_problem(url: str) -> str | None:
    """Why an S3 endpoint cannot be used (None when it can): it must be an https URL, or plain
    http to a loopback address, as for downloads (the file and the signed policy fields go
    there)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"is not an http(s) URL: {url!r}"
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        return f"is plain http on {parts.hostname}: refusing it (https is required)"
    return None


def _resume_state(
    resume: UploadState | Mapping[str, Any],
    *,
    kind: Kind,
    asset_id: str | None,
    source: Source,
    filename: str | None,
    chunk_size: int | None,
    engine: Engine,
) -> UploadState:
    state = resume.copy() if isinstance(resume, UploadState) else UploadState.from_dict(resume)
    if state.endpoint is not None and (problem := s3_endpoint_problem(state.endpoint)):
        raise _fail(f"this upload state's S3 endpoint {problem}")
    if state.engine != engine:
        raise _fail(
            f"this upload state is for the {state.engine} engine: pass engine={state.engine!r} "
            "to resume it"
        )
    if state.kind != kind:
        raise _fail(f"this upload state is for a new {state.kind}, not a new {kind}")
    if state.asset_id != asset_id:
        raise _fail(f"this upload state is for asset {state.asset_id!r}, not {asset_id!r}")
    if source.size != state.size:
        raise _fail(
            f"the source holds {source.size} bytes but the upload state was made for "
            f"{state.size}: resume with the same file"
        )
    if chunk_size is not None and chunk_size != state.chunk_size:
        raise _fail(
            f"chunk_size={chunk_size} differs from the resumed upload's {state.chunk_size}; "
            "leave chunk_size out when resuming"
        )
    if filename is not None and check_filename(filename) != state.filename:
        raise _fail(f"filename {filename!r} differs from the resumed upload's {state.filename!r}")
    return state


@dataclasses.dataclass(frozen=True)
class Options:
    """The checked options shared by every file of an upload call."""

    session: Session
    brand_id: str | None
    fields: dict[str, str]
    chunk_size: int | None
    concurrency: int
    engine: Engine
    progress: ProgressCallback | None
    poll: PollPolicy
    part_retry: RetryPolicy


def check_options(
    client: object,
    kind: Kind,
    *,
    brand_id: str | None,
    name: str | None,
    description: str | None,
    copyright: str | None,
    tags: str | Iterable[str] | None,
    metaproperties: Mapping[str, str | Iterable[str]] | None,
    extra_fields: Mapping[str, FieldValue] | None,
    chunk_size: int | None,
    concurrency: int,
    progress: ProgressCallback | None,
    poll: PollPolicy | None,
    poll_deadline: float | None,
    part_retry: RetryPolicy | None,
    engine: Engine = "classic",
) -> Options:
    """Check the options that do not depend on the file; ConfigurationError when one is wrong."""
    session = session_of(client)
    if engine not in ENGINES:
        raise _fail(f"engine must be one of {', '.join(map(repr, ENGINES))}, got {engine!r}")
    checked_brand = _identifier(brand_id, "brand_id") if kind == "asset" else None
    low, high, why = (
        (MIN_CHUNK_SIZE, MAX_CHUNK_SIZE, "5 MiB, S3's smallest part, to 5 GiB")
        if engine == "classic"
        else (V7_MIN_CHUNK_SIZE, V7_MAX_CHUNK_SIZE, "1 MiB to 64 MiB with the v7 engine")
    )
    if chunk_size is not None and (
        isinstance(chunk_size, bool)
        or not isinstance(chunk_size, int)
        or not low <= chunk_size <= high
    ):
        raise _fail(f"chunk_size must be an int from {low} to {high} ({why}), got {chunk_size!r}")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise _fail(f"concurrency must be an int >= 1, got {concurrency!r}")
    if progress is not None and not callable(progress):
        raise _fail("progress must be a callable taking an UploadProgress")
    if poll is None:
        poll = PollPolicy()
    elif not isinstance(poll, PollPolicy):
        raise _fail(f"poll must be a PollPolicy, got {type(poll).__name__}")
    if poll_deadline is not None:
        poll = dataclasses.replace(poll, deadline=poll_deadline)
    fields = metadata_fields(
        name=name,
        description=description,
        copyright=copyright,
        tags=tags,
        metaproperties=metaproperties,
        extra_fields=extra_fields,
    )
    return Options(
        session=session,
        brand_id=checked_brand,
        fields=fields,
        chunk_size=chunk_size,
        concurrency=concurrency,
        engine=engine,
        progress=progress,
        poll=poll,
        part_retry=part_policy(session.retry, part_retry),
    )


def prepare(
    options: Options,
    kind: Kind,
    source: object,
    *,
    asset_id: str | None,
    filename: str | None,
    size: int | None,
    resume: UploadState | Mapping[str, Any] | None,
) -> Job:
    """Check the file-specific arguments and open the source (nothing is sent)."""
    if kind != "asset":
        asset_id = _identifier(asset_id, "asset_id")
    if filename is not None:
        filename = check_filename(filename)
    if resume is not None and not isinstance(resume, UploadState | Mapping):
        raise _fail("resume must be an UploadState (or its to_dict())")
    opened = open_source(source, size)
    try:
        if resume is not None:
            state = _resume_state(
                resume,
                kind=kind,
                asset_id=asset_id,
                source=opened,
                filename=filename,
                chunk_size=options.chunk_size,
                engine=options.engine,
            )
        else:
            shown = filename or opened.name
            if shown is None:
                raise _fail(
                    "pass filename= (with an extension): bytes and nameless file objects carry "
                    "no name for Bynder to show"
                )
            default = DEFAULT_CHUNK_SIZE if options.engine == "classic" else V7_DEFAULT_CHUNK_SIZE
            state = UploadState(
                kind=kind,
                asset_id=asset_id,
                filename=check_filename(shown),
                size=opened.size,
                chunk_size=options.chunk_size or default,
                engine=options.engine,
            )
    except BaseException:
        opened.close()
        raise
    job_class = Job
    if options.engine == "v7":
        from .v7 import FilesJob  # v7 builds on this module

        job_class = FilesJob
    return job_class(
        session=options.session,
        source=opened,
        state=state,
        brand_id=options.brand_id,
        fields=options.fields,
        concurrency=options.concurrency,
        progress=options.progress,
        poll=options.poll,
        part_retry=options.part_retry,
    )


def many_items(sources: object, concurrency: object) -> list[UploadItem]:
    """The files of an ``upload_many`` call as UploadItems; ConfigurationError for a bad call."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise _fail(f"concurrency must be an int >= 1, got {concurrency!r}")
    if isinstance(sources, str | bytes | bytearray | memoryview | os.PathLike) or not isinstance(
        sources, Iterable
    ):
        raise _fail("sources must be a list of sources (paths, bytes, files or UploadItems)")
    return [s if isinstance(s, UploadItem) else UploadItem(source=s) for s in sources]


#: Metadata an UploadItem may override.
ITEM_FIELDS = ("description", "copyright", "tags", "metaproperties", "extra_fields")


def merged_options(
    client: object, brand_id: str, common: Mapping[str, Any], item: UploadItem
) -> Options:
    """The options of one ``upload_many`` file: the call's, overridden by the item's own."""
    values = dict(common)
    for key in ITEM_FIELDS:
        own = getattr(item, key)
        if own is not None:
            values[key] = own
    return check_options(client, "asset", brand_id=brand_id, name=item.name, **values)


def guess_name(item: UploadItem) -> str | None:
    """The file name to report for an item that failed before it was opened."""
    if item.filename is not None:
        return item.filename
    if isinstance(item.source, str | os.PathLike):
        return os.path.basename(os.fspath(item.source))
    return None
