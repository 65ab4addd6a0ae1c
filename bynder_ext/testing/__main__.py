"""`python -m bynder_ext.testing serve`: run the fake Bynder on loopback until interrupted.

The first line printed is one JSON object with `base_url`, `token` (a permanent token),
`client_id`, `client_secret` and `s3_url` (plus `ca_cert` with `--https`). SIGINT or SIGTERM stops
the server and the process exits with 0. `--drift KIND:OPERATION:ARGUMENT` (repeatable) makes
answers depart from the spec on purpose (see `bynder_ext.testing.drift`).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .core import FakeBynder
from .drift import Drift
from .router import all_routes


def _latency(text: str) -> dict[str, float]:
    """`0.05` (every class) or `api=0.02,s3=0.1,token=0,download=0`."""
    try:
        if "=" not in text:
            return {"every": float(text)}
        out: dict[str, float] = {}
        for part in text.split(","):
            name, _, value = part.partition("=")
            name = name.strip()
            if name not in ("api", "s3", "token", "download"):
                raise ValueError(name)
            out[name] = float(value)
        return out
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"latency must be seconds or class=seconds pairs (api, s3, token, download): {text}"
        ) from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bynder_ext.testing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the fake portal (and its S3 origin) on loopback")
    serve.add_argument("--port", type=int, default=8765, help="portal port (0 picks a free one)")
    serve.add_argument(
        "--s3-port", type=int, default=0, help="S3 origin port (default: a free one)"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="N",
        help="add N generated assets and related objects",
    )
    serve.add_argument("--https", action="store_true", help="serve TLS with a freshly minted CA")
    serve.add_argument(
        "--latency", type=_latency, default=None, help="e.g. 0.02 or api=0.02,s3=0.1"
    )
    serve.add_argument(
        "--no-strict", action="store_true", help="do not validate requests against the spec"
    )
    serve.add_argument(
        "--budget",
        type=int,
        default=None,
        metavar="N",
        help="enforce N requests per --budget-window",
    )
    serve.add_argument("--budget-window", type=float, default=300.0, metavar="SECONDS")
    serve.add_argument(
        "--budget-per",
        choices=("client", "token", "ip", "global"),
        default="client",
        help="who the budget counts: each OAuth client or permanent token (default), each "
        "token, each source address (as Bynder does), or everyone together",
    )
    serve.add_argument(
        "--drift",
        action="append",
        default=[],
        metavar="KIND:OPERATION:ARG",
        help="answer unlike the spec: field:OP:NAME (an undocumented field), type:OP:NAME (a "
        "changed type), remove:OP:NAME (a field left out), move:OP:PATH (a moved path)",
    )
    return parser


def serve(args: argparse.Namespace) -> int:
    fake = FakeBynder(strict=not args.no_strict)
    if args.seed:
        fake.seed(n_assets=args.seed)
    if args.latency:
        fake.faults.latency(**args.latency)
    if args.budget:
        fake.budget(args.budget, args.budget_window, per=args.budget_per)
    for drift in args.drift:
        fake.drift.apply(drift)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    with fake.serve(args.port, https=args.https, host=args.host, s3_port=args.s3_port) as server:
        print(json.dumps(server.info()), flush=True)
        while not stop.wait(0.5):
            pass
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    checked = Drift(all_routes())  # a bad --drift is a usage error, before anything starts
    try:
        for drift in args.drift:
            checked.apply(drift)
    except ValueError as exc:
        parser.error(str(exc))
    return serve(args)  # "serve" is the only command, and argparse requires one


if __name__ == "__main__":
    sys.exit(main())
