"""Exit codes of the ``bynder`` command and the one-line message shown for each failure."""

from __future__ import annotations

import enum

from ..errors import (
    APIError,
    AuthenticationError,
    AuthorizationDenied,
    BynderError,
    ConfigurationError,
    NotFound,
    PermissionDenied,
    StateMismatchError,
)

__all__ = ["CLIError", "ExitCode", "describe", "exit_code_for"]


class ExitCode(enum.IntEnum):
    """What the ``bynder`` command's exit status means."""

    OK = 0
    ERROR = 1
    USAGE = 2
    AUTH = 3
    NOT_FOUND = 4
    PARTIAL = 5
    INTERRUPTED = 130


class CLIError(Exception):
    """A failure the command explains itself, with the exit code to use."""

    def __init__(self, message: str, code: ExitCode = ExitCode.ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def exit_code_for(exc: BaseException) -> ExitCode:
    """The exit code for an exception that ended a command."""
    if isinstance(exc, CLIError):
        return exc.code
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    if isinstance(
        exc, AuthenticationError | PermissionDenied | AuthorizationDenied | StateMismatchError
    ):
        return ExitCode.AUTH
    if isinstance(exc, NotFound):
        return ExitCode.NOT_FOUND
    if isinstance(exc, ConfigurationError):
        return ExitCode.USAGE
    return ExitCode.ERROR


_HINTS: dict[ExitCode, str] = {
    ExitCode.AUTH: "check the credentials, or run `bynder login`",
}


def describe(exc: BaseException) -> str:
    """One line saying what went wrong (secrets are already redacted by bynder_ext's errors)."""
    if isinstance(exc, CLIError):
        return exc.message
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    if isinstance(exc, BynderError):
        text = " ".join(str(exc).split())
        code = exit_code_for(exc)
        if isinstance(exc, APIError | AuthorizationDenied) and code in _HINTS:
            text += f" ({_HINTS[code]})"
        return text
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or type(exc).__name__}{where}"
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}"
