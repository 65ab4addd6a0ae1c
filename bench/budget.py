"""Request budget: a burst of twice the budget (600 requests, 8 threads sharing one client)
against the fake's enforced budget of 300 requests per 10 s window, with bynder_ext's
``RequestBudget`` configured alike; 20 ms per API call. Counted at the fake: the 429s it sent.

Share of the budget used: the burst cannot end before ``(k - 1) x window`` plus the time its last
``budget`` requests take to go out, which is measured as the time the first ``budget`` took (no
waiting was needed for those); the share is that lower bound over the measured time. The official
SDK, which has no limiter, is run once against the same budget for comparison.

Shared budgets: ``PROCESSES`` worker processes (threads in each) share one budget, a SQLite file
(``SQLiteBudget``) or a throwaway ``redis-server`` (``RedisBudget``), and burst together against
the fake's budget of ``SHARED_BUDGET`` per ``SHARED_WINDOW`` s for their one token. Counted at the
fake: the 429s, and the share of the budget used, from the arrival times of the requests (the
second budget's worth cannot start before a window after the first answer)."""

from __future__ import annotations

import json
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from .common import ROOT, BenchError, Context, Outcome, Row, Stats, clean_env, project_python

BUDGET = 300
WINDOW = 10.0
THREADS = 8
#: Bursts are this many budgets long.
WINDOWS = 2
TARGET_SHARE = 0.90
LATENCY = {"api": 0.02, "s3": 0.0, "token": 0.0, "download": 0.0}
#: The shared budgets' bursts: this many worker processes of ``SHARED_THREADS`` threads each.
PROCESSES = 4
SHARED_THREADS = 4
SHARED_BUDGET = 150
SHARED_WINDOW = 5.0


def _shared_burst(ctx: Context, backend: dict[str, Any]) -> tuple[float, int, int]:
    """One burst of PROCESSES workers sharing a budget: (share used, 429s, failed calls)."""
    requests = WINDOWS * SHARED_BUDGET
    token = ctx.fake.new_token()  # a fresh client at the fake: its own budget
    key = f"bench-{uuid.uuid4().hex}"
    task = {
        **ctx.base_task(token),
        **backend,
        "task": "burst",
        "key": key,
        "requests": requests // PROCESSES,
        "threads": SHARED_THREADS,
        "budget": SHARED_BUDGET,
        "window": SHARED_WINDOW,
        "handshake": True,
    }
    mark = ctx.fake.command("mark")["mark"]
    workers = [
        subprocess.Popen(
            [project_python(), "-m", "bench.ours_worker", json.dumps(task)],
            cwd=ROOT,
            env=clean_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None
            if worker.stdout.readline().strip() != "ready":
                raise BenchError(f"a shared-budget worker did not start: {worker.stderr}")
        start_at = time.time() + 0.2
        outputs = [w.communicate(f"{start_at}\n", timeout=120) for w in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    failed = 0
    for worker, (out, err) in zip(workers, outputs, strict=True):
        if worker.returncode != 0:
            raise BenchError(f"a shared-budget worker failed:\n{err[-3000:]}")
        outcomes = json.loads(out.splitlines()[-1])["outcomes"]
        failed += requests // PROCESSES - int(outcomes.get("ok", 0))
    seen = ctx.fake.command("since", mark=mark)["requests"]
    refused = sum(1 for _, status, _ in seen if status == 429)
    arrivals = sorted(t for t, status, operation in seen if operation == "list_brands")
    if len(arrivals) < requests:
        raise BenchError(f"the fake saw {len(arrivals)} of {requests} requests")
    best = (WINDOWS - 1) * SHARED_WINDOW + (arrivals[SHARED_BUDGET - 1] - arrivals[0])
    return best / (arrivals[-1] - arrivals[0]), refused, failed


def _shared(ctx: Context) -> tuple[list[Row], list[str], dict[str, Any]]:
    """The shared-budget rows: SQLite, then Redis (when a redis-server can be started)."""
    from bynder_ext.testing.redis_server import RedisServer, RedisServerMissing

    runs = ctx.settings.runs_for(2)
    rows: list[Row] = []
    notes: list[str] = []
    figures: dict[str, Any] = {}
    ctx.fake.command("budget", requests=SHARED_BUDGET, window=SHARED_WINDOW)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-budget-") as folder:
            backends: list[tuple[str, str, dict[str, Any]]] = []
            for run in range(runs):
                path = str(Path(folder) / f"budget-{run}.sqlite")
                backends.append(("sqlite", "a SQLite file", {"backend": "sqlite", "path": path}))
            server = None
            try:
                server = RedisServer()
            except RedisServerMissing as exc:
                notes.append(f"Shared budget, Redis: not measured: {exc}.")
            if server is not None:
                backends += [("redis", "Redis", {"backend": "redis", "url": server.url})] * runs
            try:
                results: dict[str, list[tuple[float, int, int]]] = {}
                for name, _, backend in backends:
                    results.setdefault(name, []).append(_shared_burst(ctx, backend))
            finally:
                if server is not None:
                    server.stop()
    finally:
        ctx.fake.command("budget", requests=None)
    requests = WINDOWS * SHARED_BUDGET
    for name, shown in (("sqlite", "a SQLite file"), ("redis", "Redis")):
        measured = results.get(name)
        if not measured:
            rows.append(
                Row(
                    measurement=f"Request budget shared through {shown}, {PROCESSES} processes",
                    ours="not measured",
                    against="the fake's budget",
                    reference=f"{SHARED_BUDGET} per {SHARED_WINDOW:g} s",
                    ratio="-",
                    target=f"0 429s, >= {TARGET_SHARE:.0%} used",
                    met=False,
                    note="no redis-server could be started",
                )
            )
            continue
        share = Stats.of([m[0] for m in measured])
        refused, failed = max(m[1] for m in measured), max(m[2] for m in measured)
        rows.append(
            Row(
                measurement=f"Request budget shared through {shown}, {PROCESSES} processes, "
                f"burst of {requests}: 429s and share used",
                ours=f"{refused} 429s, {share.median:.1%} [{share.low:.1%}-{share.high:.1%}]",
                against="the fake's budget",
                reference=f"{SHARED_BUDGET} per {SHARED_WINDOW:g} s",
                ratio="-",
                target=f"0 429s, >= {TARGET_SHARE:.0%} used",
                met=refused == 0 and failed == 0 and share.median >= TARGET_SHARE,
            )
        )
        figures[name] = {"share": share.to_json(), "refused": refused, "failed": failed}
    notes.append(
        f"Shared budgets: {PROCESSES} worker processes of {SHARED_THREADS} threads, each with "
        f"its own connection and `SQLiteBudget` (one file) or `RedisBudget` (one throwaway "
        f"redis-server on loopback) of {SHARED_BUDGET} per {SHARED_WINDOW:g} s under one key, "
        f"burst together ({requests} `list_brands` calls in all, {runs} "
        f"burst{'' if runs == 1 else 's'} per backend) against the fake's budget for their one "
        "token; the share is the least time the budget allows for the burst (a window plus the "
        "time the first budget's worth took to arrive) over the time it took, from the "
        "requests' arrival times at the fake."
    )
    return rows, notes, figures


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
    shared_rows, shared_notes, shared_figures = _shared(ctx)
    rows += shared_rows
    notes += shared_notes
    figures["shared"] = {
        **shared_figures,
        "budget": SHARED_BUDGET,
        "window": SHARED_WINDOW,
        "processes": PROCESSES,
        "threads": SHARED_THREADS,
    }
    return Outcome(
        "budget", rows=rows, notes=notes, figures=figures, seconds=time.perf_counter() - started
    )
