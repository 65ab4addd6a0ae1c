"""Every secret the fake Bynders of this process handed out or were shown: client secrets,
access and refresh tokens (OAuth and permanent), authorization codes and PKCE verifiers.

A test suite can scan what its clients logged and raised for these strings (this project's does,
in ``tests/conftest.py``): the fake records them the moment they exist, so any later leak is
found. Nothing in the fake reads this record.
"""

from __future__ import annotations

import threading

__all__ = ["issued_secrets", "remember"]

_lock = threading.Lock()
_secrets: set[str] = set()


def remember(*values: str | None) -> None:
    """Add secrets to the record (empty values are ignored)."""
    with _lock:
        _secrets.update(v for v in values if v)


def issued_secrets() -> frozenset[str]:
    """A snapshot of every secret recorded so far."""
    with _lock:
        return frozenset(_secrets)
