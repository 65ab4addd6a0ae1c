"""The probe without I/O: its options, which operations run in which order, the ids that fill
their paths, and what each answer means."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote

import attrs
import httpx

from ...errors import ConfigurationError, at_least, flag, int_at_least, redact_url
from ..spec import (
    Contract,
    SpecRequest,
    SpecResponse,
    Violation,
    load_spec,
    require_checker,
    spec_path,
)
from .report import Outcome, ProbeReport, ProbeResult

if TYPE_CHECKING:
    from ...client import Session

__all__ = ["Plan", "ProbeOptions", "first_id", "read_only_operations"]

#: Ids are read from these fields of a listed object.
ID_FIELDS: Final = ("id", "ID", "uuid")
_SYNONYMS: Final = {"media": "asset"}
_PARAM = re.compile(r"\{([^}]+)\}")


def _page_size(_: object, __: object, value: object) -> None:
    if int_at_least(value, "page_size", 1) > 5:
        raise ConfigurationError(f"page_size must be between 1 and 5, got {value}")


def _names(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):  # a lone name would become a set of its letters
        raise ConfigurationError(f"give operation names as a list, got the string {value!r}")
    return frozenset(value)


@attrs.frozen
class ProbeOptions:
    """The options of :func:`~bynder_ext.contract.probe`, checked before any request."""

    page_size: int = attrs.field(default=3, validator=_page_size)
    max_requests: int = attrs.field(default=200, validator=at_least(1))
    include: frozenset[str] | None = attrs.field(
        default=None, converter=attrs.converters.optional(_names)
    )
    exclude: frozenset[str] = attrs.field(default=(), converter=_names)
    undocumented: bool = attrs.field(default=True, validator=flag)


@dataclass(frozen=True)
class Operation:
    """A read-only operation of the spec."""

    operation_id: str
    template: str
    tag: str
    parameters: list[dict[str, Any]]

    @property
    def path_params(self) -> list[str]:
        return _PARAM.findall(self.template)

    @property
    def lists(self) -> bool:
        """Whether it answers a list (its path ends in a name, not a parameter)."""
        segments = [s for s in self.template.split("/") if s]
        return bool(segments) and "{" not in segments[-1]

    def result(self, outcome: Outcome, **details: Any) -> ProbeResult:
        return ProbeResult(self.operation_id, "GET", self.template, self.tag, outcome, **details)


def _resolve(node: Any, spec: dict[str, Any]) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def read_only_operations(spec: dict[str, Any]) -> list[Operation]:
    """The operations the probe may run: GET, answering JSON, not OAuth, on the portal; the
    lists first."""
    found = []
    for template, item in spec.get("paths", {}).items():
        operation = item.get("get")
        if not isinstance(operation, dict) or template.startswith("/v6/authentication/oauth2"):
            continue
        if item.get("servers") or operation.get("servers") or "oauth" in operation.get("tags", []):
            continue
        if not any(
            "json" in media
            for status, response in operation.get("responses", {}).items()
            if str(status).startswith("2")
            for media in _resolve(response, spec).get("content", {})
        ):
            continue
        parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
        found.append(
            Operation(
                operation_id=str(operation["operationId"]),
                template=template,
                tag=str((operation.get("tags") or ["untagged"])[0]),
                parameters=[_resolve(p, spec) for p in parameters],
            )
        )
    return sorted(found, key=lambda op: (len(op.path_params), op.template))


def _noun(text: str) -> str:
    """``assetId`` -> ``asset``; ``metaproperties`` -> ``metaproperty``; ``media`` -> ``asset``."""
    word = re.sub(r"[^a-z]", "", text.lower())
    for suffix in ("uuid", "ids", "id"):
        if word.endswith(suffix) and len(word) > len(suffix):
            word = word[: -len(suffix)]
            break
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _SYNONYMS.get(word, word)


def _records(body: Any) -> list[Any]:
    """The objects (or ids) an answer lists: the body when it is an array, the first array of
    objects in it, or the values of a map of objects; none for a single object."""
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for value in body.values():
            if isinstance(value, list) and value and isinstance(value[0], dict):
                return value
        values = list(body.values())
        if values and all(isinstance(v, dict) for v in values):
            return values  # objects keyed by name (the metaproperties)
    return []


def first_id(body: Any) -> str | None:
    """The id of the first object an answer lists (or the first id, for a list of ids)."""
    for record in _records(body)[:50]:
        if isinstance(record, str) and record:
            return record
        if isinstance(record, dict):
            for key in ID_FIELDS:
                value = record.get(key)
                if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
                    return str(value)
    return None


def _fit(value: str, schema: dict[str, Any]) -> str | None:
    """``value`` in the form the parameter's ``pattern`` takes: Bynder writes one id as 8-4-4-16
    (the asset bank) or 8-4-4-4-12 (the newer APIs); None when no form fits."""
    pattern = schema.get("pattern")
    if not isinstance(pattern, str) or re.search(pattern, value):
        return value
    digits = value.replace("-", "")
    if not re.fullmatch(r"[0-9A-Fa-f]{32}", digits):
        return None
    forms = (
        f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}",
        f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:]}",
    )
    for form in (*forms, *(f.lower() for f in forms), *(f.upper() for f in forms)):
        if re.search(pattern, form):
            return form
    return None


def _query_value(parameter: dict[str, Any]) -> str | None:
    """A value for a required query parameter, from the spec (example, default, enum)."""
    schema = parameter.get("schema", {})
    for value in (
        parameter.get("example"),
        schema.get("example"),
        schema.get("default"),
        (schema.get("enum") or [None])[0],
    ):
        if value is not None:
            return str(value).lower() if isinstance(value, bool) else str(value)
    return None


class Plan:
    """The probe's state: the operations to run, the ids their answers listed, the report."""

    def __init__(self, session: Session, options: ProbeOptions) -> None:
        require_checker()
        self.session = session
        self.options = options
        self.contract = Contract.shared()
        spec = load_spec()
        self.operations = read_only_operations(spec)
        known = {op.operation_id for op in self.operations} | {op.tag for op in self.operations}
        unknown = sorted(((options.include or set()) | options.exclude) - known)
        if unknown:
            raise ConfigurationError(
                f"not read-only operations or tags of the spec: {', '.join(unknown)}"
            )
        self.pools: dict[str, str] = {}  # path template -> an id its answer listed
        self.ran: set[str] = set()  # path templates that answered 2xx
        self.report = ProbeReport(
            portal=session.origin,
            spec=str(spec_path()),
            spec_version=str(spec.get("info", {}).get("version", "")),
            started=datetime.now(UTC).isoformat(timespec="seconds"),
            max_requests=options.max_requests,
        )

    def calls(self) -> Iterator[tuple[Operation, str, tuple[tuple[str, str], ...]]]:
        """The request of each operation to run, in order (each answer is to be recorded before
        the next is asked for: it may hold the ids the next needs); the others are skipped."""
        started, options, report = time.perf_counter(), self.options, self.report
        for op in self.operations:
            names = {op.operation_id, op.tag}
            if names & options.exclude or not (options.include is None or names & options.include):
                continue
            path, params, skipped = self._request(op)
            if skipped is None and report.requests >= options.max_requests:
                skipped = f"the request cap ({options.max_requests}) was reached"
            if skipped is not None:
                report.results.append(op.result("skipped", reason=skipped))
                continue
            report.requests += 1
            yield op, path, tuple(params)
        report.seconds = time.perf_counter() - started

    def _value_for(self, op: Operation, name: str) -> str | None:
        """An id for path parameter ``name``: from the answer of the list whose path comes
        before it (``/api/v4/media/`` for ``/api/v4/media/{id}/``); for a parameter named after
        a kind of object (``assetId``), from the list of that kind in the closest API family."""
        prefix = op.template.split("{" + name + "}", 1)[0]
        for key in (prefix, prefix.rstrip("/")):
            if key in self.ran:
                return self.pools.get(key)  # that list ran: its first id, or nothing to use
        if re.sub(r"[^a-z]", "", name.lower()) in ("id", "uuid"):
            return None  # a bare id names nothing but its own list
        wanted = _noun(name)
        candidates = [
            template
            for template in self.pools
            if (segments := [s for s in template.split("/") if s]) and _noun(segments[-1]) == wanted
        ]

        def closeness(template: str) -> tuple[int, int]:
            shared = os.path.commonprefix([template, op.template])  # noqa: RUF071 (by character)
            return -len(shared), len(template)

        return self.pools[min(candidates, key=closeness)] if candidates else None

    def _request(self, op: Operation) -> tuple[str, list[tuple[str, str]], str | None]:
        """The path and query of ``op``'s request, and why it is skipped (None: it is not)."""
        path = op.template
        schemas = {p["name"]: p.get("schema", {}) for p in op.parameters if p.get("in") == "path"}
        for name in op.path_params:
            found = self._value_for(op, name)
            value = None if found is None else _fit(found, schemas.get(name, {}))
            if value is None:
                return path, [], f"no id found for {{{name}}}"
            path = path.replace("{" + name + "}", quote(value, safe=""), 1)
        params: list[tuple[str, str]] = []
        for parameter in (p for p in op.parameters if p.get("in") == "query"):
            name = str(parameter["name"])
            if name == "limit":
                schema = parameter.get("schema", {})
                size = max(self.options.page_size, int(schema.get("minimum", 1)))
                params.append((name, str(min(size, int(schema.get("maximum", size))))))
            elif parameter.get("required"):
                value = _query_value(parameter)
                if value is None:
                    return path, params, f"no value for the required query parameter {name}"
                params.append((name, value))
        return path, params, None

    def record(self, op: Operation, response: httpx.Response | str, seconds: float) -> None:
        """What the answer to ``op``'s request (or the error that stopped it) means."""
        result = op.result("ok", seconds=seconds)
        self.report.results.append(result)
        if isinstance(response, str):
            result.outcome, result.reason = "error", response or "no answer"
            return
        status = result.status = response.status_code
        request = response.request
        result.url = redact_url(request.url, self.session.secrets())
        if status in (401, 403):
            result.outcome = "skipped"
            result.reason = (
                f"not permitted (HTTP {status}): the token lacks a scope or the user a role"
            )
        elif status == 404 and op.path_params:
            # An object found in a list may have nothing here (an image has no public links);
            # only a list's 404 says for sure that the path moved.
            result.outcome = "skipped"
            result.reason = (
                "HTTP 404 for the id found: nothing here for that object, or the path moved"
            )
        elif status in (404, 405):
            result.outcome = "drift"
            expected = f"an answer on {op.template} (documented)"
            got = f"HTTP {status}: the path moved or went away"
            result.findings.append(
                Violation(op.operation_id, "response", "path", expected, got, status)
            )
        elif status == 429 or status >= 500:
            result.outcome, result.reason = "error", f"HTTP {status} from the portal"
        else:
            result.findings = self.contract.check(
                SpecRequest.from_url("GET", str(request.url), request.headers.multi_items(), b""),
                SpecResponse(status, response.headers.multi_items(), response.content),
                undocumented=self.options.undocumented,
                secrets=self.session.secrets(),
            )
            if status >= 400:
                result.outcome = "error"
                result.reason = f"the portal refused the request (HTTP {status})"
            elif result.findings:
                result.outcome = "drift"
            if 200 <= status < 300 and op.lists:
                self.ran.add(op.template)
                try:
                    found = first_id(json.loads(response.content))
                except ValueError:
                    found = None
                if found is not None:
                    self.pools[op.template] = found
