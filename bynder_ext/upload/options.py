"""The options of an upload call as declared data: one attrs class whose validators raise
ConfigurationError before any request, and the TypedDicts that type the keyword arguments."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any, TypedDict

import attrs

from ..client import BynderClient, Session, session_of
from ..errors import ConfigurationError
from ..retry import RetryPolicy
from .models import (
    DEFAULT_CONCURRENCY,
    ENGINES,
    KINDS,
    MAX_CHUNK_SIZE,
    MIN_CHUNK_SIZE,
    V7_MAX_CHUNK_SIZE,
    V7_MIN_CHUNK_SIZE,
    Engine,
    Kind,
    PollPolicy,
    ProgressCallback,
    UploadItem,
    UploadState,
    counts,
    rule,
)

FieldValue = str | int | bool  #: a value of ``extra_fields``
#: Retries of each part request (S3 POST and register, v7 chunk, prepare, init, finalise).
DEFAULT_PART_RETRIES = 5
#: Metadata an UploadItem may set for its own file.
ITEM_FIELDS = ("description", "copyright", "tags", "metaproperties", "extra_fields")


class SharedOptions(TypedDict, total=False):
    """The keyword arguments of every upload function (see :class:`Options`)."""

    description: str | None
    copyright: str | None
    tags: str | Iterable[str] | None
    metaproperties: Mapping[str, str | Iterable[str]] | None
    extra_fields: Mapping[str, FieldValue] | None
    chunk_size: int | None
    progress: ProgressCallback | None
    poll: PollPolicy | None
    poll_deadline: float | None
    part_retry: RetryPolicy | None
    engine: Engine


class FileOptions(SharedOptions, total=False):
    """The keyword arguments of the one-file upload functions (see :class:`Options`)."""

    filename: str | None
    size: int | None
    name: str | None
    concurrency: int
    resume: UploadState | Mapping[str, Any] | None


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


def identifier(value: object, what: str) -> str:
    """An id that goes into a path: non-empty, no slash, not a dot segment."""
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"{what} must be a non-empty string")
    if value.strip() in (".", "..") or "/" in value:
        raise _fail(f"{what} {value!r} is not a valid id")
    return value.strip()


def _connected(_: Any, __: attrs.Attribute[Any], client: object) -> None:
    session_of(client)  # TypeError for a client that connect() did not build


def _filename(value: object) -> str | None:
    return None if value is None else check_filename(value)


def _stripped(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _ids(options: Options, attribute: attrs.Attribute[Any], value: object) -> None:
    if (options.kind == "asset") == (attribute.name == "brand_id") or value is not None:
        identifier(value, attribute.name)


def _chunk_size(options: Options, _: attrs.Attribute[Any], value: object) -> None:
    low, high, why = (
        (MIN_CHUNK_SIZE, MAX_CHUNK_SIZE, "5 MiB, S3's smallest part, to 5 GiB")
        if options.engine == "classic"
        else (V7_MIN_CHUNK_SIZE, V7_MAX_CHUNK_SIZE, "1 MiB to 64 MiB with the v7 engine")
    )
    if value is not None and not (isinstance(value, int) and counts(value, low) and value <= high):
        raise _fail(f"chunk_size must be an int from {low} to {high} ({why}), got {value!r}")


def _of(kind: Any, what: str) -> Any:
    return rule(lambda v: isinstance(v, kind), f"{{name}} must be {what}, got {{kind}}")


_TEXT = rule(lambda v: isinstance(v, str), "{name} must be a string, got {kind}")
_ONE_OR_MORE = rule(counts, "{name} must be an int >= 1, got {value!r}", optional=False)


@attrs.frozen(kw_only=True)
class Options:
    """The checked options of one upload: every keyword argument of the upload functions.

    - ``filename``: the name Bynder shows (default: the path's base name; required for bytes
      and nameless streams); ``size``: required for a non-seekable stream.
    - ``name``, ``description``, ``copyright``, ``tags`` (list or comma-joined string),
      ``metaproperties`` (metaproperty id -> option ids, or a raw value), ``extra_fields`` (other
      save fields, e.g. ``{"isPublic": True}``): sent with the save of a new asset; for a
      version or an additional, applied to the asset afterwards with ``update_asset``.
    - ``chunk_size`` (classic: default 8 MiB, 5 MiB to 5 GiB; v7: default 5 MiB, 1 to 64 MiB),
      ``concurrency`` (parts in flight, default 8), ``part_retry`` (the retry policy of each
      part request; default: the connection's, with at least 5 retries).
    - ``engine``: ``"classic"`` (S3, the default) or ``"v7"`` (the files service).
    - ``progress``: called with an :class:`~bynder_ext.upload.UploadProgress` at each step.
    - ``poll`` / ``poll_deadline``: the processing wait (:class:`~bynder_ext.upload.PollPolicy`).
    - ``resume``: the ``state`` of an :class:`~bynder_ext.errors.UploadError`, to continue.
    """

    client: BynderClient = attrs.field(validator=_connected)
    kind: Kind = attrs.field(validator=attrs.validators.in_(KINDS))
    engine: Engine = attrs.field(
        default="classic",
        validator=rule(
            ENGINES.__contains__,
            f"engine must be one of {', '.join(map(repr, ENGINES))}, got {{value!r}}",
            optional=False,
        ),
    )
    brand_id: str | None = attrs.field(default=None, converter=_stripped, validator=_ids)
    asset_id: str | None = attrs.field(default=None, converter=_stripped, validator=_ids)
    filename: str | None = attrs.field(default=None, converter=_filename)
    size: int | None = attrs.field(
        default=None,
        validator=rule(lambda v: counts(v, 0), "size must be an int >= 0, got {value!r}"),
    )
    name: str | None = attrs.field(default=None, validator=_TEXT)
    description: str | None = attrs.field(default=None, validator=_TEXT)
    copyright: str | None = attrs.field(default=None, validator=_TEXT)
    tags: str | Iterable[str] | None = None
    metaproperties: Mapping[str, str | Iterable[str]] | None = None
    extra_fields: Mapping[str, FieldValue] | None = None
    chunk_size: int | None = attrs.field(default=None, validator=_chunk_size)
    concurrency: int = attrs.field(default=DEFAULT_CONCURRENCY, validator=_ONE_OR_MORE)
    progress: ProgressCallback | None = attrs.field(
        default=None,
        validator=rule(callable, "progress must be a callable taking an UploadProgress"),
    )
    poll: PollPolicy | None = attrs.field(default=None, validator=_of(PollPolicy, "a PollPolicy"))
    poll_deadline: float | None = None
    part_retry: RetryPolicy | None = attrs.field(
        default=None, validator=_of(RetryPolicy, "a RetryPolicy")
    )
    resume: UploadState | Mapping[str, Any] | None = attrs.field(
        default=None, validator=_of(UploadState | Mapping, "an UploadState (or its to_dict())")
    )
    fields: dict[str, str] = attrs.field(init=False)  #: the metadata as Bynder's form fields
    waits: PollPolicy = attrs.field(init=False)  #: the poll policy, ``poll_deadline`` applied
    retry: RetryPolicy = attrs.field(init=False)  #: the retry policy of each part request

    def __attrs_post_init__(self) -> None:
        waits = self.poll or PollPolicy()
        if self.poll_deadline is not None:
            waits = attrs.evolve(waits, deadline=self.poll_deadline)
        connection = self.session.retry
        # Sending a part or registering it again is harmless: POST is safe to repeat here.
        retry = self.part_retry or attrs.evolve(
            connection, max_retries=max(connection.max_retries, DEFAULT_PART_RETRIES)
        )
        retry = attrs.evolve(retry, idempotent_methods={*retry.idempotent_methods, "POST"})
        object.__setattr__(self, "waits", waits)
        object.__setattr__(self, "retry", retry)
        object.__setattr__(self, "fields", self._fields())

    @property
    def session(self) -> Session:
        return session_of(self.client)

    def for_item(self, item: UploadItem) -> Options:
        """The options of one file of ``upload_many``: these, with the item's own."""
        own = {key: value for key in ITEM_FIELDS if (value := getattr(item, key)) is not None}
        return attrs.evolve(self, filename=item.filename, size=item.size, name=item.name, **own)

    def _fields(self) -> dict[str, str]:
        """The form fields of the caller's metadata, in Bynder's wire names; nothing dropped."""
        fields = {
            k: v
            for k in ("name", "description", "copyright")
            if (v := getattr(self, k)) is not None
        }
        if self.tags is not None:
            fields["tags"] = join_values(self.tags, "tags")
        if (properties := self.metaproperties) is not None:
            if not isinstance(properties, Mapping):
                raise _fail("metaproperties must map metaproperty ids to option ids (or a value)")
            for prop, values in properties.items():
                prop_id = identifier(prop, "a metaproperty id")
                fields[f"metaproperty.{prop_id}"] = join_values(values, f"metaproperty {prop_id}")
        if not isinstance(extra := {} if self.extra_fields is None else self.extra_fields, Mapping):
            raise _fail("extra_fields must be a dict of form fields")
        for key, value in extra.items():
            if not isinstance(key, str) or not key:
                raise _fail("extra_fields keys must be non-empty strings")
            if key in fields or key == "brandId":
                raise _fail(f"extra_fields[{key!r}] repeats an argument given by name")
            if not isinstance(value, int | str):
                raise _fail(
                    f"extra_fields[{key!r}] must be a string, an int or a bool, "
                    f"got {type(value).__name__}"
                )
            fields[key] = str(value).lower() if isinstance(value, bool) else str(value)
        return fields


def join_values(values: object, what: str) -> str:
    """Comma-join ``values`` (a single string is taken as is); ConfigurationError for an item
    that is not a non-empty string or that holds a comma."""
    if isinstance(values, str):
        return values
    if isinstance(values, bytes | bytearray) or not isinstance(values, Iterable):
        raise _fail(f"{what} must be a string or a list of strings")
    items: list[str] = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise _fail(f"{what} must hold non-empty strings, got {value!r}")
        if "," in value:
            raise _fail(f"{what}: {value!r} holds a comma, which Bynder reads as a separator")
        items.append(value.strip())
    return ",".join(items)


def many_items(sources: object, concurrency: object) -> list[UploadItem]:
    """The files of an ``upload_many`` call as UploadItems; ConfigurationError for a bad call."""
    _ONE_OR_MORE(None, attrs.fields(Options).concurrency, concurrency)
    if isinstance(sources, str | bytes | bytearray | memoryview | os.PathLike) or not isinstance(
        sources, Iterable
    ):
        raise _fail("sources must be a list of sources (paths, bytes, files or UploadItems)")
    return [s if isinstance(s, UploadItem) else UploadItem(source=s) for s in sources]


def guess_name(item: UploadItem) -> str | None:
    """The file name to report for an item that failed before it was opened."""
    if item.filename is not None or not isinstance(item.source, str | os.PathLike):
        return item.filename
    return os.path.basename(os.fspath(item.source))
