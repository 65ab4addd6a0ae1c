"""Import costs, each timed inside fresh processes of the project's environment, alternating,
after one warm-up process each that writes the bytecode caches (as an installed package has
them): ``from bynder_ext import connect`` against ``import httpx``; importing one generated
operation (and how many of the spec's models that loads); and ``bynder --version``, the whole
command, from start to exit."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from .common import ROOT, BenchError, Context, Outcome, Row, Stats, clean_env, project_python

#: How many models the generated client has.
MODELS = sum(
    1
    for path in (ROOT / "generated" / "bynder_client" / "models").glob("*.py")
    if path.name != "__init__.py"
)

TARGET = 3.0
#: The most ``bynder --version`` may take, start to exit, in seconds.
VERSION_TARGET = 0.3
#: What is timed: a label and its import statement.
STATEMENTS = {
    "httpx": "import httpx",
    "bynder_ext": "from bynder_ext import connect",
    "operation": "from bynder_client.api.assets import get_asset",
}
_SCRIPT = (
    "import sys, time\n"
    "started = time.perf_counter()\n"
    "{statement}\n"
    "elapsed = time.perf_counter() - started\n"
    "print(sum(m.startswith('bynder_client.models.') for m in sys.modules), elapsed)\n"
)


def _time_import(statement: str, env: dict[str, str]) -> tuple[int, float]:
    """The models loaded and the seconds taken by ``statement`` in a fresh process."""
    done = subprocess.run(
        [project_python(), "-c", _SCRIPT.format(statement=statement)],
        cwd=os.path.expanduser("~"),
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"{statement} failed:\n{done.stderr[-2000:]}")
    models, seconds = done.stdout.strip().splitlines()[-1].split()
    return int(models), float(seconds)


def _time_version(env: dict[str, str]) -> float:
    """Seconds from starting ``bynder --version`` to its exit."""
    command = [str(Path(project_python()).with_name("bynder")), "--version"]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or not done.stdout.startswith("bynder-client "):
        raise BenchError(f"bynder --version failed:\n{done.stdout}{done.stderr[-2000:]}")
    return elapsed


def run(ctx: Context) -> Outcome:
    started = time.perf_counter()
    runs = 8 if ctx.settings.quick else 25
    env = clean_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    for statement in STATEMENTS.values():  # warm-up: bytecode caches and the OS file cache
        _time_import(statement, env)
    _time_version(env)
    found: dict[str, list[float]] = {label: [] for label in STATEMENTS}
    models: dict[str, int] = {}
    version: list[float] = []
    for index in range(runs):
        labels = list(STATEMENTS) if index % 2 == 0 else list(reversed(STATEMENTS))
        for label in labels:
            models[label], seconds = _time_import(STATEMENTS[label], env)
            found[label].append(seconds * 1000)
        version.append(_time_version(env))
    httpx_ms, ours_ms = Stats.of(found["httpx"]), Stats.of(found["bynder_ext"])
    operation_ms, version_s = Stats.of(found["operation"]), Stats.of(version)
    ratio = ours_ms.median / httpx_ms.median
    rows = [
        Row(
            measurement="from bynder_ext import connect vs import httpx (fresh process)",
            ours=ours_ms.text(1, "ms"),
            against="import httpx",
            reference=httpx_ms.text(1, "ms"),
            ratio=f"{ratio:.2f}",
            target=f"<= {TARGET:g} x httpx",
            met=ratio <= TARGET,
        ),
        Row(
            measurement="Import one generated operation (get_asset): models loaded",
            ours=f"{operation_ms.text(1, 'ms')}, {models['operation']} models",
            against="the spec's models",
            reference=str(MODELS),
            ratio=f"{models['operation'] / MODELS:.2f}",
            target="only the models it uses",
            met=models["operation"] < MODELS,
        ),
        Row(
            measurement="bynder --version, start to exit",
            ours=version_s.text(3, "s"),
            against="target",
            reference=f"{VERSION_TARGET} s",
            ratio=f"{version_s.median / VERSION_TARGET:.2f}",
            target=f"< {VERSION_TARGET} s",
            met=version_s.median < VERSION_TARGET,
        ),
    ]
    notes = [
        f"Import: {runs} fresh processes per statement, alternating, started outside the "
        "repository with the project's interpreter; bytecode caches written by a warm-up run "
        "first. `from bynder_ext import connect` includes httpx itself, attrs and the "
        "generated client's base classes; pagination, uploads, downloads and the fake are "
        "loaded on first use. Importing one generated operation loads the models its answers "
        f"use ({models['operation']} for `get_asset`), not all {MODELS}. `bynder --version` is "
        "timed from the start of the process to its exit, the console script included.",
    ]
    figures = {
        "runs": runs,
        "httpx_ms": httpx_ms.to_json(),
        "bynder_ext_ms": ours_ms.to_json(),
        "ratio": ratio,
        "operation_ms": operation_ms.to_json(),
        "operation_models": models["operation"],
        "models": MODELS,
        "version_s": version_s.to_json(),
    }
    return Outcome(
        "import", rows=rows, notes=notes, figures=figures, seconds=time.perf_counter() - started
    )
