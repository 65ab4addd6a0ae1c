"""What the probe found: one :class:`ProbeResult` per operation, gathered in a :class:`ProbeReport`
that prints as JSON or as JUnit XML for CI."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal
from xml.etree import ElementTree

from ..spec import Violation

__all__ = ["Outcome", "ProbeReport", "ProbeResult"]

Outcome = Literal["ok", "drift", "skipped", "error"]


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
        keys = ("operation_id", "method", "template", "tag", "outcome", "status", "url", "reason")
        return {("path" if k == "template" else k): getattr(self, k) for k in keys} | {
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
        found = Counter(r.outcome for r in self.results)
        return {outcome: found[outcome] for outcome in ("ok", "drift", "skipped", "error")}

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
            reason = result.reason or ""
            if result.outcome == "skipped":
                ElementTree.SubElement(case, "skipped", message=reason)
            elif result.outcome != "ok":
                kind = "failure" if result.outcome == "drift" else "error"
                first = str(result.findings[0]) if result.findings else reason
                element = ElementTree.SubElement(case, kind, message=first, type=result.outcome)
                element.text = "\n".join(str(v) for v in result.findings) or reason
        ElementTree.indent(suite)
        return ElementTree.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
