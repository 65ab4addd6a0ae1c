"""Request budget: a burst of twice the budget (600 requests, 8 threads sharing one client)
against the fake's enforced budget of 300 requests per 10 s window, with bynder_ext's
``RequestBudget`` configured alike; 20 ms per API call. Counted at the fake: the 429s it sent.

Share of the budget used: the burst cannot end before ``(k - 1) x window`` plus the time its last
``budget`` requests take to go out, which is measured as the time the first ``budget`` took (no
waiting was needed for those); the share is that lower bound over the measured time. The official
SDK, which has no limiter, is run once against the same budget for comparison."""

from __future__ import annotations

import time

from .common import Context, Outcome, Row, Stats

BUDGET = 300
WINDOW = 10.0
THREADS = 8
#: Bursts are this many budgets long.
WINDOWS = 2
TARGET_SHARE = 0.90
LATENCY = {"api": 0.02, "s3": 0.0, "token": 0.0, "download": 0.0}


def run(ctx: Context) -> Outcome:
    started = time.perf_counter()
    requests = WINDOWS * BUDGET
    ctx.fake.latency(LATENCY)
    ctx.fake.command("budget", requests=BUDGET, window=WINDOW)
    runs = ctx.settings.runs_for(3)
    shares: list[float] = []
    refused: list[int] = []
    seconds: list[float] = []
    failures: list[int] = []
    task = {
        "task": "burst",
        "requests": requests,
        "threads": THREADS,
        "budget": BUDGET,
        "window": WINDOW,
    }
    try:
        for _ in range(runs):
            token = ctx.fake.new_token()  # a fresh client at the fake: its own budget
            mark = ctx.fake.command("mark")["mark"]
            result = ctx.ours(task, token=token)
            seen = ctx.fake.command("since", mark=mark)["requests"]
            refused.append(sum(1 for _, status, _ in seen if status == 429))
            failures.append(requests - int(result["outcomes"].get("ok", 0)))
            best = (WINDOWS - 1) * WINDOW + float(result["first_batch_seconds"])
            shares.append(best / float(result["seconds"]))
            seconds.append(float(result["seconds"]))
        token = ctx.fake.new_token()
        mark = ctx.fake.command("mark")["mark"]
        sdk = ctx.sdk(task, token=token)
        sdk_seen = ctx.fake.command("since", mark=mark)["requests"]
    finally:
        ctx.fake.command("budget", requests=None)
    sdk_refused = sum(1 for _, status, _ in sdk_seen if status == 429)
    sdk_ok = int(sdk["outcomes"].get("ok", 0))
    share, took = Stats.of(shares), Stats.of(seconds)
    refused_stats = Stats.of([float(n) for n in refused])
    rows = [
        Row(
            measurement=f"Request budget, burst of {requests} ({BUDGET} per {WINDOW:g} s): 429s",
            ours=f"{max(refused)} (all runs)",
            against="bynder-sdk",
            reference=f"{sdk_refused} of {requests}",
            ratio="-",
            target="0",
            met=max(refused) == 0 and max(failures) == 0,
        ),
        Row(
            measurement="Request budget: share of the budget used",
            ours=f"{share.median:.1%} [{share.low:.1%}-{share.high:.1%}]",
            against="the fake's budget",
            reference=f"{BUDGET} per {WINDOW:g} s",
            ratio="-",
            target=f">= {TARGET_SHARE:.0%}",
            met=share.median >= TARGET_SHARE,
        ),
    ]
    notes = [
        f"Request budget: {runs} burst{'' if runs == 1 else 's'} of {requests} `list_brands` calls from {THREADS} threads "
        f"sharing one client with `RequestBudget({BUDGET}, {WINDOW:g})`, against the fake's "
        f"budget of {BUDGET} per {WINDOW:g} s for that client: "
        + ("every call succeeded" if max(failures) == 0 else f"{max(failures)} calls failed")
        + f" and the fake sent {max(refused)} 429s; a burst took {took.text(2, 's')}, the budget allowing no less "
        f"than about {(WINDOWS - 1) * WINDOW:g} s plus the time to send {BUDGET} requests. The "
        "limiter counts a slot from the moment its answer arrived and adds a 1% margin to the "
        "window, which is the share left unused.",
        f"The official SDK has no limiter: the same burst got {sdk_ok} answers and "
        f"{sdk_refused} refusals with 429 (each raised as `requests.HTTPError`); at the real "
        "portal, requests sent while blocked extend the block.",
    ]
    figures = {
        "budget": BUDGET,
        "window": WINDOW,
        "requests": requests,
        "threads": THREADS,
        "share": share.to_json(),
        "refused": refused_stats.to_json(),
        "seconds": took.to_json(),
        "sdk": {"ok": sdk_ok, "refused": sdk_refused, "outcomes": sdk["outcomes"]},
        "latency": LATENCY,
    }
    return Outcome(
        "budget", rows=rows, notes=notes, figures=figures, seconds=time.perf_counter() - started
    )
