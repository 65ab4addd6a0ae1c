"""Drift on purpose: the fake answering unlike the spec, as a portal does after Bynder changes its
API, so that drift detection (``bynder contract probe``) can be tested.

    fake.drift.add_field("get_account_information", "trialEnds", "2031-01-01")  # undocumented field
    fake.drift.change_type("list_brands", "name")          # a value of another type
    fake.drift.remove_field("get_job_preset", "preset")    # a (required) field left out
    fake.drift.move_path("list_tags", "/api/v4/labels/")   # the documented path answers 404
    fake.drift.clear()

Field changes apply to the JSON body of the operation's successful (2xx) answers: to the body when
it is an object, or to each object of the body when it is an array. ``change_type`` without a value
puts one of another JSON type in place of each value (a number for a string, a string for anything
else). A moved operation answers 404 on its documented path and is served on the new one (a path
template with the same ``{parameters}``). Drift comes after the fake's own check of its answers
(``validate_responses``), which it would otherwise fail. The serve command takes the same knobs:
``--drift field:OPERATION:NAME``, ``type:OPERATION:NAME``, ``remove:OPERATION:NAME`` and
``move:OPERATION:PATH``.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .messages import FakeResponse
from .router import Match, Route, Router, _split

if TYPE_CHECKING:
    from .messages import Target

_UNSET: Any = object()
KINDS = ("field", "type", "remove", "move")


@dataclass(frozen=True)
class _FieldChange:
    kind: str  # "field" (add), "type" (change the type) or "remove"
    name: str
    value: Any = _UNSET


class Drift:
    """The drift knobs of one fake (every method returns self). ``routes`` are the fake's
    routes, for checking operation ids and serving moved paths."""

    def __init__(self, routes: list[Route]) -> None:
        self._lock = threading.Lock()
        self._by_operation = {r.operation_id: r for r in routes}
        self.fields: dict[str, list[_FieldChange]] = {}
        self.moved: dict[str, str] = {}  # operationId -> new path template
        self._moved_router = Router([])

    def _route(self, operation_id: str) -> Route:
        route = self._by_operation.get(operation_id)
        if route is None:
            raise ValueError(f"unknown operation {operation_id!r}")
        return route

    def _field(self, operation_id: str, change: _FieldChange) -> Drift:
        self._route(operation_id)
        if not isinstance(change.name, str) or not change.name:
            raise ValueError("the field name must be a non-empty string")
        with self._lock:
            self.fields.setdefault(operation_id, []).append(change)
        return self

    def add_field(self, operation_id: str, name: str, value: Any = "drift") -> Drift:
        """Answers of ``operation_id`` carry a field ``name`` that the spec does not list."""
        return self._field(operation_id, _FieldChange("field", name, value))

    def change_type(self, operation_id: str, name: str, value: Any = _UNSET) -> Drift:
        """Field ``name`` of the answers holds ``value`` (default: a value of another type)."""
        return self._field(operation_id, _FieldChange("type", name, value))

    def remove_field(self, operation_id: str, name: str) -> Drift:
        """Answers of ``operation_id`` leave field ``name`` out."""
        return self._field(operation_id, _FieldChange("remove", name))

    def move_path(self, operation_id: str, path: str) -> Drift:
        """``operation_id`` answers 404 on its documented path and is served on ``path``."""
        route = self._route(operation_id)
        if not isinstance(path, str) or not path.startswith("/"):
            raise ValueError(f"the new path must start with '/', got {path!r}")
        if sorted(_params(path)) != sorted(_params(route.template)):
            raise ValueError(f"{path!r} must have the parameters of {route.template!r}")
        with self._lock:
            self.moved[operation_id] = path
            self._moved_router = Router(
                [
                    replace(self._route(op), template=new, segments=_split(new))
                    for op, new in self.moved.items()
                ]
            )
        return self

    def apply(self, spec: str) -> Drift:
        """One knob from text, as ``serve --drift`` takes it: ``KIND:OPERATION:ARGUMENT``."""
        kind, _, rest = spec.partition(":")
        operation_id, _, argument = rest.partition(":")
        if kind not in KINDS or not operation_id or not argument:
            raise ValueError(
                f"drift must be field|type|remove|move:OPERATION:NAME-OR-PATH, got {spec!r}"
            )
        if kind == "field":
            return self.add_field(operation_id, argument)
        if kind == "type":
            return self.change_type(operation_id, argument)
        if kind == "remove":
            return self.remove_field(operation_id, argument)
        return self.move_path(operation_id, argument)

    def clear(self) -> Drift:
        """No drift."""
        with self._lock:
            self.fields.clear()
            self.moved.clear()
            self._moved_router = Router([])
        return self

    @property
    def active(self) -> bool:
        return bool(self.fields or self.moved)

    # -- what the core asks ----------------------------------------------------------------------

    def reroute(self, target: Target, method: str, path: str, match: Match) -> Match:
        """The match for a request once paths have moved: the documented path of a moved
        operation finds nothing; its new path finds the operation, on its documented path."""
        with self._lock:
            if not self.moved:
                return match
            moved = self._moved_router.match(target, method, path)
        if moved.route is not None:
            template = self._route(moved.route.operation_id).template
            documented = template.format(**moved.params) if moved.params else template
            return Match(self._route(moved.route.operation_id), moved.params, [], documented)
        if match.route is not None and match.route.operation_id in self.moved:
            return Match(None, {}, [], path)
        return match

    def rewrite(self, operation_id: str | None, resp: FakeResponse) -> None:
        """Apply the field changes for ``operation_id`` to a successful JSON answer."""
        with self._lock:
            changes = list(self.fields.get(operation_id or "", ()))
        content_type = (resp.header("content-type") or "").split(";")[0].strip()
        if not changes or not 200 <= resp.status < 300 or not content_type.endswith("json"):
            return
        body = json.loads(b"".join(resp.iter_body()))
        records = body if isinstance(body, list) else [body]
        for record in records:
            if isinstance(record, dict):
                for change in changes:
                    _change(record, change)
        resp.content = json.dumps(body, separators=(",", ":")).encode()
        resp.chunks = None
        resp.length = None
        resp.headers = [(k, v) for k, v in resp.headers if k.lower() != "content-length"]


def _params(template: str) -> list[str]:
    return [seg[1:-1] for seg in template.split("/") if seg.startswith("{") and seg.endswith("}")]


def _change(record: dict[str, Any], change: _FieldChange) -> None:
    if change.kind == "remove":
        record.pop(change.name, None)
    elif change.kind == "field":
        record[change.name] = change.value
    elif change.name in record:
        if change.value is not _UNSET:
            record[change.name] = change.value
        else:
            record[change.name] = 42 if isinstance(record[change.name], str) else "drift"
