"""Contract tools: a portal's traffic checked against ``openapi/bynder.yaml``: the guard
(``connect(..., contract="warn")``), :func:`probe` (drift of a portal from the spec) and
:func:`check_har` (recorded traffic). Each departure is a one-line :class:`Violation`.

The checks need the ``contract`` extra (openapi-core, PyYAML); each tool loads on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .drift import ProbeReport, ProbeResult, aprobe, probe
    from .guard import ContractGuard
    from .har import HarReport, check_har
    from .spec import SpecRequest, SpecResponse, Violation, spec_path

_WHERE = {
    "guard": ("ContractGuard",),
    "har": ("HarReport", "check_har"),
    "drift": ("ProbeReport", "ProbeResult", "aprobe", "probe"),
    "spec": ("SpecRequest", "SpecResponse", "Violation", "spec_path"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}
__all__ = [
    "ContractGuard",
    "HarReport",
    "ProbeReport",
    "ProbeResult",
    "SpecRequest",
    "SpecResponse",
    "Violation",
    "aprobe",
    "check_har",
    "probe",
    "spec_path",
]


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))
