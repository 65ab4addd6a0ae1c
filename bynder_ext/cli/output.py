"""How the ``bynder`` command prints: JSON for scripts, rich tables for people, progress bars.

Results go to standard output (JSON with ``--json``, else tables and short lines); progress
bars, notes and errors go to standard error, so ``bynder ... --json | jq`` always reads clean
JSON. Progress bars are drawn only when standard error is a terminal.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bynder_client.types import Unset
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table

__all__ = ["Output", "plain", "transfer_progress"]

# Table width when standard output is not a terminal (a pipe or a file): wide enough that ids,
# names and dates are not folded.
_PIPE_WIDTH = 200


def plain(value: Any) -> Any:
    """A JSON-ready form of ``value``: generated models through ``to_dict()``, UNSET as None."""
    if isinstance(value, Unset):
        return None
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class Output:
    """Where one command invocation writes. ``json`` selects machine-readable output."""

    def __init__(self, *, json_output: bool) -> None:
        self.json = json_output
        self.out = Console(file=sys.stdout, highlight=False, soft_wrap=True)
        self.err = Console(file=sys.stderr, highlight=False, soft_wrap=True)
        if not self.out.is_terminal:
            self.out.width = _PIPE_WIDTH

    def emit(self, data: Any) -> None:
        """Print ``data`` as JSON on standard output."""
        sys.stdout.write(json.dumps(plain(data), indent=2, ensure_ascii=False, default=str))
        sys.stdout.write("\n")
        sys.stdout.flush()

    def line(self, text: str) -> None:
        """A line of the result (standard output), as plain text."""
        self.out.print(escape(text))

    def note(self, text: str) -> None:
        """A remark for people (standard error), as plain text."""
        self.err.print(escape(text))

    def table(
        self,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        *,
        title: str | None = None,
        no_wrap: Sequence[str] = ("id",),
    ) -> None:
        """A table on standard output; the ``no_wrap`` columns are never folded."""
        table = Table(title=title, show_edge=False, header_style="bold")
        for name in columns:
            table.add_column(name, no_wrap=name in no_wrap, overflow="fold")
        for row in rows:
            table.add_row(*(escape(_cell(v)) for v in row))
        self.out.print(table)

    def fields(self, values: Mapping[str, Any], *, title: str | None = None) -> None:
        """A two-column table of ``field: value`` lines (empty values left out)."""
        rows = [(k, v) for k, v in values.items() if _cell(v) != ""]
        table = Table(title=title, show_header=False, show_edge=False, box=None)
        table.add_column("field", style="bold", no_wrap=True)
        table.add_column("value", overflow="fold")
        for key, value in rows:
            table.add_row(escape(key), escape(_cell(value)))
        self.out.print(table)

    def progress(self) -> Progress:
        """A progress display for byte transfers, on standard error (disabled off a terminal)."""
        return transfer_progress(self.err, disable=not self.err.is_terminal)


def transfer_progress(console: Console, *, disable: bool = False) -> Progress:
    """A rich progress display with a label, a bar, bytes, speed and time left."""
    return Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        DownloadColumn(binary_units=True),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=disable,
    )


def human_size(value: object) -> str:
    """A byte count as ``512 B``, ``1.5 KiB`` ... ``2.0 GiB`` (empty for anything but an int)."""
    if not isinstance(value, int) or isinstance(value, bool):
        return ""
    size = float(value)
    for unit in ("B", "KiB", "MiB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GiB"
