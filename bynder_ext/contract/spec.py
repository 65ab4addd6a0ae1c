"""The contract as a checker: find ``openapi/bynder.yaml``, load it once, and check one request
and its response against it, each departure reported as one short line.

The checking itself is openapi-core's (pinned 0.23.1, in the ``contract`` extra): it already
implements parameter styles, media types, response lookup by status and JSON Schema 2020-12, so
writing a second validator would only add bugs. What this module adds:

- plain-value adapters (:class:`SpecRequest`, :class:`SpecResponse`): openapi-core has none for
  httpx, HAR files or the fake's own messages;
- :class:`Violation`, one line of at most 300 characters naming the operation, the JSON path, what
  the spec expects and what came, with secrets redacted (openapi-core's own messages print whole
  schemas: thousands of characters that never name the field);
- a strict reading for the drift probe, ``undocumented=True``: a field the spec does not list is
  reported too, even where the schema allows extra fields (``additionalProperties: true``);
  objects whose extra fields are a typed map (``additionalProperties: {...}``) are left alone.

Where the spec is: the copy packaged in the wheel (``bynder_ext/testing/bynder.yaml``) or, in a
source checkout, ``openapi/bynder.yaml``. It is parsed once per process. ``servers`` is replaced
by ``/`` and operation-level servers are removed, so an exchange matches on its path alone (a
portal's host is the customer's; the S3 part upload's is Amazon's). Security is not checked:
openapi-core cannot check OAuth 2, and the token is the auth layer's business.
"""

from __future__ import annotations

import contextvars
import copy
import json
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final, Literal
from urllib.parse import urlsplit

from ..errors import SENSITIVE_QUERY_PARAMS, ConfigurationError, redact_text

__all__ = [
    "MAX_LINE",
    "Contract",
    "Operation",
    "SpecRequest",
    "SpecResponse",
    "Violation",
    "load_spec",
    "require_checker",
    "spec_path",
]

#: The longest line a violation prints as.
MAX_LINE: Final = 300
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
BINARY_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif", "application/octet-stream")
_MISSING_EXTRA = (
    "checking against the contract needs openapi-core and PyYAML: install "
    'bynder-client[contract] (pip install "bynder-client[contract]")'
)
# Field names whose values never appear in a message, whatever their type.
_SENSITIVE_FIELDS = SENSITIVE_QUERY_PARAMS | {"authorization", "password", "client_id"}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

Side = Literal["request", "response"]
Kind = Literal["violation", "undocumented"]


def spec_path() -> Path:
    """Where the contract is: the copy packaged in the wheel, else ``<checkout>/openapi/bynder.yaml``."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "testing" / "bynder.yaml"
    if packaged.is_file():
        return packaged
    checkout = package.parent / "openapi" / "bynder.yaml"
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(
        f"openapi spec not found: looked for {packaged} and {checkout} "
        "(wheels carry the packaged copy; a source checkout has openapi/bynder.yaml)"
    )


def require_checker() -> None:
    """Raise ConfigurationError, before anything is sent, when openapi-core or PyYAML is missing."""
    try:
        import openapi_core  # noqa: F401
        import yaml  # noqa: F401
    except ImportError as exc:
        raise ConfigurationError(_MISSING_EXTRA) from exc


@cache
def load_spec() -> dict[str, Any]:
    """The spec as a dict (parsed once per process)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~5x faster
    with spec_path().open("rb") as fh:
        data = yaml.load(fh, Loader=loader)
    if not isinstance(data, dict):
        raise ValueError(f"{spec_path()} is not an OpenAPI document")
    return data


def _validation_spec() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    spec["servers"] = [{"url": "/"}]
    for item in spec.get("paths", {}).values():
        item.pop("servers", None)
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                op.pop("servers", None)
    return spec


# -- what is checked ------------------------------------------------------------------------------


