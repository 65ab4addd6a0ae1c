"""The three ways to authenticate, end to end against the fake Bynder, sync and async."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from bynder_client.api.assets import list_assets
from bynder_client.api.users import get_current_user

import bynder_ext
from bynder_ext import (
    AuthenticationError,
    AuthorizationCode,
    ClientCredentials,
    ConfigurationError,
    FileTokenStore,
    PermanentToken,
    TransportError,
)
from bynder_ext.auth import DEFAULT_SCOPES, BynderAuth, Token
from bynder_ext.client import session_of
from bynder_ext.errors import AuthorizationDenied, StateMismatchError
from bynder_ext.testing import FakeBynder

PORTAL = "https://portal.fake-bynder.test"
REDIRECT_URI = "http://127.0.0.1:8765/callback"
SIDES = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


class Clock:
    """Unix time that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake() -> FakeBynder:
    fake = FakeBynder()
    fake.seed(n_assets=3)
    return fake


def connect(fake: FakeBynder, auth: BynderAuth, **kwargs: Any) -> bynder_ext.BynderClient:
    return bynder_ext.connect(PORTAL, auth=auth, transport=fake.transport(), **kwargs)


def call(client: bynder_ext.BynderClient, is_async: bool) -> Any:
    """One authenticated generated call (the current user), sync or async."""
    if is_async:
        return asyncio.run(get_current_user.asyncio(client=client))
    return get_current_user.sync(client=client)


def statuses(fake: FakeBynder, operation_id: str) -> list[int | None]:
    return [r.status for r in fake.requests_for(operation_id)]


def authorize(client: bynder_ext.BynderClient, auth: AuthorizationCode, **kwargs: Any) -> str:
    """Play the browser: open the authorization URL and return where the portal redirects."""
    url = auth.authorization_url(**kwargs)
    response = session_of(client).external.get(url, follow_redirects=False)
    assert response.status_code == 302
    return response.headers["Location"]


def logged_in(
    fake: FakeBynder, is_async: bool = False, **kwargs: Any
) -> tuple[bynder_ext.BynderClient, AuthorizationCode]:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI, **kwargs)
    client = connect(fake, auth)
    redirect = authorize(client, auth)
    if is_async:
        asyncio.run(auth.aexchange_code(client, redirect))
    else:
        auth.exchange_code(client, redirect)
    return client, auth


# -- permanent token ---------------------------------------------------------------------------


@SIDES
def test_permanent_token_end_to_end(fake: FakeBynder, is_async: bool) -> None:
    client = connect(fake, PermanentToken(fake.permanent_token))
    user = call(client, is_async)
    assert user.username == "admin@fake-bynder.test"
    assert fake.token_requests == {}
    sent = fake.requests_for("get_current_user")[0]
    assert sent.headers["authorization"] == f"Bearer {fake.permanent_token}"


def test_a_refused_permanent_token_raises_authentication_error(fake: FakeBynder) -> None:
    fake.expire_token(fake.permanent_token)
    client = connect(fake, PermanentToken(fake.permanent_token))
    with pytest.raises(AuthenticationError):
        get_current_user.sync(client=client)
    assert statuses(fake, "get_current_user") == [401]  # no refresh is possible, no replay


# -- client credentials ------------------------------------------------------------------------


@SIDES
def test_client_credentials_end_to_end(fake: FakeBynder, is_async: bool) -> None:
    client = connect(fake, ClientCredentials(fake.client_id, fake.client_secret))
    call(client, is_async)
    call(client, is_async)
    assert fake.token_requests == {"client_credentials": 1}
    token_request = fake.requests_for("oauth2_token")[0]
    form = dict(token_request.body) if isinstance(token_request.body, list) else token_request.body
    assert form["grant_type"] == "client_credentials"
    assert form["scope"].split() == [s for s in DEFAULT_SCOPES if s != "offline"]


