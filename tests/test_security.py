"""Security: the bearer token stays on the portal's origin, hostile ids stay in their path segment,
plain http is refused, and no secret reaches a log line or an exception."""

from __future__ import annotations

import asyncio
import logging
import threading
import traceback
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from bynder_client.api.assets import get_asset
from bynder_client.api.users import get_current_user

import bynder_ext
from bynder_ext import (
    AuthenticationError,
    AuthorizationCode,
    BynderError,
    ClientCredentials,
    ConfigurationError,
    NotFound,
    PermanentToken,
)
from bynder_ext.auth import Token
from bynder_ext.client import session_of
from bynder_ext.testing import FakeBynder

PORTAL = "https://portal.fake-bynder.test"
REDIRECT_URI = "http://127.0.0.1:8765/callback"


class RecordingServer:
    """A loopback HTTP server that records request headers; ``/redirect?to=URL`` answers 302."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, dict[str, str]]] = []
        records = self.seen

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                records.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                target = parse_qs(urlsplit(self.path).query).get("to")
                if urlsplit(self.path).path == "/redirect" and target:
                    self.send_response(302)
                    self.send_header("Location", target[0])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = b'{"ok": true}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def authorization_headers(self) -> list[str | None]:
        return [headers.get("authorization") for _, headers in self.seen]


@pytest.fixture
def portal_server() -> Iterator[RecordingServer]:
    server = RecordingServer()
    yield server
    server.stop()


@pytest.fixture
def other_server() -> Iterator[RecordingServer]:
    server = RecordingServer()
    yield server
    server.stop()


@pytest.fixture
def fake() -> FakeBynder:
    fake = FakeBynder()
    fake.seed(n_assets=2)
    return fake


# -- the token goes only to the portal's origin ------------------------------------------------


def test_absolute_url_on_another_server_gets_no_token(
    fake: FakeBynder, other_server: RecordingServer
) -> None:
    served = fake.serve()
    try:
        client = bynder_ext.connect(
            served.base_url, auth=ClientCredentials(fake.client_id, fake.client_secret)
        )
        with client:
            session = session_of(client)
            get_current_user.sync(client=client)
            session.http.get(f"{other_server.base_url}/elsewhere")
            session.http.get(
                f"http://localhost:{served.port}/api/v4/currentUser/",
                extensions={"bynder_raise_errors": False},
            )
    finally:
        served.stop()
    assert other_server.authorization_headers() == [None]
    localhost = [r for r in fake.requests if r.path == "/api/v4/currentUser/"][-1]
    assert "authorization" not in {
        k.lower() for k in localhost.headers
    }  # another origin, same socket
    assert fake.token_requests == {"client_credentials": 1}


async def test_absolute_url_on_another_server_gets_no_token_async(
    fake: FakeBynder, other_server: RecordingServer
) -> None:
    served = fake.serve()
    try:
        client = bynder_ext.connect(
            served.base_url, auth=ClientCredentials(fake.client_id, fake.client_secret)
        )
        async with client:
            await get_current_user.asyncio(client=client)
            await session_of(client).async_http.get(f"{other_server.base_url}/elsewhere")
    finally:
        served.stop()
    assert other_server.authorization_headers() == [None]
    assert fake.token_requests == {"client_credentials": 1}


@pytest.mark.parametrize("which", ["http", "external"])
def test_s3_origin_gets_no_token(fake: FakeBynder, which: str) -> None:
    served = fake.serve()
    try:
        client = bynder_ext.connect(served.base_url, auth=PermanentToken(fake.permanent_token))
        with client:
            http = getattr(session_of(client), which)
            with pytest.raises(
                BynderError
            ):  # the S3 side refuses an unsigned GET; what matters is the header
                http.get(f"{served.s3_url.rstrip('/')}/no-such-key")
    finally:
        served.stop()
    s3 = [r for r in fake.requests if r.target == "s3"]
    assert s3
    assert all("authorization" not in {k.lower() for k in r.headers} for r in s3)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_a_redirect_to_another_host_carries_no_token(
    portal_server: RecordingServer, other_server: RecordingServer, is_async: bool
) -> None:
    client = bynder_ext.connect(
        portal_server.base_url, auth=PermanentToken("permanent-token-value")
    )
    target = f"{other_server.base_url}/landing"
    session = session_of(client)
    if is_async:
        import asyncio

        async def go() -> None:
            async with session.async_http as http:
                await http.get("/redirect", params={"to": target}, follow_redirects=True)

        asyncio.run(go())
    else:
        with client:
            session.http.get("/redirect", params={"to": target}, follow_redirects=True)
    assert portal_server.authorization_headers() == ["Bearer permanent-token-value"]
    assert other_server.authorization_headers() == [None]


# -- hostile ids ----------------------------------------------------------------------------------


class RawPaths(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Records the raw path of every request, then hands it to the fake."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.paths: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.raw_path)
        return self.inner.handle_request(request)  # type: ignore[no-any-return]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.raw_path)
        return await self.inner.handle_async_request(request)  # type: ignore[no-any-return]


HOSTILE = [
    ("a/b", b"a%2Fb"),
    ("x/download/y", b"x%2Fdownload%2Fy"),
    ("../../v4/users", b"..%2F..%2Fv4%2Fusers"),
    ("x?limit=1000", b"x%3Flimit%3D1000"),
    ("x#fragment", b"x%23fragment"),
    ("a b", b"a%20b"),
    ("%2e%2e", b"%252e%252e"),
    ("..\\..", b"..%5C.."),
]


@pytest.mark.parametrize(("asset_id", "encoded"), HOSTILE)
def test_hostile_ids_stay_inside_their_path_segment(
    fake: FakeBynder, asset_id: str, encoded: bytes
) -> None:
    transport = RawPaths(fake.transport())
    client = bynder_ext.connect(
        PORTAL, auth=PermanentToken(fake.permanent_token), transport=transport
    )
    with pytest.raises(NotFound):
        get_asset.sync(client=client, id=asset_id)
    # What leaves the client; routing on the wire is checked over a real socket below.
    assert transport.paths == [b"/api/v4/media/" + encoded + b"/?versions=false&stats=false"]


@pytest.mark.parametrize(("asset_id", "encoded"), HOSTILE[:3])
async def test_hostile_ids_stay_inside_their_path_segment_async(
    fake: FakeBynder, asset_id: str, encoded: bytes
) -> None:
    transport = RawPaths(fake.transport())
    client = bynder_ext.connect(
        PORTAL, auth=PermanentToken(fake.permanent_token), transport=transport
    )
    with pytest.raises(NotFound):
        await get_asset.asyncio(client=client, id=asset_id)
    assert transport.paths[0].startswith(b"/api/v4/media/" + encoded + b"/")


def test_hostile_ids_over_a_real_socket(fake: FakeBynder) -> None:
    served = fake.serve()
    try:
        with bynder_ext.connect(
            served.base_url, auth=PermanentToken(fake.permanent_token)
        ) as client:
            for asset_id, _ in HOSTILE:
                with pytest.raises(NotFound):
                    get_asset.sync(client=client, id=asset_id)
    finally:
        served.stop()
    assert [r.operation_id for r in fake.requests] == ["get_asset"] * len(HOSTILE)


@pytest.mark.parametrize("asset_id", [".", "..", "%2e", "%2E%2e"])
def test_dot_segment_ids_are_refused_before_any_request(fake: FakeBynder, asset_id: str) -> None:
    transport = RawPaths(fake.transport())
    client = bynder_ext.connect(
        PORTAL, auth=PermanentToken(fake.permanent_token), transport=transport
    )
    if asset_id.startswith("%"):
        with pytest.raises(NotFound):  # quoted to %252e by the generated code: a harmless literal
            get_asset.sync(client=client, id=asset_id)
        return
    with pytest.raises(ConfigurationError, match=r"'\.' or '\.\.'"):
        get_asset.sync(client=client, id=asset_id)
    with pytest.raises(ConfigurationError):
        session_of(client).http.get(f"/api/v4/media/{asset_id}/")
    with pytest.raises(ConfigurationError):
        session_of(client).http.get("/api/v4/media/%2E%2e/")
    assert transport.paths == []


# -- plain http ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"domain": "http://portal.bynder.com"},
        {"domain": "http://192.168.1.10"},
        {
            "domain": "portal.bynder.com",
            "token_url": "http://portal.bynder.com/v6/authentication/oauth2/token",
        },
        {
            "domain": "portal.bynder.com",
            "authorize_url": "http://portal.bynder.com/v6/authentication/oauth2/auth",
        },
    ],
)
def test_plain_http_is_refused_unless_loopback(kwargs: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200))
    domain = kwargs.pop("domain")
    with pytest.raises(ConfigurationError, match="http"):
        bynder_ext.connect(domain, auth=PermanentToken("t" * 20), transport=transport, **kwargs)
    assert seen == []


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST", True),
        ("127.0.0.1", True),
        ("127.10.20.30", True),
        ("::1", True),
        ("[::1]", True),
        ("portal.localhost", False),  # resolved through DNS like any other name
        ("localhost.example.com", False),
        ("127.0.0.1.nip.io", False),
        ("0.0.0.0", False),
        ("10.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("", False),
    ],
)
def test_only_certain_loopback_hosts_are_loopback(host: str, loopback: bool) -> None:
    assert bynder_ext.client.is_loopback(host) is loopback


@pytest.mark.parametrize(
    "kwargs",
    [
        {"domain": "http://portal.localhost"},
        {"domain": "http://localhost.", "token_url": "http://auth.localhost/token"},
        {"domain": "http://127.0.0.1", "authorize_url": "http://x.localhost/auth"},
    ],
)
def test_plain_http_to_a_dot_localhost_name_is_refused(kwargs: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200))
    domain = kwargs.pop("domain")
    with pytest.raises(ConfigurationError, match="plain http"):
        bynder_ext.connect(domain, auth=PermanentToken("t" * 20), transport=transport, **kwargs)
    assert seen == []


def test_raw_requests_refuse_plain_http_to_a_dot_localhost_name(fake: FakeBynder) -> None:
    from bynder_ext.raw import raw_request

    client = bynder_ext.connect(
        PORTAL, auth=PermanentToken(fake.permanent_token), transport=fake.transport()
    )
    with pytest.raises(ConfigurationError, match="plain http"):
        raw_request(client, "GET", "http://cdn.localhost/file.bin")
    assert list(fake.requests) == []


# -- redaction ---------------------------------------------------------------------------------


def test_no_secret_in_logs_or_exceptions(
    fake: FakeBynder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: bynder_ext, httpx, httpcore
    tokens: list[Token] = []
    failures: list[BaseException] = []

    def attempt(fn: Any, *args: Any, **kwargs: Any) -> None:
        try:
            fn(*args, **kwargs)
        except BynderError as exc:
            failures.append(exc)

    auth = AuthorizationCode(
        fake.client_id, fake.client_secret, REDIRECT_URI, on_token=tokens.append
    )
    no_wait = bynder_ext.RetryPolicy(sleep=lambda seconds: None)
    client = bynder_ext.connect(PORTAL, auth=auth, transport=fake.transport(), retry=no_wait)
    session = session_of(client)
    redirect = session.external.get(auth.authorization_url()).headers["Location"]
    code = parse_qs(urlsplit(redirect).query)["code"][0]
    verifier = auth.code_verifier
    assert verifier is not None
    attempt(auth.exchange_code, client, "wrong-code-value", auth.state)  # invalid_grant
    auth.authorization_url()
    redirect = session.external.get(auth.authorization_url()).headers["Location"]
    code2 = parse_qs(urlsplit(redirect).query)["code"][0]
    verifier2 = auth.code_verifier
    auth.exchange_code(client, redirect)
    get_current_user.sync(client=client)
    attempt(get_asset.sync, client=client, id="missing-asset")  # 404
    fake.expire_tokens()
    get_current_user.sync(client=client)  # refresh on 401
    attempt(session.http.get, "/api/v4/media/", params={"access_token": tokens[-1].access_token})
    fake.faults.rate_limits(rate=1.0, retry_after=1)
    attempt(get_current_user.sync, client=client)  # 429 after retries
    fake.faults.clear()
    fake.revoke_refresh_tokens()
    fake.expire_tokens()
    attempt(get_current_user.sync, client=client)  # refresh fails

    wrong = bynder_ext.connect(
        PORTAL,
        auth=ClientCredentials(fake.client_id, "wrong-secret-value-123"),
        transport=fake.transport(),
    )
    attempt(get_current_user.sync, client=wrong)
    permanent = bynder_ext.connect(
        PORTAL, auth=PermanentToken(fake.permanent_token), transport=fake.transport()
    )
    attempt(get_asset.sync, client=permanent, id="missing")

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused {request.url}", request=request)

    broken = bynder_ext.connect(
        PORTAL,
        auth=PermanentToken(fake.permanent_token),
        transport=httpx.MockTransport(refuse),
        retry=None,
    )
    attempt(session_of(broken).http.get, "/api/v4/media/", params={"token": fake.permanent_token})

    kinds = {type(e).__name__ for e in failures}
    assert {"AuthenticationError", "NotFound", "RateLimited", "TransportError"} <= kinds
    assert len(tokens) == 2
    secrets = [
        fake.client_secret,
        "wrong-secret-value-123",
        fake.permanent_token,
        code,
        code2,
        verifier,
        verifier2,
        *(t.access_token for t in tokens),
        *(t.refresh_token for t in tokens if t.refresh_token),
    ]
    texts = [caplog.text, *(str(e) for e in failures), *(repr(e) for e in failures)]
    texts += [repr(auth), repr(session), repr(client), *(repr(t) for t in tokens)]
    for secret in secrets:
        assert secret
        for text in texts:
            assert secret not in text


def test_authentication_errors_from_the_token_endpoint_name_the_oauth_error(
    fake: FakeBynder,
) -> None:
    client = bynder_ext.connect(
        PORTAL,
        auth=ClientCredentials(fake.client_id, "wrong-secret-value-456"),
        transport=fake.transport(),
    )
    with pytest.raises(AuthenticationError) as caught:
        get_current_user.sync(client=client)
    assert str(caught.value) == (
        "401 Unauthorized: token request failed: invalid_client: Client authentication failed "
        f"(POST {PORTAL}/v6/authentication/oauth2/token)"
    )


SECRET_QUERY_VALUE = "query-secret-7f3a9c2e"


def _refusing_client() -> bynder_ext.BynderClient:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(
            f"refused {request.url} (see https://s3.example.test/x?X-Amz-Signature=abc123def)",
            request=request,
        )

    return bynder_ext.connect(
        PORTAL, auth=PermanentToken("t" * 20), transport=httpx.MockTransport(refuse), retry=None
    )


def _assert_chain_is_clean(error: BaseException) -> None:
    printed = "".join(traceback.format_exception(error))
    assert SECRET_QUERY_VALUE not in str(error)
    assert SECRET_QUERY_VALUE not in printed
    assert "abc123def" not in printed
    assert "The above exception was the direct cause" in printed
    assert "httpx.ConnectError: refused " in printed or "httpx.ReadError: " in printed
    assert "token=[REDACTED]" in printed


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_a_transport_errors_traceback_shows_no_secret(is_async: bool) -> None:
    """httpx's own exception, printed as the cause, quotes the URL: it is a redacted copy."""
    client = _refusing_client()
    params = {"token": SECRET_QUERY_VALUE}

    def send() -> None:
        if is_async:
            asyncio.run(
                client.get_async_httpx_client().request("GET", "/api/v4/media/", params=params)
            )
        else:
            client.get_httpx_client().request("GET", "/api/v4/media/", params=params)

    with pytest.raises(bynder_ext.TransportError) as caught:
        send()
    error = caught.value
    _assert_chain_is_clean(error)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert error.__cause__.__traceback__ is not None  # where httpx raised it is still shown
    assert str(error.__cause__) == (
        f"refused {PORTAL}/api/v4/media/?token=[REDACTED] "
        "(see https://s3.example.test/x?X-Amz-Signature=[REDACTED]"  # ")" could be the value's
    )
    # The original stays reachable on purpose, for debugging.
    assert error.original is not None
    assert SECRET_QUERY_VALUE in str(error.original)


def test_a_raw_request_broken_mid_body_shows_no_secret() -> None:
    class Broken(httpx.SyncByteStream):
        def __init__(self, request: httpx.Request) -> None:
            self.request = request

        def __iter__(self) -> Iterator[bytes]:
            yield b'{"partial": '
            raise httpx.ReadError(
                f"connection reset reading {self.request.url}", request=self.request
            )

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, stream=Broken(request), headers={"Content-Type": "application/json"}
        )

    client = bynder_ext.connect(
        PORTAL, auth=PermanentToken("t" * 20), transport=httpx.MockTransport(answer), retry=None
    )
    with pytest.raises(bynder_ext.TransportError) as caught:
        bynder_ext.raw_request(
            client, "GET", "/api/v4/media/", params={"token": SECRET_QUERY_VALUE}
        )
    _assert_chain_is_clean(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ReadError)