@dataclass
class SpecRequest:
    """A request as sent: ``path`` still percent-encoded, ``body`` None when it is not known (a
    streamed upload): then only the parameters are checked."""

    method: str
    origin: str
    path: str
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = b""

    @classmethod
    def from_url(
        cls,
        method: str,
        url: str,
        headers: Iterable[tuple[str, str]] = (),
        body: bytes | None = b"",
    ) -> SpecRequest:
        from urllib.parse import parse_qsl

        parts = urlsplit(url)
        return cls(
            method=method.upper(),
            origin=f"{parts.scheme}://{parts.netloc}",
            path=parts.path or "/",
            query=parse_qsl(parts.query, keep_blank_values=True),
            headers=list(headers),
            body=body,
        )

    def header(self, name: str) -> str | None:
        lname = name.lower()
        return next((v for k, v in self.headers if k.lower() == lname), None)


@dataclass
class SpecResponse:
    """A response: ``body`` None when it was not read (a download streamed elsewhere): then the
    status, content type and headers are checked, not the body."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = b""

    def header(self, name: str) -> str | None:
        lname = name.lower()
        return next((v for k, v in self.headers if k.lower() == lname), None)


@dataclass(frozen=True)
class Operation:
    """The spec's operation for a request: its id, method and path template."""

    operation_id: str
    method: str
    template: str
    path_params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Violation:
    """One departure from the spec. ``str()`` gives one line of at most 300 characters:
    ``get_asset response 200 $.id: expected string, got integer 42``.

    ``operation`` is the operationId, or ``METHOD /path`` when no operation matched; ``where`` is
    a JSON path into the body (``$.media[0].id``), a parameter (``query.limit``), ``status``,
    ``content-type``, ``body`` or ``path``. ``kind`` is ``undocumented`` for a field the spec does
    not list (reported only when asked for).
    """

    operation: str
    side: Side
    where: str
    expected: str
    got: str
    status: int | None = None
    kind: Kind = "violation"

    def __str__(self) -> str:
        head = f"{self.operation} {self.side}"
        if self.side == "response" and self.status is not None:
            head += f" {self.status}"
        line = (
            f"{head} {_cut(self.where, 80)}: expected {_cut(self.expected, 90)}, "
            f"got {_cut(self.got, 70)}"
        )
        return _cut(line, MAX_LINE)

    def to_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "side": self.side,
            "status": self.status,
            "where": self.where,
            "expected": self.expected,
            "got": self.got,
            "kind": self.kind,
            "message": str(self),
        }


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- the checker ----------------------------------------------------------------------------------

_lock = threading.Lock()
# True while a request is checked without its body (the body is streamed elsewhere).
_PARAMETERS_ONLY: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "bynder_contract_parameters_only", default=False
)
# True while a response is checked for fields the spec does not list.
_UNDOCUMENTED: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "bynder_contract_undocumented", default=False
)


def _latin1(value: bytes, **parameters: str) -> str:
    return value.decode("latin-1")


def _utf8(value: bytes, **parameters: str) -> str:
    return value.decode(parameters.get("charset", "utf-8"), errors="replace")


