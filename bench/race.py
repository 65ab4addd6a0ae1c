"""The honest race: the upload scenario's file and latencies (20 ms per API call, 100 ms per S3
part), but the fake takes ``PROCESSING`` seconds after the finalise before the import is ready, as
a real portal does while it processes the file. Both clients as their users get them: bynder_ext
polls at once and then backs off (0.5 s doubling); the official SDK sleeps 5 s before every poll.

Two ratios: against the SDK as it is, and against an SDK without its fixed sleep that polled the
moment the file was ready (its measured time, less the sleep it took, plus the processing time,
which no client can skip). The portal requests each client sent to learn that the file was ready
(polls, and saves answered 303) are counted at the fake."""

from __future__ import annotations

import time
from typing import Any

from .common import (
    UPLOAD_LATENCY,
    BenchError,
    Context,
    Outcome,
    Row,
    Stats,
    alternate,
    sample_file,
)

#: Seconds the fake takes to process the uploaded file.
PROCESSING = 3.0


def _run(ctx: Context, side: str, path: str) -> tuple[dict[str, Any], int]:
    mark = int(ctx.fake.command("mark")["mark"])
    task = {"task": "upload", "path": path, "stages": True}
    result = ctx.ours(task) if side == "ours" else ctx.sdk(task)
    seen = ctx.fake.command("since", mark=mark)["requests"]
    polls = sum(1 for _, _, operation in seen if operation == "retrieve_poll_state")
    return result, polls


def run(ctx: Context) -> Outcome:
    started = time.perf_counter()
    size_mib = 64 if ctx.settings.quick else 256
    sample = sample_file(size_mib)
    ctx.fake.latency(UPLOAD_LATENCY)
    ctx.fake.command("purge")
    ctx.fake.command("processing", seconds=PROCESSING, filenames=[sample.path.name])
    runs = ctx.settings.runs_for(2)
    times: dict[str, list[float]] = {"ours": [], "sdk": []}
    slept: list[float] = []
    waited: list[float] = []
    polls: dict[str, list[int]] = {"ours": [], "sdk": []}
    try:
        for _, side in alternate(("ours", "sdk"), runs):
            result, sent = _run(ctx, side, str(sample.path))
            ctx.fake.check_stored(str(result["media_id"]), sample.size, sample.sha256)
            ctx.fake.command("purge")
            times[side].append(float(result["seconds"]))
            polls[side].append(sent)
            if side == "sdk":
                slept.append(float(result["slept"]))
            else:
                stages = result["stages"]
                if "processing" not in stages or "saving" not in stages:
                    raise BenchError(f"the upload reported no processing wait: {stages}")
                waited.append(float(stages["saving"]) - float(stages["processing"]))
    finally:
        ctx.fake.command("processing", seconds=0.0, filenames=[sample.path.name])
    ours, sdk, sleep = Stats.of(times["ours"]), Stats.of(times["sdk"]), Stats.of(slept)
    ideal = Stats.of(
        [t - s + PROCESSING for t, s in zip(times["sdk"], slept, strict=True)]
    )  # an SDK that polled the moment the file was ready
    wait = Stats.of(waited)
    ratio, ratio_ideal = ours.median / sdk.median, ours.median / ideal.median
    label = f"{size_mib} MiB"
    rows = [
        Row(
            measurement=f"Upload {label}, {PROCESSING:g} s of processing at the fake: wall time",
            ours=ours.text(2, "s"),
            against="bynder-sdk",
            reference=sdk.text(2, "s"),
            ratio=f"{ratio:.3f}",
            target="none",
            met=None,
            note=f"the SDK sleeps {sleep.median:.1f} s before its first poll",
        ),
        Row(
            measurement=f"Upload {label}, {PROCESSING:g} s of processing: against an SDK "
            "without its fixed sleep",
            ours=ours.text(2, "s"),
            against="bynder-sdk, polling when ready",
            reference=ideal.text(2, "s"),
            ratio=f"{ratio_ideal:.3f}",
            target="none",
            met=None,
        ),
    ]
    notes = [
        f"Race: the fake took {PROCESSING:g} s after the finalise to process the {label} file "
        f"(`fake.faults.processing_delay(seconds={PROCESSING:g}, filenames=[...])`). bynder_ext "
        f"took {ours.median:.2f} s, of which {wait.median:.2f} s between its first poll and "
        f"the save ({max(polls['ours'])} polls at most: at once, then backing off from 0.5 s); "
        f"the SDK took {sdk.median:.2f} s, of which {sleep.median:.2f} s asleep before its "
        f"polls ({max(polls['sdk'])} at most). Ratio {ratio:.3f}.",
        f"Without its fixed sleep, an SDK polling the moment the file was ready would take its "
        f"awake time plus the {PROCESSING:g} s of processing: {ideal.median:.2f} s, and the "
        f"ratio would be {ratio_ideal:.3f}. The rest of the gap is the transfer (parts one "
        "after another, each followed by its register call).",
    ]
    figures = {
        "size_mib": size_mib,
        "processing": PROCESSING,
        "ours": ours.to_json(),
        "sdk": sdk.to_json(),
        "sdk_sleep": sleep.to_json(),
        "sdk_polling_when_ready": ideal.to_json(),
        "ours_processing_wait": wait.to_json(),
        "polls": polls,
        "ratio": ratio,
        "ratio_without_sleep": ratio_ideal,
        "runs": runs,
        "latency": UPLOAD_LATENCY,
    }
    return Outcome(
        "race", rows=rows, notes=notes, figures=figures, seconds=time.perf_counter() - started
    )
