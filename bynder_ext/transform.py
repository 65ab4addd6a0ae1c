"""Dynamic asset transformations (DAT): build the URL of a derivative, or fetch its bytes.

``GET {portal}/transform/{asset id}/{name}`` answers an image computed on the fly (WebP unless
``format`` asks for ``jpg`` or ``png``). Its inputs, all checked here before any request:

- ``io``: operations applied in order, each ``transform:{operation},{param}:{value},...``. The
  operations and their parameters are Bynder's: ``background(color)``,
  ``crop(width, height, x, y, gravity, shape, blur, background)``,
  ``extend(width, height, background)``, ``fill(width, height, gravity, aspectratio)``,
  ``fit(width, height)``, ``flip``, ``mirror``, ``rotate(angle, background)`` and
  ``scale(width, height)``. Sizes are integers >= 1, offsets and blur integers >= 0, ``angle`` an
  integer from 0 to 360, ``gravity`` one of the nine compass positions, ``shape`` circle or
  square, ``aspectratio`` ``{int}x{int}``; colours are passed through for the portal to judge.
  :func:`transform_op` writes such a string from keyword arguments.
- ``focus_point``: ``(x, y)``, each from 0 to 1, sent as ``focuspoint=x,y``.
- ``format``: ``"jpg"`` or ``"png"``; ``None`` (or ``"webp"``) keeps the default WebP.
- ``quality``: an integer from 1 to 100. Bynder ignores it for PNG, so asking for both is refused
  (ConfigurationError) rather than silently dropped.

:func:`transformation_url` returns the URL without sending anything (for ``<img src>``, a CDN, a
cache key); ``:`` and ``,`` are left readable in the query, as in Bynder's examples.
:func:`fetch_transformation` / :func:`afetch_transformation` call the generated
``generate_dynamic_asset_transformation`` (so auth, retries and typed errors apply) and return the
bytes and their content type. Derivatives are images of bounded size, so the body is read whole.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any, Final, Literal
from urllib.parse import quote

from bynder_client import AuthenticatedClient
from bynder_client.api.transformations import generate_dynamic_asset_transformation
from bynder_client.models.error import Error
from bynder_client.types import UNSET, File, Response, Unset

from .client import raising_errors, session_of
from .errors import ConfigurationError, DownloadError, identifier

__all__ = [
    "GRAVITIES",
    "OPERATIONS",
    "Transformation",
    "afetch_transformation",
    "fetch_transformation",
    "transform_op",
    "transformation_url",
]

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
_SIZES = frozenset({"width", "height"})
_OFFSETS = frozenset({"x", "y", "blur"})
_ASPECT = re.compile(r"^[1-9][0-9]*x[1-9][0-9]*$")
_INTEGER = re.compile(r"^[0-9]+$")
# Characters that would change how an io string splits into parameters.
_RESERVED = frozenset(",: \t\r\n")

Format = Literal["jpg", "png", "webp"]


@dataclasses.dataclass(frozen=True)
class Transformation:
    """A derivative: its bytes and their content type (``image/webp``, ``image/jpeg``...)."""

    content: bytes
    content_type: str


# -- checks -------------------------------------------------------------------------------------


def _check_value(operation: str, name: str, value: str) -> None:
    where = f"io {operation}.{name}"
    if not value or any(c in _RESERVED for c in value):
        raise ConfigurationError(f"{where}: {value!r} is empty or holds ',', ':' or a space")
    if name in _SIZES or name in _OFFSETS or name == "angle":
        if not _INTEGER.match(value):
            raise ConfigurationError(f"{where} must be a whole number, got {value!r}")
        number = int(value)
        if name in _SIZES and number < 1:
            raise ConfigurationError(f"{where} must be >= 1, got {value}")
        if name == "angle" and number > 360:
            raise ConfigurationError(f"{where} must be between 0 and 360, got {value}")
    elif name == "gravity" and value not in GRAVITIES:
        raise ConfigurationError(f"{where} must be one of {', '.join(sorted(GRAVITIES))}")
    elif name == "shape" and value not in ("circle", "square"):
        raise ConfigurationError(f"{where} must be circle or square, got {value!r}")
    elif name == "aspectratio" and not _ASPECT.match(value):
        raise ConfigurationError(f"{where} must look like 16x9, got {value!r}")


def _check_io(entry: object) -> str:
    """One io string, checked."""
    if not isinstance(entry, str):
        raise ConfigurationError(f"each io entry must be a string, got {type(entry).__name__}")
    example = "e.g. 'transform:fill,width:100,height:100'"
    head, *params = entry.split(",")
    if not head.startswith(_PREFIX):
        raise ConfigurationError(
            f"io {entry!r} must start with 'transform:{{operation}}' ({example})"
        )
    operation = head[len(_PREFIX) :]
    if operation not in OPERATIONS:
        raise ConfigurationError(
            f"io {entry!r}: unknown operation {operation!r}; known: {', '.join(sorted(OPERATIONS))}"
        )
    allowed = OPERATIONS[operation]
    seen: set[str] = set()
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


def _check_ios(io: object) -> list[str]:
    if isinstance(io, str):
        return [_check_io(io)]
    if not isinstance(io, Iterable):
        raise ConfigurationError("io must be a string or a sequence of strings")
    return [_check_io(entry) for entry in io]


def _coordinate(value: object, name: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"focus_point {name} must be a number, got {value!r}")
    number = float(value)
    if math.isnan(number) or not 0.0 <= number <= 1.0:
        raise ConfigurationError(f"focus_point {name} must be between 0 and 1, got {value!r}")
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def _check_focus(focus_point: object) -> str | None:
    if focus_point is None:
        return None
    if isinstance(focus_point, str | bytes) or not isinstance(focus_point, Sequence):
        raise ConfigurationError(f"focus_point must be an (x, y) pair, got {focus_point!r}")
    if len(focus_point) != 2:
        raise ConfigurationError(f"focus_point must be an (x, y) pair, got {focus_point!r}")
    return f"{_coordinate(focus_point[0], 'x')},{_coordinate(focus_point[1], 'y')}"


def _check_format(format: object) -> Literal["jpg", "png"] | None:
    if format is None or format == "webp":
        return None
    if format == "jpg" or format == "png":
        return format
    raise ConfigurationError(f"format must be 'jpg', 'png' or None (WebP), got {format!r}")


def _check_quality(quality: object, format: str | None) -> int | None:
    if quality is None:
        return None
    if isinstance(quality, bool) or not isinstance(quality, int) or not 1 <= quality <= 100:
        raise ConfigurationError(f"quality must be an int from 1 to 100, got {quality!r}")
    if format == "png":
        raise ConfigurationError("quality does not apply to png (Bynder ignores it); leave it out")
    return quality


@dataclasses.dataclass(frozen=True)
class _Request:
    asset_id: str
    name: str
    io: list[str]
    focuspoint: str | None
    format: Literal["jpg", "png"] | None
    quality: int | None

    def query(self) -> list[tuple[str, str]]:
        pairs = [("io", entry) for entry in self.io]
        if self.focuspoint is not None:
            pairs.append(("focuspoint", self.focuspoint))
        if self.format is not None:
            pairs.append(("format", self.format))
        if self.quality is not None:
            pairs.append(("quality", str(self.quality)))
        return pairs


def _request(
    asset_id: object, name: object, io: object, focus_point: object, format: object, quality: object
) -> _Request:
    checked_format = _check_format(format)
    return _Request(
        asset_id=identifier(asset_id, "asset_id"),
        name=identifier(name, "name"),
        io=_check_ios(io),
        focuspoint=_check_focus(focus_point),
        format=checked_format,
        quality=_check_quality(quality, checked_format),
    )


# -- public API ---------------------------------------------------------------------------------


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
    return _check_io(",".join(parts))


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
    """The DAT URL on the client's portal; nothing is sent. See the module docstring."""
    origin = session_of(client).origin
    request = _request(asset_id, name, io, focus_point, format, quality)
    path = f"/transform/{quote(request.asset_id, safe='')}/{quote(request.name, safe='')}"
    query = "&".join(f"{key}={quote(value, safe=':,')}" for key, value in request.query())
    return f"{origin}{path}" + (f"?{query}" if query else "")


