"""One upload without its I/O: the opened source, the state, progress, what each answer means,
the waits between polls, and finding the asset of a save whose answer was lost."""

from __future__ import annotations

import datetime
import json
import threading
import time
import weakref
from collections import deque
from collections.abc import Iterable
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import attrs
from bynder_client.models import (
    Asset,
    AssetUpdateForm,
    FinaliseResponse,
    PollStatus,
    SaveAdditionalResponse,
    SaveMediaForm,
    SaveMediaResponse,
    UploadInit,
)
from bynder_client.types import Response, Unset

from ..client import Session, is_loopback
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
    V7_DEFAULT_CHUNK_SIZE,
    Kind,
    PollPolicy,
    Stage,
    UploadProgress,
    UploadResult,
    UploadState,
)
from .options import Options, check_filename
from .sources import PartReader, Source, open_source

T = TypeVar("T")
E = TypeVar("E", bound=UploadError)
#: Statuses with which Bynder refuses a second save of the same import or file.
SAVE_REFUSED_STATUSES = frozenset({400, 404, 409, 422})
#: Seconds before the first save that a search for the asset it made reaches back (clock skew).
SAVE_LOOKUP_MARGIN = 900.0
# Policy fields whose values never appear in error messages.
_SIGNED = frozenset({"policy", "x-amz-signature", "x-amz-credential", "x-amz-security-token"})
# The closest S3 endpoint, per connection: Bynder says it changes rarely and may be cached.
_ENDPOINTS: weakref.WeakKeyDictionary[Session, str] = weakref.WeakKeyDictionary()
_ENDPOINTS_LOCK = threading.Lock()


def expect(response: Response[Any], kind: type[T], what: str) -> T:
    """The parsed answer of a generated call when it is a success of type ``kind``; else the
    typed error (also for clients built with ``raise_errors=False``)."""
    parsed, status = response.parsed, int(response.status_code)
    if 200 <= status < 300 and isinstance(parsed, kind):
        return parsed
    try:
        body: Any = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.content.decode("utf-8", "replace")
    message = extract_message(body) or f"unexpected answer to {what}"
    method, _, url = what.partition(" ")
    cls = error_for_status(status) if status >= 400 else UnexpectedResponse
    raise cls(message, status_code=status, method=method, url=url, body=body)


def odd(what: str, message: str, status: int = 200) -> UnexpectedResponse:
    """The error for a success answer to ``what`` ("METHOD /path") that cannot be used."""
    method, _, url = what.partition(" ")
    return UnexpectedResponse(message, status_code=status, method=method, url=url)


