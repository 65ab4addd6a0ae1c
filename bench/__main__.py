"""``python -m bench [SCENARIO ...] [--quick] [--runs N] [--output DIR]``

Scenarios, in the order they run (all by default): ``upload`` (256 MiB wall time, and against
its floor), ``race`` (the same upload with 3 s of processing at the fake), ``memory``
(peak RSS growth for 64 MiB and 1 GiB), ``engines`` (bynder_ext's classic and v7 upload engines on
the same 256 MiB file), ``listing`` (50,000 assets), ``overhead`` (per call, over the bare
generated client), ``guard`` (the contract guard's cost per call), ``import`` (against httpx) and
``budget`` (a burst under the fake's request budget).

A full run (every scenario, no ``--quick``) writes ``bench/results.md`` and ``bench/results.png``;
a quick or partial run writes them to ``bench/.work/`` instead, so that the files of record always
hold one complete run. ``--output DIR`` chooses the folder. The official SDK's environment,
``bench/.venv-sdk``, is created on the first run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from . import budget, engines, guard, imports, listing, memory, overhead, race, sdk_env, upload
from .common import (
    BENCH_DIR,
    WORK_DIR,
    BenchError,
    Context,
    FakeProcess,
    Outcome,
    Settings,
)
from .report import (
    conditions,
    console_table,
    draw_chart,
    load_average,
    write_json,
    write_markdown,
)

SCENARIOS: dict[str, Callable[[Context], Outcome]] = {
    "upload": upload.run,
    "race": race.run,
    "memory": memory.run,
    "engines": engines.run,
    "listing": listing.run,
    "overhead": overhead.run,
    "guard": guard.run,
    "import": imports.run,
    "budget": budget.run,
}
#: Assets seeded into the fake for the listing scenario.
LISTING_ASSETS = 50_000


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Benchmarks of bynder_ext side by side with bynder-sdk 2.0.2.",
    )
    parser.add_argument(
        "scenarios",
        nargs="*",
        metavar="SCENARIO",
        help=f"any of: {', '.join(SCENARIOS)} (default: all)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="one run per figure and smaller files (a smoke run)"
    )
    parser.add_argument("--runs", type=int, default=0, help="runs per figure (overrides defaults)")
    parser.add_argument("--output", type=Path, default=None, help="folder for results.md/png")
    args = parser.parse_args(argv)
    unknown = [s for s in args.scenarios if s not in SCENARIOS]
    if unknown:
        parser.error(
            f"unknown scenario(s) {', '.join(unknown)}; choose from {', '.join(SCENARIOS)}"
        )
    if args.runs < 0:
        parser.error("--runs must be a positive number of runs")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    chosen = [name for name in SCENARIOS if not args.scenarios or name in args.scenarios]
    complete = len(chosen) == len(SCENARIOS) and not args.quick and not args.runs
    output: Path = args.output or (BENCH_DIR if complete else WORK_DIR)
    output.mkdir(parents=True, exist_ok=True)
    settings = Settings(quick=args.quick, runs=args.runs)

    started = time.perf_counter()
    load_before = load_average()
    print(f"scenarios: {', '.join(chosen)}{' (quick)' if args.quick else ''}", flush=True)
    outcomes: list[Outcome] = []
    fake: FakeProcess | None = None
    try:
        sdk_python = sdk_env.ensure()
        sdk_versions = sdk_env.versions()
        fake = FakeProcess(assets=LISTING_ASSETS if "listing" in chosen else 0)
        context = Context(settings=settings, fake=fake, sdk_python=sdk_python)
        for name in chosen:
            print(f"- {name} ...", flush=True)
            outcome = SCENARIOS[name](context)
            outcomes.append(outcome)
            for row in outcome.rows:
                print(
                    f"    {row.measurement}: {row.ours} | {row.against}: {row.reference} "
                    f"| ratio {row.ratio} | target {row.target}: {row.verdict}",
                    flush=True,
                )
    except BenchError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 1
    finally:
        if fake is not None:
            fake.stop()

    info = conditions(sdk_versions, load_before)
    info["load_after"] = load_average()
    info["seconds"] = time.perf_counter() - started
    rows = [row for outcome in outcomes for row in outcome.rows]
    print()
    print(console_table(rows))
    results_json = WORK_DIR / "results.json"
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    write_json(results_json, outcomes, info)
    chart = output / "results.png"
    try:
        draw_chart(sdk_python, results_json, chart)
        chart_name: str | None = chart.name
    except BenchError as exc:
        print(exc, file=sys.stderr)
        chart_name = None
    markdown = output / "results.md"
    write_markdown(markdown, outcomes, info, chart_name, quick=args.quick)
    print(f"\nwrote {markdown}" + (f" and {chart}" if chart_name else ""))
    print(f"benchmark wall time: {info['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
