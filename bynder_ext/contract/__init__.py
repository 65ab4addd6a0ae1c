"""Contract tools: check a portal's traffic against ``openapi/bynder.yaml``.

- the guard, an opt-in mode of :func:`bynder_ext.connect` (``contract="warn"`` or ``"raise"``,
  or a :class:`ContractGuard`), checks every request and response a client makes;
- :func:`probe` runs the spec's read-only operations against a portal and reports drift
  (``bynder contract probe``);
- :func:`check_har` checks recorded traffic (``bynder contract check FILE.har``).

Every departure is a :class:`Violation`: one line naming the operation, the JSON path, what the
spec expects and what came. They need openapi-core and PyYAML (``pip install
"bynder-client[contract]"``), imported only when a check runs: ``import bynder_ext`` never loads
this package, and a client built without a guard never pays for one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .drift import ProbeReport, ProbeResult, aprobe, probe
    from .guard import ContractGuard
    from .har import HarReport, check_har
    from .spec import SpecRequest, SpecResponse, Violation, spec_path

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

_WHERE = {
    "ContractGuard": "guard",
    "HarReport": "har",
    "check_har": "har",
    "ProbeReport": "drift",
    "ProbeResult": "drift",
    "aprobe": "drift",
    "probe": "drift",
    "SpecRequest": "spec",
    "SpecResponse": "spec",
    "Violation": "spec",
    "spec_path": "spec",
}


def __getattr__(name: str) -> Any:
    """Load each tool on first use."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)
