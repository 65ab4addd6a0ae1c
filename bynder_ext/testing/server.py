"""The loopback front end: a stdlib `ThreadingHTTPServer` for the portal and a second one for S3.

Each listener runs in a daemon thread on 127.0.0.1 (its own port, so the S3 origin differs from
the portal's, as with the real service). It never hangs: connections time out, `Content-Length`
is enforced (413 past the cap, 400 when malformed), a client that disconnects mid-body is dropped
without the request taking effect, and `stop()` closes the open connections. With `https=True`
it serves TLS with a certificate minted for 127.0.0.1 and localhost (see `tls.py`).

Written on the stdlib rather than a framework: the fake stays dependency-free, starts in a few
milliseconds, and the core does the routing anyway.
"""

from __future__ import annotations

import contextlib
import functools
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from .messages import (
    ClientDisconnected,
    ErrorStyle,
    FakeRequest,
    FakeResponse,
    Headers,
    Target,
    error_response,
)

if TYPE_CHECKING:
    from .core import FakeBynder
    from .tls import Certificates

SOCKET_TIMEOUT = 10.0
MAX_CHUNK_LINE = 1024


class _BodyReader:
    """Reads exactly `length` bytes (or a chunked body) from a socket file, never beyond."""

    def __init__(self, rfile: Any, length: int | None, chunked: bool) -> None:
        self.rfile = rfile
        self.remaining = length or 0
        self.chunked = chunked
        self.chunk_left = 0
        self.done = not chunked and not length

    def read(self, n: int = -1) -> bytes:
        """Up to `n` bytes of the body; ClientDisconnected when the client went away, stalled
        past the socket timeout, or sent a malformed body (the server then drops it)."""
        try:
            return self._read(n)
        except OSError as exc:  # TimeoutError included: a client stalled mid-body
            raise ClientDisconnected(f"client stopped sending the body: {exc}") from exc

    def _read(self, n: int) -> bytes:
        if self.done:
            return b""
        if self.chunked:
            return self._read_chunked(n)
        want = self.remaining if n < 0 else min(n, self.remaining)
        parts = []
        while want > 0:
            data = (
                self.rfile.read1(min(want, 1 << 18))
                if hasattr(self.rfile, "read1")
                else self.rfile.read(want)
            )
            if not data:
                raise ClientDisconnected("client closed the connection mid-body")
            parts.append(data)
            want -= len(data)
            self.remaining -= len(data)
            if n >= 0:
                break
        if self.remaining == 0:
            self.done = True
        return b"".join(parts)

    def readinto(self, buffer: memoryview) -> int:
        """Fill `buffer` from the body (fewer bytes only at its end); no intermediate copy."""
        if self.done:
            return 0
        if self.chunked:
            data = self._read_chunked(len(buffer))
            buffer[: len(data)] = data
            return len(data)
        want = min(len(buffer), self.remaining)
        got = self.rfile.readinto(buffer[:want]) or 0
        if got < want:
            raise ClientDisconnected("client closed the connection mid-body")
        self.remaining -= got
        if self.remaining == 0:
            self.done = True
        return got

    def _read_chunked(self, n: int) -> bytes:
        out = bytearray()
        while not self.done and (n < 0 or len(out) < n):
            if self.chunk_left == 0:
                line = self.rfile.readline(MAX_CHUNK_LINE)
                if not line.endswith(b"\n"):
                    raise ClientDisconnected("malformed or truncated chunked body")
                try:
                    size = int(line.split(b";", 1)[0].strip(), 16)
                except ValueError as exc:
                    raise ClientDisconnected("malformed chunk size") from exc
                if size == 0:
                    while True:  # trailers
                        trailer = self.rfile.readline(MAX_CHUNK_LINE)
                        if trailer in (b"\r\n", b"\n", b""):
                            break
                    self.done = True
                    break
                self.chunk_left = size
            want = self.chunk_left if n < 0 else min(self.chunk_left, n - len(out))
            data = self.rfile.read(want)
            if len(data) < want:
                raise ClientDisconnected("client closed the connection mid-body")
            out += data
            self.chunk_left -= len(data)
            if self.chunk_left == 0 and self.rfile.readline(MAX_CHUNK_LINE) not in (b"\r\n", b"\n"):
                raise ClientDisconnected("malformed chunked body")
        return bytes(out)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeBynder/1.0"
    sys_version = ""
    disable_nagle_algorithm = True  # (the socket's timeout is set when it is accepted)  # headers and body go out in separate writes
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: requests are recorded on the fake instead."""

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError, ssl.SSLError, OSError):
            self.close_connection = True

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    def _send(
        self, resp: FakeResponse, *, head: bool = False, body_limit: int | None = None
    ) -> None:
        self.send_response(resp.status)
        for key, value in resp.headers:
            if key.lower() not in ("content-length", "connection", "transfer-encoding"):
                self.send_header(key, value)
        length = resp.body_length
        if head and resp.header("content-length") is not None:
            self.send_header("Content-Length", resp.header("content-length") or "0")
        elif resp.status not in (204, 304) and not (100 <= resp.status < 200):
            self.send_header("Content-Length", str(length))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if head or resp.status in (204, 304):
            self.wfile.flush()
            return
        sent = 0
        for chunk in resp.iter_body():
            if resp.trickle:  # one byte at a time (a slow server)
                for index in range(len(chunk)):
                    if body_limit is not None and sent >= body_limit:
                        self._abort()
                        return
                    self.wfile.write(chunk[index : index + 1])
                    self.wfile.flush()
                    sent += 1
                    time.sleep(resp.trickle)
                continue
            if body_limit is not None and sent + len(chunk) >= body_limit:
                self.wfile.write(chunk[: body_limit - sent])
                self.wfile.flush()
                self._abort()
                return
            self.wfile.write(chunk)
            sent += len(chunk)
        self.wfile.flush()

    def _abort(self) -> None:
        """Break the connection the way a crashed peer would."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _reject(self, status: int, message: str) -> None:
        self.close_connection = True
        style: ErrorStyle = "s3" if self.server.target == "s3" else "bynder"
        self._send(error_response(style, status, message))

    def _dispatch(self) -> None:
        fake = self.server.fake
        length_header = self.headers.get("Content-Length")
        chunked = "chunked" in (self.headers.get("Transfer-Encoding") or "").lower()
        length: int | None = None
        if length_header is not None:
            try:
                length = int(length_header)
                if length < 0:
                    raise ValueError(length_header)
            except ValueError:
                self._reject(400, "Malformed Content-Length header")
                return
        cap = fake.body_limit(self.server.target, self.command, urlsplit(self.path).path or "/")
        if length is not None and length > cap:
            if length <= 2 * cap:
                # Read and drop a moderately oversized body so the client gets to read the 413
                # instead of a reset while it is still sending.
                with contextlib.suppress(ClientDisconnected, OSError):
                    drain = _BodyReader(self.rfile, length, False)
                    while drain.read(1 << 18):
                        pass
            self._reject(413, f"Request body larger than {cap} bytes")
            return
        reader = _BodyReader(self.rfile, length, chunked and length is None)
        url = urlsplit(self.path)
        req = FakeRequest(
            method=self.command.upper(),
            path=url.path or "/",
            query=parse_qsl(url.query, keep_blank_values=True),
            headers=Headers(list(self.headers.items())),
            origin=self.server.origin,
            s3_base=self.server.s3_base,
            target=self.server.target,
            client_ip=self.client_address[0],
            stream=reader,
            content_length=length,
        )
        try:
            resp = fake.handle(req)
        except ClientDisconnected:
            self.close_connection = True
            return
        except Exception as exc:  # a ContractViolation: already recorded on the fake
            with fake.lock:
                fake.errors.append(f"{type(exc).__name__}: {exc}")
            self.close_connection = True
            self._send(error_response("bynder", 500, f"{type(exc).__name__}: {exc}"))
            return
        if resp.delay:
            time.sleep(resp.delay)
        if resp.drop == "request":
            with contextlib.suppress(ClientDisconnected, OSError):
                reader.read(max(reader.remaining // 2, 1) if length else 1 << 16)
            self._abort()
            return
        if not reader.done:
            # The handler answered without reading the whole body (an early error such as a 401).
            # Read and drop the rest first, as servers with a lingering close do: closing with
            # unread data resets the connection, and the client, still sending, would lose the
            # answer. Then close rather than parse the rest as the next request.
            self.close_connection = True
            with contextlib.suppress(ClientDisconnected, OSError):
                drained = 0
                while drained <= cap and (block := reader.read(1 << 18)):
                    drained += len(block)
        drop_after = resp.body_length // 2 if resp.drop == "response" else None
        if drop_after == 0:
            self._abort()  # nothing to cut short: the answer is lost
            return
        try:
            self._send(resp, head=req.method == "HEAD", body_limit=drop_after)
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False
    # socketserver's backlog of 5 drops the SYNs of a client that opens a few connections at once
    # (a prefetching listing opens 8), and each dropped SYN costs the client a second.
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        fake: FakeBynder,
        target: Target,
        ssl_context: ssl.SSLContext | None,
    ) -> None:
        self.fake = fake
        self.target: Target = target
        self.ssl_context = ssl_context
        self.origin = ""
        self.s3_base = ""
        self._connections: set[socket.socket] = set()
        self._conn_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        sock: socket.socket = request
        sock.settimeout(SOCKET_TIMEOUT)
        try:
            if self.ssl_context is not None:
                sock = self.ssl_context.wrap_socket(sock, server_side=True)
        except (OSError, ssl.SSLError):
            self.shutdown_request(request)
            return
        with self._conn_lock:
            self._connections.add(sock)
        try:
            super().process_request_thread(sock, client_address)
        finally:
            with self._conn_lock:
                self._connections.discard(sock)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Connection-level errors are the client's business; the server carries on."""

    def close_connections(self) -> None:
        with self._conn_lock:
            connections = list(self._connections)
        for sock in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@functools.cache
def _spec_facts() -> tuple[frozenset[str], frozenset[str]]:
    """operationIds served by a host of their own, and those that take no token."""
    from .contract import HTTP_METHODS, load_spec

    spec = load_spec()
    own: set[str] = set()
    public: set[str] = set()
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            if operation.get("servers") or item.get("servers"):
                own.add(str(operation["operationId"]))
            if operation.get("security", spec.get("security")) == []:
                public.add(str(operation["operationId"]))
    return frozenset(own), frozenset(public)


class FakeServer:
    """A running portal + S3 pair on loopback. Use as a context manager or call `stop()`.

    `base_url` and `domain` address the portal, `s3_url` the S3 origin; with HTTPS,
    `ca_cert_path` is the PEM file of the CA that signed both certificates.
    """

    def __init__(
        self,
        fake: FakeBynder,
        *,
        port: int = 0,
        https: bool = False,
        host: str = "127.0.0.1",
        s3_port: int = 0,
    ) -> None:
        self.fake = fake
        self.https = https
        self.certificates: Certificates | None = None
        context = None
        if https:
            from .tls import mint_certificates

            self.certificates = mint_certificates()
            context = self.certificates.server_context()
        scheme = "https" if https else "http"
        self._portal = _Server((host, port), fake, "portal", context)
        self._s3 = _Server((host, s3_port), fake, "s3", context)
        shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
        self.host = shown
        self.port = self._portal.server_address[1]
        self.s3_port = self._s3.server_address[1]
        self.domain = f"{shown}:{self.port}"
        self.base_url = f"{scheme}://{self.domain}"
        self.s3_url = f"{scheme}://{shown}:{self.s3_port}/"
        for server in (self._portal, self._s3):
            server.origin = self.base_url
            server.s3_base = self.s3_url
        self._threads = [
            threading.Thread(
                target=s.serve_forever,
                kwargs={"poll_interval": 0.05},
                daemon=True,
                name=f"fake-bynder-{s.target}",
            )
            for s in (self._portal, self._s3)
        ]
        for thread in self._threads:
            thread.start()
        self._stopped = False

    def base_url_for(self, operation_id: str) -> str:
        """Where requests of ``operation_id`` go: the S3 origin for the part upload (a server of
        its own in the spec), the portal for everything else."""
        own, _ = _spec_facts()
        return self.s3_url.rstrip("/") if operation_id in own else self.base_url

    def auth_headers_for(self, operation_id: str) -> dict[str, str]:
        """The bearer header for ``operation_id``; none for the public operations (``security:
        []`` in the spec: the OAuth endpoints and the S3 part upload, which refuses a token)."""
        _, public = _spec_facts()
        if operation_id in public:
            return {}
        return {"Authorization": f"Bearer {self.fake.permanent_token}"}

    @property
    def ca_cert_path(self) -> str | None:
        return str(self.certificates.ca_path) if self.certificates else None

    @property
    def token(self) -> str:
        return self.fake.permanent_token

    @property
    def client_id(self) -> str:
        return self.fake.client_id

    @property
    def client_secret(self) -> str:
        return self.fake.client_secret

    def stop(self) -> None:
        """Stop both listeners, close open connections and remove minted certificates."""
        if self._stopped:
            return
        self._stopped = True
        for server in (self._portal, self._s3):
            server.shutdown()
            server.close_connections()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        if self.certificates is not None:
            self.certificates.cleanup()

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def info(self) -> dict[str, str]:
        """What a client needs: base URL, credentials, S3 URL (and the CA with HTTPS)."""
        out = {
            "base_url": self.base_url,
            "token": self.fake.permanent_token,
            "client_id": self.fake.client_id,
            "client_secret": self.fake.client_secret,
            "s3_url": self.s3_url,
        }
        if self.ca_cert_path:
            out["ca_cert"] = self.ca_cert_path
        return out