@SIDES
def test_client_credentials_regrant_when_the_token_expires_mid_run(
    fake: FakeBynder, is_async: bool
) -> None:
    seen: list[Token] = []
    client = connect(
        fake, ClientCredentials(fake.client_id, fake.client_secret, on_token=seen.append)
    )
    call(client, is_async)
    fake.expire_tokens()
    call(client, is_async)
    assert statuses(fake, "get_current_user") == [200, 401, 200]
    assert fake.token_requests == {"client_credentials": 2}  # never a refresh grant
    assert len(seen) == 2
    assert seen[0].access_token != seen[1].access_token
    assert seen[1].refresh_token is None


@SIDES
def test_client_credentials_regrant_before_expiry(fake: FakeBynder, is_async: bool) -> None:
    clock = Clock()
    client = connect(fake, ClientCredentials(fake.client_id, fake.client_secret, clock=clock))
    call(client, is_async)
    clock.now += 3600 - 30  # within the 60 s leeway
    call(client, is_async)
    assert fake.token_requests == {"client_credentials": 2}
    assert statuses(fake, "get_current_user") == [200, 200]  # renewed before, not after a 401


def test_wrong_client_secret_raises_authentication_error(fake: FakeBynder) -> None:
    client = connect(fake, ClientCredentials(fake.client_id, "not-the-secret-at-all"))
    with pytest.raises(AuthenticationError, match="invalid_client") as caught:
        get_current_user.sync(client=client)
    assert caught.value.status_code == 401
    assert fake.requests_for("get_current_user") == []


def test_client_credentials_scopes_can_be_narrowed(fake: FakeBynder) -> None:
    client = connect(
        fake, ClientCredentials(fake.client_id, fake.client_secret, scopes="asset:read")
    )
    list_assets.sync(client=client)
    with pytest.raises(bynder_ext.PermissionDenied):
        get_current_user.sync(client=client)
    form = fake.requests_for("oauth2_token")[0].body
    assert dict(form)["scope"] == "asset:read"


# -- single flight ---------------------------------------------------------------------------


@pytest.mark.parametrize("expiry", ["server", "clock"])
def test_twenty_threads_on_an_expired_token_make_one_token_request(
    fake: FakeBynder, expiry: str
) -> None:
    clock = Clock()
    client = connect(fake, ClientCredentials(fake.client_id, fake.client_secret, clock=clock))
    get_current_user.sync(client=client)
    if expiry == "server":
        fake.expire_tokens()
    else:
        clock.now += 7200
    fake.faults.latency(token=0.05)  # keep the token request in flight while the others arrive
    barrier = threading.Barrier(20)
    errors: list[BaseException] = []

    def worker() -> None:
        barrier.wait()
        try:
            get_current_user.sync(client=client)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert fake.token_requests == {"client_credentials": 2}


@pytest.mark.parametrize("expiry", ["server", "clock"])
async def test_twenty_tasks_on_an_expired_token_make_one_token_request(
    fake: FakeBynder, expiry: str
) -> None:
    clock = Clock()
    client = connect(fake, ClientCredentials(fake.client_id, fake.client_secret, clock=clock))
    await get_current_user.asyncio(client=client)
    if expiry == "server":
        fake.expire_tokens()
    else:
        clock.now += 7200
    fake.faults.latency(token=0.05)
    users = await asyncio.gather(*(get_current_user.asyncio(client=client) for _ in range(20)))
    assert all(u is not None for u in users)
    assert fake.token_requests == {"client_credentials": 2}


async def test_threads_and_tasks_together_make_one_token_request(fake: FakeBynder) -> None:
    client = connect(fake, ClientCredentials(fake.client_id, fake.client_secret))
    fake.faults.latency(token=0.05)
    threads = [
        threading.Thread(target=get_current_user.sync, kwargs={"client": client}) for _ in range(10)
    ]
    for thread in threads:
        thread.start()
    await asyncio.gather(*(get_current_user.asyncio(client=client) for _ in range(10)))
    for thread in threads:
        thread.join()
    assert fake.token_requests == {"client_credentials": 1}