def s3_endpoint_problem(url: str) -> str | None:
    """Why an S3 endpoint cannot be used (None when it can): https, or http on loopback only."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"is not an http(s) URL: {url!r}"
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        return f"is plain http on {parts.hostname}: refusing it (https is required)"
    return None


def refused_after_a_lost_answer(exc: BaseException, earlier: bool) -> bool:
    """Whether ``exc``, the answer to a save, may mean "already saved": a save went out before
    (``earlier``) and Bynder refused this one."""
    return earlier and isinstance(exc, APIError) and exc.status_code in SAVE_REFUSED_STATUSES


class Cadence:
    """The waits between polls (and saves answered 303): none before the first, then
    ``first_interval`` doubling to ``max_interval`` (:meth:`RetryPolicy.backoff`), cut at the
    deadline."""

    def __init__(self, poll: PollPolicy) -> None:
        self.deadline = poll.deadline
        self.policy = RetryPolicy(
            backoff_base=poll.first_interval,
            backoff_max=poll.max_interval,
            jitter=False,
            sleep=poll.sleep,
            async_sleep=poll.async_sleep,
        )
        self._clock = poll.clock or time.monotonic
        self._started = self._clock()
        self._waits = 0

    def waited(self) -> float:
        """Seconds since polling started."""
        return self._clock() - self._started

    def next_wait(self) -> float | None:
        """Seconds to wait before the next try, or None when the deadline has passed."""
        left = self.deadline - self.waited()
        delay = self.policy.backoff(min(self._waits, 64))
        self._waits += 1
        return None if left <= 0 else min(delay, left)


@attrs.define(eq=False)
class Job:
    """One classic upload (:class:`~.v7.FilesJob` builds on it): options, source, state and
    progress. ``lock`` guards the state; progress is reported holding it (never overlapping)."""

    options: Options
    source: Source
    state: UploadState
    lock: threading.Lock = attrs.field(init=False, factory=threading.Lock)
    bytes_done: int = attrs.field(init=False)
    todo: deque[int] = attrs.field(init=False, factory=deque)

    def __attrs_post_init__(self) -> None:
        self.bytes_done = sum(self.state.span(n)[1] for n in self.state.registered)

    @classmethod
    def open(cls, options: Options, source: object) -> Job:
        """Open and check the source and start (or take up) the state; nothing is sent."""
        opened = open_source(source, options.size)
        try:
            return cls(options, opened, _state(options, opened))
        except BaseException:
            opened.close()
            raise

    @property
    def session(self) -> Session:
        return self.options.session

    @property
    def kind(self) -> Kind:
        return self.state.kind

    def report(self, stage: Stage) -> None:
        """Tell the progress callback (if any) where the upload is."""
        with self.lock:
            self._emit(stage)

    def _emit(self, stage: Stage) -> None:
        if (progress := self.options.progress) is not None:
            state = self.state
            done, parts = len(state.registered), state.parts
            progress(
                UploadProgress(stage, self.bytes_done, state.size, done, parts, state.filename)
            )

    def snapshot(self) -> UploadState:
        with self.lock:
            return self.state.copy()

    def error(self, kind: type[E], message: str, **details: Any) -> E:
        """An UploadError of this upload, holding a copy of its state."""
        state = self.snapshot()
        return kind(message, filename=state.filename, state=state, **details)

    def failure(self, exc: BaseException) -> UploadError:
        """The UploadError to raise for ``exc`` (chain it with ``from exc``)."""
        if isinstance(exc, UploadError):
            return exc
        state = self.state
        done = f"{len(state.registered)} of {state.parts} parts uploaded"
        return self.error(UploadError, f"upload stopped while {state.stage} ({done}): {exc}")

    def go(self, stage: Literal["saving", "done"]) -> None:
        with self.lock:
            self.state.stage = stage

    def cached_endpoint(self) -> str | None:
        """The S3 endpoint this connection got before, if any."""
        with _ENDPOINTS_LOCK:
            return _ENDPOINTS.get(self.session)

    def on_endpoint(self, url: str) -> None:
        if (problem := s3_endpoint_problem(url)) is not None:
            raise odd("GET /api/upload/endpoint/", f"Bynder gave an S3 endpoint that {problem}")
        with _ENDPOINTS_LOCK:
            _ENDPOINTS[self.session] = url
        with self.lock:
            self.state.endpoint = url.strip()

    def on_init(self, init: UploadInit) -> None:
        # The generated model requires these fields; only empty values are left to refuse.
        upload_id, target_id = init.s3file.uploadid, init.s3file.targetid
        fields = init.multipart_params.to_dict()
        if not (upload_id and target_id and init.s3_filename and fields["key"]):
            raise odd(
                "POST /api/upload/init/",
                "Bynder's init answer has an empty s3file.uploadid, s3file.targetid, s3_filename "
                "or multipart_params.key",
            )
        with self.lock:
            state = self.state
            state.upload_id, state.target_id = upload_id, target_id
            state.s3_filename = init.s3_filename
            state.multipart_params = {str(k): str(v) for k, v in fields.items()}
            state.stage = "uploading"

    @property
    def next_part_reads(self) -> bool:
        """Whether :meth:`next_part` reads the source (async code runs it in a thread)."""
        return not self.source.random_access

    def start_parts(self) -> int:
        """Start taking the missing parts; how many there are."""
        with self.lock:
            self.todo = deque(self.state.missing_parts)
            return len(self.todo)

    def next_part(self) -> tuple[int, PartReader, str | None] | None:
        """The next part to send (its number, its body, and for v7 its SHA-256), None at the
        end; one worker at a time (a stream's parts are read here, in order)."""
        if not self.todo:
            return None
        number = self.todo.popleft()
        return number, self.source.part(*self.state.span(number)), None

    def finish_parts(self) -> None:
        """After the part workers: on to the finalise once every part is accepted."""
        with self.lock:
            if not self.state.missing_parts:
                self.state.stage = "finalising"

    def s3_fields(self, number: int) -> dict[str, str]:
        """The S3 form of part ``number``, without the file (which goes last)."""
        state = self.state
        key = f"{state.multipart_params['key']}/p{number}"
        fields = dict(state.multipart_params, key=key, Filename=key, name=state.filename)
        return fields | {"chunk": str(number), "chunks": str(state.parts)}

    def s3_secrets(self) -> list[str]:
        """Strings to scrub from an S3 error (S3 may echo the policy and its signature)."""
        signed = [v for k, v in self.state.multipart_params.items() if k.lower() in _SIGNED]
        return [*self.session.secrets(), *signed]

    def part_done(self, number: int, sha256: str | None = None) -> None:
        with self.lock:
            state = self.state
            if sha256 is not None:
                state.part_sha256[number] = sha256
            if number not in state.registered:
                state.registered.add(number)
                self.bytes_done += state.span(number)[1]
            if len(state.registered) == state.parts:
                state.stage = "finalising"
            self._emit("uploading")

    def on_finalised(self, answer: FinaliseResponse) -> None:
        if not answer.import_id:
            what = f"POST /api/v4/upload/{self.state.upload_id}/"
            raise odd(what, "Bynder's finalise answer has an empty importId", 202)
        with self.lock:
            self.state.import_id = answer.import_id
            self.state.batch_id = answer.batch_id if isinstance(answer.batch_id, str) else None
            self.state.stage = "processing"

    def verdict(self, answer: PollStatus) -> bool:
        """Whether the poll says the import is processed; UploadFailed if it could not be."""
        import_id, done = self.state.import_id, answer.items_done
        for outcome, items in (
            ("failed", answer.items_failed),
            ("rejected", answer.items_rejected),
        ):
            if not isinstance(items, Unset) and import_id in items:
                raise self.error(
                    UploadFailed,
                    f"Bynder {'rejected' if outcome == 'rejected' else 'could not process'} the "
                    f"file (import {import_id})",
                    import_id=str(import_id),
                    outcome=outcome,
                    body=answer.to_dict(),
                )
        return not isinstance(done, Unset) and import_id in done

    def timed_out(self, waited: float, answer: PollStatus | None, why: str) -> UploadTimeout:
        import_id = self.state.import_id
        return self.error(
            UploadTimeout,
            f"{why} after {waited:.1f} s (import {import_id}); every part is uploaded: resume "
            "with error.state to poll again",
            import_id=str(import_id),
            waited=waited,
            body=None if answer is None else answer.to_dict(),
        )

    def not_ready(self, waited: float, saves: int) -> UploadTimeout:
        """The UploadTimeout after ``saves`` saves answered 303."""
        return self.timed_out(waited, None, f"Bynder answered 303 to {saves} saves")

    def save_target(self) -> str:
        """The id the saves take: the import id."""
        return str(self.state.import_id)

    def save_form(self) -> SaveMediaForm:
        form = SaveMediaForm(brand_id=str(self.options.brand_id))
        form.additional_properties.update(self.options.fields)
        return form

    def update_form(self) -> AssetUpdateForm | None:
        """The caller's metadata for ``update_asset`` (versions and additionals), if any."""
        if self.kind == "asset" or not self.options.fields:
            return None
        form = AssetUpdateForm()
        form.additional_properties.update(self.options.fields)
        return form

    def on_saved(self, answer: SaveMediaResponse | SaveAdditionalResponse) -> None:
        media_id = answer.mediaid if isinstance(answer.mediaid, str) else self.state.asset_id
        if not media_id:
            what = f"POST /api/v4/media/save/{self.save_target()}/"
            raise odd(what, "Bynder's save answer has no mediaid", 201)
        items = answer.mediaitems
        with self.lock:
            state = self.state
            state.media_id = media_id
            if isinstance(answer.batch_id, str):
                state.batch_id = answer.batch_id
            if isinstance(answer, SaveAdditionalResponse) and isinstance(answer.item_id, str):
                state.item_id = answer.item_id
            state.media_items = [i.to_dict() for i in items] if isinstance(items, list) else []
            state.stage = "updating" if self.update_form() is not None else "done"

    def save_sending(self) -> bool:
        """Note that a save goes out now; True when one went out before (its asset may exist: see
        :meth:`recovered`)."""
        with self.lock:
            earlier = self.state.save_sent_at is not None
            if not earlier:
                self.state.save_sent_at = time.time()
            return earlier

    def earlier_save(self) -> bool:
        """Whether a save of a new asset went out in an earlier run (look for its asset first)."""
        return self.kind == "asset" and self.state.save_sent_at is not None

    def lookup_query(self) -> dict[str, Any]:
        """``list_assets`` arguments for the new assets that an earlier save may have made."""
        since = float(self.state.save_sent_at or time.time()) - SAVE_LOOKUP_MARGIN
        moment = datetime.datetime.fromtimestamp(since, datetime.UTC)
        return {
            "brand_id": str(self.options.brand_id),
            "date_created": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "order_by": "dateCreated desc",
            "include_media_items": True,
            "limit": 200,
        }

    def recovered(self, assets: Iterable[Asset]) -> bool:
        """Whether ``assets`` hold the one an earlier save made (then the job is saved): an
        original of this file's name and size, created since the save (less the margin), and for
        a new asset the name it was saved with. UploadError when several match."""
        state = self.state
        since = float(state.save_sent_at or 0.0) - SAVE_LOOKUP_MARGIN
        name = self.options.fields.get("name") if self.kind == "asset" else None
        found = {
            asset.id
            for asset in assets
            if isinstance(asset.id, str)
            and (name is None or asset.name == name)
            and any(
                item.type_ == "original"
                and (item.file_name, item.size) == (state.filename, state.size)
                and _unix_time(item.date_created) >= since
                for item in (asset.media_items if isinstance(asset.media_items, list) else [])
            )
        }
        if len(found) > 1:
            raise self.error(
                UploadError,
                f"the answer to the save was lost, and {len(found)} assets could be the one it "
                f"made ({', '.join(sorted(found))}): check them in the portal",
            )
        if not found:
            return False
        with self.lock:
            state.media_id, state.media_items = found.pop(), []
            state.stage = "updating" if self.update_form() is not None else "done"
        return True

    def result(self) -> UploadResult:
        state = self.snapshot()
        same = {n: getattr(state, n) for n in attrs.fields_dict(UploadResult) if n != "media_id"}
        return UploadResult(**same, media_id=str(state.media_id))


def _unix_time(value: object) -> float:
    """An ISO 8601 time as Unix time (infinity when absent or unreadable: it may be recent)."""
    try:
        moment = datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return float("inf")
    return (moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)).timestamp()


