"""The results: the console table, ``results.md`` and the chart."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .common import ROOT, BenchError, Outcome, Row

COLUMNS = ("Measurement", "bynder_ext", "Compared with", "Their figure", "Ratio", "Target", "")


def _cells(row: Row) -> tuple[str, ...]:
    return (
        row.measurement,
        row.ours,
        row.against,
        row.reference,
        row.ratio,
        row.target,
        row.verdict,
    )


def console_table(rows: Sequence[Row]) -> str:
    """A plain-text table for the terminal."""
    table = [COLUMNS, *(_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(COLUMNS))]
    lines = []
    for index, line in enumerate(table):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: Sequence[Row]) -> str:
    def escape(text: str) -> str:
        return text.replace("|", "\\|")

    header = [*COLUMNS[:-1], "Verdict"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [escape(c) for c in _cells(row)]
        if row.met is False:
            cells[-1] = "**MISSED**"
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""


def _cpu_model() -> str:
    for line in _read("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _memory_gib() -> str:
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith("MemTotal:"):
            return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "unknown"


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip()


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def conditions(sdk_versions: dict[str, str], load_before: str) -> dict[str, Any]:
    """Machine, software and time of the run."""
    import httpx

    import bynder_ext

    commit = _git("rev-parse", "--short", "HEAD")
    if commit and _git("status", "--porcelain", "--", "bynder_ext", "generated", "bench"):
        commit += " (with uncommitted changes)"
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{_cpu_model()}, {os.cpu_count()} cores, {_memory_gib()} RAM",
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "bynder_ext": bynder_ext.__version__,
        "commit": commit or "unknown",
        "httpx": httpx.__version__,
        "sdk": sdk_versions,
        "load_before": load_before,
        "argv": " ".join(sys.argv[1:]),
    }


def write_markdown(
    path: Path,
    outcomes: Sequence[Outcome],
    info: dict[str, Any],
    chart: str | None,
    quick: bool,
) -> None:
    rows = [row for outcome in outcomes for row in outcome.rows]
    sdk = info["sdk"]
    missed = [row for row in rows if row.met is False]
    targeted = [row for row in rows if row.met is not None]
    lines = [
        "# Benchmarks: bynder_ext and the official SDK",
        "",
        f"bynder_ext {info['bynder_ext']} (commit {info['commit']}) side by side with "
        f"`bynder-sdk` {sdk.get('bynder-sdk', '?')}, measured in one run of `python -m bench"
        + (f" {info['argv']}" if info["argv"] else "")
        + f"` on {info['date']}, against one fake Bynder. "
        "Figures are medians with their spread [min-max] over the runs listed under "
        "Conditions; ratios are bynder_ext's median over the other side's median, both from "
        "this run.",
    ]
    if quick:
        lines += [
            "",
            "**Quick run**: one run per figure and smaller files; not the figures of record.",
        ]
    lines += ["", "## Results", "", markdown_table(rows), ""]
    if chart:
        lines += [f"![Benchmark chart]({chart})", ""]
    lines += ["## Targets missed, and why", ""]
    if missed:
        for row in missed:
            lines.append(f"- **{row.measurement}**: {row.ours} against a target of {row.target}.")
            if row.note:
                lines.append(f"  {row.note[0].upper()}{row.note[1:]}.")
        lines.append("")
        lines.append("The notes below give the figures behind each explanation.")
    elif targeted:
        lines.append("None: every target was met in this run.")
    else:
        lines.append("None: no row of this run has a target.")
    lines += ["", "## Notes", ""]
    for outcome in outcomes:
        for note in outcome.notes:
            lines.append(f"- {note}")
    lines += [
        "",
        "## Conditions",
        "",
        f"- Date: {info['date']}; the whole run took {info['seconds']:.0f} s.",
        f"- Machine: {info['machine']}; {info['os']}. Load average (1/5/15 min) before the "
        f"run {info['load_before']}, after it {info['load_after']}: the machine was shared, so "
        "the two sides of each figure take turns, run after run.",
        f"- Python: {info['python']}. bynder_ext {info['bynder_ext']} with httpx "
        f"{info['httpx']}; the official SDK in its own environment: "
        + ", ".join(f"{name} {version}" for name, version in sdk.items() if name != "matplotlib")
        + ".",
        "- The fake Bynder (`bynder_ext.testing.FakeBynder`) in its own process, serving HTTPS "
        "on 127.0.0.1 (portal and S3 on separate ports, one certificate authority trusted by "
        "both clients: `verify=` for bynder_ext, `REQUESTS_CA_BUNDLE` for the SDK, which "
        "hard-codes `https://{domain}/api`); request validation off, so both clients cost it "
        "the same. Every measurement runs in a fresh client process.",
    ]
    for outcome in outcomes:
        lines.append(f"- {_conditions_line(outcome)}")
    lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def _runs(count: int, what: str = "run") -> str:
    return f"{count} {what}" + ("" if count == 1 else "s")


def _latency(values: dict[str, float]) -> str:
    if len(values) > 1 and len(set(values.values())) == 1 and any(values.values()):
        every = next(iter(values.values()))
        return f"{int(every * 1000)} ms per request of every class ({', '.join(values)})"
    shown = [f"{int(v * 1000)} ms per {k} request" for k, v in values.items() if v]
    return ", ".join(shown) or "none"


def _conditions_line(outcome: Outcome) -> str:
    f = outcome.figures
    took = f"({outcome.seconds:.0f} s)"
    if outcome.name == "upload":
        return (
            f"Upload: one {f['size_mib']} MiB file of random bytes, {_runs(f['runs'])} per client "
            f"{took}; latency: {_latency(f['latency'])}."
        )
    if outcome.name == "race":
        return (
            f"Race: the upload scenario's {f['size_mib']} MiB file with {f['processing']:g} s of "
            f"processing at the fake, {_runs(f['runs'])} per client {took}; latency: "
            f"{_latency(f['latency'])}."
        )
    if outcome.name == "memory":
        sizes = " and ".join(f"{s} MiB" for s in f["sizes_mib"])
        runs = ", ".join(
            f"{_runs(len(by['ours']['values']))} per client for {size} MiB"
            for size, by in f["growth_mib"].items()
        )
        return (
            f"Upload memory: files of {sizes}, {runs} {took}; latency: {_latency(f['latency'])}; "
            "peak from /proc/self/status VmHWM, reset after imports and connecting."
        )
    if outcome.name == "engines":
        return (
            f"Upload engines: one {f['size_mib']} MiB file of random bytes (the upload "
            f"scenario's), {_runs(f['runs'])} per engine, taking turns {took}; latency: "
            f"{_latency(f['latency'])}."
        )
    if outcome.name == "listing":
        return (
            f"Listing: {f['items']:,} seeded assets, pages of 1,000, prefetch {f['prefetch']}, "
            f"{_runs(f['runs'])} per side (bynder_ext with models, bynder_ext with "
            f"models=False, the SDK) after one untimed listing {took}; latency: "
            f"{_latency(f['latency'])}."
        )
    if outcome.name == "overhead":
        return (
            f"Overhead: {f['rounds']} rounds x {f['calls']} calls per client, in-process "
            f"`httpx.MockTransport` {took}."
        )
    if outcome.name == "guard":
        return (
            f"Contract guard: {f['rounds']} rounds x {f['calls']} calls per client, in-process "
            f"`httpx.MockTransport` {took}."
        )
    if outcome.name == "import":
        return f"Import: {f['runs']} fresh processes per module {took}."
    if outcome.name == "budget":
        shared = f.get("shared", {})
        shared_text = ""
        if shared:
            shared_text = (
                f" Shared: {shared['budget']} per {shared['window']:g} s, "
                f"{shared['processes']} processes of {shared['threads']} threads, through "
                + " and ".join(
                    f"{name} ({_runs(len(shared[name]['share']['values']))})"
                    for name in ("sqlite", "redis")
                    if name in shared
                )
                + "."
            )
        return (
            f"Request budget: {f['budget']} requests per {f['window']:g} s at the fake and in "
            f"the client, bursts of {f['requests']} from {f['threads']} threads, "
            f"{_runs(len(f['share']['values']))} {took}; latency: {_latency(f['latency'])}."
            + shared_text
        )
    return outcome.name


def write_json(path: Path, outcomes: Sequence[Outcome], info: dict[str, Any]) -> None:
    data = {
        "conditions": info,
        "figures": {outcome.name: outcome.figures for outcome in outcomes},
        "rows": [
            {**row.__dict__, "verdict": row.verdict} for outcome in outcomes for row in outcome.rows
        ],
    }
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def draw_chart(sdk_python: Path, source: Path, target: Path) -> None:
    done = subprocess.run(
        [str(sdk_python), "-m", "bench.chart", str(source), str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"the chart could not be drawn:\n{done.stderr[-2000:]}")
