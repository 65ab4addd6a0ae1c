"""The plain objects of an upload: its resumable state, progress reports, results and options."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from ..errors import ConfigurationError

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_CONCURRENCY",
    "ENGINES",
    "MIN_CHUNK_SIZE",
    "V7_DEFAULT_CHUNK_SIZE",
    "V7_MAX_CHUNK_SIZE",
    "V7_MIN_CHUNK_SIZE",
    "Engine",
    "Kind",
    "PollPolicy",
    "ProgressCallback",
    "Stage",
    "UploadItem",
    "UploadOutcome",
    "UploadProgress",
    "UploadResult",
    "UploadState",
]

#: S3 refuses parts smaller than 5 MiB, except the last one.
MIN_CHUNK_SIZE = 5 * 1024 * 1024
#: Part size used unless told otherwise (see the package docstring for the choice).
DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024
#: Parts in flight at once, per upload (see the package docstring for the choice).
DEFAULT_CONCURRENCY = 8
#: Largest part: S3 accepts at most 5 GiB in one POST.
MAX_CHUNK_SIZE = 5 * 1024 * 1024 * 1024

#: Chunk size of the v7 engine unless told otherwise: what Bynder's own v7 clients send (see the
#: package docstring for the choice).
V7_DEFAULT_CHUNK_SIZE = 5 * 1024 * 1024
#: Smallest v7 chunk this helper sends: each chunk is one request against the portal's budget.
V7_MIN_CHUNK_SIZE = 1024 * 1024
#: Largest v7 chunk this helper sends: a chunk is one request body to the portal, resent whole
#: when it fails (a guard of this helper's, not a limit Bynder documents).
V7_MAX_CHUNK_SIZE = 64 * 1024 * 1024

#: Which upload flow carries the bytes: Bynder's classic S3 upload, or the v7 files service.
Engine: TypeAlias = Literal["classic", "v7"]
ENGINES: tuple[Engine, ...] = ("classic", "v7")

#: What the upload becomes: a new asset, a new version of an asset, or an additional file of one.
Kind: TypeAlias = Literal["asset", "version", "additional"]

#: Steps reported to the progress callback, in order.
Stage: TypeAlias = Literal[
    "endpoint", "init", "uploading", "finalising", "processing", "saving", "done"
]

#: The step a stored state resumes at (the step it was in or was about to start).
ResumeStage: TypeAlias = Literal[
    "new", "uploading", "finalising", "processing", "saving", "updating", "done"
]
_RESUME_STAGES: tuple[str, ...] = (
    "new",
    "uploading",
    "finalising",
    "processing",
    "saving",
    "updating",
    "done",
)
_KINDS: tuple[str, ...] = ("asset", "version", "additional")
#: Written by :meth:`UploadState.to_dict`; format 1 (classic only, before the v7 engine) still loads.
STATE_FORMAT = 2
_READABLE_FORMATS = (1, 2)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class UploadProgress:
    """One progress report: the step, bytes and parts confirmed so far, and the file's name.

    ``bytes_done`` and ``parts_done`` count the parts Bynder has confirmed (classic: on S3 and
    registered; v7: each chunk accepted); they never decrease.
    """

    stage: Stage
    bytes_done: int
    bytes_total: int
    parts_done: int
    parts_total: int
    filename: str

    @property
    def fraction(self) -> float:
        """``bytes_done / bytes_total`` (1.0 for an empty total)."""
        return self.bytes_done / self.bytes_total if self.bytes_total else 1.0


#: Receives every :class:`UploadProgress`; calls are never concurrent (see the package docstring).
ProgressCallback: TypeAlias = Callable[[UploadProgress], object]


@dataclass(frozen=True)
class UploadResult:
    """What a finished upload produced.

    ``media_id`` is the asset (new, or the one given for a version or an additional);
    ``import_id`` is None for an additional (Bynder saves it without an import) and for the v7
    engine; ``item_id`` is the additional's media item id when Bynder returns one.
    ``media_items`` are Bynder's ``{"original", "destination"}`` entries of the save answer.
    ``engine`` is the flow used; the v7 engine also gives the ``file_id`` it saved, the
    ``correlation_id`` of its finalise (quote it to Bynder's support) and the file's ``sha256``.
    """

    kind: Kind
    media_id: str
    filename: str
    size: int
    parts: int
    import_id: str | None = None
    batch_id: str | None = None
    item_id: str | None = None
    media_items: tuple[dict[str, Any], ...] = ()
    engine: Engine = "classic"
    file_id: str | None = None
    correlation_id: str | None = None
    sha256: str | None = None


@dataclass
class UploadState:
    """Everything needed to continue an upload: JSON-safe through :meth:`to_dict` and
    :meth:`from_dict`.

    It holds the engine, the file's name, size and part layout, the parts already accepted
    (``registered``), and the asset once saved. Parts are numbered from 1 for both engines (the v7
    engine sends part N as chunk N - 1).

    - classic: the S3 endpoint, Bynder's init answer (upload id, target id, S3 key and the signed
      POST-policy fields) and the import id once finalised. It holds no Bynder token, but the
      policy fields let anyone write this upload's S3 keys until the policy expires: keep it as
      private as the file.
    - v7: the file id, the SHA-256 of every accepted part (``part_sha256``: a resumed upload
      checks the source against them), the whole file's SHA-256 once computed, and the
      correlation id of the finalise.
    - both: when the first save was sent (``save_sent_at``, Unix time). A resumed upload whose
      save may have gone through without its answer uses it to find the asset the save made
      rather than make a second one.

    The upload functions copy the state they are given and never change it.
    """

    kind: Kind
    filename: str
    size: int
    chunk_size: int
    asset_id: str | None = None
    stage: ResumeStage = "new"
    endpoint: str | None = None
    upload_id: str | None = None
    target_id: str | None = None
    s3_filename: str | None = None
    multipart_params: dict[str, str] = field(default_factory=dict)
    registered: set[int] = field(default_factory=set)
    import_id: str | None = None
    batch_id: str | None = None
    media_id: str | None = None
    item_id: str | None = None
    media_items: list[dict[str, Any]] = field(default_factory=list)
    engine: Engine = "classic"
    file_id: str | None = None
    part_sha256: dict[int, str] = field(default_factory=dict)
    sha256: str | None = None
    correlation_id: str | None = None
    save_sent_at: float | None = None

    @property
    def parts(self) -> int:
        """Number of parts: ``ceil(size / chunk_size)``."""
        return part_count(self.size, self.chunk_size)

    @property
    def missing_parts(self) -> list[int]:
        """Part numbers (1-based) not accepted yet, in order."""
        return [n for n in range(1, self.parts + 1) if n not in self.registered]

    def bytes_registered(self) -> int:
        """Bytes of the accepted parts."""
        return sum(part_span(n, self.size, self.chunk_size)[1] for n in self.registered)

    def copy(self) -> UploadState:
        """An independent copy."""
        return dataclasses.replace(
            self,
            multipart_params=dict(self.multipart_params),
            registered=set(self.registered),
            media_items=[dict(item) for item in self.media_items],
            part_sha256=dict(self.part_sha256),
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (``json.dumps`` it to store the state)."""
        return {
            "format": STATE_FORMAT,
            "kind": self.kind,
            "asset_id": self.asset_id,
            "filename": self.filename,
            "size": self.size,
            "chunk_size": self.chunk_size,
            "parts": self.parts,
            "stage": self.stage,
            "endpoint": self.endpoint,
            "upload_id": self.upload_id,
            "target_id": self.target_id,
            "s3_filename": self.s3_filename,
            "multipart_params": dict(self.multipart_params),
            "registered": sorted(self.registered),
            "import_id": self.import_id,
            "batch_id": self.batch_id,
            "media_id": self.media_id,
            "item_id": self.item_id,
            "media_items": [dict(item) for item in self.media_items],
            "engine": self.engine,
            "file_id": self.file_id,
            "part_sha256": {
                str(n): self.part_sha256[n]
                for n in sorted(self.registered)
                if n in self.part_sha256
            },
            "sha256": self.sha256,
            "correlation_id": self.correlation_id,
            "save_sent_at": self.save_sent_at,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UploadState:
        """Rebuild a state from :meth:`to_dict`'s output; ConfigurationError if it is not one."""
        if not isinstance(data, Mapping):
            raise ConfigurationError("an upload state must be a dict made by UploadState.to_dict()")
        if data.get("format") not in _READABLE_FORMATS:
            raise ConfigurationError(
                f"unsupported upload state format {data.get('format')!r} (expected {STATE_FORMAT})"
            )
        try:
            kind = data["kind"]
            stage = data["stage"]
            engine = data.get("engine") or "classic"
            if kind not in _KINDS:
                raise ValueError(f"kind {kind!r}")
            if engine not in ENGINES:
                raise ValueError(f"engine {engine!r}")
            if stage not in _RESUME_STAGES:
                raise ValueError(f"stage {stage!r}")
            params = data.get("multipart_params") or {}
            if not isinstance(params, Mapping) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in params.items()
            ):
                raise ValueError("multipart_params must map strings to strings")
            registered = data.get("registered") or []
            items = data.get("media_items") or []
            if not isinstance(registered, list) or not isinstance(items, list):
                raise ValueError("registered and media_items must be lists")
            state = cls(
                kind=kind,
                filename=_text(data, "filename", required=True) or "",
                size=_count(data, "size"),
                chunk_size=_count(data, "chunk_size"),
                asset_id=_text(data, "asset_id"),
                stage=stage,
                endpoint=_text(data, "endpoint"),
                upload_id=_text(data, "upload_id"),
                target_id=_text(data, "target_id"),
                s3_filename=_text(data, "s3_filename"),
                multipart_params=dict(params),
                registered={_part_number(n) for n in registered},
                import_id=_text(data, "import_id"),
                batch_id=_text(data, "batch_id"),
                media_id=_text(data, "media_id"),
                item_id=_text(data, "item_id"),
                media_items=[dict(item) for item in items if isinstance(item, Mapping)],
                engine=engine,
                file_id=_text(data, "file_id"),
                part_sha256=_digests(data.get("part_sha256")),
                sha256=_digest(data.get("sha256"), "sha256"),
                correlation_id=_text(data, "correlation_id"),
                save_sent_at=_moment(data.get("save_sent_at")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigurationError(f"not a valid upload state: {exc}") from None
        if any(n > state.parts for n in state.registered):
            raise ConfigurationError("not a valid upload state: a registered part is out of range")
        if state.engine == "v7":
            if state.stage != "new" and not state.file_id:
                raise ConfigurationError(
                    "not a valid upload state: it is past 'new' but has no file id"
                )
            if not state.registered <= set(state.part_sha256):
                raise ConfigurationError(
                    "not a valid upload state: an accepted part has no SHA-256"
                )
        elif state.stage != "new" and not (state.endpoint and state.upload_id and state.target_id):
            raise ConfigurationError(
                "not a valid upload state: it is past 'new' but has no endpoint or upload id"
            )
        return state

    def __repr__(self) -> str:
        # Short on purpose: the policy fields (a signature) stay out of logs.
        return (
            f"UploadState(kind={self.kind!r}, engine={self.engine!r}, filename={self.filename!r}, "
            f"size={self.size}, stage={self.stage!r}, parts={len(self.registered)}/{self.parts})"
        )


def _text(data: Mapping[str, Any], name: str, *, required: bool = False) -> str | None:
    value = data.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value):
        raise ValueError(f"{name} must be a string")
    return value


def _moment(value: object) -> float | None:
    """A Unix time, or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"save_sent_at must be a Unix time, got {value!r}")
    return float(value)


def _count(data: Mapping[str, Any], name: str) -> int:
    value = data[name]
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be an integer >= 1")
    return value


def _digest(value: object, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _HEX64.match(value):
        raise ValueError(f"{what} must be 64 lower-case hexadecimal digits")
    return value


def _digests(value: object) -> dict[int, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValueError("part_sha256 must map part numbers to SHA-256 digests")
    out: dict[int, str] = {}
    for key, digest in value.items():
        if not isinstance(key, str) or not key.isdigit():
            raise ValueError("part_sha256 keys must be part numbers")
        out[_part_number(int(key))] = str(_digest(digest, f"part_sha256[{key}]"))
    return out


def _part_number(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("registered part numbers must be integers >= 1")
    return value


def part_count(size: int, chunk_size: int) -> int:
    """Number of parts of ``size`` bytes cut in ``chunk_size`` pieces (at least 1)."""
    return max(1, -(-size // chunk_size))


def part_span(number: int, size: int, chunk_size: int) -> tuple[int, int]:
    """(offset, length) of part ``number`` (1-based)."""
    offset = (number - 1) * chunk_size
    return offset, min(chunk_size, size - offset)


@dataclass(frozen=True)
class PollPolicy:
    """How to wait for Bynder to process a finalised upload.

    The first poll goes out at once; then the wait starts at ``first_interval`` seconds and doubles
    up to ``max_interval``. Past ``deadline`` seconds of polling the upload raises
    :class:`~bynder_ext.errors.UploadTimeout`. A save answered with 303 ("not converted yet") goes
    back to polling, at most ``max_saves`` times. The v7 engine has no poll step: it repeats a
    save answered 303 on the same cadence until the deadline (``max_saves`` does not apply).
    ``sleep``, ``async_sleep`` and ``clock`` (a monotonic clock in seconds) default to the real
    ones; tests inject them.
    """

    first_interval: float = 0.5
    max_interval: float = 5.0
    deadline: float = 600.0
    max_saves: int = 10
    sleep: Callable[[float], None] | None = field(default=None, compare=False, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] | None = field(
        default=None, compare=False, repr=False
    )
    clock: Callable[[], float] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("first_interval", "max_interval", "deadline"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or value <= 0
            ):
                raise ConfigurationError(f"{name} must be a number of seconds > 0, got {value!r}")
        if self.max_interval < self.first_interval:
            raise ConfigurationError("max_interval must be >= first_interval")
        if isinstance(self.max_saves, bool) or not isinstance(self.max_saves, int):
            raise ConfigurationError(f"max_saves must be an int >= 1, got {self.max_saves!r}")
        if self.max_saves < 1:
            raise ConfigurationError(f"max_saves must be an int >= 1, got {self.max_saves!r}")
        for name in ("sleep", "async_sleep", "clock"):
            value = getattr(self, name)
            if value is not None and not callable(value):
                raise ConfigurationError(f"{name} must be callable, got {value!r}")


@dataclass(frozen=True)
class UploadOutcome:
    """One file of :func:`~bynder_ext.upload.upload_many`: its ``result``, or the ``error`` that
    stopped it (an :class:`~bynder_ext.errors.UploadError` holds a resumable state)."""

    source: object
    filename: str | None
    result: UploadResult | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        """Whether the file was uploaded."""
        return self.error is None and self.result is not None


def join_values(values: object, what: str) -> str:
    """Comma-join ``values`` (a single string is taken as is); ConfigurationError for an item
    that is not a non-empty string or that holds a comma."""
    if isinstance(values, str):
        return values
    if isinstance(values, bytes | bytearray) or not isinstance(values, Iterable):
        raise ConfigurationError(f"{what} must be a string or a list of strings")
    items: list[str] = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise ConfigurationError(f"{what} must hold non-empty strings, got {value!r}")
        if "," in value:
            raise ConfigurationError(
                f"{what}: {value!r} holds a comma, which Bynder reads as a separator"
            )
        items.append(value.strip())
    return ",".join(items)


@dataclass(frozen=True)
class UploadItem:
    """One file for :func:`~bynder_ext.upload.upload_many` with its own file name and metadata;
    a field left as None takes the value given to the call."""

    source: object
    filename: str | None = None
    size: int | None = None
    name: str | None = None
    description: str | None = None
    copyright: str | None = None
    tags: str | Iterable[str] | None = None
    metaproperties: Mapping[str, str | Iterable[str]] | None = None
    extra_fields: Mapping[str, str | int | bool] | None = None
