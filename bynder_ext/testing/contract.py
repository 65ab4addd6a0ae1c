"""The fake's requests and responses, checked against openapi/bynder.yaml.

The checker is the one users get (:mod:`bynder_ext.contract.spec`: openapi-core, the spec found in
the wheel or the checkout, one-line messages); this module only adapts the fake's own message
types to it. openapi-core and PyYAML are imported on first use only, so ``import
bynder_ext.testing`` stays cheap.
"""

from __future__ import annotations

import importlib.util
import sys
import threading

from ..contract.spec import (
    HTTP_METHODS,
    SpecRequest,
    SpecResponse,
    load_spec,
    spec_path,
)
from ..contract.spec import Contract as Checker
from .messages import FakeRequest, FakeResponse

__all__ = [
    "HTTP_METHODS",
    "Contract",
    "load_spec",
    "require_testing_extra",
    "spec_path",
    "spec_scopes",
]

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


_lock = threading.Lock()


def _spec_request(req: FakeRequest, *, body: bool = True) -> SpecRequest:
    return SpecRequest(
        method=req.method,
        origin=req.origin,
        path=req.path,
        query=list(req.query),
        headers=req.headers.items(),
        body=req.body if body else None,
    )


class Contract:
    """The fake's use of the shared checker; build it with `Contract.shared()`."""

    _shared: Contract | None = None

    def __init__(self) -> None:
        self.checker = Checker.shared()

    @classmethod
    def shared(cls) -> Contract:
        """The per-process instance."""
        with _lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def request_errors(self, req: FakeRequest, *, body: bool = True) -> list[str]:
        """One line for every way `req` breaks the spec (empty when it conforms). With
        `body=False` only the parameters are checked (the handler streams the body itself)."""
        return [str(v) for v in self.checker.check(_spec_request(req, body=body))]

    def response_errors(
        self, req: FakeRequest, resp: FakeResponse, body: bytes | None
    ) -> list[str]:
        """One line for every way `resp` breaks the spec; `body` None when it is streamed (then
        the status, content type and headers are checked)."""
        response = SpecResponse(status=resp.status, headers=list(resp.headers), body=body)
        return [
            str(v) for v in self.checker.check_response(_spec_request(req, body=False), response)
        ]
