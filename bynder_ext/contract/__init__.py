"""Contract tools: a portal's traffic checked against ``openapi/bynder.yaml``.

- the guard, :func:`bynder_ext.connect`'s ``contract="warn"`` or ``"raise"`` (or a
  :class:`ContractGuard`), checks every request and response of a client;
- :func:`probe` runs the spec's read-only operations against a portal and reports drift
  (``bynder contract probe``);
- :func:`check_har` checks recorded traffic (``bynder contract check FILE.har``).

Every departure is a :class:`Violation`: one line naming the operation, the JSON path, what the
spec expects and what came. They need openapi-core and PyYAML (``pip install
"bynder-client[contract]"``), imported only when a check runs: ``import bynder_ext`` never loads
this package, and a client built without a guard never pays for one. Each tool loads on first use.
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
