"""One measurement with bynder_ext, in a fresh process of the project's environment.

``python -m bench.ours_worker '<json task>'`` prints one JSON line with the figures. The client is
built as a user would build it: ``connect(domain, auth=PermanentToken(token))`` with the fake's CA
as ``verify``, and every default left alone (retries, request budget, part size, concurrency,
poll policy) unless the task says otherwise.

Tasks: ``upload`` (``upload_file``, with ``"engine": "v7"`` for the files-service engine, and
``"stages": true`` for the moment each stage began),
``list`` (``iter_items(list_assets, prefetch=N)``, with ``"models": false`` for the JSON objects
instead of generated models), ``burst`` (``list_brands`` calls from several threads sharing one
client and its request budget: in-process, or with ``"backend": "sqlite"`` / ``"redis"`` one
shared with other worker processes), ``overhead`` (generated ``get_asset.sync`` through bynder_ext
and through the bare generated client, on the same in-process transport) and ``guard`` (the same
call through bynder_ext without and with the contract guard).
"""

from __future__ import annotations

import json
import ssl
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bench.procmem import baseline, peak_growth, process_cpu


def _connect(task: dict[str, Any], **options: Any) -> Any:
    import bynder_ext

    context = ssl.create_default_context(cafile=task["ca_cert"])
    return bynder_ext.connect(
        task["domain"],
        auth=bynder_ext.PermanentToken(task["token"]),
        httpx_args={"verify": context},
        **options,
    )


def upload(task: dict[str, Any]) -> dict[str, Any]:
    from bynder_ext.upload import (
        DEFAULT_CHUNK_SIZE,
        DEFAULT_CONCURRENCY,
        V7_DEFAULT_CHUNK_SIZE,
        upload_file,
    )

    engine = task.get("engine", "classic")
    client = _connect(task)
    options: dict[str, Any] = {"engine": engine}
    if task.get("chunk_size"):
        options["chunk_size"] = int(task["chunk_size"])
    if task.get("concurrency"):
        options["concurrency"] = int(task["concurrency"])
    stages: dict[str, float] = {}
    if task.get("stages"):  # when each stage was first reported, from the start

        def progress(event: Any) -> None:
            stages.setdefault(event.stage, time.perf_counter() - started)

        options["progress"] = progress
    base = baseline()
    cpu_before = process_cpu()
    started = time.perf_counter()
    result = upload_file(client, task["path"], brand_id=task["brand_id"], **options)
    seconds = time.perf_counter() - started
    return {
        "stages": stages,
        "seconds": seconds,
        "cpu": process_cpu() - cpu_before,  # the upload only, not the imports
        "media_id": result.media_id,
        "engine": result.engine,
        "sha256": result.sha256,
        "parts": result.parts,
        "chunk_size": options.get(
            "chunk_size", V7_DEFAULT_CHUNK_SIZE if engine == "v7" else DEFAULT_CHUNK_SIZE
        ),
        "concurrency": options.get("concurrency", DEFAULT_CONCURRENCY),
        "rss_growth": peak_growth(base),
        "baseline_rss": base,
    }


def list_all(task: dict[str, Any]) -> dict[str, Any]:
    """Iterate over the assets; with ``keep`` hold every item (what a list would cost)."""
    from bynder_client.api.assets import list_assets

    from bynder_ext.pagination import iter_items

    client = _connect(task)
    max_items = task.get("max_items")
    base = baseline()
    cpu_before = process_cpu()
    started = time.perf_counter()
    count = 0
    kept: list[Any] = []
    keep = bool(task.get("keep"))
    for asset in iter_items(
        list_assets,
        client=client,
        page_size=int(task.get("page_size", 1000)),
        prefetch=int(task["prefetch"]),
        max_items=int(max_items) if max_items else None,
        models=bool(task.get("models", True)),
    ):
        count += 1
        if keep:
            kept.append(asset)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "cpu": process_cpu() - cpu_before,  # the listing only, not the imports
        "items": count,
        "rss_growth": peak_growth(base),
        "baseline_rss": base,
    }


def _budget(task: dict[str, Any]) -> Any:
    """The task's budget: in-process, or shared through a SQLite file or Redis."""
    import bynder_ext
    from bynder_ext.budget import RedisBudget, SQLiteBudget

    requests, window = int(task["budget"]), float(task["window"])
    backend = task.get("backend", "memory")
    if backend == "sqlite":
        return SQLiteBudget(task["path"], requests, window, key=task["key"])
    if backend == "redis":
        return RedisBudget(task["url"], requests, window, key=task["key"])
    return bynder_ext.RequestBudget(requests, window)


