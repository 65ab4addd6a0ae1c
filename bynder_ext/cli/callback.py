"""The one-shot HTTP listener that catches the OAuth redirect of ``bynder login``.

It listens on ``127.0.0.1`` (a free port by default) for ``GET /callback?code=...&state=...`` (or
``?error=...``), answers the browser with a short page, and hands back the redirect URL; the
code is exchanged by :meth:`bynder_ext.AuthorizationCode.exchange_code`, which checks the state
again. Other paths get 404 and are ignored, so a browser asking for ``/favicon.ico`` changes
nothing.

- Each connection is served in its own thread with its own socket timeout
  (``CONNECTION_TIMEOUT``), so an idle or slow connection to the port cannot hold up the real
  redirect, and ``wait(timeout)`` is an overall deadline whatever the connections do.
- ``wait(timeout, state=...)`` takes only the redirect that carries the state of the login in
  progress, exactly once: a forged redirect with another (or no, or a repeated) state is answered
  400 and ignored, so it cannot make the listener miss the real one.

Written on the standard library's ``http.server`` (a threading server, stopped when the wait
ends): one GET on loopback does not justify a web framework.
"""

from __future__ import annotations

import html
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Final
from urllib.parse import parse_qs, urlsplit

from .errors import CLIError, ExitCode

__all__ = ["CALLBACK_PATH", "CallbackListener"]

CALLBACK_PATH: Final = "/callback"

_PAGE: Final = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bynder login</title></head>
<body style="font-family: sans-serif; margin: 3em"><h1>{title}</h1><p>{text}</p></body></html>
"""


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # an idle connection's thread never keeps the process alive
    block_on_close = False  # closing does not wait for idle connections either

    def __init__(self, address: tuple[str, int], connection_timeout: float) -> None:
        super().__init__(address, _Handler)
        self.connection_timeout = connection_timeout
        self.origin = ""
        self.state: str | None = None
        self.redirect: str | None = None
        self.ignored = 0
        self.arrived = threading.Event()
        self.guard = threading.Lock()

    def offer(self, path: str, state: str | None) -> bool:
        """Take the redirect when it carries the expected state and none was taken yet."""
        with self.guard:
            expected = self.state
            if (
                self.redirect is None
                and expected is not None
                and state is not None
                and secrets.compare_digest(state.encode(), expected.encode())
            ):
                self.redirect = self.origin + path
                self.arrived.set()
                return True
            self.ignored += 1
            return False


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.connection_timeout)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the terminal quiet (the query holds the authorization code)."""

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        if parts.path != CALLBACK_PATH or not ({"code", "error"} & set(query)):
            self._answer(404, "Not found", "This address only receives the Bynder login.")
            return
        states = query.get("state", [])
        if len(states) != 1 or not self.server.offer(self.path, states[0]):
            self._answer(
                400,
                "Not this login",
                "This redirect does not belong to the login in progress; it was ignored.",
            )
            return
        if "error" in query:
            reason = query.get("error_description", query["error"])[0]
            self._answer(400, "Login failed", f"Bynder answered: {reason}")
        else:
            self._answer(200, "Logged in", "You can close this window and go back to the terminal.")

    def _answer(self, status: int, title: str, text: str) -> None:
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


class CallbackListener:
    """Listens on ``127.0.0.1:port`` (0: a free port) until the redirect arrives.

    Use as a context manager; :attr:`redirect_uri` is the URI to register with the OAuth app
    (``http://127.0.0.1:PORT/callback``).
    """

    #: Seconds one connection may stay idle (or send its request) before it is closed.
    CONNECTION_TIMEOUT: float = 10.0

    def __init__(self, port: int = 0, *, host: str = "127.0.0.1") -> None:
        if not 0 <= port <= 65535:
            raise CLIError(f"the redirect port must be within 0..65535, got {port}", ExitCode.USAGE)
        try:
            self._server = _Server((host, port), self.CONNECTION_TIMEOUT)
        except OSError as exc:
            raise CLIError(
                f"cannot listen on {host}:{port} for the login redirect: {exc.strerror}",
                ExitCode.USAGE,
            ) from exc
        self.port = int(self._server.server_address[1])
        self._server.origin = f"http://{host}:{self.port}"
        self.redirect_uri = f"{self._server.origin}{CALLBACK_PATH}"
        self._thread: threading.Thread | None = None

    def wait(self, timeout: float, *, state: str) -> str:
        """The full redirect URL once the browser arrives with ``state`` (the state of the
        authorization URL it was sent to); CLIError after ``timeout`` seconds."""
        server = self._server
        server.state = state
        if self._thread is None:
            self._thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.1},
                name="bynder-login-listener",
                daemon=True,
            )
            self._thread.start()
        if not server.arrived.wait(timeout):
            ignored = server.ignored
            note = (
                f"; {ignored} redirect{'s' if ignored != 1 else ''} with another state "
                f"{'were' if ignored != 1 else 'was'} ignored"
                if ignored
                else ""
            )
            raise CLIError(
                f"no login redirect arrived within {timeout:g} s{note} (run `bynder login` again)",
                ExitCode.AUTH,
            )
        assert server.redirect is not None
        return server.redirect

    def close(self) -> None:
        """Stop listening (idle connections are left to their own timeout)."""
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> CallbackListener:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