class Contract:
    """openapi-core validators for the spec; get the per-process one with :meth:`shared`."""

    _shared: Contract | None = None

    def __init__(self) -> None:
        require_checker()
        from openapi_core import OpenAPI
        from openapi_core.configurations import Config
        from openapi_core.validation.request.exceptions import MissingRequestBody
        from openapi_core.validation.request.validators import V31RequestValidator
        from openapi_core.validation.response.validators import V31ResponseValidator
        from openapi_core.validation.schemas import oas31_schema_validators_factory
        from openapi_core.validation.schemas.factories import DialectSchemaValidatorsFactory

        base = oas31_schema_validators_factory

        class _Factory(DialectSchemaValidatorsFactory):
            def get_validator_cls(self, spec: Any, schema: Any) -> Any:
                cls = super().get_validator_cls(spec, schema)
                return _with_undocumented(cls) if _UNDOCUMENTED.get() else cls

        factory = _Factory(
            base.schema_validator_cls, base.default_jsonschema_dialect_id, base.format_checker
        )

        class _RequestValidator(V31RequestValidator):
            """Parameters and body; security is the auth layer's business."""

            def _iter_errors(self, request: Any, operation: Any, path: Any) -> Iterator[Exception]:
                yield from self._iter_parameters_errors(request, operation, path)
                if _PARAMETERS_ONLY.get():
                    return
                for exc in self._iter_body_errors(request, operation):
                    if not isinstance(exc, MissingRequestBody):  # an optional body left out
                        yield exc

        class _ResponseValidator(V31ResponseValidator):
            schema_validators_factory = factory

        # openapi-core hands binary bodies to the JSON Schema validator as bytes, which never
        # match `type: string, format: binary`; present them as text, as OpenAPI means them.
        as_text = dict.fromkeys(BINARY_TYPES, _latin1)
        self.app = OpenAPI.from_dict(
            _validation_spec(),
            config=Config(
                # The shipped spec is checked when it is built (make lint, tests/test_spec.py);
                # checking it again here would cost ~0.8 s per process.
                spec_validator_cls=None,
                request_validator_cls=_RequestValidator,
                response_validator_cls=_ResponseValidator,
                extra_media_type_deserializers={
                    **as_text,
                    "application/xml": _utf8,
                    "text/csv": _utf8,
                },
            ),
        )
        # Private methods of the pinned openapi-core: find the operation once, then check.
        app: Any = self.app
        self._requests: Any = app.request_validator
        self._responses: Any = app.response_validator
        self._finder: Any = app.request_validator.path_finder

    @classmethod
    def shared(cls) -> Contract:
        """The per-process instance (building it parses and checks the spec: ~100+ ms)."""
        with _lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    # -- lookups ------------------------------------------------------------------------------

    def _find(self, request: SpecRequest) -> tuple[Any, Operation | None, Exception | None]:
        # Servers are "/": the operation depends on the method and path alone.
        return self._find_path(request.method.lower(), request.path)

    @lru_cache(maxsize=4096)  # noqa: B019  (one per process: the shared instance lives on)
    def _find_path(self, method: str, path: str) -> tuple[Any, Operation | None, Exception | None]:
        """openapi-core's lookup (~0.3 ms), cached: a guarded call looks its path up thrice."""
        from openapi_core.templating.paths.exceptions import PathError

        try:
            found = self._finder.find(method, f"https://portal{path}")
        except PathError as exc:
            return None, None, exc
        operation = Operation(
            operation_id=str((found.operation / "operationId").read_str()),
            method=method.upper(),
            template=found.path_result.pattern,
            path_params=dict(found.path_result.variables),
        )
        return found, operation, None

    def operation(self, method: str, path: str) -> Operation | None:
        """The operation that serves ``method`` and ``path`` (percent-encoded), or None."""
        return self._find(SpecRequest(method=method.upper(), origin="https://portal", path=path))[1]

    # -- checks -------------------------------------------------------------------------------

    def check(
        self,
        request: SpecRequest,
        response: SpecResponse | None = None,
        *,
        undocumented: bool = False,
        secrets: Iterable[str] = (),
    ) -> list[Violation]:
        """Every way ``request`` (and ``response``, when given) departs from the spec."""
        found, operation, _ = self._find(request)
        secrets = tuple(secrets)
        if found is None or operation is None:
            return [self._unknown(request)]
        name = operation.operation_id
        core = _CoreRequest(request)
        core.parameters.path = dict(found.path_result.variables)
        out: list[Violation] = []
        token = _PARAMETERS_ONLY.set(request.body is None)
        form = _form_fields(request)
        try:
            for exc in self._requests._iter_errors(core, found.operation, found.path):
                out.extend(_violations(exc, name, "request", None, secrets, form))
        finally:
            _PARAMETERS_ONLY.reset(token)
        out = list(dict.fromkeys(out))  # one `required` error per missing field names them all
        if response is not None:
            out.extend(self._check_response(found, name, response, undocumented, secrets))
        return out

    def check_response(
        self,
        request: SpecRequest,
        response: SpecResponse,
        *,
        undocumented: bool = False,
        secrets: Iterable[str] = (),
    ) -> list[Violation]:
        """Every way ``response`` (the answer to ``request``) departs from the spec."""
        found, operation, _ = self._find(request)
        secrets = tuple(secrets)
        if found is None or operation is None:
            return [self._unknown(request)]
        return self._check_response(found, operation.operation_id, response, undocumented, secrets)

    def _unknown(self, request: SpecRequest) -> Violation:
        """The violation of a request that no operation serves: a wrong method or a wrong path."""
        name = f"{request.method.upper()} {_cut(request.path, 120)}"
        allowed = [
            method.upper()
            for method in HTTP_METHODS
            if method != request.method.lower()
            and self._find(SpecRequest(method, request.origin, request.path))[1] is not None
        ]
        if allowed:
            return Violation(name, "request", "method", f"one of {', '.join(allowed)}", "none")
        return Violation(name, "request", "path", "a path of the spec", "no operation matches")

    def _check_response(
        self,
        found: Any,
        name: str,
        response: SpecResponse,
        undocumented: bool,
        secrets: tuple[str, ...],
    ) -> list[Violation]:
        from werkzeug.datastructures import Headers

        validator = self._responses
        out: list[Violation] = []
        token = _UNDOCUMENTED.set(undocumented)
        try:
            if response.body is None:
                errors = list(
                    validator._iter_headers_errors(
                        response.status, Headers(response.headers), found.operation
                    )
                )
                errors.extend(self._content_type_errors(validator, found, response))
            else:
                errors = list(
                    validator._iter_errors(
                        response.status,
                        response.body or None,
                        Headers(response.headers),
                        response.header("content-type") or "",
                        found.operation,
                    )
                )
        finally:
            _UNDOCUMENTED.reset(token)
        for exc in errors:
            out.extend(_violations(exc, name, "response", response.status, secrets))
        return list(dict.fromkeys(out))

    @staticmethod
    def _content_type_errors(validator: Any, found: Any, response: SpecResponse) -> list[Exception]:
        """For an unread body: is the content type one the spec documents for this status?"""
        from openapi_core.templating.media_types.exceptions import MediaTypeFinderError
        from openapi_core.templating.responses.exceptions import ResponseFinderError

        try:
            documented = validator._find_operation_response(str(response.status), found.operation)
        except ResponseFinderError:
            return []  # reported by the headers check already
        if "content" not in documented:
            return []
        try:
            validator._find_media_type(
                documented / "content", response.header("content-type") or ""
            )
        except MediaTypeFinderError as exc:
            return [exc]
        return []


