"""The contract as a checker: ``openapi/bynder.yaml`` loaded once, an exchange checked against
it, each departure one short :class:`Violation`.

openapi-core (the ``contract`` extra) does the checking; added here: adapters from plain values,
one-line redacted messages, and the probe's strict reading (``undocumented=True``: fields the spec
does not list, unless extra fields are a typed map). The spec's servers are replaced by ``/`` so
that an exchange matches on its path alone; security (OAuth 2) is not checked.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Final, Literal
from urllib.parse import parse_qsl, urlsplit

from ..errors import SENSITIVE_QUERY_PARAMS, ConfigurationError, redact_text

__all__ = ["Contract", "SpecRequest", "SpecResponse", "Violation", "load_spec", "spec_path"]

#: The longest line a violation prints as.
MAX_LINE: Final = 300
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Binary bodies reach the JSON Schema validator as bytes, which never match `type: string,
# format: binary`: they are presented as text, as OpenAPI means them.
_BINARY_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif", "application/octet-stream")
_SENSITIVE_FIELDS = SENSITIVE_QUERY_PARAMS | {"authorization", "password", "client_id"}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_JSON_TYPES: Final[dict[type, str]] = {bool: "boolean", int: "integer", float: "number"}
_JSON_TYPES.update({str: "string", list: "array", dict: "object", type(None): "null"})
Side = Literal["request", "response"]
Kind = Literal["violation", "undocumented"]


def spec_path() -> Path:
    """Where the contract is: the copy packaged in the wheel, else ``<checkout>/openapi/bynder.yaml``."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "testing" / "bynder.yaml"
    checkout = package.parent / "openapi" / "bynder.yaml"
    for path in (packaged, checkout):
        if path.is_file():
            return path
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
        raise ConfigurationError(
            "checking against the contract needs openapi-core and PyYAML: install "
            'bynder-client[contract] (pip install "bynder-client[contract]")'
        ) from exc


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


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(path template, path item, operation) for every operation of ``spec``."""
    for template, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(operation := item.get(method), dict):
                yield template, item, operation


@cache
def own_servers() -> dict[str, tuple[str, ...]]:
    """operationId -> server URLs, for the operations served by a host of their own (S3)."""
    return {
        str(operation.get("operationId")): tuple(str(s.get("url", "")) for s in servers)
        for _, item, operation in _operations(load_spec())
        if (servers := operation.get("servers") or item.get("servers"))
    }


def _validation_spec() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    spec["servers"] = [{"url": "/"}]
    for _, item, operation in _operations(spec):
        item.pop("servers", None)
        operation.pop("servers", None)
    return spec


# -- what is checked ------------------------------------------------------------------------------


class _Headers:
    headers: list[tuple[str, str]]

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


@dataclass
class SpecRequest(_Headers):
    """A request as sent: ``path`` still percent-encoded; ``body`` None when it is not known (a
    streamed upload), and then only the parameters are checked."""

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
        parts = urlsplit(url)
        return cls(
            method=method.upper(),
            origin=f"{parts.scheme}://{parts.netloc}",
            path=parts.path or "/",
            query=parse_qsl(parts.query, keep_blank_values=True),
            headers=list(headers),
            body=body,
        )


@dataclass
class SpecResponse(_Headers):
    """A response: ``body`` None when it was not read (a download streamed elsewhere), and then
    the status, content type and headers are checked, not the body."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = b""


