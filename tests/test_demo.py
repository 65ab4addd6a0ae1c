"""`make demo`: the quick variant runs end to end as a subprocess, and the fake it starts is
always stopped (after success, and when the demo is interrupted)."""

from __future__ import annotations

import argparse
import io
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from rich.console import Console

STEPS = (
    "Start the fake Bynder",
    "Authenticate",
    "List brands",
    "Create a collection",
    "Upload a file",
    "Update metadata",
    "List assets page by page",
    "Add to the collection and share it",
    "Create a campaign and a job",
    "Download and verify",
    "Raw request",
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie has exited; it only waits for its parent (gone too) to be reaped.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _fake_pid(output: str) -> int:
    match = re.search(r"\(pid (\d+)\)", output)
    assert match, output
    return int(match.group(1))


def _gone(pid: int, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_quick_demo_runs_every_step() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bynder_ext.demo", "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    for number, title in enumerate(STEPS, 1):
        assert f"{number:>2}. {title}" in out
    assert "client credentials -> access token" in out
    assert re.search(r"-> [0-9A-F-]{35} \(from the Location header\)", out)
    assert "6.0 MiB of random bytes" in out
    assert "uploading in 2 parts" in out
    assert re.search(r"asset [0-9A-F-]{35}: 2 parts in [\d.]+ s; processed after \d+ polls?", out)
    assert "add_asset_metaproperty_options: Colour = " in out
    assert "page 1: 5 assets (total 13)" in out
    assert "page 3: 3 assets (total 13)" in out
    assert "add_assets_to_collection: the collection holds 1 asset" in out
    assert 'job "Demo artwork review" -> ' in out
    assert re.search(r"6\.0 MiB to demo-artwork\.bin; sha256 [0-9a-f]{16}\.\.\. matches", out)
    assert "GET /api/v4/account/ -> 200" in out
    assert "Done: 11 steps" in out
    assert _gone(_fake_pid(out))


def test_an_interrupted_demo_stops_the_fake() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "bynder_ext.demo", "--size", "1000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    seen = ""
    for line in process.stdout:
        seen += line
        if "Upload a file" in line:
            break
    process.send_signal(signal.SIGTERM)
    rest, _ = process.communicate(timeout=60)
    output = seen + rest
    assert process.returncode == 130, output
    assert output.rstrip().endswith("error: interrupted; the fake Bynder is stopped")
    assert _gone(_fake_pid(output))


def test_bad_arguments() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bynder_ext.demo", "--size", "0"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "--size must be at least 1" in done.stderr


def test_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bynder_ext.demo", "--help"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert "--quick" in done.stdout


def test_a_failed_step_is_one_line_and_stops_the_fake(monkeypatch: pytest.MonkeyPatch) -> None:
    from bynder_ext import ClientCredentials, demo

    def wrong_secret(client_id: str, client_secret: str) -> ClientCredentials:
        return ClientCredentials(client_id, "not-the-secret")

    monkeypatch.setattr(demo, "ClientCredentials", wrong_secret)
    buffer = io.StringIO()
    status = demo.run(argparse.Namespace(quick=True, size=None), Console(file=buffer, width=200))
    output = buffer.getvalue()
    assert status == 1
    last = output.rstrip().splitlines()[-1]
    assert last.startswith("error: step 2. Authenticate failed: 401 Unauthorized: token request")
    assert "not-the-secret" not in output
    assert " 3. List brands" not in output
    assert _gone(_fake_pid(output))


def test_a_fake_that_does_not_start_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from bynder_ext import demo

    monkeypatch.setattr(demo.sys, "executable", "/bin/false")
    buffer = io.StringIO()
    status = demo.run(argparse.Namespace(quick=True, size=None), Console(file=buffer, width=200))
    last = buffer.getvalue().rstrip().splitlines()[-1]
    assert status == 1
    assert last == (
        "error: step 1. Start the fake Bynder failed: the fake Bynder did not start: exit status 1"
    )