def _url(request: SpecRequest) -> str:
    return f"{request.origin}{request.path}"


class _CoreRequest:
    """openapi-core's Request protocol over a SpecRequest."""

    def __init__(self, request: SpecRequest) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = request.origin
        self.path = request.path
        self.full_url_pattern = _url(request)
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.query),
            header=Headers(request.headers),
            cookie=ImmutableMultiDict(),
        )
        self.body = request.body or None
        self.content_type = request.header("content-type") or ""


# -- the strict reading: fields the spec does not list --------------------------------------------


_STRICT: dict[Any, Any] = {}


def _with_undocumented(validator_cls: Any) -> Any:
    """``validator_cls`` that also reports, as ``undocumented``, every property of an object
    that its schema's ``properties`` (and ``patternProperties``) do not name, unless
    ``additionalProperties`` is itself a schema (a typed map)."""
    from jsonschema._utils import find_additional_properties
    from jsonschema.exceptions import ValidationError
    from jsonschema.validators import extend

    if validator_cls in _STRICT:
        return _STRICT[validator_cls]
    properties = validator_cls.VALIDATORS["properties"]

    def strict_properties(validator: Any, value: Any, instance: Any, schema: Any) -> Iterator[Any]:
        yield from properties(validator, value, instance, schema)
        extra = schema.get("additionalProperties", True)
        if not validator.is_type(instance, "object") or isinstance(extra, dict) or extra is False:
            return
        for name in sorted(find_additional_properties(instance, schema)):
            yield ValidationError(
                f"{name!r} is not in the spec",
                validator="undocumented",
                validator_value=name,
                instance=instance[name],
                path=[name],
            )

    strict = extend(validator_cls, validators={"properties": strict_properties})
    _STRICT[validator_cls] = strict
    return strict