# -- authorization code ------------------------------------------------------------------------


def test_authorization_url_has_state_pkce_and_the_default_scopes(fake: FakeBynder) -> None:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    connect(fake, auth)
    url = auth.authorization_url()
    parts = urlsplit(url)
    assert (
        f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{PORTAL}/v6/authentication/oauth2/auth"
    )
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert query["response_type"] == "code"
    assert query["client_id"] == fake.client_id
    assert query["redirect_uri"] == REDIRECT_URI
    assert query["scope"] == " ".join(DEFAULT_SCOPES)
    assert query["state"] == auth.state
    assert len(query["state"]) >= 40
    assert query["code_challenge_method"] == "S256"
    assert auth.code_verifier is not None
    digest = hashlib.sha256(auth.code_verifier.encode()).digest()
    assert query["code_challenge"] == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert "code_verifier" not in query
    first_state = auth.state
    auth.authorization_url()
    assert auth.state != first_state


def test_authorization_url_needs_a_connection(fake: FakeBynder) -> None:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    with pytest.raises(ConfigurationError, match="connect"):
        auth.authorization_url()


@SIDES
def test_authorization_code_end_to_end(fake: FakeBynder, is_async: bool) -> None:
    seen: list[Token] = []
    client, auth = logged_in(fake, is_async, on_token=seen.append)
    assert auth.token is not None
    assert auth.token.refresh_token is not None  # the offline scope
    assert auth.state is None  # one authorization, one exchange
    call(client, is_async)
    assert fake.token_requests == {"authorization_code": 1}
    assert len(seen) == 1
    exchange = dict(fake.requests_for("oauth2_token")[0].body)
    assert exchange["redirect_uri"] == REDIRECT_URI
    assert "code_verifier" in exchange


def test_exchange_accepts_code_and_state_separately(fake: FakeBynder) -> None:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    client = connect(fake, auth)
    query = parse_qs(urlsplit(authorize(client, auth)).query)
    auth.exchange_code(client, query["code"][0], query["state"][0])
    user = get_current_user.sync(client=client)
    assert auth.token is not None
    assert fake.token_requests == {"authorization_code": 1}
    assert user.id == fake.current_user_id


def test_stateless_web_app_passes_state_and_verifier_back(fake: FakeBynder) -> None:
    first = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    client = connect(fake, first)
    redirect = authorize(client, first)
    saved_state, saved_verifier = first.state, first.code_verifier
    assert saved_state is not None
    assert saved_verifier is not None

    second = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)  # another process
    other_client = connect(fake, second)
    second.exchange_code(
        other_client, redirect, expected_state=saved_state, code_verifier=saved_verifier
    )
    user = get_current_user.sync(client=other_client)
    assert second.token is not None
    assert first.token is None  # the exchange happened in the other process only
    assert fake.token_requests == {"authorization_code": 1}
    assert user.id == fake.current_user_id


@pytest.mark.parametrize(
    "tamper",
    [
        lambda url: url.replace("state=", "state=x"),
        lambda url: url.split("&state=")[0] + "&" + url.split("&state=")[1].split("&", 1)[-1],
    ],
    ids=["altered", "missing"],
)
def test_a_state_that_does_not_match_is_refused_before_any_request(
    fake: FakeBynder, tamper: Any
) -> None:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    client = connect(fake, auth)
    redirect = tamper(authorize(client, auth))
    before = len(fake.requests)
    with pytest.raises(StateMismatchError):
        auth.exchange_code(client, redirect)
    with pytest.raises(StateMismatchError):
        auth.exchange_code(client, "some-code", "another-state")
    assert len(fake.requests) == before


def test_exchange_without_an_authorization_in_progress_is_refused(fake: FakeBynder) -> None:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    client = connect(fake, auth)
    with pytest.raises(StateMismatchError, match="no authorization is in progress"):
        auth.exchange_code(client, "code", "state")
    assert fake.requests_for("oauth2_token") == []


