"""The request budgets: :class:`RequestBudget` in memory, :class:`SQLiteBudget` and
:class:`RedisBudget` shared through a store (see the package's docstring)."""

from __future__ import annotations

import os
import threading
import time
import uuid
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._concurrency import aoffload
from ..errors import BynderError, ConfigurationError, non_negative
from ._async import AsyncWaits

if TYPE_CHECKING:
    import sqlite3  # imported where used: connect() need not load it
from ._sync import Waits

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: SQLite's own locking
    fcntl = None  # type: ignore[assignment]

__all__ = ["BudgetUnavailable", "RedisBudget", "RequestBudget", "SQLiteBudget", "SharedBudget"]

#: The slot table of a SQLite budget.
TABLE = "bynder_budget_slots"
_BUSY_TIMEOUT = 30.0


class RequestBudget(AsyncWaits, Waits):
    """At most ``requests`` requests in any ``window`` seconds; callers wait for a free slot.

    Thread-safe and shared by sync and async callers. A slot is held from :meth:`acquire` until
    :meth:`release` and then counts for one window, widened by ``margin``, from the release.
    ``clock`` (monotonic seconds), ``sleep`` and ``async_sleep`` may be injected.
    """


class BudgetUnavailable(BynderError):
    """The shared budget's store could not be reached, so the request was not sent."""


class SharedBudget(RequestBudget, ABC):
    """A budget whose slots live in a store shared by processes, where ``key`` names it; a slot
    whose holder died counts as answered after ``lease`` seconds. Async callers reach the store
    from a worker thread."""

    def __init__(
        self,
        requests: int,
        window: float,
        key: str,
        margin: float,
        lease: float | None,
        sleep: Callable[[float], None] | None,
        async_sleep: Callable[[float], Awaitable[None]] | None,
    ) -> None:
        super().__init__(requests, window, margin=margin, sleep=sleep, async_sleep=async_sleep)
        if not isinstance(key, str) or not key.strip() or any(c in key for c in "\r\n\0{}"):
            raise ConfigurationError("key must be a non-empty single-line string without braces")
        self.key = key.strip()
        self.lease = non_negative(self.window if lease is None else lease, "lease")
        if self.lease == 0:
            raise ConfigurationError("lease must be > 0 seconds")
        self._held: deque[str] = deque()  # slots this object took and has not given back

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(requests={self.requests}, window={self.window:g}, "
            f"margin={self.margin:g}, key={self.key!r})"
        )

    @abstractmethod
    def _take_slot(self, slot: str) -> float:
        """Take ``slot`` and return 0, or return the seconds until a slot may be free."""

    @abstractmethod
    def _finish_slot(self, slot: str) -> None:
        """``slot``'s request has its answer: it counts for a window from now."""

    @abstractmethod
    def in_use(self) -> int:
        """Slots taken now, by every holder."""

    def try_take(self) -> float:
        slot = uuid.uuid4().hex
        wait = self._take_slot(slot)
        if wait <= 0:
            with self._lock:
                self._held.append(slot)
        return wait

    async def atry_take(self) -> float:
        return await aoffload(self.try_take)

    def finish(self) -> None:
        with self._lock:  # slots are interchangeable: the oldest is given back first
            slot = self._held.popleft() if self._held else None
        if slot is not None:
            self._finish_slot(slot)

    async def afinish(self) -> None:
        await aoffload(self.finish)


