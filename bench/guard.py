"""What the contract guard costs per call: ``get_asset.sync`` through bynder_ext without the guard
and with it (``connect(..., contract="warn")``: the request and the asset checked against the
spec), on an in-process ``httpx.MockTransport`` that answers with an asset as the fake serves it.
Both are timed in alternating rounds in one fresh process; the figure is the median of the
per-round differences. The guard is opt-in and, off, not even imported: there is no target."""

from __future__ import annotations

import time

from .common import Context, Outcome, Row, Stats, run_ours


def run(ctx: Context) -> Outcome:
    started = time.perf_counter()
    rounds = 6 if ctx.settings.quick else 20
    calls = 200 if ctx.settings.quick else 300
    result = run_ours({"task": "guard", "rounds": rounds, "calls": calls})
    plain = Stats.of([t * 1e6 for t in result["plain"]])
    guarded = Stats.of([t * 1e6 for t in result["guarded"]])
    extra = Stats.of(
        [(g - p) * 1e6 for g, p in zip(result["guarded"], result["plain"], strict=True)]
    )
    row = Row(
        measurement="Contract guard, per call (get_asset.sync, opt-in)",
        ours=guarded.text(1, "us"),
        against="bynder_ext without the guard",
        reference=plain.text(1, "us"),
        ratio=f"+{extra.median:.0f} us ({guarded.median / plain.median:.1f}x)",
        target="none (off by default, then free)",
        met=None,
    )
    notes = [
        f"Contract guard: {rounds} rounds of {calls} `get_asset.sync` calls per client, "
        "alternating which client goes first. With the guard each call also checks the request "
        f"and the full asset answer against the spec: {extra.median:.0f} us more per call "
        f"({guarded.median:.0f} us against {plain.median:.0f} us).",
    ]
    figures = {
        "rounds": rounds,
        "calls": calls,
        "plain_us": plain.to_json(),
        "guarded_us": guarded.to_json(),
        "extra_us": extra.to_json(),
    }
    return Outcome(
        "guard", rows=[row], notes=notes, figures=figures, seconds=time.perf_counter() - started
    )
