"""The checked inputs of a transformation and the URL they make (no I/O)."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any, Final, Literal
from urllib.parse import quote

import attrs
from bynder_client import AuthenticatedClient
from bynder_client.models.error import Error
from bynder_client.types import UNSET, File, Response

from ..client import session_of
from ..errors import ConfigurationError, DownloadError, identifier

#: Each operation and the parameters it takes.
OPERATIONS: Final[dict[str, frozenset[str]]] = {
    "background": frozenset({"color"}),
    "crop": frozenset({"width", "height", "x", "y", "gravity", "shape", "blur", "background"}),
    "extend": frozenset({"width", "height", "background"}),
    "fill": frozenset({"width", "height", "gravity", "aspectratio"}),
    "fit": frozenset({"width", "height"}),
    "flip": frozenset(),
    "mirror": frozenset(),
    "rotate": frozenset({"angle", "background"}),
    "scale": frozenset({"width", "height"}),
}
#: The values of ``gravity``.
GRAVITIES: Final = frozenset(
    {"topleft", "top", "topright", "left", "center", "right", "bottomleft", "bottom", "bottomright"}
)
_PREFIX = "transform:"
_WHOLE = frozenset({"width", "height", "x", "y", "blur", "angle"})
_ASPECT = re.compile(r"^[1-9][0-9]*x[1-9][0-9]*$")
_RESERVED = frozenset(",: \t\r\n")  # would change how an io string splits

Format = Literal["jpg", "png", "webp"]


@dataclasses.dataclass(frozen=True)
class Transformation:
    """A derivative: its bytes and their content type (``image/webp``, ``image/jpeg``...)."""

    content: bytes
    content_type: str


def _check_value(operation: str, name: str, value: str) -> None:
    where = f"io {operation}.{name}"
    if not value or any(c in _RESERVED for c in value):
        raise ConfigurationError(f"{where}: {value!r} is empty or holds ',', ':' or a space")
    if name in _WHOLE:
        if not value.isascii() or not value.isdigit():
            raise ConfigurationError(f"{where} must be a whole number, got {value!r}")
        if name in ("width", "height") and int(value) < 1:
            raise ConfigurationError(f"{where} must be >= 1, got {value}")
        if name == "angle" and int(value) > 360:
            raise ConfigurationError(f"{where} must be between 0 and 360, got {value}")
    elif name == "gravity" and value not in GRAVITIES:
        raise ConfigurationError(f"{where} must be one of {', '.join(sorted(GRAVITIES))}")
    elif name == "shape" and value not in ("circle", "square"):
        raise ConfigurationError(f"{where} must be circle or square, got {value!r}")
    elif name == "aspectratio" and not _ASPECT.match(value):
        raise ConfigurationError(f"{where} must look like 16x9, got {value!r}")


def check_io(entry: object) -> str:
    """One io string, checked."""
    if not isinstance(entry, str):
        raise ConfigurationError(f"each io entry must be a string, got {type(entry).__name__}")
    example = "e.g. 'transform:fill,width:100,height:100'"
    head, *params = entry.split(",")
    operation = head.removeprefix(_PREFIX)
    if operation == head:
        raise ConfigurationError(
            f"io {entry!r} must start with 'transform:{{operation}}' ({example})"
        )
    if operation not in OPERATIONS:
        raise ConfigurationError(
            f"io {entry!r}: unknown operation {operation!r}; known: {', '.join(sorted(OPERATIONS))}"
        )
    allowed, seen = OPERATIONS[operation], set()
    for param in params:
        name, sep, value = param.partition(":")
        if not sep:
            raise ConfigurationError(f"io {entry!r}: {param!r} is not 'name:value' ({example})")
        if name not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise ConfigurationError(
                f"io {entry!r}: {operation} takes no parameter {name!r} (it takes: {known})"
            )
        if name in seen:
            raise ConfigurationError(f"io {entry!r}: parameter {name!r} is given twice")
        seen.add(name)
        _check_value(operation, name, value)
    return entry


def _io(io: object) -> list[str]:
    if isinstance(io, str):
        return [check_io(io)]
    if not isinstance(io, Iterable):
        raise ConfigurationError("io must be a string or a sequence of strings")
    return [check_io(entry) for entry in io]


def _coordinate(value: object, name: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"focus_point {name} must be a number, got {value!r}")
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        raise ConfigurationError(f"focus_point {name} must be between 0 and 1, got {value!r}")
    return f"{float(value):.6f}".rstrip("0").rstrip(".") or "0"


def _focus_point(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Sequence) or len(value) != 2:
        raise ConfigurationError(f"focus_point must be an (x, y) pair, got {value!r}")
    return f"{_coordinate(value[0], 'x')},{_coordinate(value[1], 'y')}"


def _asset_id(value: object) -> str:
    return identifier(value, "asset_id")


def _name(value: object) -> str:
    return identifier(value, "name")


def _format(value: object) -> Literal["jpg", "png"] | None:
    if value is None or value == "webp":
        return None
    if value == "jpg" or value == "png":
        return value
    raise ConfigurationError(f"format must be 'jpg', 'png' or None (WebP), got {value!r}")


@attrs.frozen(kw_only=True)
class TransformRequest:
    """The checked inputs of one transformation (ConfigurationError for bad ones)."""

    format: Literal["jpg", "png"] | None = attrs.field(converter=_format)
    asset_id: str = attrs.field(converter=_asset_id)
    name: str = attrs.field(converter=_name)
    io: list[str] = attrs.field(converter=_io)
    focus_point: str | None = attrs.field(converter=_focus_point)
    quality: int | None = attrs.field()

    @quality.validator
    def _quality(self, _: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
            raise ConfigurationError(f"quality must be an int from 1 to 100, got {value!r}")
        if self.format == "png":
            raise ConfigurationError(
                "quality does not apply to png (Bynder ignores it); leave it out"
            )

    def query(self) -> list[tuple[str, str]]:
        """The query pairs, in Bynder's order."""
        extra = {"focuspoint": self.focus_point, "format": self.format, "quality": self.quality}
        pairs = [(key, str(value)) for key, value in extra.items() if value is not None]
        return [("io", entry) for entry in self.io] + pairs

    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments of the generated operation."""
        return {
            "io": self.io or UNSET,
            "focuspoint": UNSET if self.focus_point is None else self.focus_point,
            "format_": UNSET if self.format is None else self.format,
            "quality": UNSET if self.quality is None else self.quality,
        }

    def result(self, reply: Response[Error | File]) -> Transformation:
        """The derivative, if the answer is an image (DownloadError otherwise)."""
        content_type = (reply.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
        if not content_type.startswith("image/"):
            raise DownloadError(
                f"transformation of asset {self.asset_id}: expected an image, "
                f"got {content_type or 'no content type'}"
            )
        return Transformation(content=reply.content, content_type=content_type)


def transform_op(operation: str, /, **params: int | str) -> str:
    """One checked ``io`` string: ``transform_op("fill", width=100, height=100)`` gives
    ``"transform:fill,width:100,height:100"`` (parameters in the order given)."""
    if not isinstance(operation, str):
        raise ConfigurationError(f"operation must be a string, got {operation!r}")
    parts = [f"{_PREFIX}{operation}"]
    for name, value in params.items():
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ConfigurationError(f"io {operation}.{name} must be an int or a string")
        parts.append(f"{name}:{value}")
    return check_io(",".join(parts))


def transformation_url(
    client: AuthenticatedClient,
    asset_id: str,
    name: str,
    *,
    io: Iterable[str] | str = (),
    focus_point: Sequence[float] | None = None,
    format: Format | None = None,
    quality: int | None = None,
) -> str:
    """The transformation's URL on the client's portal; nothing is sent."""
    origin = session_of(client).origin
    request = TransformRequest(
        asset_id=asset_id, name=name, io=io, focus_point=focus_point, format=format, quality=quality
    )
    path = f"/transform/{quote(request.asset_id, safe='')}/{quote(request.name, safe='')}"
    query = "&".join(f"{key}={quote(value, safe=':,')}" for key, value in request.query())
    return f"{origin}{path}" + (f"?{query}" if query else "")