def test_a_denied_authorization_raises(fake: FakeBynder) -> None:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    client = connect(fake, auth)
    redirect = authorize(client, auth, scopes="no.such:scope")
    with pytest.raises(AuthorizationDenied, match="invalid_scope"):
        auth.exchange_code(client, redirect)


def test_calls_before_authorization_fail_before_any_request(fake: FakeBynder) -> None:
    client = connect(fake, AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI))
    with pytest.raises(ConfigurationError, match="authorization_url"):
        get_current_user.sync(client=client)
    assert len(fake.requests) == 0


@SIDES
def test_refresh_before_expiry(fake: FakeBynder, is_async: bool) -> None:
    clock = Clock()
    seen: list[Token] = []
    client, _ = logged_in(fake, clock=clock, on_token=seen.append)
    clock.now += 3600 - 10
    call(client, is_async)
    assert fake.token_requests == {"authorization_code": 1, "refresh_token": 1}
    assert statuses(fake, "get_current_user") == [200]
    assert len(seen) == 2


@SIDES
def test_refresh_once_on_401_and_replay(fake: FakeBynder, is_async: bool) -> None:
    seen: list[Token] = []
    client, _ = logged_in(fake, on_token=seen.append)
    call(client, is_async)
    fake.expire_tokens()
    call(client, is_async)
    assert statuses(fake, "get_current_user") == [200, 401, 200]
    assert fake.token_requests == {"authorization_code": 1, "refresh_token": 1}
    assert len(seen) == 2
    assert seen[1].refresh_token == seen[0].refresh_token  # not rotated: the old one is kept
    fake.expire_tokens()
    call(client, is_async)  # and the kept refresh token still works
    assert fake.token_requests["refresh_token"] == 2


class MeddlingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake's transport, with ``meddle(is_async)`` run before each current-user request is
    handed on: there a test does what other callers sharing the client would do meanwhile."""

    def __init__(self, fake: FakeBynder) -> None:
        self.inner = fake.transport()
        self.meddle: Any = None

    def _due(self, request: httpx.Request) -> bool:
        return request.url.path == "/api/v4/currentUser/" and self.meddle is not None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._due(request):
            self.meddle(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._due(request):
            result = self.meddle(request)
            if asyncio.iscoroutine(result):
                await result
        return await self.inner.handle_async_request(request)


@SIDES
def test_a_request_in_flight_across_two_renewals_gets_a_token_of_its_own(
    fake: FakeBynder, is_async: bool
) -> None:
    """Sent with T1; before it arrives T1 expires, another caller renews to T2, and T2 expires
    too. The 401 is first replayed with T2 (someone else's renewal), then, refused again, the
    request renews itself once (T3) and succeeds."""
    transport = MeddlingTransport(fake)
    auth = ClientCredentials(fake.client_id, fake.client_secret)
    client = bynder_ext.connect(PORTAL, auth=auth, transport=transport)
    call(client, is_async)
    first = auth.token

    def meddle(request: httpx.Request) -> Any:
        transport.meddle = None  # only the first request of the test's call
        fake.expire_tokens()

        async def other_caller() -> None:
            await get_current_user.asyncio(client=client)  # 401, renews to T2, 200
            fake.expire_tokens()

        if is_async:
            return other_caller()
        get_current_user.sync(client=client)
        fake.expire_tokens()
        return None

    transport.meddle = meddle
    user = call(client, is_async)
    assert user.username == "admin@fake-bynder.test"
    # first call; the other caller's 401 and replay; ours: T1 refused, T2 refused, T3 accepted
    assert statuses(fake, "get_current_user") == [200, 401, 200, 401, 401, 200]
    assert fake.token_requests == {"client_credentials": 3}  # one per expiry, plus the first
    assert auth.token is not None
    assert first is not None
    assert auth.token.access_token != first.access_token


@SIDES
def test_a_request_renews_at_most_once(fake: FakeBynder, is_async: bool) -> None:
    """A portal that refuses every token: one renewal and one replay, then the 401 is raised."""
    transport = MeddlingTransport(fake)
    auth = ClientCredentials(fake.client_id, fake.client_secret)
    client = bynder_ext.connect(PORTAL, auth=auth, transport=transport)
    call(client, is_async)
    transport.meddle = lambda request: fake.expire_tokens()
    with pytest.raises(AuthenticationError) as caught:
        call(client, is_async)
    assert caught.value.status_code == 401
    assert statuses(fake, "get_current_user") == [200, 401, 401]
    assert fake.token_requests == {"client_credentials": 2}


def test_a_file_body_is_replayed_whole_after_a_refresh(fake: FakeBynder) -> None:
    """The 401 replay rewinds a file body to where it started, not to where it ended (over a
    socket: the in-process transport reads bodies into memory, which hides the difference)."""
    server = fake.serve()
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    client = bynder_ext.connect(server.base_url, auth=auth)
    auth.exchange_code(client, authorize(client, auth))
    http = session_of(client).http
    file_id = http.post("/v7/file_cmds/upload/prepare", json={}).json()["file_id"]
    data = os.urandom(3000)
    fake.expire_tokens()
    reply = http.post(
        f"/v7/file_cmds/upload/{file_id}/chunk/0",
        content=io.BytesIO(data),
        headers={
            "Content-Type": "application/octet-stream",
            "Content-SHA256": hashlib.sha256(data).hexdigest(),
        },
    )
    assert reply.status_code == 201
    assert statuses(fake, "upload_file_chunk") == [401, 201]
    assert fake.file_uploads[file_id].chunks[0].read_all() == data
    session_of(client).close()
    server.stop()


def test_a_rotated_refresh_token_is_kept() -> None:
    fake = FakeBynder(rotate_refresh_tokens=True)
    client, auth = logged_in(fake)
    assert auth.token is not None
    first = auth.token.refresh_token
    for _ in range(2):
        fake.expire_tokens()
        get_current_user.sync(client=client)
    assert auth.token.refresh_token != first
    assert fake.token_requests == {"authorization_code": 1, "refresh_token": 2}


@SIDES
def test_a_failed_refresh_raises_authentication_error(fake: FakeBynder, is_async: bool) -> None:
    client, _ = logged_in(fake)
    fake.revoke_refresh_tokens()
    fake.expire_tokens()
    with pytest.raises(AuthenticationError, match="refresh token is invalid or revoked") as caught:
        call(client, is_async)
    assert caught.value.status_code == 400
    assert caught.value.url == f"{PORTAL}/v6/authentication/oauth2/token"


def test_without_a_refresh_token_the_401_surfaces(fake: FakeBynder) -> None:
    scopes = [s for s in DEFAULT_SCOPES if s != "offline"]
    client, auth = logged_in(fake, scopes=scopes)
    assert auth.token is not None
    assert auth.token.refresh_token is None
    fake.expire_tokens()
    with pytest.raises(AuthenticationError):
        get_current_user.sync(client=client)
    assert fake.token_requests == {"authorization_code": 1}


# -- token store and callbacks ------------------------------------------------------------------


def test_file_token_store_writes_0600_atomically_and_a_new_client_resumes(
    fake: FakeBynder, tmp_path: Path
) -> None:
    path = tmp_path / "tokens" / "bynder.json"
    client = connect(
        fake, ClientCredentials(fake.client_id, fake.client_secret, store=FileTokenStore(path))
    )
    get_current_user.sync(client=client)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    saved = json.loads(path.read_text())
    assert saved["access_token"]
    assert sorted(os.listdir(path.parent)) == ["bynder.json"]  # no temporary file left behind

    resumed = connect(
        fake, ClientCredentials(fake.client_id, fake.client_secret, store=FileTokenStore(path))
    )
    get_current_user.sync(client=resumed)
    assert fake.token_requests == {"client_credentials": 1}


def test_file_token_store_keeps_the_old_file_when_a_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FileTokenStore(tmp_path / "t.json")
    store.save(Token("first-access-token", expires_at=1.0))

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        store.save(Token("second-access-token"))
    monkeypatch.undo()
    loaded = store.load()
    assert loaded is not None
    assert loaded.access_token == "first-access-token"
    assert os.listdir(tmp_path) == ["t.json"]


def test_file_token_store_round_trip_and_missing_file(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "t.json")
    assert store.load() is None
    token = Token("a" * 20, expires_at=123.0, refresh_token="r" * 20, scope="asset:read")
    store.save(token)
    assert store.load() == token
    (tmp_path / "t.json").write_text("not json")
    with pytest.raises(ConfigurationError):
        store.load()


def test_authorization_code_resumes_from_a_store(fake: FakeBynder, tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "t.json")
    logged_in(fake, store=store)
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI, store=store)
    client = connect(fake, auth)
    fake.expire_tokens()
    get_current_user.sync(client=client)  # refreshes with the saved refresh token
    assert fake.token_requests == {"authorization_code": 1, "refresh_token": 1}


def test_on_token_fires_for_exchange_refresh_and_regrant(fake: FakeBynder) -> None:
    events: list[str] = []
    clock = Clock()
    client, _ = logged_in(fake, clock=clock, on_token=lambda t: events.append("code"))
    clock.now += 7200
    get_current_user.sync(client=client)
    fake.expire_tokens()
    get_current_user.sync(client=client)
    assert events == ["code"] * 3  # exchange, refresh before expiry, refresh on 401

    grants: list[Token] = []
    cc = connect(
        fake, ClientCredentials(fake.client_id, fake.client_secret, on_token=grants.append)
    )
    get_current_user.sync(client=cc)
    fake.expire_tokens()
    get_current_user.sync(client=cc)
    assert len(grants) == 2  # first grant and re-grant


def test_a_saved_token_can_be_passed_directly(fake: FakeBynder) -> None:
    token = Token(fake.issue_token(), expires_at=None)
    client = connect(
        fake, ClientCredentials(fake.client_id, fake.client_secret, token=token.to_dict())
    )
    get_current_user.sync(client=client)
    assert fake.token_requests == {}


# -- over a real loopback socket ------------------------------------------------------------------


@pytest.fixture
def served(fake: FakeBynder) -> Iterator[Any]:
    server = fake.serve()
    try:
        yield server
    finally:
        server.stop()


def loopback_auth(fake: FakeBynder, mode: str) -> BynderAuth:
    if mode == "permanent":
        return PermanentToken(fake.permanent_token)
    if mode == "client_credentials":
        return ClientCredentials(fake.client_id, fake.client_secret)
    return AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)


MODES = pytest.mark.parametrize("mode", ["permanent", "client_credentials", "authorization_code"])


@MODES
def test_each_auth_mode_over_loopback(fake: FakeBynder, served: Any, mode: str) -> None:
    auth = loopback_auth(fake, mode)
    with bynder_ext.connect(served.base_url, auth=auth) as client:
        if isinstance(auth, AuthorizationCode):
            auth.exchange_code(client, httpx.get(auth.authorization_url()).headers["Location"])
        assert get_current_user.sync(client=client).username == "admin@fake-bynder.test"
        fake.expire_tokens()
        assert get_current_user.sync(client=client).username == "admin@fake-bynder.test"
    assert sum(fake.token_requests.values()) == (0 if mode == "permanent" else 2)


@MODES
async def test_each_auth_mode_over_loopback_async(fake: FakeBynder, served: Any, mode: str) -> None:
    auth = loopback_auth(fake, mode)
    async with bynder_ext.connect(served.base_url, auth=auth) as client:
        if isinstance(auth, AuthorizationCode):
            external = session_of(client).async_external
            location = (await external.get(auth.authorization_url())).headers["Location"]
            await auth.aexchange_code(client, location)
        assert (await get_current_user.asyncio(client=client)).username == "admin@fake-bynder.test"
        fake.expire_tokens()
        assert (await get_current_user.asyncio(client=client)).username == "admin@fake-bynder.test"
    assert sum(fake.token_requests.values()) == (0 if mode == "permanent" else 2)


def test_repr_never_shows_secrets(fake: FakeBynder) -> None:
    client, auth = logged_in(fake)
    token = auth.token
    assert token is not None
    assert token.refresh_token is not None
    for text in (
        repr(auth),
        str(auth),
        repr(token),
        str(token),
        repr(session_of(client)),
        repr(client),
    ):
        assert fake.client_secret not in text
        assert token.access_token not in text
        assert token.refresh_token not in text
    permanent = PermanentToken(fake.permanent_token)
    assert fake.permanent_token not in repr(permanent)


def test_generated_oauth2_token_call_gets_no_bearer(fake: FakeBynder) -> None:
    from bynder_client.api.oauth import oauth2_token
    from bynder_client.models.token import Token as TokenModel
    from bynder_client.models.token_request import TokenRequest

    auth = ClientCredentials(fake.client_id, fake.client_secret)
    client = connect(fake, auth)
    body = TokenRequest(
        grant_type="client_credentials", client_id=fake.client_id, client_secret=fake.client_secret
    )
    issued = oauth2_token.sync(client=client, body=body)
    assert isinstance(issued, TokenModel)
    sent = fake.requests_for("oauth2_token")
    assert len(sent) == 1  # the auth object fetched nothing for it
    assert "authorization" not in {k.lower() for k in sent[0].headers}
    assert auth.token is None


# -- redirects of the token endpoint -------------------------------------------------------------


class RedirectingTokenEndpoint(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake's transport, except that its token endpoint answers 307 to another host, which
    would happily take the form (client secret included) and hand out a token of its own."""

    def __init__(self, fake: FakeBynder, status: int = 307) -> None:
        self.inner = fake.transport()
        self.status = status
        self.elsewhere: list[httpx.Request] = []

    def _answer(self, request: httpx.Request) -> httpx.Response | None:
        if request.url.host == "elsewhere.test":
            request.read()
            self.elsewhere.append(request)
            return httpx.Response(200, json={"access_token": "planted", "expires_in": 3600})
        if request.url.path == "/v6/authentication/oauth2/token":
            location = "https://elsewhere.test/oauth2/token"
            return httpx.Response(self.status, headers={"Location": location})
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request) or self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request) or await self.inner.handle_async_request(request)