def _state(options: Options, source: Source) -> UploadState:
    """A new state for ``source``, or the resumed one once it is known to fit."""
    fail = ConfigurationError
    if options.resume is None:
        if (filename := options.filename or source.name) is None:
            raise fail(
                "pass filename= (with an extension): bytes and nameless file objects carry no "
                "name for Bynder to show"
            )
        default = DEFAULT_CHUNK_SIZE if options.engine == "classic" else V7_DEFAULT_CHUNK_SIZE
        return UploadState(
            kind=options.kind,
            asset_id=options.asset_id,
            filename=check_filename(filename),
            size=source.size,
            chunk_size=options.chunk_size or default,
            engine=options.engine,
        )
    resume = options.resume
    state = resume.copy() if isinstance(resume, UploadState) else UploadState.from_dict(resume)
    if state.endpoint is not None and (problem := s3_endpoint_problem(state.endpoint)):
        raise fail(f"this upload state's S3 endpoint {problem}")
    if state.engine != options.engine:
        raise fail(
            f"this upload state is for the {state.engine} engine: pass engine={state.engine!r} "
            "to resume it"
        )
    if state.kind != options.kind:
        raise fail(f"this upload state is for a new {state.kind}, not a new {options.kind}")
    if state.asset_id != options.asset_id:
        raise fail(f"this upload state is for asset {state.asset_id!r}, not {options.asset_id!r}")
    if source.size != state.size:
        raise fail(
            f"the source holds {source.size} bytes but the upload state was made for "
            f"{state.size}: resume with the same file"
        )
    if options.chunk_size not in (None, state.chunk_size):
        raise fail(
            f"chunk_size={options.chunk_size} differs from the resumed upload's "
            f"{state.chunk_size}; leave chunk_size out when resuming"
        )
    if options.filename not in (None, state.filename):
        raise fail(
            f"filename {options.filename!r} differs from the resumed upload's {state.filename!r}"
        )
    return state
