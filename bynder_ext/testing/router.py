"""A tiny method + path-template router for the fake.

Area modules declare their handlers with `@route(...)`; the core matches a request against the
table. Literal segments win over `{param}` segments, so `/api/v4/media/save/{importId}/` is matched
before `/api/v4/media/{id}/save/{importId}/`. A path matches as the spec states it or, like the
portal, with its trailing slash added or left out (`/api/v4/brands` is `/api/v4/brands/`): the
official SDKs send both forms. Where the spec states both forms as paths of their own (with other
methods), each serves just its own; the match carries the spec's form of the path. A path known
under other methods gives the list for a 405 `Allow` header.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from urllib.parse import unquote

from .messages import ErrorStyle, FakeRequest, FakeResponse, Target

if TYPE_CHECKING:
    from .core import FakeBynder

Handler = Callable[["FakeBynder", FakeRequest], FakeResponse]
RequestClass = Literal["api", "token", "s3", "download"]


@dataclass(frozen=True)
class Route:
    """One operation: where it lives, who may call it, and how its errors look."""

    method: str
    template: str
    operation_id: str
    handler: Handler
    scopes: tuple[str, ...] = ()
    auth: bool = True
    error_style: ErrorStyle = "bynder"
    request_class: RequestClass = "api"
    target: Target = "portal"
    in_spec: bool = True
    locked: bool = True
    streamed: bool = False
    segments: tuple[str, ...] = field(default=(), compare=False)

    @property
    def literal_count(self) -> int:
        return sum(1 for seg in self.segments if not _is_param(seg))

    @property
    def catch_all(self) -> bool:
        """The last segment is `{name+}`: it takes the rest of the path, slashes included."""
        return bool(self.segments) and self.segments[-1].endswith("+}")


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _split(path: str) -> tuple[str, ...]:
    # "/a/b/" -> ("a", "b", "") keeps the trailing slash significant.
    return tuple(path.split("/")[1:])


_ROUTES: list[Route] = []


def route(
    method: str,
    template: str,
    operation_id: str,
    *,
    scopes: tuple[str, ...] = (),
    auth: bool = True,
    error_style: ErrorStyle = "bynder",
    request_class: RequestClass = "api",
    target: Target = "portal",
    in_spec: bool = True,
    locked: bool = True,
    streamed: bool = False,
) -> Callable[[Handler], Handler]:
    """Register a handler for `method` + `template` under `operation_id`.

    `locked=False`: the handler takes `fake.lock` itself (it reads a large body meanwhile).
    `streamed=True`: a portal handler that reads `req.stream` itself, up to `max_part_size`
    bytes, instead of getting the whole body (capped at `max_api_body`) in `req.body`.
    """

    def decorate(handler: Handler) -> Handler:
        _ROUTES.append(
            Route(
                method=method.upper(),
                template=template,
                operation_id=operation_id,
                handler=handler,
                scopes=scopes,
                auth=auth,
                error_style=error_style,
                request_class=request_class,
                target=target,
                in_spec=in_spec,
                locked=locked,
                streamed=streamed,
                segments=_split(template),
            )
        )
        return handler

    return decorate


@dataclass
class Match:
    route: Route | None
    params: dict[str, str]
    allowed: list[str]
    path: str = ""  # the path as the matched template states it (trailing slash included)


class _Resource:
    """One path template and the routes (one per method) it serves."""

    def __init__(self, first: Route) -> None:
        self.target = first.target
        self.segments = first.segments
        self.literal_count = first.literal_count
        self.catch_all = first.catch_all
        self.methods: dict[str, Route] = {}

    def params(self, segments: tuple[str, ...]) -> dict[str, str] | None:
        if not self.catch_all:
            if len(segments) != len(self.segments):
                return None
            return _match_segments(self.segments, segments)
        head = len(self.segments) - 1
        if len(segments) < len(self.segments):
            return None
        params = _match_segments(self.segments[:head], segments[:head])
        rest = "/".join(unquote(seg) for seg in segments[head:])
        if params is None or not rest:
            return None
        params[self.segments[-1][1:-2]] = rest
        return params


class Router:
    """Path templates per target; a concrete segment beats a `{param}`, so the most specific
    template that matches the path decides (its methods make the 405 `Allow` list)."""

    def __init__(self, routes: list[Route]) -> None:
        self.routes = list(routes)
        resources: dict[tuple[str, str], _Resource] = {}
        for r in self.routes:
            resource = resources.setdefault((r.target, r.template), _Resource(r))
            resource.methods[r.method] = r
        self._resources = sorted(
            resources.values(), key=lambda res: (res.catch_all, -res.literal_count)
        )

    def match(self, target: Target, method: str, path: str) -> Match:
        exact = self._match(target, method, path)
        if exact.route is not None or exact.allowed or path in ("", "/") or "//" in path:
            # A path the spec states (405 for a method it does not take there); or one with an
            # empty segment (an empty id), whose slash is not the optional one.
            return exact
        other = self._match(target, method, path[:-1] if path.endswith("/") else path + "/")
        return other if other.route is not None or other.allowed else exact

    def _match(self, target: Target, method: str, path: str) -> Match:
        segments = _split(path)
        for resource in self._resources:
            if resource.target != target:
                continue
            params = resource.params(segments)
            if params is None:
                continue
            found = resource.methods.get(method)
            if found is not None:
                return Match(found, params, [], path)
            return Match(None, {}, list(resource.methods), path)
        return Match(None, {}, [], path)

    def by_operation(self) -> dict[str, Route]:
        return {r.operation_id: r for r in self.routes}


def _match_segments(template: tuple[str, ...], actual: tuple[str, ...]) -> dict[str, str] | None:
    params: dict[str, str] = {}
    for tseg, aseg in zip(template, actual, strict=True):
        if _is_param(tseg):
            if not aseg:
                return None
            params[tseg[1:-1]] = unquote(aseg)
        elif tseg.startswith("{") and "}" in tseg:
            # `{name}.csv`: a parameter followed by a literal suffix within the segment.
            name, _, suffix = tseg[1:].partition("}")
            if len(aseg) <= len(suffix) or not aseg.endswith(suffix):
                return None
            params[name] = unquote(aseg[: -len(suffix)])
        elif tseg != aseg:
            return None
    return params


def all_routes() -> list[Route]:
    """Every registered route (the area modules must have been imported)."""
    return list(_ROUTES)
