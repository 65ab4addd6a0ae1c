"""The concurrency primitives of the async sources and of their generated sync twins.

``scripts/unasync.py`` turns each ``_async.py`` into its ``_sync.py`` by dropping ``async``/``await``
and the ``Async`` prefix of names, so each primitive here comes as a pair whose names differ by that
prefix (or by an entry of the script's table): ``AsyncLock``/``Lock``, ``AsyncEvent``/``Event``,
``AsyncTaskGroup``/``TaskGroup``, ``AsyncTimeLimit``/``TimeLimit``, ``asleep``/``sleep`` and
``aoffload``/``offload``. The async side runs on asyncio, the sync side on threads (each task of a
:class:`TaskGroup` in a copy of the caller's context, so that ``contextvars`` such as
:func:`bynder_ext.retry.retry_policy` reach it). :class:`SharedLock` serves both sides at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")


async def asleep(seconds: float, using: Callable[[float], Awaitable[None]] | None = None) -> None:
    """Wait ``seconds`` (nothing for 0 or less), with ``using`` when given (tests inject one)."""
    if seconds > 0:
        await (using or asyncio.sleep)(seconds)


def sleep(seconds: float, using: Callable[[float], None] | None = None) -> None:
    """Wait ``seconds`` (nothing for 0 or less), with ``using`` when given (tests inject one)."""
    if seconds > 0:
        (using or time.sleep)(seconds)


async def aoffload(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run blocking ``function`` in a worker thread, so that the event loop goes on."""
    return await asyncio.to_thread(function, *args, **kwargs)


def offload(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run ``function`` (the sync side has nothing to keep responsive)."""
    return function(*args, **kwargs)


def AsyncTimeLimit(seconds: float) -> contextlib.AbstractContextManager[Any]:
    """``with AsyncTimeLimit(seconds):`` cancels the awaits inside after ``seconds``, raising
    TimeoutError (``anyio.fail_after``)."""
    import anyio

    return anyio.fail_after(seconds)


def TimeLimit(seconds: float) -> contextlib.AbstractContextManager[Any]:
    """The sync twin of :func:`AsyncTimeLimit`: a blocking read cannot be interrupted, so it does
    nothing (the callers check the time after each step instead)."""
    return _NO_LIMIT


_NO_LIMIT = contextlib.nullcontext()


#: A lock for tasks of one event loop (``async with``), and its twin for threads (``with``).
AsyncLock = asyncio.Lock
Lock = threading.Lock
#: A flag tasks (or threads) can set and test.
AsyncEvent = asyncio.Event
Event = threading.Event


class SharedLock:
    """One lock for threads (``with``) and asyncio tasks of any event loop (``async with``).

    Tasks queue on an ``asyncio.Lock`` of their loop; the task at its head then polls the thread
    lock without blocking the loop. A sync ``with`` inside a running event loop while a task of that
    loop holds the lock would wait forever, as any blocking call there would: use ``async with``.
    """

    _POLL = 0.002

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._guard = threading.Lock()
        self._queues: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()

    async def __aenter__(self) -> None:
        loop = asyncio.get_running_loop()
        with self._guard:
            queue = self._queues.get(loop)
            if queue is None:
                queue = self._queues[loop] = asyncio.Lock()
        await queue.acquire()
        try:
            while not self._lock.acquire(blocking=False):  # noqa: ASYNC110
                await asyncio.sleep(self._POLL)
        except BaseException:
            queue.release()
            raise

    async def __aexit__(self, *exc: object) -> None:
        self._lock.release()
        self._queues[asyncio.get_running_loop()].release()


class AsyncTask:
    """A task started in an :class:`AsyncTaskGroup`."""

    def __init__(self, task: asyncio.Task[Any]) -> None:
        self._task = task

    async def result(self) -> Any:
        """Wait for the task; its value, or its exception raised."""
        return await self._task

    def cancel(self) -> None:
        self._task.cancel()


class Task:
    """A task started in a :class:`TaskGroup`."""

    def __init__(self, future: Future[Any]) -> None:
        self._future = future

    def result(self) -> Any:
        """Wait for the task; its value, or its exception raised."""
        return self._future.result()

    def cancel(self) -> None:
        self._future.cancel()


class AsyncTaskGroup:
    """Tasks run concurrently on the event loop; leaving the block waits for all of them (and
    cancels those still pending when the block is left by an exception). ``size`` and ``name``
    matter only to the threads of the sync twin."""

    def __init__(self, size: int, name: str = "bynder") -> None:
        self.size = size
        self.name = name
        self._tasks: set[asyncio.Task[Any]] = set()  # the unfinished ones

    async def __aenter__(self) -> AsyncTaskGroup:
        return self

    def start(
        self, function: Callable[P, Coroutine[Any, Any, Any]], *args: P.args, **kwargs: P.kwargs
    ) -> AsyncTask:
        """Start ``function(*args, **kwargs)`` as a task of the group."""
        task = asyncio.ensure_future(function(*args, **kwargs))
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return AsyncTask(task)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        # A finished task leaves the group, so that its result lives only as long as its caller
        # keeps it; its exception counts as seen (the caller raises it from result(), if at all).
        self._tasks.discard(task)
        if not task.cancelled():
            task.exception()

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if error is not None:
            for task in list(self._tasks):
                task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


class TaskGroup:
    """Tasks run concurrently on up to ``size`` threads; leaving the block waits for all of them
    (and cancels those not started yet when the block is left by an exception). Each task runs in
    a copy of the context of the thread that started it."""

    def __init__(self, size: int, name: str = "bynder") -> None:
        self.size = size
        self._pool = ThreadPoolExecutor(max(1, size), thread_name_prefix=name)
        self._futures: set[Future[Any]] = set()  # the unfinished ones

    def __enter__(self) -> TaskGroup:
        return self

    def start(self, function: Callable[P, Any], *args: P.args, **kwargs: P.kwargs) -> Task:
        """Start ``function(*args, **kwargs)`` in a thread of the group."""
        context = contextvars.copy_context()
        future = self._pool.submit(lambda: context.run(function, *args, **kwargs))
        self._futures.add(future)
        # A finished task leaves the group: its result lives only as long as its caller keeps it.
        future.add_done_callback(self._futures.discard)
        return Task(future)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if error is not None:
            for future in list(self._futures):
                future.cancel()
        self._pool.shutdown(wait=True)
