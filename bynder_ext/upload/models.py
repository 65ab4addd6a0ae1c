"""The plain objects of an upload: its resumable state, progress reports, results and policies."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Literal, TypeAlias, get_args

import attrs

from ..errors import ConfigurationError

MIN_CHUNK_SIZE = 5 * 1024 * 1024  #: S3's smallest part (but the last)
DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024  #: the classic engine's part size (see the package docstring)
DEFAULT_CONCURRENCY = 8  #: parts in flight per upload (see the package docstring)
MAX_CHUNK_SIZE = 5 * 1024 * 1024 * 1024  #: S3 takes at most 5 GiB in one POST
V7_DEFAULT_CHUNK_SIZE = 5 * 1024 * 1024  #: what Bynder's own v7 clients send
V7_MIN_CHUNK_SIZE = 1024 * 1024  #: each v7 chunk is one request against the portal's budget
V7_MAX_CHUNK_SIZE = 64 * 1024 * 1024  #: a failed chunk is resent whole (this helper's guard)

#: Which upload flow carries the bytes: Bynder's classic S3 upload, or the v7 files service.
Engine: TypeAlias = Literal["classic", "v7"]
ENGINES: tuple[Engine, ...] = get_args(Engine)
#: What the upload becomes: a new asset, a new version of an asset, or an additional file of one.
Kind: TypeAlias = Literal["asset", "version", "additional"]
KINDS: tuple[Kind, ...] = get_args(Kind)
#: Steps reported to the progress callback, in order.
Stage: TypeAlias = Literal[
    "endpoint", "init", "uploading", "finalising", "processing", "saving", "done"
]
#: The step a stored state resumes at (the step it was in or was about to start).
ResumeStage: TypeAlias = Literal[
    "new", "uploading", "finalising", "processing", "saving", "updating", "done"
]
#: Written by :meth:`UploadState.to_dict`; format 1 (classic only, before v7) still loads.
STATE_FORMAT = 2


def rule(ok: Callable[[Any], object], message: str, *, optional: bool = True) -> Any:
    """An attrs validator raising ConfigurationError(``message``) when ``ok(value)`` is false (None
    passes when ``optional``); ``message`` may name ``{name}``, ``{value!r}`` and ``{kind}``."""

    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not (optional and value is None) and not ok(value):
            kind = type(value).__name__
            raise ConfigurationError(message.format(name=attribute.name, value=value, kind=kind))

    return check


def counts(value: object, least: int = 1) -> bool:
    """Whether ``value`` is an int (not a bool) of at least ``least``."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


@attrs.frozen
class UploadProgress:
    """One progress report: the step, the bytes and parts Bynder has confirmed (never
    decreasing), and the file's name."""

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


#: Receives every :class:`UploadProgress`; calls never overlap (see the package docstring).
ProgressCallback: TypeAlias = Callable[[UploadProgress], object]


@attrs.frozen
class UploadResult:
    """What a finished upload produced: ``media_id`` is the asset; ``import_id`` is None for an
    additional and for v7; ``item_id`` is an additional's media item id; ``media_items`` the save
    answer's entries; v7 also gives ``file_id``, its finalise's ``correlation_id`` and ``sha256``.
    """

    kind: Kind
    media_id: str
    filename: str
    size: int
    parts: int
    import_id: str | None = None
    batch_id: str | None = None
    item_id: str | None = None
    media_items: tuple[dict[str, Any], ...] = attrs.field(default=(), converter=tuple)
    engine: Engine = "classic"
    file_id: str | None = None
    correlation_id: str | None = None
    sha256: str | None = None


def _invalid(what: str) -> ConfigurationError:
    return ConfigurationError(f"not a valid upload state: {what}")


# The state's checks raise TypeError or ValueError; from_dict turns them into ConfigurationError.
_v = attrs.validators
_TEXT = _v.optional(_v.instance_of(str))
_COUNT = _v.and_(_v.instance_of(int), _v.ge(1))
_SHA256 = _v.matches_re(r"[0-9a-f]{64}")


def _items(items: Iterable[Any]) -> list[dict[str, Any]]:
    return [dict(item) for item in items if isinstance(item, Mapping)]


def _sums(sums: Mapping[Any, str]) -> dict[int, str]:
    return {int(n): sha for n, sha in dict(sums).items()}


