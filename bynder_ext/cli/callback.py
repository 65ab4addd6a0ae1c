"""The one-shot HTTP listener that catches the OAuth redirect of ``bynder login``.

It listens on ``127.0.0.1`` (a free port by default) for ``GET /callback?code=...&state=...`` (or
``?error=...``), answers the browser with a short page, and hands back the redirect URL; the
state is checked and the code exchanged by :meth:`bynder_ext.AuthorizationCode.exchange_code`.
Other paths get 404 and are ignored, so a browser asking for ``/favicon.ico`` changes nothing.
"""

from __future__ import annotations

import html
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
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


class _Server(HTTPServer):
    redirect: str | None = None
    origin: str = ""


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the terminal quiet (the query holds the authorization code)."""

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        if parts.path != CALLBACK_PATH or not ({"code", "error"} & set(query)):
            self._answer(404, "Not found", "This address only receives the Bynder login.")
            return
        if "error" in query:
            reason = query.get("error_description", query["error"])[0]
            self._answer(400, "Login failed", f"Bynder answered: {reason}")
        else:
            self._answer(200, "Logged in", "You can close this window and go back to the terminal.")
        if self.server.redirect is None:
            self.server.redirect = self.server.origin + self.path

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

    def __init__(self, port: int = 0, *, host: str = "127.0.0.1") -> None:
        if not 0 <= port <= 65535:
            raise CLIError(f"the redirect port must be within 0..65535, got {port}", ExitCode.USAGE)
        try:
            self._server = _Server((host, port), _Handler)
        except OSError as exc:
            raise CLIError(
                f"cannot listen on {host}:{port} for the login redirect: {exc.strerror}",
                ExitCode.USAGE,
            ) from exc
        self.port = int(self._server.server_address[1])
        self._server.origin = f"http://{host}:{self.port}"
        self.redirect_uri = f"{self._server.origin}{CALLBACK_PATH}"

    def wait(self, timeout: float) -> str:
        """The full redirect URL once the browser arrives; CLIError after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        server = self._server
        while server.redirect is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CLIError(
                    f"no login redirect arrived within {timeout:g} s (run `bynder login` again)",
                    ExitCode.AUTH,
                )
            server.timeout = min(left, 0.5)
            server.handle_request()
        return server.redirect

    def close(self) -> None:
        """Stop listening."""
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
