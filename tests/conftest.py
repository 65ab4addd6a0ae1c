"""Shared fixtures. The fake Bynder's own fixtures come from its pytest plugin
(bynder_ext.testing.pytest_plugin): fake_bynder, fake_bynder_core, fake_bynder_transport.

The whole suite is also watched for leaked secrets: every log line (the ``bynder_ext`` and
``httpx`` loggers at DEBUG, and any other logger a test turns on) and the text of every exception
the clients make (each ``BynderError`` as it is created, with the bynder_ext errors chained to
it) or a test ends with, is scanned for the secrets the fake Bynder issued in this process
(client secrets, access and refresh tokens, authorization codes, PKCE verifiers:
``bynder_ext.testing.issued``).
The scan runs after each test; any hit fails the run at the end of the session, naming the test
and where the secret was seen (the secret itself is shown only by its first characters). Under
pytest-xdist each worker watches its own tests and fails the run on a leak; the controller adds up
the workers' figures for the summary line.
``tests/test_reliability.py`` runs a small suite with a deliberate leak to show that it fails.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from bynder_ext import BynderClient
from bynder_ext.errors import BynderError
from bynder_ext.testing.issued import issued_secrets
from bynder_ext.testing.redis_server import RedisServer, RedisServerMissing
from tests.portal import RECORDED, Portal, connect_to, open_portal


@pytest.fixture(params=["transport", "socket"])
def portal(request: pytest.FixtureRequest) -> Iterator[Portal]:
    """A strict fake Bynder with generated clients, in-process and over a real socket.

    Operations the fake served are recorded per test module and front end, so each
    `test_fake_operations*` module can check that it exercised every operation it claims.
    """
    mode: str = request.param
    with open_portal(mode) as p:
        yield p
    RECORDED.setdefault(request.module.__name__, {}).setdefault(mode, set()).update(
        p.fake.operation_counts
    )


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A throwaway redis-server on a free loopback port for the whole session.

    Where none can be found the tests that need it fail, saying how to install one (`make setup`
    does where it can). Outside CI, BYNDER_SKIP_REDIS_TESTS=1 skips them instead, with that
    reason in the summary; in CI they always fail.
    """
    try:
        server = RedisServer()
    except RedisServerMissing as exc:
        if os.environ.get("BYNDER_SKIP_REDIS_TESTS") == "1" and not os.environ.get("CI"):
            pytest.skip(f"{exc} (BYNDER_SKIP_REDIS_TESTS=1)")
        pytest.fail(f"{exc}; outside CI, BYNDER_SKIP_REDIS_TESTS=1 skips the Redis tests")
    with server:
        yield server


