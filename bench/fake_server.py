"""The fake Bynder for the benchmarks, in its own process, steered over stdin.

``python -m bench.fake_server --assets N --blob-dir DIR`` seeds N assets, serves HTTPS on loopback
(portal and S3 on their own ports, non-strict so that both clients cost the fake the same), prints
one JSON line (``base_url``, ``domain``, ``s3_url``, ``ca_cert``, ``token``, ``brand_id``), then
answers one JSON command per stdin line with one JSON line on stdout:

- ``{"op": "latency", "api": 0.02, "s3": 0.1, "token": 0, "download": 0}``
- ``{"op": "budget", "requests": 300, "window": 10}`` (``requests`` null removes the budget)
- ``{"op": "processing", "seconds": 3, "filenames": ["sample-*.bin"]}``: processing time of the
  imports of those files (every file's without ``filenames``)
- ``{"op": "new_token"}``: a fresh permanent token (its own budget key)
- ``{"op": "mark"}`` then ``{"op": "since", "mark": M}``: the portal requests recorded after the
  mark, as ``[time, status, operation_id]`` triples (``"target": "s3"`` for the S3 requests)
- ``{"op": "stored", "media_id": ...}``: size and SHA-256 of an asset's original
- ``{"op": "purge"}``: forget uploads (classic and v7 files with their chunks), imports, S3 parts,
  recorded requests and the assets made after seeding, so their spilled bytes leave the disk
- ``{"op": "stop"}``

The CLI of ``bynder_ext.testing`` cannot change latency or the budget while it runs, and every
scenario needs its own; hence this launcher. It runs in the project's environment.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import sys
import tempfile
from typing import Any

from bench.procmem import process_cpu
from bynder_ext.testing import FakeBynder


def _stored(fake: FakeBynder, media_id: str) -> dict[str, Any]:
    with fake.lock:
        asset = fake.assets.get(media_id)
        item = asset.original() if asset is not None else None
    if item is None:
        return {"error": f"no asset {media_id}"}
    digest = hashlib.sha256()
    for block in item.blob.iter_range():
        digest.update(block)
    return {"size": item.blob.size, "sha256": digest.hexdigest(), "name": item.file_name}


def _purge(fake: FakeBynder, seeded: set[str]) -> dict[str, Any]:
    with fake.lock:
        removed = [key for key in fake.assets if key not in seeded]
        for key in removed:
            del fake.assets[key]
        fake.uploads.clear()
        fake.file_uploads.clear()
        fake.imports.clear()
        fake.s3_objects.clear()
        fake.requests.clear()
    gc.collect()
    return {"removed_assets": len(removed)}


def _since(fake: FakeBynder, mark: int, target: str = "portal") -> list[list[Any]]:
    with fake.lock:
        recorded = list(fake.requests)[mark:]
    return [[r.time, r.status, r.operation_id] for r in recorded if r.target == target]


def handle(fake: FakeBynder, command: dict[str, Any], seeded: set[str]) -> dict[str, Any]:
    op = command.get("op")
    if op == "latency":
        values = {k: float(command.get(k, 0.0)) for k in ("api", "s3", "token", "download")}
        fake.faults.latency(**values)
        return {"ok": True, "latency": values}
    if op == "budget":
        requests = command.get("requests")
        if requests is None:
            fake.faults.request_budget = None
        else:
            fake.budget(int(requests), float(command["window"]), per="client")
        return {"ok": True}
    if op == "processing":
        fake.faults.processing_delay(
            seconds=float(command.get("seconds", 0.0)), filenames=command.get("filenames", [])
        )
        return {"ok": True}
    if op == "new_token":
        return {"token": fake.create_permanent_token()}
    if op == "mark":
        with fake.lock:
            return {"mark": len(fake.requests)}
    if op == "since":
        target = str(command.get("target", "portal"))
        if target not in ("portal", "s3"):
            return {"error": f"unknown target {target!r}"}
        return {"requests": _since(fake, int(command["mark"]), target)}
    if op == "stored":
        return _stored(fake, str(command["media_id"]))
    if op == "purge":
        return _purge(fake, seeded)
    if op == "cpu":
        return {"cpu": process_cpu()}
    if op == "stats":
        with fake.lock:
            budget = fake.faults.request_budget
            return {
                "assets": len(fake.assets),
                "rejected": budget.rejected if budget is not None else 0,
                "errors": list(fake.errors),
            }
    return {"error": f"unknown op {op!r}"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fake_server")
    parser.add_argument("--assets", type=int, default=0)
    parser.add_argument("--blob-dir", default=None, help="where the fake spills stored bytes")
    args = parser.parse_args(argv)
    if args.blob_dir:
        tempfile.tempdir = args.blob_dir
    fake = FakeBynder(strict=False, record_limit=200_000)
    if args.assets:
        fake.seed(n_assets=args.assets)
    seeded = set(fake.assets)
    # The seeded portal lives as long as the process: keep the cycle collector from walking it
    # again and again (with 50,000 assets that is a third of the CPU a cached page costs).
    gc.collect()
    gc.freeze()
    server = fake.serve(https=True)
    try:
        info = {
            "base_url": server.base_url,
            "domain": server.domain,
            "s3_url": server.s3_url,
            "ca_cert": server.ca_cert_path,
            "token": fake.permanent_token,
            "brand_id": fake.default_brand_id,
            "assets": len(fake.assets),
        }
        print(json.dumps(info), flush=True)
        for line in sys.stdin:
            if not line.strip():
                continue
            command = json.loads(line)
            if command.get("op") == "stop":
                print(json.dumps({"ok": True}), flush=True)
                break
            try:
                answer = handle(fake, command, seeded)
            except Exception as exc:  # the bench reports it; the server keeps serving
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(answer), flush=True)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