@dataclass(frozen=True)
class Violation:
    """One departure from the spec; ``str()`` is one line of at most 300 characters:
    ``get_asset response 200 $.id: expected string, got integer 42``.

    ``operation``: the operationId, or ``METHOD /path``; ``where``: a JSON path into the body,
    a parameter (``query.limit``), ``status``, ``content-type``, ``body``, ``method`` or ``path``.
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
        where, expected, got = _cut(self.where, 80), _cut(self.expected, 90), _cut(self.got, 70)
        return _cut(f"{head} {where}: expected {expected}, got {got}", MAX_LINE)

    def to_json(self) -> dict[str, Any]:
        keys = ("operation", "side", "status", "where", "expected", "got", "kind")
        return {**{key: getattr(self, key) for key in keys}, "message": str(self)}


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- the checker ----------------------------------------------------------------------------------


class Contract:
    """openapi-core's validators for the spec; :meth:`shared` gives the per-process one."""

    def __init__(self) -> None:
        require_checker()
        from openapi_core import OpenAPI
        from openapi_core.casting.schemas import oas31_schema_casters_factory as casters
        from openapi_core.casting.schemas.factories import SchemaCastersFactory
        from openapi_core.configurations import Config
        from openapi_core.validation.schemas import oas31_schema_validators_factory as oas31
        from openapi_core.validation.schemas.factories import DialectSchemaValidatorsFactory

        class Factory(DialectSchemaValidatorsFactory):
            """openapi-core's, each schema's validator built once (not per value), strict on demand."""

            def __init__(self, strict: bool) -> None:
                super().__init__(
                    oas31.schema_validator_cls,
                    oas31.default_jsonschema_dialect_id,
                    oas31.format_checker,
                )
                self.strict = strict
                self.built: dict[Any, Any] = {}

            def get_validator_cls(self, spec: Any, schema: Any) -> Any:
                cls: Any = super().get_validator_cls(spec, schema)
                return _with_undocumented(cls) if self.strict else cls

            def create(self, spec: Any, schema: Any, *args: Any, **options: Any) -> Any:
                key = (schema.parts, args, *options.items())
                if (built := self.built.get(key)) is None:
                    built = self.built[key] = super().create(spec, schema, *args, **options)
                return built

        lenient = Factory(strict=False)
        app: Any = OpenAPI.from_dict(
            _validation_spec(),
            config=Config(
                # The shipped spec is checked when it is built (make lint, tests/test_spec.py);
                # checking it again here would cost ~0.8 s per process.
                spec_validator_cls=None,
                schema_validators_factory=lenient,
                schema_casters_factory=SchemaCastersFactory(lenient, casters.types_caster),
                extra_media_type_deserializers={
                    **dict.fromkeys(_BINARY_TYPES, _latin1),
                    "application/xml": _utf8,
                    "text/csv": _utf8,
                },
            ),
        )
        # Private methods of the pinned openapi-core: find the operation once, then check.
        self._requests: Any = app.request_validator
        self._responses: Any = app.response_validator
        self._strict: Any = copy.copy(app.response_validator)
        self._strict.schema_validators_factory = Factory(strict=True)
        self._finder: Any = app.request_validator.path_finder
        self._find = lru_cache(maxsize=4096)(self._lookup)

    @classmethod
    @cache
    def shared(cls) -> Contract:
        """The per-process instance (building it parses the spec: ~100+ ms)."""
        return cls()

    def _lookup(self, method: str, path: str) -> tuple[Any, str] | None:
        """openapi-core's match for ``method`` and ``path`` and its operationId, or None."""
        from openapi_core.templating.paths.exceptions import PathError

        try:
            found = self._finder.find(method.lower(), f"https://portal{path}")
        except PathError:
            return None
        return found, str((found.operation / "operationId").read_str())

    def operation_id(self, method: str, path: str) -> str | None:
        """The operationId that serves ``method`` and ``path`` (percent-encoded), or None."""
        match = self._find(method.upper(), path)
        return None if match is None else match[1]

    def check(
        self,
        request: SpecRequest,
        response: SpecResponse | None = None,
        *,
        undocumented: bool = False,
        secrets: Iterable[str] = (),
        request_too: bool = True,
    ) -> list[Violation]:
        """Every way ``request`` (unless not ``request_too``) and ``response`` (when given)
        depart from the spec; ``undocumented``: also fields the spec does not list."""
        from openapi_core.validation.request.exceptions import MissingRequestBody
        from werkzeug.datastructures import Headers

        match = self._find(request.method.upper(), request.path)
        if match is None:
            return [self._unknown(request)]
        found, name = match
        hidden = tuple(secrets)
        out: list[Violation] = []
        if request_too:
            core = _core_request(request, found.path_result.variables)
            errors = list(self._requests._iter_parameters_errors(core, found.operation, found.path))
            if request.body is not None:  # else streamed: the parameters are checked
                errors += [
                    exc
                    for exc in self._requests._iter_body_errors(core, found.operation)
                    if not isinstance(exc, MissingRequestBody)  # an optional body left out
                ]
            form = _form_fields(request)
            messages = _Messages(name, "request", None, hidden)
            out += [v for exc in errors for v in messages.of(exc, form)]
        if response is not None:
            validator = self._strict if undocumented else self._responses
            status, headers = response.status, Headers(response.headers)
            content_type = response.header("content-type") or ""
            if response.body is None:
                errors = list(validator._iter_headers_errors(status, headers, found.operation))
                errors += _content_type_errors(validator, found.operation, status, content_type)
            else:
                errors = list(
                    validator._iter_errors(
                        status, response.body or None, headers, content_type, found.operation
                    )
                )
            messages = _Messages(name, "response", status, hidden)
            out += [v for exc in errors for v in messages.of(exc)]
        return list(dict.fromkeys(out))  # one `required` error per missing field names them all

    def check_response(
        self, request: SpecRequest, response: SpecResponse, **options: Any
    ) -> list[Violation]:
        """Every way ``response`` (the answer to ``request``) departs from the spec."""
        return self.check(request, response, request_too=False, **options)

    def _unknown(self, request: SpecRequest) -> Violation:
        """The violation of a request no operation serves: a wrong method, or a wrong path."""
        name = f"{request.method.upper()} {_cut(request.path, 120)}"
        allowed = [
            method.upper()
            for method in HTTP_METHODS
            if method != request.method.lower() and self._find(method.upper(), request.path)
        ]
        if allowed:
            return Violation(name, "request", "method", f"one of {', '.join(allowed)}", "none")
        return Violation(name, "request", "path", "a path of the spec", "no operation matches")