@pytest.fixture
def connect_portal(portal: Portal) -> Iterator[Callable[..., BynderClient]]:
    """``connect_portal(**kwargs)``: a bynder_ext client for `portal` (its front end and permanent
    token; ``kwargs`` go to ``connect``), closed at the end of the test."""
    made: list[BynderClient] = []

    def make(**kwargs: Any) -> BynderClient:
        client = connect_to(portal, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.session.close()


# -- unique test ids (pytest-xdist schedules by them) -------------------------------------------


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Give every test its own node id, with its xdist group in it under `--dist loadgroup`.

    pytest 9.2 builds a test's id from its original name, and schemathesis 4.32 makes one item per
    API operation (`test_fake_conforms[GET /api/v4/media/]`, ...) that all share the original name,
    so they all get the same id; and pytest-xdist 3.8 marks a test's `xdist_group` by changing an
    attribute that pytest 9.2 no longer reads. pytest-xdist schedules by id, so it would run only
    the first of those tests and scatter a group. `make test` runs the suite under xdist.
    """
    # The controller has --dist; pytest-xdist tells its workers with a `loadgroup` option.
    grouping = config.getoption("dist", "no") == "loadgroup" or bool(
        getattr(config.option, "loadgroup", False)
    )
    counts = Counter(item.nodeid for item in items)
    for item in items:
        name = item.nodeid.rsplit("::", 1)[-1]
        if counts[item.nodeid] > 1 and "[" in item.name:
            name = item.name
        groups = sorted({str(mark.args[0]) for mark in item.iter_markers("xdist_group")})
        if grouping and groups:
            name = f"{name}@{'_'.join(groups)}"
        if name != item.nodeid.rsplit("::", 1)[-1] and item.parent is not None:
            item._id = item.parent.id.child(name)  # type: ignore[attr-defined]
    duplicated = [nodeid for nodeid, n in Counter(i.nodeid for i in items).items() if n > 1]
    if duplicated:
        raise pytest.UsageError(
            f"tests share a node id, which pytest-xdist cannot run: {duplicated}"
        )


# -- the secret-leak watch ------------------------------------------------------------------------

#: Loggers whose DEBUG lines are produced (and watched) for the whole session.
WATCHED_LOGGERS = ("bynder_ext", "httpx")
# Secrets the fake issues are URL-safe strings; a leak is a run of these characters.
_RUN = re.compile(r"[A-Za-z0-9._~-]{16,}")
# The fake's secrets are 32 random characters or more. Shorter strings would match ordinary
# words, and so would a PKCE verifier that a test made up as "x" * 43: such strings are skipped.
_MIN_SECRET = 16
_MIN_DISTINCT = 8


@dataclass
class LeakWatch:
    """Collects texts as the suite runs and checks them against the fake's issued secrets."""

    texts: list[tuple[str, str]] = field(default_factory=list)  # (where, text)
    errors: list[BaseException] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    scanned: int = 0
    current: str = "session set-up"
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, where: str, text: str) -> None:
        with self.lock:
            self.texts.append((where, text))

    def add_error(self, error: BaseException) -> None:
        with self.lock:
            self.errors.append(error)

    def scan(self, test: str) -> None:
        """Check what was collected since the last scan; remember every hit."""
        with self.lock:
            texts, self.texts = self.texts, []
            errors, self.errors = self.errors, []
        for error in errors:
            for where, text in _exception_texts(error, "exception"):
                texts.append((where, text))
        if not texts:
            return
        secrets = frozenset(
            s for s in issued_secrets() if len(s) >= _MIN_SECRET and len(set(s)) >= _MIN_DISTINCT
        )
        lengths = sorted({len(s) for s in secrets})
        for where, text in texts:
            self.scanned += 1
            for found in _find(text, secrets, lengths):
                self.leaks.append(f"{test}: {where} shows a secret starting {found[:4]!r}")

    def report(self) -> str:
        unique = list(dict.fromkeys(self.leaks))
        shown = "\n".join(f"  - {leak}" for leak in unique[:50])
        more = f"\n  ... and {len(unique) - 50} more" if len(unique) > 50 else ""
        return (
            f"{len(unique)} secret leak(s) in log lines or exception messages of the suite's "
            f"clients:\n{shown}{more}"
        )


def _find(text: str, secrets: frozenset[str], lengths: list[int]) -> list[str]:
    """The issued secrets that occur in ``text`` (a window of each secret length over each run
    of URL-safe characters, so a secret glued to other characters is found too)."""
    found = []
    for match in _RUN.finditer(text):
        run = match.group()
        for length in lengths:
            if length > len(run):
                break
            for start in range(len(run) - length + 1):
                piece = run[start : start + length]
                if piece in secrets:
                    found.append(piece)
    return found


