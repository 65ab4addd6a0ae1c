"""The in-process front end: an httpx transport for `httpx.Client` and `httpx.AsyncClient`.

Requests to the S3 origin's host (`https://s3.fake-bynder.test/` unless told otherwise) go to the
fake's S3 side; every other host is the portal. Latency is `time.sleep` in sync clients and
`asyncio.sleep` in async ones. A dropped connection surfaces as it would from a real socket: an
`httpx.RemoteProtocolError` instead of a response, or while the response body is read. An
exception raised while the client's own request body is read (its file failed, its generator
raised) reaches the caller unchanged, as it would through a real transport.
Responses are built with `stream=`, so `response.elapsed` works once the body is read.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx

from .messages import BodyReader, ClientDisconnected, FakeRequest, FakeResponse, Headers, Target

if TYPE_CHECKING:
    from .core import FakeBynder

SPOOL_LIMIT = 1 << 20


class _IterReader:
    """A file-like `read` over an iterator of byte chunks. An exception from the iterator (the
    client's body) is kept in `error` and the core sees the client go away."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = bytearray()
        self._done = False
        self.error: Exception | None = None

    def read(self, n: int = -1) -> bytes:
        while not self._done and (n < 0 or len(self._buffer) < n):
            try:
                self._buffer += next(self._chunks)
            except StopIteration:
                self._done = True
            except Exception as exc:
                self.error = exc
                self._done = True
                raise ClientDisconnected("the request body could not be read") from exc
        if n < 0 or n >= len(self._buffer):
            data = bytes(self._buffer)
            self._buffer.clear()
        else:
            data = bytes(self._buffer[:n])
            del self._buffer[:n]
        return data


class _ResponseStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The body of a fake response; with `fail_after` set it breaks after that many bytes."""

    def __init__(self, resp: FakeResponse, fail_after: int | None = None) -> None:
        self._resp = resp
        self._fail_after = fail_after

    def _chunks(self) -> Iterator[bytes]:
        sent = 0
        for chunk in self._resp.iter_body():
            if self._fail_after is not None and sent + len(chunk) >= self._fail_after:
                yield chunk[: self._fail_after - sent]
                raise httpx.RemoteProtocolError(
                    "peer closed connection without sending complete message body: "
                    f"received {self._fail_after} bytes, expected {self._resp.body_length}"
                )
            sent += len(chunk)
            yield chunk

    def __iter__(self) -> Iterator[bytes]:
        interval = self._resp.trickle
        for chunk in self._chunks():
            if not interval:
                yield chunk
                continue
            for index in range(len(chunk)):
                yield chunk[index : index + 1]
                time.sleep(interval)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        interval = self._resp.trickle
        for chunk in self._chunks():
            if not interval:
                yield chunk
                continue
            for index in range(len(chunk)):
                yield chunk[index : index + 1]
                await asyncio.sleep(interval)


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Routes httpx requests into a `FakeBynder` without sockets."""

    def __init__(self, fake: FakeBynder, *, s3_url: str, client_ip: str = "127.0.0.1") -> None:
        self.fake = fake
        self.s3_url = s3_url if s3_url.endswith("/") else s3_url + "/"
        parts = urlsplit(self.s3_url)
        self._s3_netloc = (parts.scheme, parts.netloc.lower())
        self.client_ip = client_ip

    def _fake_request(
        self, request: httpx.Request, stream: BodyReader | None, body: bytes
    ) -> FakeRequest:
        url = request.url
        netloc = url.netloc.decode("ascii").lower()
        raw_path = url.raw_path.split(b"?", 1)[0].decode("ascii")  # still percent-encoded
        target: Target = "s3" if (url.scheme, netloc) == self._s3_netloc else "portal"
        length = request.headers.get("content-length")
        return FakeRequest(
            method=request.method.upper(),
            path=raw_path or "/",
            query=httpx.QueryParams(url.query.decode("ascii")).multi_items(),
            headers=Headers(list(request.headers.multi_items())),
            origin=f"{url.scheme}://{netloc}",
            s3_base=self.s3_url,
            target=target,
            client_ip=self.client_ip,
            stream=stream,
            content_length=int(length) if length and length.isdigit() else None,
            body=body,
        )

    def _response(self, request: httpx.Request, resp: FakeResponse) -> httpx.Response:
        fail_after = None
        if resp.drop == "response":
            if resp.body_length == 0:
                raise self._dropped(request)  # nothing to cut short: the answer is lost
            fail_after = resp.body_length // 2
        headers = list(resp.headers)
        if resp.header("content-length") is None and request.method != "HEAD":
            headers.append(("Content-Length", str(resp.body_length)))
        return httpx.Response(
            resp.status,
            headers=headers,
            stream=_ResponseStream(resp, fail_after),
            request=request,
        )

    @staticmethod
    def _dropped(request: httpx.Request) -> httpx.RemoteProtocolError:
        return httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reader: _IterReader | None = None
        try:
            body = request.content
        except httpx.RequestNotRead:
            body = b""
            reader = _IterReader(iter(request.stream))  # type: ignore[arg-type]
        req = self._fake_request(request, reader, body)
        try:
            resp = self.fake.handle(req)
            if resp.delay:
                time.sleep(resp.delay)
            if resp.drop == "request":
                if req.stream is not None:
                    req.stream.read(1 << 16)
                raise self._dropped(request)
        except ClientDisconnected:
            if reader is not None and reader.error is not None:
                raise reader.error from None
            raise
        return self._response(request, resp)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            req = self._fake_request(request, None, request.content)
            resp = self.fake.handle(req)
        except httpx.RequestNotRead:
            # A streamed body (a multipart upload, a generator): spool it, spilling to disk past
            # SPOOL_LIMIT, so the core can read it synchronously.
            with tempfile.SpooledTemporaryFile(max_size=SPOOL_LIMIT) as spool:
                async for chunk in request.stream:  # type: ignore[union-attr]
                    spool.write(chunk)
                spool.seek(0)
                req = self._fake_request(request, spool, b"")
                resp = self.fake.handle(req)
        if resp.delay:
            await asyncio.sleep(resp.delay)
        if resp.drop == "request":
            raise self._dropped(request)
        return self._response(request, resp)