def burst(task: dict[str, Any]) -> dict[str, Any]:
    """With ``"handshake": true`` the worker prints ``ready`` once connected, then reads the
    wall-clock time to start at from its standard input (workers of a shared budget start
    together)."""
    from bynder_client.api.brands import list_brands

    import bynder_ext

    budget = _budget(task)
    client = _connect(task, budget=budget)
    if task.get("handshake"):
        print("ready", flush=True)
        time.sleep(max(0.0, float(sys.stdin.readline()) - time.time()))
    total = int(task["requests"])
    outcomes: dict[str, int] = {}
    finished: list[float] = []
    lock = threading.Lock()

    def one(_: int) -> None:
        try:
            list_brands.sync(client=client)
            key = "ok"
        except bynder_ext.APIError as exc:
            key = str(exc.status_code)
        except Exception as exc:
            key = type(exc).__name__
        with lock:
            outcomes[key] = outcomes.get(key, 0) + 1
            finished.append(time.perf_counter())

    started = time.perf_counter()
    with ThreadPoolExecutor(int(task["threads"])) as pool:
        list(pool.map(one, range(total)))
    seconds = time.perf_counter() - started
    first_window = sorted(finished)[min(int(task["budget"]), total) - 1] - started
    return {
        "seconds": seconds,
        "first_batch_seconds": first_window,
        "outcomes": outcomes,
        "waited": budget.waited,
    }


def _sample_asset() -> tuple[str, bytes]:
    """An asset as the fake Bynder serves it (id and JSON body)."""
    import httpx

    from bynder_ext.testing import FakeBynder

    fake = FakeBynder()
    fake.seed(n_assets=1)
    asset_id = next(iter(fake.assets))
    with httpx.Client(
        transport=fake.transport(),
        headers={"Authorization": f"Bearer {fake.permanent_token}"},
    ) as http:
        response = http.get(f"https://portal.fake-bynder.test/api/v4/media/{asset_id}/")
        response.raise_for_status()
        return asset_id, response.content


def overhead(task: dict[str, Any]) -> dict[str, Any]:
    """Seconds per ``get_asset.sync`` call: bare generated client, then bynder_ext, interleaved
    in rounds so that drifts in machine load hit both alike. Each round gets new clients, so the
    default request budget (4,500 requests per 5 minutes) is never exhausted: it is measured, not
    waited for."""
    import gc

    import httpx
    from bynder_client import AuthenticatedClient
    from bynder_client.api.assets import get_asset

    import bynder_ext

    asset_id, body = _sample_asset()
    headers = {"Content-Type": "application/json"}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    transport = httpx.MockTransport(answer)
    domain = "portal.example.com"
    token = "bench-token-0123456789"
    calls = int(task["calls"])

    def bare() -> Any:
        return AuthenticatedClient(
            base_url=f"https://{domain}", token=token, httpx_args={"transport": transport}
        )

    def ours() -> Any:
        return bynder_ext.connect(
            domain, auth=bynder_ext.PermanentToken(token), transport=transport
        )

    def timed(client: Any) -> float:
        started = time.perf_counter()
        for _ in range(calls):
            get_asset.sync(asset_id, client=client)
        return (time.perf_counter() - started) / calls

    for make in (bare, ours):  # warm both paths, and check that both really get the asset
        client = make()
        for _ in range(50):
            assert get_asset.sync(asset_id, client=client) is not None
    bare_times: list[float] = []
    ours_times: list[float] = []
    for round_number in range(int(task["rounds"])):
        pair = [(bare, bare_times), (ours, ours_times)]
        if round_number % 2:
            pair.reverse()
        for make, times in pair:
            client = make()
            gc.collect()
            times.append(timed(client))
            client.get_httpx_client().close()
    return {"bare": bare_times, "ours": ours_times, "calls": calls}


def guard(task: dict[str, Any]) -> dict[str, Any]:
    """Seconds per ``get_asset.sync`` call through bynder_ext without the contract guard, then
    with it (``contract="warn"``: request and response checked), interleaved in rounds like
    ``overhead``, on an in-process transport that answers with an asset as the fake serves it."""
    import gc

    import httpx
    from bynder_client.api.assets import get_asset

    import bynder_ext

    asset_id, body = _sample_asset()
    headers = {"Content-Type": "application/json"}
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers=headers)
    )
    calls = int(task["calls"])

    def make(contract: str | None) -> Any:
        return bynder_ext.connect(
            "portal.example.com",
            auth=bynder_ext.PermanentToken("bench-token-0123456789"),
            transport=transport,
            contract=contract,  # type: ignore[arg-type]
        )

    def timed(client: Any) -> float:
        started = time.perf_counter()
        for _ in range(calls):
            get_asset.sync(asset_id, client=client)
        return (time.perf_counter() - started) / calls

    for contract in (None, "raise"):  # warm both paths; a violation would raise here
        client = make(contract)
        for _ in range(20):
            assert get_asset.sync(asset_id, client=client) is not None
    plain_times: list[float] = []
    guarded_times: list[float] = []
    for round_number in range(int(task["rounds"])):
        pair = [(None, plain_times), ("warn", guarded_times)]
        if round_number % 2:
            pair.reverse()
        for contract, times in pair:
            client = make(contract)
            gc.collect()
            times.append(timed(client))
            client.get_httpx_client().close()
    return {"plain": plain_times, "guarded": guarded_times, "calls": calls}


TASKS = {
    "upload": upload,
    "list": list_all,
    "burst": burst,
    "overhead": overhead,
    "guard": guard,
}


def main() -> int:
    task = json.loads(sys.argv[1])
    result = TASKS[task["task"]](task)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
