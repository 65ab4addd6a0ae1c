"""The drift probe: the spec's read-only operations run against a portal, each answer checked.

``probe(client)`` (``aprobe`` for async code, ``bynder contract probe`` on the command line) reads,
never writes: it runs the spec's GET operations that answer JSON, except the OAuth endpoints and
operations served by a host of their own (S3). Operations without path parameters (the lists)
run first, with small pages (``limit`` = ``page_size``); the ids in their answers fill the path
parameters of the operations that need them: ``{id}`` of ``/api/v4/media/{id}/`` comes from the
answer of ``/api/v4/media/``, and a parameter named after a kind of object (``assetId``,
``userId``) from the list of that kind. An operation whose ids cannot be found, or whose required
query parameters have no example in the spec, is skipped, as is everything past
``max_requests`` (the client's request budget paces the rest).

Each answer is checked like the guard checks (status, content type, headers, body), and also for
fields the spec does not list (``undocumented=True``). An operation drifted when its answer breaks
the spec, has fields the spec does not list, or is 404/405 (its path moved or went away); it
failed (an error) on a 5xx, a 429, a refused request or no answer; it is skipped on 401/403 (the
token lacks the scope, or the user the role). :class:`ProbeReport` holds the results, prints as a
JSON report or JUnit XML for CI, and ``drifted`` tells whether to regenerate.

The probe is written once, as a generator that yields the requests to make and receives their
answers (:func:`_steps`); :func:`probe` and :func:`aprobe` are the two thin drivers.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Literal
from urllib.parse import quote
from xml.etree import ElementTree

import httpx

from ..client import RAISE_EXTENSION, Session, session_of
from ..errors import BynderError, ConfigurationError, int_at_least, redact_url
from .spec import (
    Contract,
    SpecRequest,
    SpecResponse,
    Violation,
    load_spec,
    require_checker,
    spec_path,
)

__all__ = ["ProbeReport", "ProbeResult", "aprobe", "probe"]

Outcome = Literal["ok", "drift", "skipped", "error"]
#: Ids are read from these fields of a listed object.
ID_FIELDS: Final = ("id", "ID", "uuid")
_SYNONYMS: Final = {"media": "asset"}
_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass
class ProbeResult:
    """What happened to one operation."""

    operation_id: str
    method: str
    template: str
    tag: str
    outcome: Outcome
    status: int | None = None
    url: str | None = None  # redacted
    findings: list[Violation] = field(default_factory=list)
    reason: str | None = None
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "operation_id": self.operation_id,
            "method": self.method,
            "path": self.template,
            "tag": self.tag,
            "outcome": self.outcome,
            "status": self.status,
            "url": self.url,
            "reason": self.reason,
            "seconds": round(self.seconds, 4),
            "findings": [v.to_json() for v in self.findings],
        }


@dataclass
class ProbeReport:
    """Every operation's result, with what the probe ran against."""

    portal: str
    spec: str
    spec_version: str
    started: str
    results: list[ProbeResult] = field(default_factory=list)
    requests: int = 0
    max_requests: int = 0
    seconds: float = 0.0

    @property
    def drifted(self) -> list[ProbeResult]:
        return [r for r in self.results if r.outcome == "drift"]

    @property
    def failed(self) -> list[ProbeResult]:
        return [r for r in self.results if r.outcome == "error"]

    @property
    def ok(self) -> bool:
        """No drift and no errors (skipped operations are allowed)."""
        return not self.drifted and not self.failed

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(("ok", "drift", "skipped", "error"), 0)
        for result in self.results:
            out[result.outcome] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "portal": self.portal,
            "spec": {"path": self.spec, "version": self.spec_version},
            "started": self.started,
            "seconds": round(self.seconds, 3),
            "requests": self.requests,
            "max_requests": self.max_requests,
            "summary": self.counts(),
            "results": [r.to_json() for r in self.results],
        }

    def junit_xml(self) -> str:
        """JUnit XML: one test case per operation; drift is a failure, errors are errors."""
        counts = self.counts()
        suite = ElementTree.Element(
            "testsuite",
            name="bynder-contract-probe",
            tests=str(len(self.results)),
            failures=str(counts["drift"]),
            errors=str(counts["error"]),
            skipped=str(counts["skipped"]),
            time=f"{self.seconds:.3f}",
            timestamp=self.started,
        )
        properties = ElementTree.SubElement(suite, "properties")
        for name, value in (("portal", self.portal), ("spec_version", self.spec_version)):
            ElementTree.SubElement(properties, "property", name=name, value=value)
        for result in self.results:
            case = ElementTree.SubElement(
                suite,
                "testcase",
                classname=f"bynder.{result.tag}",
                name=result.operation_id,
                time=f"{result.seconds:.3f}",
            )
            text = "\n".join(str(v) for v in result.findings) or (result.reason or "")
            first = str(result.findings[0]) if result.findings else (result.reason or "")
            if result.outcome == "drift":
                ElementTree.SubElement(case, "failure", message=first, type="drift").text = text
            elif result.outcome == "error":
                ElementTree.SubElement(case, "error", message=first, type="error").text = text
            elif result.outcome == "skipped":
                ElementTree.SubElement(case, "skipped", message=result.reason or "")
        ElementTree.indent(suite)
        return ElementTree.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