@SIDES
@pytest.mark.parametrize("status", [302, 307, 308])
def test_token_requests_never_follow_redirects(
    fake: FakeBynder, is_async: bool, status: int
) -> None:
    transport = RedirectingTokenEndpoint(fake, status)
    auth = ClientCredentials(fake.client_id, fake.client_secret)
    client = bynder_ext.connect(
        PORTAL, auth=auth, transport=transport, httpx_args={"follow_redirects": True}
    )
    with pytest.raises(AuthenticationError, match="redirect") as caught:
        call(client, is_async)
    assert caught.value.status_code == status
    assert transport.elsewhere == []
    assert auth.token is None
    assert fake.requests_for("get_current_user") == []


@SIDES
def test_the_code_exchange_never_follows_a_redirect(fake: FakeBynder, is_async: bool) -> None:
    transport = RedirectingTokenEndpoint(fake)
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    client = bynder_ext.connect(
        PORTAL, auth=auth, transport=transport, httpx_args={"follow_redirects": True}
    )
    redirect = authorize(client, auth)

    def exchange() -> Token:
        if is_async:
            return asyncio.run(auth.aexchange_code(client, redirect))
        return auth.exchange_code(client, redirect)

    with pytest.raises(AuthenticationError, match="redirect"):
        exchange()
    assert transport.elsewhere == []
    assert auth.token is None


