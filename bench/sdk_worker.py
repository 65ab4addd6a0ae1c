"""One measurement with the official SDK ``bynder-sdk`` 2.0.2, in a fresh process.

Runs with the interpreter of ``bench/.venv-sdk`` (the SDK and its dependencies, nothing of this
project): ``python -m bench.sdk_worker '<json task>'`` prints one JSON line with the figures. The
portal's CA comes from ``REQUESTS_CA_BUNDLE``, set by the caller. The SDK is used as its users do:
``BynderClient(domain, permanent_token=...)`` and its public methods, with its own behaviour
(including the five-second sleep before each poll, which is timed here, not changed).

Tasks: ``upload`` (``asset_bank_client.upload_file``), ``list`` (a sequential
``media_list({"page": p, "limit": 1000})`` loop until a short page) and ``burst`` (``brands()``
calls from several threads at once).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bench.procmem import baseline, peak_growth, process_cpu


def _client(task: dict[str, Any]) -> Any:
    from bynder_sdk import BynderClient

    return BynderClient(task["domain"], permanent_token=task["token"])


def upload(task: dict[str, Any]) -> dict[str, Any]:
    from bynder_sdk.client import upload_client

    client = _client(task)
    slept = [0.0]
    real_sleep = upload_client.time.sleep

    class _TimedSleep:
        """``time`` for the SDK's upload module, whose ``sleep`` is timed (and still sleeps)."""

        def __getattr__(self, name: str) -> Any:
            return getattr(time, name)

        @staticmethod
        def sleep(seconds: float) -> None:
            started = time.perf_counter()
            real_sleep(seconds)
            slept[0] += time.perf_counter() - started

    upload_client.time = _TimedSleep()  # type: ignore[assignment]
    base = baseline()
    started = time.perf_counter()
    answer = client.asset_bank_client.upload_file(task["path"], task["brand_id"])
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "slept": slept[0],
        "chunk_size": upload_client.MAX_CHUNK_SIZE,
        "media_id": answer.get("mediaid") if isinstance(answer, dict) else None,
        "rss_growth": peak_growth(base),
        "baseline_rss": base,
    }


def list_all(task: dict[str, Any]) -> dict[str, Any]:
    client = _client(task)
    limit = int(task.get("page_size", 1000))
    base = baseline()
    cpu_before = process_cpu()
    started = time.perf_counter()
    count = pages = 0
    page = 1
    while True:
        items = client.asset_bank_client.media_list({"page": page, "limit": limit})
        pages += 1
        for _item in items:
            count += 1
        if len(items) < limit:
            break
        page += 1
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "cpu": process_cpu() - cpu_before,  # the listing only, not the imports
        "items": count,
        "requests": pages,
        "rss_growth": peak_growth(base),
        "baseline_rss": base,
    }


def burst(task: dict[str, Any]) -> dict[str, Any]:
    client = _client(task)
    total = int(task["requests"])
    outcomes: dict[str, int] = {}
    lock = threading.Lock()

    def one(_: int) -> None:
        try:
            client.asset_bank_client.brands()
            key = "ok"
        except Exception as exc:
            response = getattr(exc, "response", None)
            status = getattr(response, "status_code", None)
            key = str(status) if status is not None else type(exc).__name__
        with lock:
            outcomes[key] = outcomes.get(key, 0) + 1

    started = time.perf_counter()
    with ThreadPoolExecutor(int(task["threads"])) as pool:
        list(pool.map(one, range(total)))
    return {"seconds": time.perf_counter() - started, "outcomes": outcomes}


TASKS = {"upload": upload, "list": list_all, "burst": burst}


def main() -> int:
    task = json.loads(sys.argv[1])
    result = TASKS[task["task"]](task)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
