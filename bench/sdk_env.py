"""The benchmark-only environment: ``bench/.venv-sdk`` with the official SDK and matplotlib.

Created on first use with the running interpreter's ``venv`` and filled from PyPI with ``pip``.
The official SDK is never a dependency of this project: it lives only here, and its side of every
measurement runs in a subprocess with this environment's interpreter. matplotlib (for the chart)
lives here too, for the same reason.
"""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

from .common import BenchError

SDK_VERSION = "2.0.2"
REQUIREMENTS = (f"bynder-sdk=={SDK_VERSION}", "matplotlib>=3.8")
BENCH_DIR = Path(__file__).resolve().parent
VENV_DIR = BENCH_DIR / ".venv-sdk"
_STAMP = VENV_DIR / ".bench-installed"


def python() -> Path:
    """The environment's interpreter."""
    return VENV_DIR / "bin" / "python"


def ensure(log: bool = True) -> Path:
    """Create and fill the environment unless it is already there; return its interpreter."""
    wanted = "\n".join(REQUIREMENTS)
    if _STAMP.exists() and _STAMP.read_text() == wanted and python().exists():
        return python()
    if log:
        print(f"setting up {VENV_DIR} ({', '.join(REQUIREMENTS)}) ...", flush=True)
    if not python().exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV_DIR)
    done = subprocess.run(
        [str(python()), "-m", "pip", "install", "--quiet", *REQUIREMENTS],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"could not install {', '.join(REQUIREMENTS)}:\n{done.stderr[-3000:]}")
    _STAMP.write_text(wanted)
    return python()


def versions() -> dict[str, str]:
    """Versions of the packages that matter in the environment."""
    script = (
        "import json, importlib.metadata as m\n"
        "names = ['bynder-sdk', 'requests', 'requests-oauthlib', 'oauthlib', 'urllib3', "
        "'matplotlib']\n"
        "print(json.dumps({n: m.version(n) for n in names}))\n"
    )
    out = subprocess.run(
        [str(python()), "-c", script], check=True, capture_output=True, text=True
    ).stdout
    found: dict[str, str] = json.loads(out)
    return found


if __name__ == "__main__":
    print(ensure())
    print(versions())
    sys.exit(0)