def _finite(_: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not math.isfinite(value):
        raise ValueError(f"{attribute.name} must be a Unix time, got {value!r}")


@attrs.define(repr=False)
class UploadState:
    """Everything needed to continue an upload, JSON-safe through :meth:`to_dict` and
    :meth:`from_dict`: the file's layout, the parts accepted (``registered``, from 1), the ids of
    each step, v7's SHA-256s, and when the first save went out (``save_sent_at``: a resume after
    a lost answer looks for the asset it made). No Bynder token, but the S3 policy fields let
    anyone write this upload's keys until they expire: keep it as private as the file.
    """

    kind: Kind = attrs.field(validator=_v.in_(KINDS))
    filename: str = attrs.field(validator=_v.and_(_v.instance_of(str), _v.min_len(1)))
    size: int = attrs.field(validator=_COUNT)
    chunk_size: int = attrs.field(validator=_COUNT)
    asset_id: str | None = attrs.field(default=None, validator=_TEXT)
    stage: ResumeStage = attrs.field(default="new", validator=_v.in_(get_args(ResumeStage)))
    endpoint: str | None = attrs.field(default=None, validator=_TEXT)
    upload_id: str | None = attrs.field(default=None, validator=_TEXT)
    target_id: str | None = attrs.field(default=None, validator=_TEXT)
    s3_filename: str | None = attrs.field(default=None, validator=_TEXT)
    multipart_params: dict[str, str] = attrs.field(
        factory=dict,
        converter=dict,
        validator=_v.deep_mapping(_v.instance_of(str), _v.instance_of(str)),
    )
    registered: set[int] = attrs.field(
        factory=set, converter=set, validator=_v.deep_iterable(_COUNT)
    )
    import_id: str | None = attrs.field(default=None, validator=_TEXT)
    batch_id: str | None = attrs.field(default=None, validator=_TEXT)
    media_id: str | None = attrs.field(default=None, validator=_TEXT)
    item_id: str | None = attrs.field(default=None, validator=_TEXT)
    media_items: list[dict[str, Any]] = attrs.field(factory=list, converter=_items)
    engine: Engine = attrs.field(default="classic", validator=_v.in_(ENGINES))
    file_id: str | None = attrs.field(default=None, validator=_TEXT)
    part_sha256: dict[int, str] = attrs.field(
        factory=dict,
        converter=_sums,
        validator=_v.deep_mapping(_COUNT, _SHA256),
    )
    sha256: str | None = attrs.field(default=None, validator=_v.optional(_SHA256))
    correlation_id: str | None = attrs.field(default=None, validator=_TEXT)
    save_sent_at: float | None = attrs.field(
        default=None, converter=attrs.converters.optional(float), validator=_finite
    )

    @property
    def parts(self) -> int:
        """Number of parts: ``ceil(size / chunk_size)``."""
        return max(1, -(-self.size // self.chunk_size))

    @property
    def missing_parts(self) -> list[int]:
        """Part numbers (1-based) not accepted yet, in order."""
        return [n for n in range(1, self.parts + 1) if n not in self.registered]

    def span(self, number: int) -> tuple[int, int]:
        """(offset, length) of part ``number``."""
        offset = (number - 1) * self.chunk_size
        return offset, min(self.chunk_size, self.size - offset)

    def copy(self) -> UploadState:
        """An independent copy (the converters copy every container)."""
        return attrs.evolve(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (``json.dumps`` it to store the state)."""
        return attrs.asdict(self) | {
            "format": STATE_FORMAT,
            "parts": self.parts,
            "registered": sorted(self.registered),
            "part_sha256": {
                str(n): sha for n, sha in sorted(self.part_sha256.items()) if n in self.registered
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UploadState:
        """Rebuild a state from :meth:`to_dict`'s output; ConfigurationError if it is not one."""
        if not isinstance(data, Mapping):
            raise ConfigurationError("an upload state must be a dict made by UploadState.to_dict()")
        if data.get("format") not in (1, STATE_FORMAT):
            raise ConfigurationError(
                f"unsupported upload state format {data.get('format')!r} (expected {STATE_FORMAT})"
            )
        names = attrs.fields_dict(cls)
        try:
            state = cls(**{k: v for k, v in data.items() if k in names and v is not None})
        except (TypeError, ValueError) as exc:
            raise _invalid(str(exc)) from None
        if any(n > state.parts for n in state.registered):
            raise _invalid("a registered part is out of range")
        if state.engine == "v7":
            if state.stage != "new" and not state.file_id:
                raise _invalid("it is past 'new' but has no file id")
            if not state.registered <= set(state.part_sha256):
                raise _invalid("an accepted part has no SHA-256")
        elif state.stage != "new" and not (state.endpoint and state.upload_id and state.target_id):
            raise _invalid("it is past 'new' but has no endpoint or upload id")
        return state

    def __repr__(self) -> str:
        # Short on purpose: the policy fields (a signature) stay out of logs.
        return (
            f"UploadState(kind={self.kind!r}, engine={self.engine!r}, filename={self.filename!r}, "
            f"size={self.size}, stage={self.stage!r}, parts={len(self.registered)}/{self.parts})"
        )


_SECONDS = rule(
    lambda v: not isinstance(v, bool) and isinstance(v, int | float) and 0 < v < math.inf,
    "{name} must be a number of seconds > 0, got {value!r}",
    optional=False,
)
_CALLABLE = rule(callable, "{name} must be callable, got {value!r}")


@attrs.frozen
class PollPolicy:
    """How to wait for Bynder to process a finalised upload: the first poll at once, then waits
    from ``first_interval`` doubling to ``max_interval``; past ``deadline`` seconds,
    :class:`~bynder_ext.errors.UploadTimeout`. A save answered 303 goes back to polling at most
    ``max_saves`` times (v7, without polls, saves again on the same cadence until the deadline).
    ``sleep``, ``async_sleep`` and ``clock`` (monotonic seconds) default to the real ones.
    """

    first_interval: float = attrs.field(default=0.5, validator=_SECONDS)
    max_interval: float = attrs.field(default=5.0, validator=_SECONDS)
    deadline: float = attrs.field(default=600.0, validator=_SECONDS)
    max_saves: int = attrs.field(
        default=10,
        validator=rule(counts, "{name} must be an int >= 1, got {value!r}", optional=False),
    )
    sleep: Callable[[float], None] | None = attrs.field(
        default=None, eq=False, repr=False, validator=_CALLABLE
    )
    async_sleep: Callable[[float], Awaitable[None]] | None = attrs.field(
        default=None, eq=False, repr=False, validator=_CALLABLE
    )
    clock: Callable[[], float] | None = attrs.field(
        default=None, eq=False, repr=False, validator=_CALLABLE
    )

    def __attrs_post_init__(self) -> None:
        if self.max_interval < self.first_interval:
            raise ConfigurationError("max_interval must be >= first_interval")


@attrs.frozen
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


@attrs.frozen
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
