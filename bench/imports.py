"""``import bynder_ext`` against ``import httpx``: the import statement timed inside fresh
processes of the project's environment, alternating, after one warm-up process each that writes
the bytecode caches (as an installed package has them)."""

from __future__ import annotations

import os
import subprocess
import time

from .common import BenchError, Context, Outcome, Row, Stats, clean_env, project_python

TARGET = 3.0
_SCRIPT = (
    "import time\n"
    "started = time.perf_counter()\n"
    "import {module}\n"
    "print(time.perf_counter() - started)\n"
)


def _time_import(module: str, env: dict[str, str]) -> float:
    done = subprocess.run(
        [project_python(), "-c", _SCRIPT.format(module=module)],
        cwd=os.path.expanduser("~"),
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"import {module} failed:\n{done.stderr[-2000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def run(ctx: Context) -> Outcome:
    started = time.perf_counter()
    runs = 8 if ctx.settings.quick else 25
    env = clean_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    modules = ("httpx", "bynder_ext")
    for module in modules:  # warm-up: bytecode caches and the OS file cache
        _time_import(module, env)
    found: dict[str, list[float]] = {m: [] for m in modules}
    for index in range(runs):
        order = modules if index % 2 == 0 else tuple(reversed(modules))
        for module in order:
            found[module].append(_time_import(module, env) * 1000)
    httpx_ms, ours_ms = Stats.of(found["httpx"]), Stats.of(found["bynder_ext"])
    ratio = ours_ms.median / httpx_ms.median
    row = Row(
        measurement="import bynder_ext vs import httpx (fresh process)",
        ours=ours_ms.text(1, "ms"),
        against="import httpx",
        reference=httpx_ms.text(1, "ms"),
        ratio=f"{ratio:.2f}",
        target=f"<= {TARGET:g} x httpx",
        met=ratio <= TARGET,
    )
    notes = [
        f"Import: {runs} fresh processes per module, alternating, started outside the "
        "repository with the project's interpreter; bytecode caches written by a warm-up run "
        "first. `import bynder_ext` includes httpx itself, attrs and the "
        "generated client's base classes; pagination, uploads, downloads and the fake are loaded "
        "on first use.",
    ]
    figures = {
        "runs": runs,
        "httpx_ms": httpx_ms.to_json(),
        "bynder_ext_ms": ours_ms.to_json(),
        "ratio": ratio,
    }
    return Outcome(
        "import", rows=[row], notes=notes, figures=figures, seconds=time.perf_counter() - started
    )
