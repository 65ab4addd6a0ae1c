"""Per-call overhead of bynder_ext (auth flow, retry and budget transports, typed-error ``send``,
logging check) over the bare generated client: ``get_asset.sync`` many times on an in-process
``httpx.MockTransport`` that answers with an asset as the fake serves it. Both clients are timed
in alternating rounds in one fresh process; the figure is the median of the per-round ratios."""

from __future__ import annotations

import time

from .common import Context, Outcome, Row, Stats, run_ours

TARGET = 0.15


def run(ctx: Context) -> Outcome:
    started = time.perf_counter()
    rounds = 8 if ctx.settings.quick else 40
    calls = 300 if ctx.settings.quick else 500
    result = run_ours({"task": "overhead", "rounds": rounds, "calls": calls})
    bare = Stats.of([t * 1e6 for t in result["bare"]])
    ours = Stats.of([t * 1e6 for t in result["ours"]])
    extra = Stats.of([o / b - 1.0 for o, b in zip(result["ours"], result["bare"], strict=True)])
    row = Row(
        measurement="Per-call overhead over the bare generated client (get_asset.sync)",
        ours=ours.text(1, "us"),
        against="bare generated client",
        reference=bare.text(1, "us"),
        ratio=f"{extra.median:+.1%} [{extra.low:+.1%}..{extra.high:+.1%}]",
        target=f"<= {TARGET:.0%}",
        met=extra.median <= TARGET,
    )
    notes = [
        f"Overhead: {rounds} rounds of {calls} `get_asset.sync` calls per client, alternating "
        "which client goes first; new clients every round (so bynder_ext's default request "
        "budget of 4,500 per 5 minutes is exercised, never exhausted). bynder_ext: "
        f"{ours.median:.1f} us per call, the bare generated `AuthenticatedClient`: "
        f"{bare.median:.1f} us, i.e. {ours.median - bare.median:.1f} us more per call. "
        "Most of a call is the generated code's own work (building the request, parsing the "
        "`Asset` model), which both pay.",
    ]
    figures = {
        "rounds": rounds,
        "calls": calls,
        "bare_us": bare.to_json(),
        "ours_us": ours.to_json(),
        "overhead": extra.to_json(),
    }
    return Outcome(
        "overhead", rows=[row], notes=notes, figures=figures, seconds=time.perf_counter() - started
    )
