"""The two upload engines of bynder_ext side by side: the same file (256 MiB; 64 MiB with --quick,
the upload scenario's sample) uploaded with ``upload_file(..., engine="classic")`` and
``engine="v7"``, each with its defaults (classic: 8 MiB parts to S3, each registered with the
portal; v7: 5 MiB chunks to the portal itself; the same number in flight for both), taking turns run after run,
against the same fake.

Every request class gets the same latency (20 ms): the v7 chunks go to the portal (the fake's
"api" class) and the classic parts to S3 (its "s3" class), so the upload scenario's 20 ms per API
call and 100 ms per S3 part would favour the v7 engine by the latencies alone.

Each upload is checked at the fake (the stored original's size and SHA-256 equal the source's;
for v7 also the whole-file SHA-256 the engine computed and sent). Counted at the fake: the portal
requests of each upload (all of them count against Bynder's request budget) and its S3 requests
(which do not). There is no target: the rows show what each engine costs."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from .common import (
    MIB,
    BenchError,
    Context,
    Outcome,
    Row,
    Stats,
    alternate,
    sample_file,
)

#: The same latency on every request class, so that neither engine's route is favoured.
LATENCY = {"api": 0.02, "s3": 0.02, "token": 0.02, "download": 0.02}
ENGINES = ("classic", "v7")
#: How the bynder_ext column and the "their figure" column of these rows are filled.
SHOWN, AGAINST = "v7", "classic"


def _upload(ctx: Context, engine: str, path: str) -> dict[str, Any]:
    """One upload in a fresh worker, with what the fake saw of it and the fake's CPU time."""
    mark = int(ctx.fake.command("mark")["mark"])
    fake_cpu = ctx.fake.cpu()
    result = ctx.ours({"task": "upload", "path": path, "engine": engine})
    result["fake_cpu"] = ctx.fake.cpu() - fake_cpu
    result["portal"] = ctx.fake.command("since", mark=mark)["requests"]
    result["s3"] = ctx.fake.command("since", mark=mark, target="s3")["requests"]
    return result


def _failed(seen: list[list[Any]]) -> int:
    """Answers that were not 2xx/3xx (a retried request is counted each time it was sent)."""
    return sum(1 for _, status, _ in seen if not status or int(status) >= 400)


