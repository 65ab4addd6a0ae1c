"""What every scenario shares: the fake's process, the workers, figures with their spread, rows of
the results table, and the benchmark's files."""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
WORK_DIR = BENCH_DIR / ".work"
MIB = 1024 * 1024

#: Injected latency of the upload scenarios (seconds per request class).
UPLOAD_LATENCY = {"api": 0.02, "s3": 0.1, "token": 0.0, "download": 0.0}
#: Injected latency of the listing scenario.
LISTING_LATENCY = {"api": 0.05, "s3": 0.0, "token": 0.0, "download": 0.0}


class BenchError(RuntimeError):
    """A measurement could not be taken (a worker failed, the fake misbehaved)."""


@dataclass(frozen=True)
class Stats:
    """Several measurements of one figure: the median and its spread (min-max)."""

    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> Stats:
        if not values:
            raise BenchError("no measurement")
        return cls(tuple(float(v) for v in values))

    @property
    def median(self) -> float:
        return float(statistics.median(self.values))

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    def text(self, digits: int = 2, unit: str = "") -> str:
        """``median [min-max] unit`` (just the value when there is one run)."""
        suffix = f" {unit}" if unit else ""
        if len(self.values) == 1:
            return f"{self.median:.{digits}f}{suffix}"
        return f"{self.median:.{digits}f} [{self.low:.{digits}f}-{self.high:.{digits}f}]{suffix}"

    def to_json(self) -> dict[str, Any]:
        return {
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "values": list(self.values),
        }


@dataclass
class Row:
    """One line of the results table."""

    measurement: str
    ours: str
    against: str
    reference: str
    ratio: str
    target: str
    met: bool | None
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.met is None:
            return "n/a"
        return "met" if self.met else "MISSED"


@dataclass
class Outcome:
    """What a scenario produced: table rows, notes for results.md, and raw figures (JSON)."""

    name: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass
class Settings:
    """How much to measure."""

    quick: bool
    runs: int

    def runs_for(self, default: int, quick: int = 1) -> int:
        """Runs of one figure: the given count, ``quick`` with --quick, or --runs when set."""
        if self.runs:
            return self.runs
        return quick if self.quick else default


def project_python() -> str:
    """The interpreter of the project's environment (the one running the benchmark)."""
    return sys.executable


def _run_json(argv: list[str], env: dict[str, str] | None, timeout: float) -> dict[str, Any]:
    try:
        done = subprocess.run(
            argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"{argv[2]} took more than {timeout:.0f} s") from exc
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise BenchError(
            f"{' '.join(argv[:3])} failed (exit {done.returncode}):\n{done.stderr[-3000:]}"
        )
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a worker: this one, minus variables that would change the clients'
    network set-up (proxies), plus ``extra``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
    }
    env.update(extra)
    return env


def run_ours(task: dict[str, Any], timeout: float = 600.0) -> dict[str, Any]:
    """Run a bynder_ext measurement in a fresh process of the project's environment."""
    argv = [project_python(), "-m", "bench.ours_worker", json.dumps(task)]
    return _run_json(argv, clean_env(), timeout)


def run_sdk(
    sdk_python: Path, task: dict[str, Any], ca_cert: str, timeout: float = 900.0
) -> dict[str, Any]:
    """Run an official-SDK measurement in a fresh process of the SDK's environment."""
    argv = [str(sdk_python), "-m", "bench.sdk_worker", json.dumps(task)]
    return _run_json(argv, clean_env(REQUESTS_CA_BUNDLE=ca_cert), timeout)


class FakeProcess:
    """The fake Bynder in its own process (``bench.fake_server``), steered over its stdin."""

    def __init__(self, assets: int) -> None:
        WORK_DIR.mkdir(parents=True, exist_ok=True)
        blobs = WORK_DIR / "blobs"
        blobs.mkdir(exist_ok=True)
        argv = [project_python(), "-m", "bench.fake_server", "--assets", str(assets)]
        self.process = subprocess.Popen(
            [*argv, "--blob-dir", str(blobs)],
            cwd=ROOT,
            env=clean_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        line = self._read()
        self.info: dict[str, Any] = json.loads(line)

    def _read(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            code = self.process.wait(timeout=10)
            raise BenchError(f"the fake Bynder exited (code {code})")
        return line

    def command(self, op: str, **arguments: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, **arguments}) + "\n")
        self.process.stdin.flush()
        answer: dict[str, Any] = json.loads(self._read())
        if "error" in answer:
            raise BenchError(f"fake: {op}: {answer['error']}")
        return answer

    @property
    def domain(self) -> str:
        return str(self.info["domain"])

    @property
    def ca_cert(self) -> str:
        return str(self.info["ca_cert"])

    @property
    def brand_id(self) -> str:
        return str(self.info["brand_id"])

    def latency(self, values: dict[str, float]) -> None:
        self.command("latency", **values)

    def new_token(self) -> str:
        return str(self.command("new_token")["token"])

    def cpu(self) -> float:
        return float(self.command("cpu")["cpu"])

    def check_stored(self, media_id: str, size: int, sha256: str) -> None:
        """Fail unless the asset's original is exactly the source file."""
        stored = self.command("stored", media_id=media_id)
        if stored.get("size") != size or stored.get("sha256") != sha256:
            raise BenchError(f"asset {media_id} does not hold the uploaded file: {stored}")

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.command("stop")
                self.process.wait(timeout=15)
            except (BenchError, OSError, ValueError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait(timeout=15)


@dataclass
class Context:
    """A benchmark run: its settings, the fake, the SDK's interpreter, the sample files."""

    settings: Settings
    fake: FakeProcess
    sdk_python: Path
    files: dict[int, SampleFile] = field(default_factory=dict)

    def base_task(self, token: str | None = None) -> dict[str, Any]:
        return {
            "domain": self.fake.domain,
            "ca_cert": self.fake.ca_cert,
            "token": token or str(self.fake.info["token"]),
            "brand_id": self.fake.brand_id,
        }

    def ours(self, task: dict[str, Any], token: str | None = None) -> dict[str, Any]:
        return run_ours({**self.base_task(token), **task})

    def sdk(self, task: dict[str, Any], token: str | None = None) -> dict[str, Any]:
        return run_sdk(self.sdk_python, {**self.base_task(token), **task}, self.fake.ca_cert)


@dataclass(frozen=True)
class SampleFile:
    """A file of random bytes to upload, made once in the work folder."""

    path: Path
    size: int
    sha256: str


def sample_file(size_mib: int) -> SampleFile:
    """``bench/.work/sample-<N>MiB.bin`` (random bytes), made unless it is already there."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    path = WORK_DIR / f"sample-{size_mib}MiB.bin"
    digest_path = path.with_suffix(".sha256")
    size = size_mib * MIB
    if path.exists() and path.stat().st_size == size and digest_path.exists():
        return SampleFile(path, size, digest_path.read_text().strip())
    digest = hashlib.sha256()
    temporary = path.with_suffix(".partial")
    with open(temporary, "wb") as out:
        for _ in range(size_mib):
            block = os.urandom(MIB)
            digest.update(block)
            out.write(block)
    os.replace(temporary, path)
    digest_path.write_text(digest.hexdigest())
    return SampleFile(path, size, digest.hexdigest())


def alternate(sides: Sequence[str], runs: int) -> Iterator[tuple[int, str]]:
    """(run, side) pairs that take turns, the starting side changing every run, so that drifts
    in machine load touch every side alike."""
    for run in range(runs):
        order = list(sides) if run % 2 == 0 else list(reversed(sides))
        for side in order:
            yield run, side
