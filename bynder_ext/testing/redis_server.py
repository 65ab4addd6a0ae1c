"""A throwaway `redis-server` for tests and benchmarks of a Redis-backed request budget.

`RedisServer()` starts the `redis-server` found on PATH (or at `executable=`) on a free loopback
port, in a temporary folder, with no persistence, and waits until it answers; `stop()` (or leaving
the `with` block) ends it and removes the folder. `url` is its `redis://127.0.0.1:PORT/0`.

    with RedisServer() as server:
        budget = RedisBudget(server.url, 40, 2.0)

Where no `redis-server` can be found, `RedisServerMissing` says how to install one. The server is a
separate program (Debian's `redis-server` package; `make setup` installs it where it can).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

__all__ = ["RedisServer", "RedisServerMissing", "find_redis_server"]

INSTALL_HINT = (
    "install Redis's server: `apt-get install redis-server` (Debian, Ubuntu; `make setup` does "
    "it when it runs as root), `brew install redis` (macOS), or put a redis-server on PATH"
)


class RedisServerMissing(RuntimeError):
    """No `redis-server` executable was found."""


def find_redis_server(executable: str | None = None) -> str:
    """The path of the `redis-server` to run (`executable`, else the one on PATH or in the usual
    places); RedisServerMissing when there is none."""
    if executable is not None:
        found = shutil.which(executable)
        if found is None:
            raise RedisServerMissing(f"{executable!r} is not an executable: {INSTALL_HINT}")
        return found
    found = shutil.which("redis-server")
    if found is not None:
        return found
    for candidate in (
        "/usr/bin/redis-server",
        "/usr/local/bin/redis-server",
        "/usr/sbin/redis-server",
    ):
        if os.access(candidate, os.X_OK):
            return candidate
    raise RedisServerMissing(f"redis-server was not found: {INSTALL_HINT}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """A `redis-server` on 127.0.0.1 for as long as the object is open."""

    def __init__(self, executable: str | None = None, *, startup_timeout: float = 10.0) -> None:
        self.executable = find_redis_server(executable)
        self.folder = Path(tempfile.mkdtemp(prefix="bynder-redis-"))
        self.process: subprocess.Popen[bytes] | None = None
        # A port picked free can be taken before the server binds it: try a few.
        for _ in range(5):
            self.port = _free_port()
            self.process = subprocess.Popen(
                [
                    self.executable,
                    "--port", str(self.port),
                    "--bind", "127.0.0.1",
                    "--dir", str(self.folder),
                    "--save", "",
                    "--appendonly", "no",
                    "--daemonize", "no",
                    "--protected-mode", "yes",
                    "--logfile", str(self.folder / "redis.log"),
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            deadline = time.monotonic() + startup_timeout
            while time.monotonic() < deadline and self.process.poll() is None:
                if _answers(self.port):
                    return
                time.sleep(0.02)
            self._end_process()
        log = self.folder / "redis.log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        self.stop()
        raise RuntimeError(f"redis-server did not start on a loopback port:\n{detail}")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def _end_process(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)

    def stop(self) -> None:
        """End the server and remove its folder."""
        self._end_process()
        with contextlib.suppress(OSError):
            shutil.rmtree(self.folder)

    def __enter__(self) -> RedisServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