def run(ctx: Context) -> Outcome:
    started = time.perf_counter()
    size_mib = 64 if ctx.settings.quick else 256
    sample = sample_file(size_mib)
    ctx.fake.latency(LATENCY)
    ctx.fake.command("purge")
    runs = ctx.settings.runs_for(5)
    seconds: dict[str, list[float]] = {e: [] for e in ENGINES}
    growth: dict[str, list[float]] = {e: [] for e in ENGINES}
    cpu: dict[str, list[float]] = {e: [] for e in ENGINES}
    fake_cpu: dict[str, list[float]] = {e: [] for e in ENGINES}
    portal: dict[str, list[float]] = {e: [] for e in ENGINES}
    s3: dict[str, list[float]] = {e: [] for e in ENGINES}
    failed: dict[str, int] = dict.fromkeys(ENGINES, 0)
    operations: dict[str, Counter[str]] = {}
    layout: dict[str, dict[str, int]] = {}
    for _, engine in alternate(ENGINES, runs):
        result = _upload(ctx, engine, str(sample.path))
        if result.get("engine") != engine:
            raise BenchError(f"asked for the {engine} engine, the upload used {result['engine']}")
        ctx.fake.check_stored(str(result["media_id"]), sample.size, sample.sha256)
        if engine == "v7" and result.get("sha256") != sample.sha256:
            raise BenchError(
                f"the v7 engine reported SHA-256 {result.get('sha256')}, the file's is "
                f"{sample.sha256}"
            )
        ctx.fake.command("purge")
        seconds[engine].append(float(result["seconds"]))
        growth[engine].append(float(result["rss_growth"]) / MIB)
        cpu[engine].append(float(result["cpu"]))
        fake_cpu[engine].append(float(result["fake_cpu"]))
        portal[engine].append(float(len(result["portal"])))
        s3[engine].append(float(len(result["s3"])))
        failed[engine] += _failed(result["portal"]) + _failed(result["s3"])
        operations[engine] = Counter(str(op) for _, _, op in result["portal"])
        layout[engine] = {
            "parts": int(result["parts"]),
            "chunk_size": int(result["chunk_size"]),
            "concurrency": int(result["concurrency"]),
        }

    wall = {e: Stats.of(seconds[e]) for e in ENGINES}
    rss = {e: Stats.of(growth[e]) for e in ENGINES}
    client_cpu = {e: Stats.of(cpu[e]) for e in ENGINES}
    server_cpu = {e: Stats.of(fake_cpu[e]) for e in ENGINES}
    requests = {e: Stats.of(portal[e]) for e in ENGINES}
    s3_requests = {e: Stats.of(s3[e]) for e in ENGINES}
    ratio = wall[SHOWN].median / wall[AGAINST].median
    rss_ratio = rss[SHOWN].median / rss[AGAINST].median if rss[AGAINST].median > 0 else None
    request_ratio = requests[SHOWN].median / requests[AGAINST].median
    label = f"{size_mib} MiB"
    latency_ms = f"{LATENCY['api'] * 1000:.0f} ms"
    against = "classic engine (bynder_ext)"

    def counted(engine: str) -> str:
        text = _count(requests[engine])
        return f"{text} ({layout[engine]['parts']} parts)"

    rows = [
        Row(
            measurement=f"Upload {label}, v7 engine vs classic, {latency_ms} per request "
            "(API and S3 alike): wall time",
            ours=wall[SHOWN].text(2, "s"),
            against=against,
            reference=wall[AGAINST].text(2, "s"),
            ratio=f"{ratio:.3f}",
            target="none",
            met=None,
        ),
        Row(
            measurement=f"Upload {label}, v7 engine vs classic: peak RSS growth",
            ours=rss[SHOWN].text(1, "MiB"),
            against=against,
            reference=rss[AGAINST].text(1, "MiB"),
            ratio=f"{rss_ratio:.2f}" if rss_ratio is not None else "-",
            target="none",
            met=None,
        ),
        Row(
            measurement=f"Upload {label}, v7 engine vs classic: portal requests (in the budget)",
            ours=counted(SHOWN),
            against=against,
            reference=counted(AGAINST) + f" + {_count(s3_requests[AGAINST])} S3 POSTs (not in it)",
            ratio=f"{request_ratio:.2f}",
            target="none",
            met=None,
        ),
    ]

    classic, v7 = layout["classic"], layout["v7"]
    if ratio < 1:
        compared = f"{1 - ratio:.0%} less time than the classic engine"
    else:
        compared = f"{ratio - 1:.0%} more time than the classic engine"
    notes = [
        f"Engines: in these rows the bynder_ext column is the v7 engine and the other column the "
        f"classic engine, both bynder_ext's `upload_file` with its defaults on the same {label} "
        f"file ({sample.size:,} bytes). Classic sent {classic['parts']} parts of "
        f"{classic['chunk_size'] // MIB} MiB to S3, {classic['concurrency']} at a time, each "
        f"registered with the portal while its worker sent the next part, then finalised, "
        "polled and saved; "
        f"v7 sent {v7['parts']} chunks of {v7['chunk_size'] // MIB} MiB to the portal, "
        f"{v7['concurrency']} at a time, each with its SHA-256, then finalised with the whole "
        "file's SHA-256 and saved (no poll). The part sizes are each engine's default, so the "
        "rows compare the engines as a user gets them, not at one part size. There is no "
        "target: the rows show what each engine costs against this fake.",
        f"Latency: {latency_ms} on every request class, S3 included. The v7 chunks go to the "
        "portal (the fake's API class) while the classic parts go to S3 (its S3 class): unequal "
        "latencies, such as the upload scenario's 20 ms per API call and 100 ms per S3 part, "
        "would favour one engine by the injected figures alone. On loopback there is no "
        "bandwidth limit and no distance: at Bynder, classic parts go to the closest S3 bucket "
        "and v7 chunks to the portal's web tier, and which path is faster depends on the "
        "network to each, which this benchmark cannot show.",
        f"Wall time: v7 took {compared} ({wall[SHOWN].median:.2f} s against "
        f"{wall[AGAINST].median:.2f} s, ratio {ratio:.3f}). CPU of the uploading "
        f"process: v7 {client_cpu[SHOWN].median:.2f} s (it reads every chunk twice, once to "
        f"hash it and once to send it), classic {client_cpu[AGAINST].median:.2f} s; CPU of the "
        f"fake: {server_cpu[SHOWN].median:.2f} s for v7 (it hashes every chunk as it arrives and "
        f"the whole file at finalise), {server_cpu[AGAINST].median:.2f} s for classic. Client "
        "and fake share the machine's cores.",
        f"Portal requests, all counted against Bynder's budget (4,500 per 5 minutes): v7 "
        f"{_count(requests[SHOWN])} ({_operations(operations[SHOWN])}), classic "
        f"{_count(requests[AGAINST])} ({_operations(operations[AGAINST])}), plus "
        f"{_count(s3_requests[AGAINST])} POSTs to S3, which are not counted. Both engines spend "
        "one portal request per part; at their defaults v7's parts are smaller "
        f"({v7['chunk_size'] // MIB} MiB against {classic['chunk_size'] // MIB} MiB), hence "
        f"{request_ratio:.2f} x the requests for the same file. "
        + (
            "Every request was answered without error."
            if not any(failed.values())
            else f"Error answers (retried): v7 {failed['v7']}, classic {failed['classic']}."
        ),
        "Peak RSS growth of the uploading process (fresh process, baseline after imports and "
        f"connecting): v7 {rss[SHOWN].text(1, 'MiB')}, classic {rss[AGAINST].text(1, 'MiB')}. "
        "Both engines stream each part from the file in 64 KiB blocks rather than holding the "
        f"parts in flight ({v7['concurrency']} x {v7['chunk_size'] // MIB} MiB for v7, "
        f"{classic['concurrency']} x {classic['chunk_size'] // MIB} MiB for classic).",
        "The fake was given no processing delay: an import is ready at once, so the real "
        "portal's processing time, which both engines wait for (classic by polling, v7 by "
        "repeating a save answered 303), is not in these figures. Every upload was checked at "
        "the fake: the "
        "stored asset's size and SHA-256 equal the source file's, and so did the whole-file "
        "SHA-256 the v7 engine reported.",
    ]
    figures = {
        "size_mib": size_mib,
        "runs": runs,
        "latency": LATENCY,
        "seconds": {e: wall[e].to_json() for e in ENGINES},
        "rss_growth_mib": {e: rss[e].to_json() for e in ENGINES},
        "client_cpu": {e: client_cpu[e].to_json() for e in ENGINES},
        "fake_cpu": {e: server_cpu[e].to_json() for e in ENGINES},
        "portal_requests": {e: requests[e].to_json() for e in ENGINES},
        "s3_requests": {e: s3_requests[e].to_json() for e in ENGINES},
        "operations": {e: dict(operations[e]) for e in ENGINES},
        "error_answers": failed,
        "layout": layout,
        "ratio": ratio,
        "rss_ratio": rss_ratio,
        "request_ratio": request_ratio,
    }
    return Outcome(
        "engines", rows=rows, notes=notes, figures=figures, seconds=time.perf_counter() - started
    )


def _count(stats: Stats) -> str:
    """A request count: the number when every run made the same, else median [min-max]."""
    if stats.low == stats.high:
        return f"{stats.median:.0f}"
    return stats.text(0)


def _operations(counts: Counter[str]) -> str:
    """``42 upload_file_chunk, 1 ...`` in descending order (the last run's)."""
    return ", ".join(f"{n} `{op}`" for op, n in counts.most_common())
