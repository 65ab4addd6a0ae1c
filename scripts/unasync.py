"""Write each ``_sync.py`` of bynder_ext from its ``_async.py``: each algorithm is written once.

A package of bynder_ext whose code does I/O keeps it in ``_async.py``; this script writes the
``_sync.py`` beside it by the substitutions
of :data:`SUBSTITUTIONS`, applied to whole words of every line (code, docstrings and comments
alike, so that they read right): ``async def`` / ``async with`` / ``async for`` lose ``async``,
``await`` goes, and async names become their sync twins; a name that starts with ``Async`` and a
capital letter loses the prefix (``AsyncPager`` -> ``Pager``, ``httpx.AsyncClient`` ->
``httpx.Client``). The output is formatted by ruff with the project's settings. ``make generate``
runs it and ``make check-generated`` fails when a ``_sync.py`` is stale, as for generated/.

The async sources must not use the ``asyncio`` module (its name is that of the generated
operations' async function, which becomes ``sync``): concurrency goes through
``bynder_ext._concurrency``, whose async and sync primitives share names up to the prefix.

Written here rather than taken from the ``unasync`` package: that one hooks into setuptools'
``build_py`` and rewrites every ``Async*`` name without a table of its own; this is the
line-by-line rewrite httpcore uses, with the project's table.

Usage: python scripts/unasync.py [--dest DIR]   (default: the repository itself)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "bynder_ext"

#: (async, sync), applied in order to whole words.
SUBSTITUTIONS = [
    ("async def", "def"),
    ("async with", "with"),
    ("async for", "for"),
    ("await ", ""),
    ("__aenter__", "__enter__"),
    ("__aexit__", "__exit__"),
    ("__aiter__", "__iter__"),
    ("__anext__", "__next__"),
    ("asynccontextmanager", "contextmanager"),
    ("AsyncIterable", "Iterable"),
    ("AsyncIterator", "Iterator"),
    ("AsyncGenerator", "Generator"),
    ("AsyncExitStack", "ExitStack"),
    ("StopAsyncIteration", "StopIteration"),
    ("AsyncByteStream", "SyncByteStream"),
    ("aclosing", "closing"),
    ("aclose", "close"),
    ("aread", "read"),
    ("aiter_bytes", "iter_bytes"),
    ("aiter_raw", "iter_raw"),
    ("anext", "next"),
    ("asyncio_detailed", "sync_detailed"),
    ("asyncio", "sync"),
    ("handle_async_request", "handle_request"),
    ("get_async_httpx_client", "get_httpx_client"),
    ("async_http", "http"),
    ("async_transport", "transport"),
    ("async_event_hooks", "event_hooks"),
    ("async_external", "external"),
    ("async_auth_flow", "sync_auth_flow"),
    ("async_sleep", "sleep"),
    ("asleep", "sleep"),
    ("aacquire", "acquire"),
    ("arelease", "release"),
    ("atry_take", "try_take"),
    ("afinish", "finish"),
    ("aexchange_code", "exchange_code"),
    ("aoffload", "offload"),
    (r"aupload_(?=[a-z])", "upload_"),
    ("aprobe", "probe"),
    (r"Async(?=[A-Z])", ""),
]
_COMPILED = [
    (
        re.compile(
            rf"\b{pattern}" + (r"\b" if pattern[-1].isalnum() or pattern[-1] == "_" else "")
        ),
        sync,
    )
    for pattern, sync in SUBSTITUTIONS
]
HEADER = "# Generated from {source} by scripts/unasync.py: edit that file, not this one.\n"
_ASYNCIO_IMPORT = re.compile(r"^\s*(import asyncio\b|from asyncio\b)")


class AsyncSourceError(Exception):
    """An async source that cannot be turned into its sync twin."""


def unasync_line(line: str) -> str:
    for pattern, sync in _COMPILED:
        line = pattern.sub(sync, line)
    return line


def unasync(source: str, where: str) -> str:
    """The sync twin of one async module's source text."""
    lines = source.splitlines(keepends=True)
    for number, line in enumerate(lines, start=1):
        if _ASYNCIO_IMPORT.match(line):
            raise AsyncSourceError(f"{where}:{number}: the asyncio module is not for async sources")
    return "".join(unasync_line(line) for line in lines)


def sources() -> list[Path]:
    """Every async source, relative to the repository."""
    return sorted(path.relative_to(ROOT) for path in (ROOT / PACKAGE).rglob("_async.py"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, default=ROOT)
    args = parser.parse_args()
    try:
        for source in sources():
            text = unasync((ROOT / source).read_text(encoding="utf-8"), str(source))
            target = args.dest / source.with_name("_sync.py")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(HEADER.format(source=source) + text, encoding="utf-8")
    except AsyncSourceError as exc:
        print(f"unasync: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