# -- a refresh whose answer was lost -------------------------------------------------------------


@SIDES
def test_a_lost_refresh_answer_fails_once_then_stops_asking(is_async: bool) -> None:
    """The portal rotated the refresh token, but its answer never arrived: the old refresh token
    is dead. One AuthenticationError says to log in again; later calls send no token request."""
    fake = FakeBynder(rotate_refresh_tokens=True)
    fake.seed(n_assets=1)
    client, auth = logged_in(fake, is_async)
    fake.expire_tokens()
    fake.faults.drop_connections(where="token", phase="response", count=1)
    with pytest.raises(TransportError):
        call(client, is_async)
    for _ in range(40):
        with pytest.raises(AuthenticationError, match="log in again"):
            call(client, is_async)
    assert fake.token_requests == {"authorization_code": 1, "refresh_token": 2}
    # the two calls whose 401 led to a refresh; nothing after that with a dead token
    assert statuses(fake, "get_current_user") == [401, 401]

    auth.exchange_code(client, authorize(client, auth))  # logging in again starts afresh
    assert call(client, is_async).username == "admin@fake-bynder.test"


# -- what the redirect and the authorization URL may carry ---------------------------------------


@pytest.mark.parametrize(
    "tamper",
    [
        lambda url: url.replace("http://127.0.0.1:8765", "https://elsewhere.example.com"),
        lambda url: url.replace("/callback?", "/other?"),
        lambda url: url.replace(":8765/", ":9999/"),
        lambda url: url.replace("http://", "https://"),
        lambda url: url[url.index("?") :],  # a query without the redirect URI
    ],
    ids=["host", "path", "port", "scheme", "query-only"],
)
def test_a_redirect_that_is_not_the_redirect_uri_is_refused(fake: FakeBynder, tamper: Any) -> None:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    client = connect(fake, auth)
    redirect = tamper(authorize(client, auth))
    with pytest.raises(ConfigurationError, match="redirect URI"):
        auth.exchange_code(client, redirect)
    assert fake.requests_for("oauth2_token") == []
    auth.exchange_code(client, authorize(client, auth))  # the real one still works
    assert fake.token_requests == {"authorization_code": 1}