def _exception_texts(error: BaseException, where: str) -> Iterator[tuple[str, str]]:
    """``str`` and ``repr`` of an exception and of the bynder_ext errors chained to it.

    A foreign exception in the chain (httpx's, say) carries text its own code wrote, such as a
    test transport that names the URL it refused; the client's own messages are ours to check.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current is error or isinstance(current, BynderError):
            label = f"{where} {type(current).__name__}"
            for text in (_safe(str, current), _safe(repr, current)):
                yield label, text
        current = current.__cause__ or current.__context__


def _safe(render: Any, value: object) -> str:
    try:
        return str(render(value))
    except Exception as exc:  # an exception whose str() fails still must not hide a leak
        return f"<{type(exc).__name__} while rendering>"


class _Capture(logging.Handler):
    def __init__(self, watch: LeakWatch) -> None:
        super().__init__(logging.DEBUG)
        self.watch = watch

    def emit(self, record: logging.LogRecord) -> None:
        self.watch.add(f"log line of {record.name!r}", _message(record))
        if record.exc_info and record.exc_info[1] is not None:
            self.watch.add_error(record.exc_info[1])


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:
        return f"{record.msg!r} {record.args!r}"


_WATCH = LeakWatch()


_OWN_INIT = pytest.StashKey[Any]()
_HANDLER = pytest.StashKey[Any]()


def _watch_bynder_errors(watch: LeakWatch) -> Any:
    """Record every BynderError as it is created (raised or not), so messages of exceptions the
    library handles itself, or that tests expect with ``pytest.raises``, are scanned too.
    Returns BynderError's own ``__init__`` (None: it inherits one)."""
    own = BynderError.__dict__.get("__init__")

    def recording_init(self: BynderError, *args: Any, **kwargs: Any) -> None:
        if own is not None:
            own(self, *args, **kwargs)
        else:  # the next class in the MRO (httpx.TransportError for TransportError)
            super(BynderError, self).__init__(*args, **kwargs)
        watch.add_error(self)

    BynderError.__init__ = recording_init  # type: ignore[method-assign]
    return own


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_OWN_INIT] = _watch_bynder_errors(_WATCH)
    handler = _Capture(_WATCH)
    root = logging.getLogger()
    root.addHandler(handler)
    levels = {}
    for name in WATCHED_LOGGERS:
        logger = logging.getLogger(name)
        levels[name] = logger.level
        logger.setLevel(logging.DEBUG)
    config.stash[_HANDLER] = (handler, levels)


def pytest_unconfigure(config: pytest.Config) -> None:
    if _HANDLER in config.stash:
        handler, levels = config.stash[_HANDLER]
        logging.getLogger().removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    if _OWN_INIT in config.stash:
        own = config.stash[_OWN_INIT]
        if own is None:
            del BynderError.__init__
        else:
            BynderError.__init__ = own  # type: ignore[method-assign]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if call.excinfo is not None:
        _WATCH.add_error(call.excinfo.value)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Any:
    _WATCH.current = item.nodeid
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    try:
        return (yield)
    finally:
        _WATCH.scan(item.nodeid)


@pytest.fixture(scope="session", autouse=True)
def no_secret_leaks() -> Iterator[LeakWatch]:
    """Fails the session (an error at its end) when any watched text showed an issued secret."""
    yield _WATCH
    _WATCH.scan(_WATCH.current)  # the last test: its teardown ends with this one
    if _WATCH.leaks:
        pytest.fail(_WATCH.report(), pytrace=False)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """In a pytest-xdist worker: hand the watch's figures to the controller, which prints the
    summary (each worker has failed its own run already if it saw a leak)."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["secret_leak_watch"] = {
            "scanned": _WATCH.scanned,
            "leaks": list(dict.fromkeys(_WATCH.leaks)),
        }


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """In the pytest-xdist controller: add up what each worker's watch saw."""
    figures = getattr(node, "workeroutput", {}).get("secret_leak_watch")
    if figures:
        _WATCH.scanned += figures["scanned"]
        _WATCH.leaks.extend(figures["leaks"])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.write_line(
        f"secret-leak watch: {_WATCH.scanned} log lines and exception texts scanned, "
        f"{len(set(_WATCH.leaks))} leak(s)"
    )