def _latin1(value: bytes, **parameters: str) -> str:
    return value.decode("latin-1")


def _utf8(value: bytes, **parameters: str) -> str:
    return value.decode(parameters.get("charset", "utf-8"), errors="replace")


def _core_request(request: SpecRequest, path_params: dict[str, str]) -> Any:
    """openapi-core's Request protocol over a SpecRequest."""
    from openapi_core.datatypes import RequestParameters
    from werkzeug.datastructures import Headers, ImmutableMultiDict

    return SimpleNamespace(
        host_url=request.origin,
        path=request.path,
        full_url_pattern=f"{request.origin}{request.path}",
        method=request.method.lower(),
        parameters=RequestParameters(
            query=ImmutableMultiDict(request.query),
            header=Headers(request.headers),
            cookie=ImmutableMultiDict(),
            path=dict(path_params),
        ),
        body=request.body or None,
        content_type=request.header("content-type") or "",
    )


def _content_type_errors(
    validator: Any, operation: Any, status: int, content_type: str
) -> list[Exception]:
    """For an unread body: is the content type one the spec documents for this status?"""
    from openapi_core.templating.media_types.exceptions import MediaTypeFinderError
    from openapi_core.templating.responses.exceptions import ResponseFinderError

    try:
        documented = validator._find_operation_response(str(status), operation)
        if "content" in documented:
            validator._find_media_type(documented / "content", content_type)
    except ResponseFinderError:
        return []  # reported by the headers check already
    except MediaTypeFinderError as exc:
        return [exc]
    return []


@cache
def _with_undocumented(validator_cls: Any) -> Any:
    """``validator_cls`` that also reports each property its schema does not name as
    ``undocumented`` (unless ``additionalProperties`` is a schema: a typed map)."""
    from jsonschema._utils import find_additional_properties
    from jsonschema.exceptions import ValidationError
    from jsonschema.validators import extend

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

    return extend(validator_cls, validators={"properties": strict_properties})


# -- messages -------------------------------------------------------------------------------------


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


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
    text = repr(value) if isinstance(value, bytes) else json.dumps(value, ensure_ascii=False)
    if redact_text(text, secrets) != text:
        return f"{kind} [REDACTED]"  # a value that holds a secret is not shown at all
    return f"{kind} {_cut(text, 50)}"


def json_path(parts: Iterable[Any], root: str = "$") -> str:
    """``$.media[0].id`` from ``["media", 0, "id"]``."""
    out = root
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if _IDENTIFIER.match(str(part)) else f"[{json.dumps(str(part))}]"
    return out


