"""``bynder contract probe|check``: has the portal drifted from the spec, and does recorded
traffic conform to it.

Both print a table (or, with ``--json``, the report as JSON) and exit with 0 when everything
conforms, 1 when something drifted, broke the spec or failed (the usual exit codes otherwise:
2 for usage, 3 for credentials).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ..contract.drift import ProbeReport, probe
from ..contract.har import HarReport, check_har
from .common import JsonFlag, split_list, state_of
from .errors import ExitCode
from .output import Output

__all__ = ["app"]

app = typer.Typer(
    help="Check the portal and recorded traffic against the contract (openapi/bynder.yaml).",
    no_args_is_help=True,
)


def _write(path: Path | None, text: str, out: Output, what: str) -> None:
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    out.note(f"wrote the {what} to {path}")


def _first(findings: list[Any]) -> str:
    if not findings:
        return ""
    more = f" (+{len(findings) - 1} more)" if len(findings) > 1 else ""
    return str(findings[0]) + more


@app.command("probe")
def probe_command(
    ctx: typer.Context,
    report: Annotated[
        Path | None,
        typer.Option("--report", help="Write the JSON report to this file.", dir_okay=False),
    ] = None,
    junit: Annotated[
        Path | None,
        typer.Option(
            "--junit", help="Write JUnit XML (one test per operation) to this file.", dir_okay=False
        ),
    ] = None,
    page_size: Annotated[
        int, typer.Option("--page-size", help="The limit of list requests.", min=1, max=5)
    ] = 3,
    max_requests: Annotated[
        int, typer.Option("--max-requests", help="The most requests to make.", min=1)
    ] = 200,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only", help="Only these operationIds or tags (repeatable, or comma-separated)."
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", help="Leave out these operationIds or tags (repeatable)."),
    ] = None,
    no_undocumented: Annotated[
        bool,
        typer.Option(
            "--no-undocumented", help="Do not report answer fields the spec does not list."
        ),
    ] = False,
    all_rows: Annotated[
        bool, typer.Option("--all", help="List every operation, not only the ones to look at.")
    ] = False,
    json_output: JsonFlag = False,
) -> None:
    """Run the spec's read-only operations against the portal and report drift.

    GET operations only (never OAuth or S3), ids taken from small list pages, every answer
    checked against the spec. Exit 1 when an operation drifted or failed: time to update the
    spec and regenerate (see docs/regenerating.md).
    """
    state = state_of(ctx)
    out = state.output(json_output)
    found: ProbeReport = probe(
        state.client(),
        page_size=page_size,
        max_requests=max_requests,
        include=split_list(only) or None,
        exclude=split_list(exclude),
        undocumented=not no_undocumented,
    )
    data = found.to_json()
    _write(report, json.dumps(data, indent=2, ensure_ascii=False) + "\n", out, "JSON report")
    _write(junit, found.junit_xml(), out, "JUnit XML")
    if out.json:
        out.emit(data)
    else:
        rows = [
            (r.operation_id, r.status or "", r.outcome, _first(r.findings) or (r.reason or ""))
            for r in found.results
            if all_rows or r.outcome != "ok"
        ]
        if rows:
            out.table(["operation", "status", "outcome", "finding"], rows, no_wrap=("operation",))
        counts = found.counts()
        out.note(
            f"{found.portal}: {counts['ok']} ok, {counts['drift']} drifted, "
            f"{counts['error']} failed, {counts['skipped']} skipped "
            f"({found.requests} requests, spec {found.spec_version})"
        )
    if not found.ok:
        raise typer.Exit(int(ExitCode.ERROR))


@app.command("check")
def check_command(
    ctx: typer.Context,
    har: Annotated[
        Path,
        typer.Argument(
            metavar="FILE.har",
            help="A HAR file (browser developer tools, mitmproxy).",
            dir_okay=False,
        ),
    ],
    portal: Annotated[
        str | None,
        typer.Option(
            "--portal",
            help="The portal's host (default: --domain, else the host most entries went to).",
        ),
    ] = None,
    s3_host: Annotated[
        list[str] | None,
        typer.Option(
            "--s3-host", help="Another host whose entries are S3 part uploads (repeatable)."
        ),
    ] = None,
    undocumented: Annotated[
        bool,
        typer.Option("--undocumented", help="Also report answer fields the spec does not list."),
    ] = False,
    all_rows: Annotated[
        bool, typer.Option("--all", help="List every entry, not only the ones that break the spec.")
    ] = False,
    json_output: JsonFlag = False,
) -> None:
    """Check recorded traffic against the spec; entries for other hosts are ignored.

    Exit 1 when an entry breaks the spec.
    """
    state = state_of(ctx)
    out = state.output(json_output)
    found: HarReport = check_har(
        har,
        portal=portal or state.credentials.domain,
        s3_hosts=split_list(s3_host),
        undocumented=undocumented,
    )
    if out.json:
        out.emit(found.to_json())
    else:
        rows = [
            (e.index, e.method, e.operation or "", e.status or "", v)
            for e in found.entries
            if all_rows or e.violations
            for v in ([str(x) for x in e.violations] or [e.reason or e.outcome])
        ]
        if rows:
            out.table(
                ["entry", "method", "operation", "status", "finding"], rows, no_wrap=("entry",)
            )
        counts = found.counts()
        out.note(
            f"{found.source} ({found.portal}): {counts['ok']} conform, "
            f"{counts['violation']} break the spec, {counts['ignored']} for other hosts ignored"
        )
    if not found.ok:
        raise typer.Exit(int(ExitCode.ERROR))
