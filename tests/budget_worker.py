"""One worker process of the shared-budget tests: ``python -m tests.budget_worker '<json>'``.

Connects to the fake's loopback server with a shared budget (``"backend": "sqlite"`` with
``"path"``, or ``"redis"`` with ``"url"``; ``requests`` per ``window`` under ``key``), prints
``ready``, reads the wall-clock time to start at from its standard input and waits for it (so that
every worker bursts at once, however long each took to start), then sends ``calls``
``list_brands`` requests, ``concurrency`` at a time (threads, or tasks with ``"async": true``),
without retries, so that a refused request shows. Prints one JSON line: ``{"outcomes": {...}}``.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bynder_client.api.brands import list_brands

import bynder_ext
from bynder_ext.budget import RedisBudget, SharedBudget, SQLiteBudget


def shared_budget(task: dict[str, Any]) -> SharedBudget:
    requests, window, key = int(task["requests"]), float(task["window"]), str(task["key"])
    if task["backend"] == "sqlite":
        return SQLiteBudget(task["path"], requests, window, key=key)
    return RedisBudget(task["url"], requests, window, key=key)


def outcome_of(call: Any) -> str:
    try:
        call()
    except bynder_ext.APIError as exc:
        return str(exc.status_code)
    except Exception as exc:
        return type(exc).__name__
    return "ok"


async def outcome_of_async(call: Any) -> str:
    try:
        await call()
    except bynder_ext.APIError as exc:
        return str(exc.status_code)
    except Exception as exc:
        return type(exc).__name__
    return "ok"


def main() -> int:
    task = json.loads(sys.argv[1])
    budget = shared_budget(task)
    client = bynder_ext.connect(
        task["base_url"], auth=bynder_ext.PermanentToken(task["token"]), budget=budget, retry=None
    )
    calls, concurrency = int(task["calls"]), int(task["concurrency"])
    print("ready", flush=True)
    start_at = float(sys.stdin.readline())
    time.sleep(max(0.0, start_at - time.time()))
    if task.get("async"):

        async def burst() -> list[str]:
            gate = asyncio.Semaphore(concurrency)

            async def one() -> str:
                async with gate:
                    return await outcome_of_async(lambda: list_brands.asyncio(client=client))

            async with client:  # the async connections close before the loop ends
                try:
                    return list(await asyncio.gather(*(one() for _ in range(calls))))
                finally:
                    if isinstance(budget, RedisBudget):
                        await budget.aclose()

        outcomes = asyncio.run(burst())
    else:
        with ThreadPoolExecutor(concurrency) as pool:
            outcomes = list(
                pool.map(
                    lambda _: outcome_of(lambda: list_brands.sync(client=client)), range(calls)
                )
            )
    print(json.dumps({"outcomes": Counter(outcomes)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