class SQLiteBudget(SharedBudget):
    """A request budget in a SQLite file, shared by every process that opens the same file.

    ``path`` is created if missing (its folder must exist), with a ``.lock`` file beside it; each
    slot taken or given back is one short write transaction. The processes must be on one machine:
    SQLite's locking over network file systems is not reliable, and ``clock`` (Unix time) is local.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        requests: int = 4500,
        window: float = 300.0,
        *,
        key: str = "bynder",
        margin: float = 0.01,
        lease: float | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(requests, window, key, margin, lease, sleep, async_sleep)
        if not isinstance(path, str | os.PathLike):
            raise ConfigurationError(f"path must be a file path, got {type(path).__name__}")
        self.path = Path(path)
        self._wall = clock or time.time
        self._store_lock = threading.Lock()  # one transaction at a time in this process
        self._db: sqlite3.Connection | None = None
        self._lock_file: int | None = None
        try:
            with self._store_lock:
                self._open()  # create the file and its table now: a bad path fails here
        except BudgetUnavailable as exc:
            raise ConfigurationError(f"cannot use {self.path} as a request budget: {exc}") from exc

    def _open(self) -> sqlite3.Connection:
        import sqlite3

        if self._db is not None:
            return self._db
        try:
            if fcntl is not None:
                self._lock_file = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            db = sqlite3.connect(
                self.path, timeout=_BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {TABLE} ("
                "key TEXT NOT NULL, slot TEXT NOT NULL, started REAL NOT NULL, finished REAL)"
            )
            db.execute(f"CREATE INDEX IF NOT EXISTS {TABLE}_key ON {TABLE} (key, slot)")
        except (OSError, sqlite3.Error) as exc:
            self._close()
            raise BudgetUnavailable(f"the budget file {self.path} failed: {exc}") from exc
        self._db = db
        return db

    @contextmanager
    def _transaction(self) -> Iterator[tuple[sqlite3.Connection, float]]:
        """One write transaction (and its time), one process at a time: processes take turns
        through an flock on the .lock sidecar, which wakes a waiter the moment it is free where
        SQLite's busy handler would poll (without fcntl, SQLite's locking alone is correct)."""
        import sqlite3

        with self._store_lock:
            db, lock_file = self._open(), self._lock_file
            try:
                if lock_file is not None and fcntl is not None:
                    fcntl.flock(lock_file, fcntl.LOCK_EX)
                try:
                    db.execute("BEGIN IMMEDIATE")
                    try:
                        yield db, self._wall()
                    except BaseException:
                        db.execute("ROLLBACK")
                        raise
                    db.execute("COMMIT")
                finally:
                    if lock_file is not None and fcntl is not None:
                        fcntl.flock(lock_file, fcntl.LOCK_UN)
            except (OSError, sqlite3.Error) as exc:
                raise BudgetUnavailable(f"the budget file {self.path} failed: {exc}") from exc

    def _take_slot(self, slot: str) -> float:
        # A slot counts until a window after its answer; one still in flight past its lease (its
        # process died) counts as answered when the lease ran out.
        span, lease, key = self._span, self.lease, self.key
        with self._transaction() as (db, now):
            db.execute(
                f"DELETE FROM {TABLE} WHERE key = ? AND COALESCE(finished, started + ?) <= ?",
                (key, lease, now - span),
            )
            used, soonest = db.execute(
                f"SELECT COUNT(*), MIN(COALESCE(finished, MIN(started + ?, ?))) FROM {TABLE} "
                "WHERE key = ?",
                (lease, now, key),
            ).fetchone()
            if used >= self.requests:
                return max(float(soonest) + span - now, 1e-3)
            db.execute(
                f"INSERT INTO {TABLE} (key, slot, started) VALUES (?, ?, ?)", (key, slot, now)
            )
        return 0.0

    def _finish_slot(self, slot: str) -> None:
        with self._transaction() as (db, now):
            db.execute(
                f"UPDATE {TABLE} SET finished = ? WHERE key = ? AND slot = ? AND finished IS NULL",
                (now, self.key, slot),
            )

    def in_use(self) -> int:
        with self._transaction() as (db, now):
            (used,) = db.execute(
                f"SELECT COUNT(*) FROM {TABLE} WHERE key = ? AND COALESCE(finished, started + ?) > ?",
                (self.key, self.lease, now - self._span),
            ).fetchone()
        return int(used)

    def _close(self) -> None:
        db, self._db = self._db, None
        lock_file, self._lock_file = self._lock_file, None
        if db is not None:
            db.close()
        if lock_file is not None:
            os.close(lock_file)

    def close(self) -> None:
        """Close the file (the budget opens it again when used)."""
        with self._store_lock:
            self._close()


# The Lua scripts of a Redis budget, each after _NOW (the server's clock). KEYS: the finished
# slots (score: when answered), the slots in flight (score: when taken).
_NOW = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""
# ARGV: requests, slot, span, lease. Returns {1} when the slot was taken, else {0, seconds}.
_TAKE = """
local requests, span, lease = tonumber(ARGV[1]), tonumber(ARGV[3]), tonumber(ARGV[4])
local stale = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now - lease, 'WITHSCORES')
for i = 1, #stale, 2 do
  redis.call('ZREM', KEYS[2], stale[i])
  redis.call('ZADD', KEYS[1], tonumber(stale[i + 1]) + lease, stale[i])
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - span)
local used = redis.call('ZCARD', KEYS[1]) + redis.call('ZCARD', KEYS[2])
local ttl = math.ceil((span + lease) * 1000)
if used < requests then
  redis.call('ZADD', KEYS[2], now, ARGV[2])
  redis.call('PEXPIRE', KEYS[2], ttl)
  redis.call('PEXPIRE', KEYS[1], ttl)
  return {1}