# -- the plan ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    template: str
    tag: str
    parameters: list[dict[str, Any]]

    @property
    def path_params(self) -> list[str]:
        return _PARAM.findall(self.template)


@dataclass(frozen=True)
class Call:
    """One request the probe wants made (the drivers make it)."""

    path: str
    params: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Answer:
    """What a driver got back: a response, or the error that stopped it."""

    response: httpx.Response | None
    body: bytes = b""
    error: str | None = None


def _resolve(node: Any, spec: dict[str, Any]) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _answers_json(operation: dict[str, Any], spec: dict[str, Any]) -> bool:
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            content = _resolve(response, spec).get("content", {})
            if any("json" in media for media in content):
                return True
    return False


def read_only_operations(spec: dict[str, Any] | None = None) -> list[_Operation]:
    """The operations the probe may run: GET, answering JSON, not OAuth, on the portal."""
    spec = spec or load_spec()
    found = []
    for template, item in spec.get("paths", {}).items():
        operation = item.get("get")
        if not isinstance(operation, dict) or template.startswith("/v6/authentication/oauth2"):
            continue
        if item.get("servers") or operation.get("servers") or "oauth" in operation.get("tags", []):
            continue
        if not _answers_json(operation, spec):
            continue
        parameters = [
            _resolve(p, spec)
            for p in [*item.get("parameters", []), *operation.get("parameters", [])]
        ]
        found.append(
            _Operation(
                operation_id=str(operation["operationId"]),
                template=template,
                tag=str((operation.get("tags") or ["untagged"])[0]),
                parameters=parameters,
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


class _Probe:
    """The probe's state: what ran, the ids found, the results."""

    def __init__(
        self,
        session: Session,
        *,
        page_size: int,
        max_requests: int,
        include: Iterable[str] | None,
        exclude: Iterable[str],
        undocumented: bool,
    ) -> None:
        require_checker()
        self.session = session
        self.contract = Contract.shared()
        self.page_size = page_size
        self.max_requests = max_requests
        self.include = None if include is None else set(include)
        self.exclude = set(exclude)
        self.undocumented = undocumented
        spec = load_spec()
        self.operations = read_only_operations(spec)
        known = {op.operation_id for op in self.operations} | {op.tag for op in self.operations}
        unknown = sorted(((self.include or set()) | self.exclude) - known)
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
            max_requests=max_requests,
        )

    def selected(self, op: _Operation) -> bool:
        names = {op.operation_id, op.tag}
        if names & self.exclude:
            return False
        return self.include is None or bool(names & self.include)

    def _value_for(self, op: _Operation, name: str) -> str | None:
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
        if not candidates:
            return None

        def closeness(template: str) -> tuple[int, int]:
            shared = 0
            for a, b in zip(template, op.template, strict=False):
                if a != b:
                    break
                shared += 1
            return (-shared, len(template))

        return self.pools[min(candidates, key=closeness)]

    def call_for(self, op: _Operation) -> Call | str:
        """The request for ``op``, or why it is skipped."""
        path = op.template
        schemas = {
            str(p["name"]): p.get("schema", {}) for p in op.parameters if p.get("in") == "path"
        }
        for name in op.path_params:
            found = self._value_for(op, name)
            value = None if found is None else _fit(found, schemas.get(name, {}))
            if value is None:
                return f"no id found for {{{name}}}"
            path = path.replace("{" + name + "}", quote(value, safe=""), 1)
        params: list[tuple[str, str]] = []
        for parameter in op.parameters:
            if parameter.get("in") != "query":
                continue
            name = str(parameter["name"])
            if name == "limit":
                schema = parameter.get("schema", {})
                size = max(self.page_size, int(schema.get("minimum", 1)))
                params.append((name, str(min(size, int(schema.get("maximum", size))))))
            elif parameter.get("required"):
                value = _query_value(parameter)
                if value is None:
                    return f"no value for the required query parameter {name}"
                params.append((name, value))
        return Call(path, tuple(params))

    def record(self, op: _Operation, answer: Answer, seconds: float) -> ProbeResult:
        session = self.session
        result = ProbeResult(op.operation_id, "GET", op.template, op.tag, "ok", seconds=seconds)
        response = answer.response
        if response is None:
            result.outcome, result.reason = "error", answer.error or "no answer"
            return result
        result.status = response.status_code
        result.url = redact_url(response.request.url, session.secrets())
        status = response.status_code
        if status in (401, 403):
            result.outcome = "skipped"
            result.reason = (
                f"not permitted (HTTP {status}): the token lacks a scope or the user a role"
            )
            return result
        if status == 404 and op.path_params:
            # An object found in a list may have nothing here (an image has no public links);
            # only a list's 404 says for sure that the path moved.
            result.outcome = "skipped"
            result.reason = (
                "HTTP 404 for the id found: nothing here for that object, or the path moved"
            )
            return result
        if status in (404, 405):
            result.outcome = "drift"
            result.findings.append(
                Violation(
                    op.operation_id,
                    "response",
                    "path",
                    f"an answer on {op.template} (documented)",
                    f"HTTP {status}: the path moved or went away",
                    status,
                )
            )
            return result
        if status == 429 or status >= 500:
            result.outcome = "error"
            result.reason = f"HTTP {status} from the portal"
            return result
        request = response.request
        checked = self.contract.check(
            SpecRequest.from_url("GET", str(request.url), request.headers.multi_items(), b""),
            SpecResponse(status, response.headers.multi_items(), answer.body),
            undocumented=self.undocumented,
            secrets=session.secrets(),
        )
        result.findings.extend(checked)
        if status >= 400:
            result.outcome = "error"
            result.reason = f"the portal refused the request (HTTP {status})"
        elif checked:
            result.outcome = "drift"
        segments = [s for s in op.template.split("/") if s]
        if 200 <= status < 300 and segments and "{" not in segments[-1]:  # a list, not one object
            self.ran.add(op.template)
            try:
                found = first_id(json.loads(answer.body))
            except ValueError:
                found = None
            if found is not None:
                self.pools[op.template] = found
        return result


def _steps(probe: _Probe) -> Generator[Call, Answer, None]:
    """The probe, without I/O: yields each request, receives its answer."""
    started = time.perf_counter()
    for op in probe.operations:
        if not probe.selected(op):
            continue
        planned = probe.call_for(op)
        if isinstance(planned, str):
            probe.report.results.append(
                ProbeResult(op.operation_id, "GET", op.template, op.tag, "skipped", reason=planned)
            )
            continue
        if probe.report.requests >= probe.max_requests:
            probe.report.results.append(
                ProbeResult(
                    op.operation_id,
                    "GET",
                    op.template,
                    op.tag,
                    "skipped",
                    reason=f"the request cap ({probe.max_requests}) was reached",
                )
            )
            continue
        probe.report.requests += 1
        sent = time.perf_counter()
        answer = yield planned
        probe.report.results.append(probe.record(op, answer, time.perf_counter() - sent))
    probe.report.seconds = time.perf_counter() - started


def _check_options(page_size: object, max_requests: object) -> tuple[int, int]:
    size = int_at_least(page_size, "page_size", 1)
    if size > 5:
        raise ConfigurationError(f"page_size must be between 1 and 5, got {size}")
    return size, int_at_least(max_requests, "max_requests", 1)


def probe(
    client: object,
    *,
    page_size: int = 3,
    max_requests: int = 200,
    include: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    undocumented: bool = True,
) -> ProbeReport:
    """Run the spec's read-only operations against the client's portal and check every answer.

    - ``page_size``: the ``limit`` of list requests (1 to 5);
    - ``max_requests``: the most requests to make (the operations after that are skipped);
    - ``include`` / ``exclude``: operationIds or tags to run, or to leave out;
    - ``undocumented``: report fields the spec does not list (drift to regenerate for).
    """
    size, cap = _check_options(page_size, max_requests)
    session = session_of(client)
    state = _Probe(
        session,
        page_size=size,
        max_requests=cap,
        include=include,
        exclude=exclude,
        undocumented=undocumented,
    )
    steps = _steps(state)
    try:
        call = next(steps)
        while True:
            call = steps.send(_send(session, call))
    except StopIteration:
        pass
    return state.report


async def aprobe(
    client: object,
    *,
    page_size: int = 3,
    max_requests: int = 200,
    include: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    undocumented: bool = True,
) -> ProbeReport:
    """The async twin of :func:`probe` (requests go through the client's async side)."""
    size, cap = _check_options(page_size, max_requests)
    session = session_of(client)
    state = _Probe(
        session,
        page_size=size,
        max_requests=cap,
        include=include,
        exclude=exclude,
        undocumented=undocumented,
    )
    steps = _steps(state)
    try:
        call = next(steps)
        while True:
            call = steps.send(await _asend(session, call))
    except StopIteration:
        pass
    return state.report


_NO_RAISE: Final = {RAISE_EXTENSION: False}


def _send(session: Session, call: Call) -> Answer:
    try:
        response = session.http.get(call.path, params=call.params, extensions=_NO_RAISE)
    except BynderError as exc:
        return Answer(None, error=str(exc))
    return Answer(response, response.content)


async def _asend(session: Session, call: Call) -> Answer:
    try:
        response = await session.async_http.get(call.path, params=call.params, extensions=_NO_RAISE)
    except BynderError as exc:
        return Answer(None, error=str(exc))
    return Answer(response, response.content)
