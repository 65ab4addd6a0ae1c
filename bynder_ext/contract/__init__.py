"""Contract tools: a portal's traffic checked against ``openapi/bynder.yaml``.

- the guard (``connect(..., contract="warn")`` or ``"raise"``, or a :class:`ContractGuard`) checks
  every request and response of a client;
- :func:`probe` reports drift of a portal from the spec (``bynder contract probe``);
- :func:`check_har` checks recorded traffic (``bynder contract check FILE.har``).

Each departure is a one-line :class:`Violation`. The checks need openapi-core and PyYAML (the
``contract`` extra), imported when a check runs; each tool loads on first use. ``import
bynder_ext`` never loads this package, and a client built without a guard never pays for one.
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
    return getattr(import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