end
local soonest = now
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if oldest[2] then soonest = math.min(soonest, tonumber(oldest[2])) end
local wait = math.max(soonest + span - now, 0.001)
return {0, tostring(wait)}
"""

# ARGV: the slot, span, lease. The slot counts from now (unless a take moved it, its lease over).
_FINISH = """
if redis.call('ZREM', KEYS[2], ARGV[1]) == 1 then
  redis.call('ZADD', KEYS[1], now, ARGV[1])
  redis.call('PEXPIRE', KEYS[1], math.ceil((tonumber(ARGV[2]) + tonumber(ARGV[3])) * 1000))
end
return 1
"""

# ARGV: span, lease. Slots taken now.
_COUNT = """
local span, lease = tonumber(ARGV[1]), tonumber(ARGV[2])
local finished = redis.call('ZCOUNT', KEYS[1], '(' .. (now - span), '+inf')
local live = redis.call('ZCOUNT', KEYS[2], '(' .. (now - lease), '+inf')
local stale = redis.call('ZCOUNT', KEYS[2], '(' .. (now - lease - span), now - lease)
return finished + live + stale
"""


class RedisBudget(SharedBudget):
    """A request budget in Redis, shared by every process on every machine that uses the same
    server, database and ``key``; slots are timed with the server's clock.

    ``url`` is a ``redis://``, ``rediss://`` (TLS) or ``unix://`` URL; ``redis_options`` go to
    ``redis.Redis.from_url``. Needs the ``redis`` extra: ``pip install 'bynder-client[redis]'``.
    """

    def __init__(
        self,
        url: str,
        requests: int = 4500,
        window: float = 300.0,
        *,
        key: str = "bynder",
        margin: float = 0.01,
        lease: float | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        **redis_options: Any,
    ) -> None:
        super().__init__(requests, window, key, margin, lease, sleep, async_sleep)
        try:
            import redis
        except ImportError as exc:  # pragma: no cover - the extra is installed in development
            raise ConfigurationError(
                "RedisBudget needs the redis package: pip install 'bynder-client[redis]'"
            ) from exc
        if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
            raise ConfigurationError(
                f"url must be a redis://, rediss:// or unix:// URL, got {url!r}"
            )
        self.url = url
        try:
            self._client = redis.Redis.from_url(url, **redis_options)
        except (ValueError, TypeError) as exc:
            raise ConfigurationError(f"cannot use {url!r} as a Redis URL: {exc}") from exc
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        # One hash tag, so that both keys live on one node of a Redis Cluster.
        self._keys = [f"{{{self.key}}}:budget:finished", f"{{{self.key}}}:budget:flight"]
        scripts = (self._client.register_script(_NOW + lua) for lua in (_TAKE, _FINISH, _COUNT))
        self._take, self._finish, self._counter = scripts

    def _run(self, script: Any, *args: Any) -> Any:
        try:
            return script(keys=self._keys, args=[*args, repr(self._span), repr(self.lease)])
        except self._errors as exc:
            scheme, _, rest = self.url.partition("://")
            shown = f"{scheme}://{rest.rpartition('@')[2]}"  # credentials left out
            raise BudgetUnavailable(f"the Redis budget at {shown} failed: {exc}") from exc

    def _take_slot(self, slot: str) -> float:
        answer = self._run(self._take, self.requests, slot)
        return 0.0 if int(answer[0]) == 1 else float(answer[1])

    def _finish_slot(self, slot: str) -> None:
        self._run(self._finish, slot)

    def in_use(self) -> int:
        return int(self._run(self._counter))

    def close(self) -> None:
        """Close the client's connections (async callers share it from worker threads)."""
        self._client.close()

    async def aclose(self) -> None:
        """:meth:`close` for async callers (who share the sync client from worker threads)."""
        await aoffload(self.close)