@pytest.mark.parametrize("name", ["code", "state", "error"])
def test_a_redirect_with_a_repeated_parameter_is_refused(fake: FakeBynder, name: str) -> None:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    client = connect(fake, auth)
    redirect = authorize(client, auth)
    if name == "error":
        redirect += "&error=access_denied&error=server_error"
    else:
        value = parse_qs(urlsplit(redirect).query)[name][0]
        redirect += f"&{name}={value}"  # even the same value twice
    with pytest.raises(ConfigurationError, match=f"more than one '{name}'"):
        auth.exchange_code(client, redirect)
    assert fake.requests_for("oauth2_token") == []


def test_an_error_redirect_must_carry_the_state(fake: FakeBynder) -> None:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    client = connect(fake, auth)
    auth.authorization_url()
    with pytest.raises(StateMismatchError):
        auth.exchange_code(client, f"{REDIRECT_URI}?error=access_denied")
    with pytest.raises(AuthorizationDenied, match="access_denied"):
        auth.exchange_code(client, f"{REDIRECT_URI}?error=access_denied&state={auth.state}")


@pytest.mark.parametrize(
    "name",
    [
        "state",
        "code_challenge_method",
        "code_challenge",
        "redirect_uri",
        "client_id",
        "response_type",
        "scope",
    ],
)
def test_extra_params_cannot_override_the_flows_own(fake: FakeBynder, name: str) -> None:
    auth = AuthorizationCode(fake.client_id, fake.client_secret, REDIRECT_URI)
    connect(fake, auth)
    with pytest.raises(ConfigurationError, match=f"cannot set '{name}'"):
        auth.authorization_url(extra_params={name: "mine"})
    url = auth.authorization_url(extra_params={"prompt": "login"})
    assert parse_qs(urlsplit(url).query)["prompt"] == ["login"]
