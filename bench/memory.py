"""Upload memory: peak RSS growth of the uploading process, a fresh process per measurement, for a
64 MiB and a 1 GiB file (256 MiB instead of 1 GiB with --quick), both clients, with the upload
scenario's latency. The baseline is taken after imports and connecting; the peak is the kernel's
high-water mark, reset at the baseline."""

from __future__ import annotations

import time

from .common import (
    MIB,
    UPLOAD_LATENCY,
    Context,
    Outcome,
    Row,
    Stats,
    alternate,
    sample_file,
)

#: Allowance above ``concurrency x chunk size`` (the parts in flight).
ALLOWANCE_MIB = 32


def run(ctx: Context) -> Outcome:
    started = time.perf_counter()
    sizes = (64, 256) if ctx.settings.quick else (64, 1024)
    ctx.fake.latency(UPLOAD_LATENCY)
    growth: dict[int, dict[str, Stats]] = {}
    layout: dict[str, int] = {}
    for size_mib in sizes:
        sample = sample_file(size_mib)
        runs = ctx.settings.runs_for(3 if size_mib <= 256 else 2)
        found: dict[str, list[float]] = {"ours": [], "sdk": []}
        for _, side in alternate(("ours", "sdk"), runs):
            task = {"task": "upload", "path": str(sample.path)}
            result = ctx.ours(task) if side == "ours" else ctx.sdk(task)
            ctx.fake.check_stored(str(result["media_id"]), sample.size, sample.sha256)
            ctx.fake.command("purge")
            found[side].append(float(result["rss_growth"]) / MIB)
            if side == "ours":
                layout = {
                    "chunk_size": int(result["chunk_size"]),
                    "concurrency": int(result["concurrency"]),
                }
        growth[size_mib] = {side: Stats.of(values) for side, values in found.items()}

    chunk_mib = layout["chunk_size"] / MIB
    limit = layout["concurrency"] * chunk_mib + ALLOWANCE_MIB
    small, large = sizes
    rows: list[Row] = []
    for size_mib in sizes:
        ours, sdk = growth[size_mib]["ours"], growth[size_mib]["sdk"]
        rows.append(
            Row(
                measurement=f"Upload memory, {_size(size_mib)} file: peak RSS growth",
                ours=ours.text(1, "MiB"),
                against="bynder-sdk",
                reference=sdk.text(1, "MiB"),
                ratio=f"{ours.median / sdk.median:.2f}" if sdk.median > 0 else "-",
                target=f"<= {limit:.0f} MiB",
                met=ours.high <= limit,
            )
        )
    ours_delta = growth[large]["ours"].median - growth[small]["ours"].median
    sdk_delta = growth[large]["sdk"].median - growth[small]["sdk"].median
    rows.append(
        Row(
            measurement=f"Upload memory, {_size(large)} minus {_size(small)}",
            ours=f"{ours_delta:+.1f} MiB",
            against="bynder-sdk",
            reference=f"{sdk_delta:+.1f} MiB",
            ratio="-",
            target=f"same (within one part, {chunk_mib:.0f} MiB)",
            met=abs(ours_delta) <= chunk_mib,
        )
    )
    notes = [
        f"Upload memory: bynder_ext with its defaults ({layout['concurrency']} parts of "
        f"{chunk_mib:.0f} MiB in flight), so the target is {layout['concurrency']} x "
        f"{chunk_mib:.0f} MiB + {ALLOWANCE_MIB} MiB = {limit:.0f} MiB; it is checked against the "
        "highest run, not the median. Each part is streamed from the file in 64 KiB blocks, so "
        "the growth stays far below the parts in flight. The SDK reads each 5 MiB part into "
        "memory and `requests` builds the whole multipart body beside it.",
    ]
    figures = {
        "sizes_mib": list(sizes),
        "growth_mib": {
            str(size): {side: stats.to_json() for side, stats in by_side.items()}
            for size, by_side in growth.items()
        },
        "limit_mib": limit,
        "layout": layout,
        "latency": UPLOAD_LATENCY,
    }
    return Outcome(
        "memory", rows=rows, notes=notes, figures=figures, seconds=time.perf_counter() - started
    )


def _size(size_mib: int) -> str:
    return f"{size_mib // 1024} GiB" if size_mib >= 1024 else f"{size_mib} MiB"
