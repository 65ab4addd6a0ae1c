"""Draw the benchmark chart: ``python -m bench.chart results.json results.png``.

Runs with the interpreter of ``bench/.venv-sdk``, where matplotlib is installed (the project's own
environment does not carry it). Reads the figures that ``python -m bench`` wrote; bars are
medians, whiskers the min-max spread.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

OURS = "#1f77b4"
THEIRS = "#d62728"
GREY = "#7f7f7f"
V7 = "#2ca02c"


def _bar(ax: Any, labels: list[str], stats: list[dict[str, float]], colors: list[str]) -> None:
    medians = [s["median"] for s in stats]
    low = [s["median"] - s["min"] for s in stats]
    high = [s["max"] - s["median"] for s in stats]
    bars = ax.bar(labels, medians, color=colors, yerr=[low, high], capsize=4)
    for bar, value, top in zip(bars, medians, (s["max"] for s in stats), strict=True):
        ax.annotate(
            f"{value:.3g}",
            (bar.get_x() + bar.get_width() / 2, top),
            ha="center",
            va="bottom",
            fontsize=8,
            xytext=(0, 2),
            textcoords="offset points",
        )


def _upload(ax: Any, data: dict[str, Any]) -> None:
    _bar(ax, ["bynder_ext", "bynder-sdk"], [data["ours"], data["sdk"]], [OURS, THEIRS])
    ax.bar(
        ["bynder-sdk"],
        [data["sdk_sleep"]["median"]],
        color="none",
        edgecolor="black",
        hatch="//",
        label="SDK's sleep before polling",
    )
    if "floor" in data:
        ax.axhline(data["floor"], color=GREY, linestyle="--", label="floor (latency alone)")
    ax.set_title(
        f"Upload {data['size_mib']} MiB: wall time (s)\nratio {data['ratio']:.3f}"
        + (f", {data['ratio_floor']:.2f} x floor" if "ratio_floor" in data else "")
    )
    ax.legend(fontsize=7, loc="upper left")


def _race(ax: Any, data: dict[str, Any]) -> None:
    _bar(
        ax,
        ["bynder_ext", "bynder-sdk", "bynder-sdk\npolling when ready"],
        [data["ours"], data["sdk"], data["sdk_polling_when_ready"]],
        [OURS, THEIRS, GREY],
    )
    ax.set_title(
        f"Upload {data['size_mib']} MiB, {data['processing']:g} s processing: wall time (s)\n"
        f"ratio {data['ratio']:.3f}, {data['ratio_without_sleep']:.3f} without the SDK's sleep"
    )


def _memory(ax: Any, data: dict[str, Any]) -> None:
    sizes = [str(s) for s in data["sizes_mib"]]
    width = 0.38
    for offset, side, color, label in (
        (-1, "ours", OURS, "bynder_ext"),
        (1, "sdk", THEIRS, "bynder-sdk"),
    ):
        xs = [i + offset * width / 2 for i in range(len(sizes))]
        stats = [data["growth_mib"][s][side] for s in sizes]
        ax.bar(
            xs,
            [s["median"] for s in stats],
            width=width,
            color=color,
            label=label,
            yerr=[[s["median"] - s["min"] for s in stats], [s["max"] - s["median"] for s in stats]],
            capsize=4,
        )
    ax.axhline(
        data["limit_mib"], color=GREY, linestyle="--", label=f"target {data['limit_mib']:.0f} MiB"
    )
    ax.set_xticks(range(len(sizes)))
    ax.set_xticklabels([f"{int(s) // 1024} GiB" if int(s) >= 1024 else f"{s} MiB" for s in sizes])
    ax.set_title("Upload: peak RSS growth (MiB)")
    ax.legend(fontsize=7)


def _engines(ax: Any, data: dict[str, Any]) -> None:
    requests = data["portal_requests"]
    _bar(
        ax,
        [
            f"classic\n{requests['classic']['median']:.0f} portal requests",
            f"v7\n{requests['v7']['median']:.0f} portal requests",
        ],
        [data["seconds"]["classic"], data["seconds"]["v7"]],
        [OURS, V7],
    )
    latency = data["latency"]["api"] * 1000
    ax.set_title(
        f"bynder_ext engines, upload {data['size_mib']} MiB: wall time (s)\n"
        f"{latency:.0f} ms per request, API and S3 alike; v7/classic {data['ratio']:.3f}"
    )


def _listing(ax: Any, data: dict[str, Any]) -> None:
    _bar(
        ax,
        ["bynder_ext\nmodels", "bynder_ext\ndicts", "bynder-sdk", "fake CPU\n(bound)"],
        [data["ours"], data["ours_dicts"], data["sdk"], data["fake_cpu"]["ours_dicts"]],
        [OURS, OURS, THEIRS, GREY],
    )
    ax.set_title(
        f"List {data['items']:,} assets: wall time (s)\n"
        f"ratio {data['ratio']:.2f} (models), {data['ratio_dicts']:.2f} (dicts)"
    )


def _overhead(ax: Any, data: dict[str, Any]) -> None:
    _bar(ax, ["bare generated", "bynder_ext"], [data["bare_us"], data["ours_us"]], [GREY, OURS])
    ax.set_title(f"get_asset.sync: us per call\noverhead {data['overhead']['median']:+.1%}")


def _guard(ax: Any, data: dict[str, Any]) -> None:
    _bar(
        ax,
        ["bynder_ext", "with the guard"],
        [data["plain_us"], data["guarded_us"]],
        [GREY, OURS],
    )
    ax.set_title(f"Contract guard: us per call\n+{data['extra_us']['median']:.0f} us")


def _import(ax: Any, data: dict[str, Any]) -> None:
    _bar(
        ax,
        ["import httpx", "import bynder_ext"],
        [data["httpx_ms"], data["bynder_ext_ms"]],
        [GREY, OURS],
    )
    ax.set_title(f"Import time (ms)\nratio {data['ratio']:.2f}")


def _budget(ax: Any, data: dict[str, Any]) -> None:
    def percent(stats: dict[str, Any]) -> dict[str, float]:
        return {k: v * 100 for k, v in stats.items() if k != "values"}

    labels, shares = ["one process"], [percent(data["share"])]
    shared = data.get("shared", {})
    for name, label in (("sqlite", "4 processes\nSQLite"), ("redis", "4 processes\nRedis")):
        if name in shared:
            labels.append(label)
            shares.append(percent(shared[name]["share"]))
    _bar(ax, labels, shares, [OURS] * len(labels))
    ax.axhline(90, color=GREY, linestyle="--", label="target 90%")
    ax.set_ylim(0, 110)
    ax.set_title(
        f"Budget burst of {data['requests']}: % used\n"
        f"429s: bynder_ext {data['refused']['max']:.0f}, bynder-sdk {data['sdk']['refused']}"
    )
    ax.legend(fontsize=7, loc="lower right")


PANELS = {
    "upload": _upload,
    "race": _race,
    "memory": _memory,
    "engines": _engines,
    "listing": _listing,
    "overhead": _overhead,
    "guard": _guard,
    "import": _import,
    "budget": _budget,
}


def main() -> int:
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as file:
        results = json.load(file)
    present = [name for name in PANELS if name in results["figures"]]
    columns = 3 if len(present) > 2 else len(present)
    rows = -(-len(present) // columns)
    figure, axes = plt.subplots(rows, columns, figsize=(5 * columns, 4.2 * rows), squeeze=False)
    for ax in axes.flat[len(present) :]:
        ax.axis("off")
    for ax, name in zip(axes.flat, present, strict=False):
        PANELS[name](ax, results["figures"][name])
        ax.grid(axis="y", alpha=0.3)
    figure.suptitle(f"bynder_ext vs bynder-sdk 2.0.2 ({results['conditions']['date']})")
    figure.tight_layout()
    figure.savefig(target, dpi=110)
    return 0


if __name__ == "__main__":
    sys.exit(main())
