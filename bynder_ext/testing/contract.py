"""Checks requests and responses against openapi/bynder.yaml with openapi-core.

The spec is found by `spec_path()`: a copy packaged next to this module (wheels carry one) or the
checkout's `openapi/bynder.yaml`. It is parsed once per process. `servers` is replaced by "/" and
operation-level servers are removed, so any host matches on the path alone (a portal's host is the
customer's; the fake's is 127.0.0.1 or a test host). Security is not checked here: openapi-core
cannot check oauth2 and the fake checks tokens itself. openapi-core, PyYAML and werkzeug are
imported on first use only, so `import bynder_ext.testing` stays cheap.
"""

from __future__ import annotations

import contextvars
import copy
import importlib.util
import sys
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from .messages import FakeRequest, FakeResponse

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
BINARY_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif", "application/octet-stream")


def _latin1(value: bytes, **parameters: str) -> str:
    return value.decode("latin-1")


def _utf8(value: bytes, **parameters: str) -> str:
    return value.decode(parameters.get("charset", "utf-8"), errors="replace")


#: Modules of the `[testing]` extra that the fake needs: (module, distribution).
_EXTRA_MODULES = (("yaml", "PyYAML"), ("openapi_core", "openapi-core"))


def require_testing_extra() -> None:
    """ImportError, naming what to install, when a module of the `[testing]` extra is missing.
    Checked when a fake is made, so that it fails there rather than at its first request (with a
    500 after the client's retries); nothing is imported here."""
    missing = [dist for module, dist in _EXTRA_MODULES if not _available(module)]
    if missing:
        raise ImportError(
            f"the fake Bynder needs {', '.join(missing)}: install the testing extra "
            '(pip install "bynder-client[testing]")'
        )


def _available(module: str) -> bool:
    if module in sys.modules:
        return sys.modules[module] is not None  # None: an import that is blocked
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def spec_path() -> Path:
    """Where the contract is: the packaged copy, else `<checkout>/openapi/bynder.yaml`."""
    here = Path(__file__).resolve().parent
    packaged = here / "bynder.yaml"
    if packaged.is_file():
        return packaged
    checkout = here.parent.parent / "openapi" / "bynder.yaml"
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(
        f"openapi spec not found: looked for {packaged} and {checkout}; "
        "use FakeBynder(strict=False) to run without it"
    )


_lock = threading.Lock()
# True while a request whose body its handler streams is checked: parameters only.
_PARAMETERS_ONLY: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "bynder_fake_parameters_only", default=False
)


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


def spec_scopes() -> dict[str, set[str]]:
    """operationId -> the OAuth scopes its security requirements name (empty when none)."""
    spec = load_spec()
    default = spec.get("security", [])
    out: dict[str, set[str]] = {}
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            scopes: set[str] = set()
            for requirement in op.get("security", default) or []:
                for values in requirement.values():
                    scopes.update(values)
            out[op["operationId"]] = scopes
    return out


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


class Contract:
    """openapi-core validators for the spec; build it with `Contract.shared()`."""

    _shared: Contract | None = None

    def __init__(self) -> None:
        from openapi_core import OpenAPI
        from openapi_core.configurations import Config
        from openapi_core.validation.request.exceptions import MissingRequestBody
        from openapi_core.validation.request.validators import V31RequestValidator

        class _RequestValidator(V31RequestValidator):
            """Parameters and body only: the fake checks bearer tokens and scopes itself."""

            def _iter_errors(self, request: Any, operation: Any, path: Any) -> Iterator[Exception]:
                yield from self._iter_parameters_errors(request, operation, path)
                if _PARAMETERS_ONLY.get():
                    return
                for exc in self._iter_body_errors(request, operation):
                    if not isinstance(exc, MissingRequestBody):
                        yield exc

        # openapi-core hands binary bodies to the JSON Schema validator as bytes, which never
        # match `type: string, format: binary`; present them as text, as OpenAPI means them.
        as_text = dict.fromkeys(BINARY_TYPES, _latin1)
        self.app = OpenAPI.from_dict(
            _validation_spec(),
            config=Config(
                request_validator_cls=_RequestValidator,
                extra_media_type_deserializers={
                    **as_text,
                    "application/xml": _utf8,
                    "text/csv": _utf8,
                },
            ),
        )

    @classmethod
    def shared(cls) -> Contract:
        """The per-process instance (building it parses and checks the spec: ~100+ ms)."""
        with _lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def request_errors(self, req: FakeRequest, *, body: bool = True) -> list[str]:
        """Messages for every way `req` breaks the spec (empty when it conforms). With
        `body=False` only the parameters are checked (the handler streams the body itself)."""
        token = _PARAMETERS_ONLY.set(not body)
        try:
            return [describe(exc) for exc in self.app.iter_request_errors(_CoreRequest(req))]
        finally:
            _PARAMETERS_ONLY.reset(token)

    def response_errors(self, req: FakeRequest, resp: FakeResponse, body: bytes) -> list[str]:
        """Messages for every way `resp` (with its full `body`) breaks the spec."""
        return [
            describe(exc)
            for exc in self.app.iter_response_errors(_CoreRequest(req), _CoreResponse(resp, body))
        ]


class _CoreRequest:
    """openapi-core's Request protocol over a FakeRequest."""

    def __init__(self, req: FakeRequest) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = req.origin
        self.path = req.path
        self.method = req.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(req.query),
            header=Headers(req.headers.items()),
            cookie=ImmutableMultiDict(),
        )
        self.body = req.body or None
        self.content_type = req.headers.get("content-type") or ""


class _CoreResponse:
    """openapi-core's Response protocol over a FakeResponse."""

    def __init__(self, resp: FakeResponse, body: bytes) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = resp.status
        self.content_type = resp.header("content-type") or ""
        self.headers = Headers(resp.headers)
        self.data = body or None


def describe(exc: BaseException) -> str:
    """A one-line message naming what is wrong (parameter, field and rule)."""
    parts = [str(exc)]
    seen: set[int] = {id(exc)}
    cause = exc.__cause__ or exc.__context__
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        schema_errors = list(getattr(cause, "schema_errors", None) or [])
        if schema_errors:
            parts.append("; ".join(_schema_error(err) for err in schema_errors[:5]))
            break
        text = str(cause)
        if text and text not in parts[-1]:
            parts.append(text)
        cause = cause.__cause__ or cause.__context__
    return ": ".join(parts)


def _schema_error(err: Any) -> str:
    message = str(getattr(err, "message", err))
    path = "/".join(str(p) for p in getattr(err, "absolute_path", ()) or ())
    return f"{path}: {message}" if path else message