def _kwargs(request: _Request) -> dict[str, Any]:
    io: list[str] | Unset = request.io if request.io else UNSET
    return {
        "io": io,
        "focuspoint": request.focuspoint if request.focuspoint is not None else UNSET,
        "format_": request.format if request.format is not None else UNSET,
        "quality": request.quality if request.quality is not None else UNSET,
    }


def _result(reply: Response[Error | File], request: _Request) -> Transformation:
    label = f"transformation of asset {request.asset_id}"
    content_type = (reply.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
    if not content_type.startswith("image/"):
        raise DownloadError(f"{label}: expected an image, got {content_type or 'no content type'}")
    return Transformation(content=reply.content, content_type=content_type)


def fetch_transformation(
    client: AuthenticatedClient,
    asset_id: str,
    name: str,
    *,
    io: Iterable[str] | str = (),
    focus_point: Sequence[float] | None = None,
    format: Format | None = None,
    quality: int | None = None,
) -> Transformation:
    """Fetch a derivative through the portal. Bad input raises ConfigurationError before any
    request; the portal's refusals raise the typed errors (400 InvalidRequest, 404 NotFound...)."""
    session_of(client)
    request = _request(asset_id, name, io, focus_point, format, quality)
    with raising_errors():
        reply = generate_dynamic_asset_transformation.sync_detailed(
            request.asset_id, request.name, client=client, **_kwargs(request)
        )
    return _result(reply, request)


async def afetch_transformation(
    client: AuthenticatedClient,
    asset_id: str,
    name: str,
    *,
    io: Iterable[str] | str = (),
    focus_point: Sequence[float] | None = None,
    format: Format | None = None,
    quality: int | None = None,
) -> Transformation:
    """The async twin of :func:`fetch_transformation`."""
    session_of(client)
    request = _request(asset_id, name, io, focus_point, format, quality)
    with raising_errors():
        reply = await generate_dynamic_asset_transformation.asyncio_detailed(
            request.asset_id, request.name, client=client, **_kwargs(request)
        )
    return _result(reply, request)
