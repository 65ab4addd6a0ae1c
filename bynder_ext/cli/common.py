"""What every ``bynder`` command shares: the invocation's state, the connection, and the
options and helpers that several commands use."""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Iterable
from typing import Annotated, Any, TypeVar

import typer

from .. import __version__
from ..client import BynderClient, connect, session_of
from .errors import CLIError, ExitCode
from .output import Output
from .settings import Connection, Credentials, resolve

__all__ = [
    "JsonFlag",
    "State",
    "YesFlag",
    "check",
    "key_values",
    "split_list",
    "state_of",
]

T = TypeVar("T")

JsonFlag = Annotated[
    bool, typer.Option("--json", help="Print machine-readable JSON on standard output.")
]
YesFlag = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


class _StderrHandler(logging.Handler):
    """Writes log records to whatever ``sys.stderr`` is when they are emitted."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:
            self.handleError(record)


@dataclasses.dataclass
class State:
    """One invocation: the credentials from options and environment, the output mode, and the
    client (connected on first use, closed when the command ends)."""

    credentials: Credentials
    json: bool = False
    debug: bool = False
    timeout: float = 30.0
    connection: Connection | None = None
    _client: BynderClient | None = None
    _log_handler: logging.Handler | None = None
    _log_level: int = logging.NOTSET

    def output(self, json_flag: bool = False) -> Output:
        """The printer for a command (``--json`` given to the command or before it)."""
        return Output(json_output=self.json or json_flag)

    def client(self) -> BynderClient:
        """The connected client (the credentials are resolved on first use)."""
        if self._client is None:
            self.connection = resolve(self.credentials)
            self._client = connect(
                self.connection.domain,
                auth=self.connection.auth,
                timeout=self.timeout,
                user_agent=f"bynder-cli/{__version__}",
            )
        return self._client

    def start_debug_log(self) -> None:
        """Log one line per request (bynder_ext's DEBUG log) to standard error."""
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("debug: %(name)s: %(message)s"))
        logger = logging.getLogger("bynder_ext")
        self._log_level = logger.level
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        self._log_handler = handler

    def close(self) -> None:
        """Close the client and remove the debug log handler."""
        if self._client is not None:
            session_of(self._client).close()
            self._client = None
        if self._log_handler is not None:
            logger = logging.getLogger("bynder_ext")
            logger.removeHandler(self._log_handler)
            logger.setLevel(self._log_level)
            self._log_handler = None


def state_of(ctx: typer.Context) -> State:
    """The :class:`State` the root command stored."""
    state = ctx.find_root().obj
    if not isinstance(state, State):
        raise CLIError("internal error: the command ran without its root options")
    return state


def check(response: Any, kind: type[T], what: str) -> T:
    """``response.parsed`` when it is a ``kind``; an error naming ``what`` otherwise."""
    body = getattr(response, "parsed", None)
    if isinstance(body, kind):
        return body
    status = getattr(response, "status_code", 0)
    raise CLIError(f"unexpected answer to {what} (HTTP {int(status)})")


def split_list(values: Iterable[str] | None) -> list[str]:
    """Values given as repeated options and/or comma-separated, stripped, empties dropped."""
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out


def key_values(
    pairs: Iterable[str] | None, option: str, separator: str = "="
) -> list[tuple[str, str]]:
    """``KEY=VALUE`` options as pairs; a usage error for one without the separator."""
    out: list[tuple[str, str]] = []
    for pair in pairs or ():
        key, sep, value = pair.partition(separator)
        if not sep or not key.strip():
            raise CLIError(f"{option} takes KEY{separator}VALUE, got {pair!r}", ExitCode.USAGE)
        out.append((key.strip(), value.strip() if separator == ":" else value))
    return out