# -- messages -------------------------------------------------------------------------------------


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _shown(value: Any, key: object, secrets: tuple[str, ...]) -> str:
    """``integer 42``; the type only for objects, arrays and sensitive fields."""
    kind = _json_type(value)
    if isinstance(key, str) and key.lower() in _SENSITIVE_FIELDS:
        return f"{kind} [REDACTED]"
    if isinstance(value, dict):
        return f"object with {len(value)} field{'s' if len(value) != 1 else ''}"
    if isinstance(value, list):
        return f"array of {len(value)}"
    if value is None:
        return "null"
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, bytes) else repr(value)
    if redact_text(text, secrets) != text:
        return f"{kind} [REDACTED]"  # a value that holds a secret is not shown at all
    return f"{kind} {_cut(text, 50)}"


def json_path(parts: Iterable[Any], root: str = "$") -> str:
    """``$.media[0].id`` from ``["media", 0, "id"]``."""
    out = root
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.match(str(part)):
            out += f".{part}"
        else:
            out += f"[{json.dumps(str(part))}]"
    return out


def _values(values: Sequence[Any], limit: int = 5) -> str:
    shown = ", ".join(json.dumps(v, ensure_ascii=False) for v in list(values)[:limit])
    return shown + (", …" if len(values) > limit else "")


def _schema_violations(
    errors: Iterable[Any],
    name: str,
    side: Side,
    status: int | None,
    root: str,
    secrets: tuple[str, ...],
) -> list[Violation]:
    from jsonschema.exceptions import best_match

    out: list[Violation] = []
    for error in errors:
        if error.context:
            error = best_match([error]) or error
        path = list(error.absolute_path)
        key = path[-1] if path else None
        validator = error.validator
        value = error.validator_value
        instance = error.instance
        kind: Kind = "violation"
        if validator == "undocumented":
            kind = "undocumented"
            expected = "only the fields the spec lists"
            got = f"undocumented field ({_json_type(instance)})"
        elif validator == "required":
            missing = [r for r in value if isinstance(instance, dict) and r not in instance]
            for field_name in missing:
                out.append(
                    Violation(
                        name,
                        side,
                        json_path([*path, field_name], root),
                        "a required field",
                        "nothing",
                        status,
                    )
                )
            continue
        elif validator == "additionalProperties" and isinstance(instance, dict):
            from jsonschema._utils import find_additional_properties

            for extra in sorted(find_additional_properties(instance, error.schema)):
                out.append(
                    Violation(
                        name,
                        side,
                        json_path([*path, extra], root),
                        "no such field",
                        _shown(instance[extra], extra, secrets),
                        status,
                    )
                )
            continue
        elif validator == "type":
            types = value if isinstance(value, list) else [value]
            expected = " or ".join(str(t) for t in types)
            got = _shown(instance, key, secrets)
        elif validator in ("enum", "const"):
            expected = f"one of {_values(value)}" if validator == "enum" else json.dumps(value)
            got = _shown(instance, key, secrets)
        elif validator in ("minLength", "maxLength", "minItems", "maxItems", "minProperties"):
            expected = f"{validator} {value}"
            got = f"{_json_type(instance)} of length {len(instance)}"
        elif validator in ("oneOf", "anyOf"):
            expected = f"a value matching {validator}"
            got = _shown(instance, key, secrets)
        else:
            expected = f"{validator} {_cut(json.dumps(value, default=str), 60)}"
            got = _shown(instance, key, secrets)
        out.append(Violation(name, side, json_path(path, root), expected, got, status, kind))
    return out


