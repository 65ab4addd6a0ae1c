"""The ``bynder`` command line (installed with ``pip install "bynder-client[cli]"``).

``main()`` is the console script. It imports typer and rich only when it runs, so that
``import bynder_ext`` stays cheap; without them it prints how to install them and exits with 2.
``bynder --version`` alone is answered before any of that is loaded.

Exit codes (:class:`ExitCode`): 0 success; 1 an API or operation error (a 5xx, a failed upload,
a network error); 2 a usage or configuration error (a bad option, no domain); 3 an authentication
error (no credentials, refused credentials, an expired login, a missing scope); 4 not found; 5 a
batch that partly failed (some files of ``bynder upload`` failed); 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import ExitCode

__all__ = ["ExitCode", "main"]

_MISSING = (
    "the bynder command needs typer and rich: install bynder-client[cli] "
    '(pip install "bynder-client[cli]")'
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``bynder`` command with ``argv`` (default: ``sys.argv[1:]``); returns its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:  # answered without loading the commands
        from .. import __version__

        print(f"bynder-client {__version__}")
        return 0
    from .errors import ExitCode

    try:
        import rich  # noqa: F401
        import typer  # noqa: F401
    except ImportError:
        print(f"error: {_MISSING}", file=sys.stderr)
        return int(ExitCode.USAGE)
    from .app import run

    return run(args)


def __getattr__(name: str) -> Any:
    if name == "ExitCode":  # imported on first use: it brings in bynder_ext.errors and httpx
        from .errors import ExitCode

        return ExitCode
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