@dataclass(frozen=True)
class _Messages:
    """The violations of one side of an exchange, from openapi-core's and jsonschema's errors."""

    name: str
    side: Side
    status: int | None
    secrets: tuple[str, ...]

    def at(self, where: str, expected: str, got: str, kind: Kind = "violation") -> Violation:
        return Violation(self.name, self.side, where, expected, got, self.status, kind)

    def one(self, where: str, expected: str, got: str) -> list[Violation]:
        return [self.at(where, expected, redact_text(got, self.secrets))]

    def of(self, exc: BaseException, form: Sequence[tuple[str, str]] = ()) -> list[Violation]:
        """The violations of one openapi-core error (``form``: the request's form fields, to name
        the field a failed cast was of)."""
        from openapi_core.casting.schemas.exceptions import CastError
        from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
        from openapi_core.deserializing.styles.exceptions import EmptyQueryParameterValue
        from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
        from openapi_core.templating.responses.exceptions import ResponseNotFound
        from openapi_core.validation.request import exceptions as request
        from openapi_core.validation.response import exceptions as response
        from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

        cause, one = exc.__cause__, self.one
        if isinstance(exc, ResponseNotFound):
            documented = ", ".join(sorted(str(s) for s in exc.availableresponses)) or "none"
            return one("status", f"one of {documented}", str(exc.http_status))
        if isinstance(exc, request.MissingRequiredRequestBody):
            return one("body", "a body (required)", "none")
        if isinstance(exc, response.MissingData):
            return one("body", "a body", "an empty body")
        if isinstance(exc, request.ParameterValidationError | response.HeaderValidationError):
            where = f"{getattr(exc, 'location', 'header')}.{exc.name}"
            if isinstance(exc, request.MissingRequiredParameter | response.MissingRequiredHeader):
                return one(where, "a value (required)", "nothing")
            if isinstance(cause, CastError):
                return one(where, str(cause.type), _shown(cause.value, exc.name, self.secrets))
            if isinstance(cause, EmptyQueryParameterValue):
                return one(where, "a value (empty values are not allowed)", "an empty value")
            if isinstance(cause, InvalidSchemaValue):
                return self.of_schema(cause.schema_errors, where)
            return one(where, "a valid value", _cut(str(cause or exc), 70))
        for error in (exc, cause):
            if isinstance(error, MediaTypeNotFound):
                expected = " or ".join(error.availableMimetypes) or "none"
                return one("content-type", expected, error.mimetype or "none")
        if isinstance(cause, MediaTypeDeserializeError):
            return one("body", f"valid {cause.mimetype}", "a body that does not parse")
        if isinstance(cause, InvalidSchemaValue):
            return self.of_schema(cause.schema_errors, "$")
        if isinstance(cause, CastError):
            fields = {k for k, v in form if v == cause.value}
            where = json_path([fields.pop()]) if len(fields) == 1 else "$"
            return one(where, str(cause.type), _shown(cause.value, None, self.secrets))
        return one("body", "a value the spec allows", _cut(str(cause or exc), 70))

    def of_schema(self, errors: Iterable[Any], root: str) -> list[Violation]:
        """The violations of jsonschema's errors, with JSON paths from ``root``."""
        from jsonschema._utils import find_additional_properties
        from jsonschema.exceptions import best_match

        out: list[Violation] = []
        for error in errors:
            if error.context:
                error = best_match([error]) or error
            path, value, instance = list(error.absolute_path), error.validator_value, error.instance
            validator = error.validator
            kind: Kind = "violation"
            if validator == "required":
                missing = [r for r in value if isinstance(instance, dict) and r not in instance]
                for name in missing:
                    where = json_path([*path, name], root)
                    out.append(self.at(where, "a required field", "nothing"))
                continue
            if validator == "additionalProperties" and isinstance(instance, dict):
                for name in sorted(find_additional_properties(instance, error.schema)):
                    got = _shown(instance[name], name, self.secrets)
                    out.append(self.at(json_path([*path, name], root), "no such field", got))
                continue
            got = _shown(instance, path[-1] if path else None, self.secrets)
            if validator == "undocumented":
                kind, expected = "undocumented", "only the fields the spec lists"
                got = f"undocumented field ({_json_type(instance)})"
            elif validator == "type":
                expected = " or ".join(map(str, value if isinstance(value, list) else [value]))
            elif validator == "enum":
                shown = ", ".join(json.dumps(v, ensure_ascii=False) for v in list(value)[:5])
                expected = f"one of {shown}" + (", …" if len(value) > 5 else "")
            elif validator == "const":
                expected = json.dumps(value)
            elif validator in ("minLength", "maxLength", "minItems", "maxItems", "minProperties"):
                expected = f"{validator} {value}"
                got = f"{_json_type(instance)} of length {len(instance)}"
            elif validator in ("oneOf", "anyOf"):
                expected = f"a value matching {validator}"
            else:
                expected = f"{validator} {_cut(json.dumps(value, default=str), 60)}"
            out.append(self.at(json_path(path, root), expected, got, kind))
        return out


def _form_fields(request: SpecRequest) -> list[tuple[str, str]]:
    """The fields of a urlencoded request body (to name the field a cast failed on)."""
    content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded" or not request.body:
        return []
    try:
        return parse_qsl(request.body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        return []