def _form_fields(request: SpecRequest) -> list[tuple[str, str]]:
    """The fields of a urlencoded request body (to name the field a cast failed on)."""
    content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded" or not request.body:
        return []
    from urllib.parse import parse_qsl

    try:
        return parse_qsl(request.body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        return []


def _violations(
    exc: BaseException,
    name: str,
    side: Side,
    status: int | None,
    secrets: tuple[str, ...],
    form: Sequence[tuple[str, str]] = (),
) -> list[Violation]:
    """The violations one openapi-core error stands for (``form``: the request's form fields,
    whose names a failed cast of a form value does not carry)."""
    from openapi_core.casting.schemas.exceptions import CastError
    from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
    from openapi_core.deserializing.styles.exceptions import EmptyQueryParameterValue
    from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
    from openapi_core.templating.responses.exceptions import ResponseNotFound
    from openapi_core.validation.request.exceptions import (
        MissingRequiredParameter,
        MissingRequiredRequestBody,
        ParameterValidationError,
    )
    from openapi_core.validation.response.exceptions import (
        HeaderValidationError,
        MissingData,
        MissingRequiredHeader,
    )
    from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

    def one(where: str, expected: str, got: str) -> list[Violation]:
        return [Violation(name, side, where, expected, redact_text(got, secrets), status)]

    if isinstance(exc, ResponseNotFound):
        documented = ", ".join(sorted(str(s) for s in exc.availableresponses)) or "none"
        return one("status", f"one of {documented}", str(exc.http_status))
    if isinstance(exc, MissingRequiredParameter):
        return one(f"{exc.location}.{exc.name}", "a value (required)", "nothing")
    if isinstance(exc, MissingRequiredHeader):
        return one(f"header.{exc.name}", "a value (required)", "nothing")
    if isinstance(exc, MissingRequiredRequestBody):
        return one("body", "a body (required)", "none")
    if isinstance(exc, MissingData):
        return one("body", "a body", "an empty body")
    if isinstance(exc, MediaTypeNotFound):
        return one("content-type", " or ".join(exc.availableMimetypes), exc.mimetype or "none")
    cause = exc.__cause__
    if isinstance(exc, ParameterValidationError | HeaderValidationError):
        where = (
            f"{exc.location}.{exc.name}"
            if isinstance(exc, ParameterValidationError)
            else f"header.{exc.name}"
        )
        if isinstance(cause, CastError):
            return one(where, str(cause.type), _shown(cause.value, exc.name, secrets))
        if isinstance(cause, EmptyQueryParameterValue):
            return one(where, "a value (empty values are not allowed)", "an empty value")
        if isinstance(cause, InvalidSchemaValue):
            return _schema_violations(cause.schema_errors, name, side, status, where, secrets)
        return one(where, "a valid value", _cut(str(cause or exc), 70))
    if isinstance(cause, MediaTypeNotFound):
        return one(
            "content-type",
            " or ".join(cause.availableMimetypes) or "none",
            cause.mimetype or "none",
        )
    if isinstance(cause, MediaTypeDeserializeError):
        return one("body", f"valid {cause.mimetype}", "a body that does not parse")
    if isinstance(cause, InvalidSchemaValue):
        return _schema_violations(cause.schema_errors, name, side, status, "$", secrets)
    if isinstance(cause, CastError):
        fields = {k for k, v in form if v == cause.value}
        where = json_path([fields.pop()]) if len(fields) == 1 else "$"
        return one(where, str(cause.type), _shown(cause.value, None, secrets))
    return one("body", "a value the spec allows", _cut(str(cause or exc), 70))
