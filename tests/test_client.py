"""connect(): domain normalisation, argument checks, the clients it builds, session_of."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import re
import ssl
import time
import weakref
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from bynder_client import AuthenticatedClient, Client
from bynder_client.api.assets import get_asset
from bynder_client.api.users import get_current_user

import bynder_ext
from bynder_ext import (
    ConfigurationError,
    PermanentToken,
    RequestBudget,
    RequestTimeout,
    RetryPolicy,
    connect,
)
from bynder_ext.client import (
    DEFAULT_DEADLINE,
    DEFAULT_TIMEOUT,
    AsyncBynderHTTPClient,
    BynderHTTPClient,
    normalize_domain,
    session_of,
)
from bynder_ext.client.core import proxies
from bynder_ext.deadline import DOWNLOAD_MIN_RATE, Deadline
from bynder_ext.testing import FakeBynder, FakeServer
from bynder_ext.transport import BudgetTransport, RetryTransport
from tests.portal import warm_up

TOKEN = "permanent-token-value"
PORTAL = "https://portal.fake-bynder.test"


class Recorder:
    """A transport handler that answers 200 and records every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"id": "x", "name": "n"})


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def make(
    recorder: Recorder, domain: str = "portal.example.com", **kwargs: Any
) -> bynder_ext.BynderClient:
    return connect(
        domain, auth=PermanentToken(TOKEN), transport=httpx.MockTransport(recorder), **kwargs
    )


@pytest.mark.parametrize(
    ("domain", "origin"),
    [
        ("portal.bynder.com", "https://portal.bynder.com"),
        ("https://portal.bynder.com", "https://portal.bynder.com"),
        ("https://portal.bynder.com/", "https://portal.bynder.com"),
        ("  Portal.Bynder.COM  ", "https://portal.bynder.com"),
        ("portal.bynder.com:443", "https://portal.bynder.com"),
        ("portal.bynder.com:8443", "https://portal.bynder.com:8443"),
        ("HTTPS://portal.bynder.com", "https://portal.bynder.com"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://127.9.9.9", "http://127.9.9.9"),
        ("http://localhost:8000/", "http://localhost:8000"),
        ("http://[::1]:9000", "http://[::1]:9000"),
        ("https://[2001:db8::1]", "https://[2001:db8::1]"),
    ],
)
def test_domain_normalisation(domain: str, origin: str, recorder: Recorder) -> None:
    assert normalize_domain(domain).origin == origin
    client = make(recorder, domain)
    session = session_of(client)
    assert session.origin == origin
    assert session.authorize_url == f"{origin}/v6/authentication/oauth2/auth"
    assert session.token_url == f"{origin}/v6/authentication/oauth2/token"
    get_asset.sync(client=client, id="a1")
    assert str(recorder.requests[0].url).startswith(f"{origin}/api/v4/media/a1/")


@pytest.mark.parametrize(
    ("domain", "fragment"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("http://portal.bynder.com", "refusing plain http"),
        ("http://10.0.0.5:8080", "refusing plain http"),
        ("http://127.0.0.1.example.com", "refusing plain http"),
        ("https://https://portal.bynder.com", "without a path"),
        ("portal.bynder.com/api/v4", "without a path"),
        ("portal.bynder.com?x=1", "without a path"),
        ("ftp://portal.bynder.com", "only https"),
        ("https://user:pw@portal.bynder.com", "credentials"),
        ("https://", "no host"),
        ("portal bynder.com", "whitespace"),
        ("portal.bynder.com:99999", "not a valid host"),
    ],
)
def test_bad_domains_are_refused_before_any_request(
    domain: str, fragment: str, recorder: Recorder
) -> None:
    with pytest.raises(ConfigurationError, match=fragment):
        make(recorder, domain)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"auth": "a-token-string"}, "auth must be"),
        ({"auth": httpx.BasicAuth("u", "p")}, "auth must be"),
        ({"auth": None}, "auth must be"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"timeout": None}, "timeout"),
        ({"timeout": "30"}, "timeout"),
        ({"timeout": httpx.Timeout(5.0, connect=-1.0)}, "timeout.connect"),
        ({"retry": 3}, "retry must be"),
        ({"budget": 4500}, "budget must be"),
        ({"user_agent": "bad\r\nX-Injected: 1"}, "user_agent"),
        ({"httpx_args": {"auth": ("u", "p")}}, "unsupported httpx_args"),
        ({"httpx_args": {"verify": False}}, "injected transport"),
        ({"event_hooks": {"response": "not-a-list"}}, "event_hooks"),
        ({"event_hooks": {"error": []}}, "event_hooks"),
        ({"token_url": "http://auth.example.com/token"}, "plain http"),
        ({"authorize_url": "/relative"}, "absolute"),
        ({"raise_errors": "yes"}, "raise_errors"),
        ({"logger": "bynder"}, "logger"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    kwargs: dict[str, Any], fragment: str, recorder: Recorder
) -> None:
    arguments: dict[str, Any] = {
        "auth": PermanentToken(TOKEN),
        "transport": httpx.MockTransport(recorder),
    }
    arguments.update(kwargs)
    with pytest.raises(ConfigurationError, match=fragment):
        connect("portal.example.com", **arguments)
    assert recorder.requests == []


@pytest.mark.parametrize(
    "make_bad",
    [
        lambda: RetryPolicy(max_retries=-1),
        lambda: RetryPolicy(backoff_base=-2),
        lambda: RequestBudget(0, 300),
        lambda: PermanentToken(""),
        lambda: bynder_ext.ClientCredentials("", "secret"),
        lambda: bynder_ext.ClientCredentials("id", "secret", scopes=[]),
        lambda: bynder_ext.ClientCredentials("id", "secret", leeway=-5),
        lambda: bynder_ext.AuthorizationCode("id", "secret", "not-a-url"),
    ],
)
def test_bad_values_of_connect_arguments_fail_when_built(make_bad: Any) -> None:
    with pytest.raises(ConfigurationError):
        make_bad()


def test_timeout_is_finite_by_default(recorder: Recorder) -> None:
    session = session_of(make(recorder))
    assert session.http.timeout == DEFAULT_TIMEOUT == httpx.Timeout(30.0, connect=10.0)
    assert session.external.timeout == DEFAULT_TIMEOUT
    assert session_of(make(recorder, timeout=5)).http.timeout == httpx.Timeout(5.0)


def test_user_agent(recorder: Recorder) -> None:
    expected = f"bynder-client/{bynder_ext.__version__} python-httpx/{httpx.__version__}"
    get_asset.sync(client=make(recorder), id="a")
    get_asset.sync(client=make(recorder, user_agent="acme-sync/2.1"), id="a")
    assert recorder.requests[0].headers["User-Agent"] == expected
    assert recorder.requests[1].headers["User-Agent"] == f"acme-sync/2.1 {expected}"


def test_version_matches_the_distribution() -> None:
    from importlib.metadata import version

    assert bynder_ext.__version__ == version("bynder-client")


def test_endpoint_urls_can_be_overridden(recorder: Recorder) -> None:
    session = session_of(
        make(
            recorder,
            authorize_url="https://login.example.com/auth",
            token_url="https://login.example.com/token",
        )
    )
    assert session.authorize_url == "https://login.example.com/auth"
    assert session.token_url == "https://login.example.com/token"


def test_connect_returns_the_generated_client(recorder: Recorder) -> None:
    client = make(recorder)
    assert isinstance(client, AuthenticatedClient)
    assert client.get_httpx_client() is session_of(client).http
    assert isinstance(client.get_httpx_client(), BynderHTTPClient)


def test_session_of_rejects_clients_connect_did_not_build() -> None:
    with pytest.raises(TypeError, match=r"bynder_ext\.connect"):
        session_of(Client(base_url="https://portal.example.com"))
    with pytest.raises(TypeError):
        session_of(httpx.Client())
    with pytest.raises(TypeError):
        session_of(object())


def test_session_of_accepts_the_httpx_clients(recorder: Recorder) -> None:
    session = session_of(make(recorder))
    assert session_of(session.http) is session
    assert session_of(session.async_http) is session
    assert session_of(session.external) is session


def test_async_side_is_built_once_and_shares_auth_retry_and_budget(recorder: Recorder) -> None:
    client = make(recorder)
    session = session_of(client)
    async_http = client.get_async_httpx_client()
    assert async_http is session.async_http is client.get_async_httpx_client()
    assert isinstance(async_http, AsyncBynderHTTPClient)
    assert async_http.auth is session.http.auth is session.auth
    sync_stack = session.http._transport
    async_stack = async_http._transport
    assert isinstance(sync_stack, RetryTransport)
    assert isinstance(sync_stack.inner, BudgetTransport)
    assert sync_stack.policy is session.retry
    assert async_stack.policy is session.retry  # type: ignore[attr-defined]
    assert async_stack.inner.budget is sync_stack.inner.budget is session.budget  # type: ignore[attr-defined]


def test_default_budget_is_bynders_published_limit(recorder: Recorder) -> None:
    budget = session_of(make(recorder)).budget
    assert budget is not None
    assert (budget.requests, budget.window) == (4500, 300.0)
    assert session_of(make(recorder, budget=None)).budget is None


def test_with_helpers_keep_the_session(recorder: Recorder) -> None:
    client = make(recorder)
    tagged = client.with_headers({"X-Trace": "t1"}).with_timeout(httpx.Timeout(3.0))
    assert session_of(tagged) is session_of(client)
    get_asset.sync(client=tagged, id="a")
    sent = recorder.requests[-1]
    assert sent.headers["X-Trace"] == "t1"
    assert sent.headers["Authorization"] == f"Bearer {TOKEN}"
    assert session_of(client).http.timeout == httpx.Timeout(3.0)
    session_of(client).external.get("https://bucket.s3.amazonaws.com/k")
    assert "X-Trace" not in recorder.requests[-1].headers


async def test_with_headers_reaches_an_async_client_built_later(recorder: Recorder) -> None:
    client = make(recorder).with_headers({"X-Trace": "t2"})
    await get_asset.asyncio(client=client, id="a")
    assert recorder.requests[-1].headers["X-Trace"] == "t2"


def test_context_manager_closes_the_clients(recorder: Recorder) -> None:
    client = make(recorder)
    session = session_of(client)
    external = session.external
    with client:
        get_asset.sync(client=client, id="a")
    assert session.http.is_closed
    assert external.is_closed


async def test_async_context_manager_closes_the_async_clients(recorder: Recorder) -> None:
    client = make(recorder)
    async with client:
        await get_asset.asyncio(client=client, id="a")
        used = session_of(client).async_http
    assert used.is_closed


def test_a_read_response_is_timed_and_freed_without_the_cyclic_collector(
    recorder: Recorder,
) -> None:
    client = make(recorder)
    gc.disable()
    try:
        response = client.get_httpx_client().get("/api/v4/brands/")
        assert response.elapsed.total_seconds() > 0
        assert response.json() == {"id": "x", "name": "n"}
        gone = weakref.ref(response)
        del response
        assert gone() is None  # no cycle: the body goes with the last reference

        async def send() -> weakref.ref[httpx.Response]:
            response = await client.get_async_httpx_client().get("/api/v4/brands/")
            assert response.elapsed.total_seconds() > 0
            return weakref.ref(response)

        assert asyncio.run(send())() is None
    finally:
        gc.enable()


def test_one_debug_line_per_request(recorder: Recorder, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bynder_ext")
    client = make(recorder)
    get_asset.sync(client=client, id="a1")
    session_of(client).external.get("https://bucket.s3.amazonaws.com/key?X-Amz-Signature=abc")
    lines = [r.getMessage() for r in caplog.records if r.name == "bynder_ext"]
    assert len(lines) == 2
    assert lines[0].startswith("GET /api/v4/media/a1/ -> 200 in ")
    assert lines[0].endswith(" ms (retries=0)")
    assert lines[1].startswith("GET https://bucket.s3.amazonaws.com/key -> 200 in ")


def test_logger_can_be_chosen(recorder: Recorder, caplog: pytest.LogCaptureFixture) -> None:
    mine = logging.getLogger("acme.bynder")
    caplog.set_level(logging.DEBUG, logger="acme.bynder")
    get_asset.sync(client=make(recorder, logger=mine), id="a")
    assert [r.name for r in caplog.records if "->" in r.getMessage()] == ["acme.bynder"]


def test_event_hooks_see_requests(recorder: Recorder) -> None:
    seen: list[str] = []
    client = make(recorder, event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    get_asset.sync(client=client, id="a")
    assert seen == ["/api/v4/media/a/"]


def test_network_arguments_reach_httpx_and_every_transport_is_wrapped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    monkeypatch.setenv("NO_PROXY", "internal.example.com")
    client = connect(
        "portal.example.com",
        auth=PermanentToken(TOKEN),
        httpx_args={"verify": False, "limits": httpx.Limits(max_connections=7)},
    )
    http = session_of(client).http
    assert isinstance(http._transport, RetryTransport)
    mounts = {pattern.pattern: t for pattern, t in http._mounts.items()}
    assert set(mounts) == {"all://*internal.example.com", "https://"}
    assert mounts["all://*internal.example.com"] is None  # NO_PROXY: straight to the network
    assert isinstance(mounts["https://"], RetryTransport)
    for wrapped in (http._transport, mounts["https://"]):
        pool = network_of(wrapped)._pool
        assert pool._max_connections == 7
        assert pool._ssl_context.verify_mode == ssl.CERT_NONE
    assert network_of(mounts["https://"])._pool._proxy_url.port == 3128


def test_explicit_proxy_is_wrapped_too() -> None:
    client = connect(
        "portal.example.com",
        auth=PermanentToken(TOKEN),
        httpx_args={"proxy": "http://127.0.0.1:3128"},
    )
    mounted = list(session_of(client).http._mounts.values())
    assert mounted
    assert all(isinstance(t, RetryTransport) for t in mounted)
    proxy_url = network_of(mounted[0])._pool._proxy_url
    assert (proxy_url.host, proxy_url.port) == (b"127.0.0.1", 3128)


def network_of(transport: Any) -> Any:
    """The httpx transport under bynder_ext's retry and budget layers."""
    while not isinstance(transport, httpx.HTTPTransport):
        transport = transport.inner
    return transport


def test_one_auth_object_serves_one_portal(recorder: Recorder) -> None:
    auth = PermanentToken(TOKEN)
    connect("a.example.com", auth=auth, transport=httpx.MockTransport(recorder))
    connect("a.example.com", auth=auth, transport=httpx.MockTransport(recorder))
    with pytest.raises(ConfigurationError, match="already used"):
        connect("b.example.com", auth=auth, transport=httpx.MockTransport(recorder))
    assert recorder.requests == []


def test_headers_cookies_and_params_go_to_the_portal_only(recorder: Recorder) -> None:
    client = make(
        recorder,
        httpx_args={"headers": {"X-App": "a"}, "cookies": {"c": "1"}, "params": {"p": "2"}},
    )
    session = session_of(client)
    session.http.get("/api/v4/media/")
    session.external.get("https://bucket.s3.amazonaws.com/key")
    portal, external = recorder.requests
    assert portal.headers["X-App"] == "a"
    assert portal.headers["Cookie"] == "c=1"
    assert portal.url.params["p"] == "2"
    assert "X-App" not in external.headers
    assert "Cookie" not in external.headers
    assert "p" not in external.url.params


# -- the overall deadline --------------------------------------------------------------------------


def test_every_call_has_a_finite_deadline_by_default(recorder: Recorder) -> None:
    assert session_of(make(recorder)).deadline == DEFAULT_DEADLINE == 300.0
    assert session_of(make(recorder, deadline=2)).deadline == 2.0
    for bad in (0, -1, float("inf"), float("nan"), "10", True, None):
        with pytest.raises(ConfigurationError, match="deadline"):
            make(recorder, deadline=bad)
    assert recorder.requests == []


@contextlib.asynccontextmanager
async def deadline_client(
    fake: FakeBynder, front_end: str, **kwargs: Any
) -> AsyncIterator[bynder_ext.BynderClient]:
    """A client of the fake with a short deadline, in-process or over a socket. The fake is
    warmed up first (its first request loads the spec), so that only the faults take time."""
    warm_up(fake)
    arguments: dict[str, Any] = {"deadline": 0.5, "timeout": 5.0, **kwargs}
    auth = PermanentToken(fake.permanent_token)
    server = fake.serve() if front_end == "socket" else None
    if server is not None:
        client = connect(server.base_url, auth=auth, **arguments)
    else:
        client = connect(PORTAL, auth=auth, transport=fake.transport(), **arguments)
    try:
        yield client
    finally:
        session_of(client).close()
        await session_of(client).aclose()
        if server is not None:
            server.stop()


FRONT_ENDS = pytest.mark.parametrize("front_end", ["transport", "socket"])
SIDES = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


async def current_user(client: bynder_ext.BynderClient, is_async: bool) -> Any:
    if is_async:
        return await get_current_user.asyncio(client=client)
    return get_current_user.sync(client=client)


@FRONT_ENDS
@SIDES
async def test_a_trickling_answer_ends_at_the_deadline(
    fake_bynder_core: FakeBynder, front_end: str, is_async: bool
) -> None:
    """Each byte comes well within the read timeout (5 s), yet the call ends at its deadline."""
    async with deadline_client(fake_bynder_core, front_end) as client:
        fake_bynder_core.faults.trickle(bytes_per_second=20, where="get_current_user")
        started = time.monotonic()
        with pytest.raises(RequestTimeout, match=r"deadline of 0\.5 s"):
            await current_user(client, is_async)
        elapsed = time.monotonic() - started
    assert 0.5 <= elapsed < 3
    assert len(fake_bynder_core.requests_for("get_current_user")) == 1  # no retry past it


@pytest.mark.parametrize(
    ("front_end", "is_async"),
    # The in-process sync transport sleeps in the caller's thread: nothing can interrupt that.
    [("socket", False), ("socket", True), ("transport", True)],
)
async def test_a_server_that_does_not_answer_ends_at_the_deadline(
    fake_bynder_core: FakeBynder, front_end: str, is_async: bool
) -> None:
    async with deadline_client(fake_bynder_core, front_end) as client:
        fake_bynder_core.faults.latency(api=4)
        started = time.monotonic()
        with pytest.raises(RequestTimeout, match="deadline"):
            await current_user(client, is_async)
        assert time.monotonic() - started < 3


@SIDES
async def test_retries_do_not_wait_past_the_deadline(
    fake_bynder_core: FakeBynder, is_async: bool
) -> None:
    sleeps: list[float] = []

    async def asleep(seconds: float) -> None:
        sleeps.append(seconds)

    policy = RetryPolicy(backoff_base=10, sleep=sleeps.append, async_sleep=asleep)
    async with deadline_client(fake_bynder_core, "transport", retry=policy) as client:
        fake_bynder_core.faults.server_errors(1.0, status=503, only="get_current_user")
        with pytest.raises(bynder_ext.ServerError):
            await current_user(client, is_async)
    assert sleeps == []  # a 10 s backoff does not fit in 0.5 s: the 503 stands
    assert len(fake_bynder_core.requests_for("get_current_user")) == 1


@SIDES
async def test_waiting_for_the_request_budget_does_not_count(
    fake_bynder_core: FakeBynder, is_async: bool
) -> None:
    budget = RequestBudget(1, 0.6, margin=0)
    async with deadline_client(
        fake_bynder_core, "transport", budget=budget, deadline=0.4
    ) as client:
        await current_user(client, is_async)
        started = time.monotonic()
        await current_user(client, is_async)  # waits ~0.6 s for its slot, then runs in time
        assert time.monotonic() - started >= 0.5


def test_a_large_body_gets_more_time() -> None:
    deadline = Deadline(2.0)
    deadline.allow_size(DOWNLOAD_MIN_RATE * 3)
    assert deadline.seconds == pytest.approx(5.0)
    deadline.allow_size(DOWNLOAD_MIN_RATE)  # a reconnection for the rest adds nothing
    deadline.extend(10.0)  # time that does not count moves the end, not the allowance
    assert deadline.seconds == pytest.approx(5.0)
    assert 14.0 < deadline.left() <= 15.0


# -- async clients and event loops -----------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_async_side_works_in_one_event_loop_after_another(fake_bynder: FakeServer) -> None:
    """Each `asyncio.run` has its own event loop; connections of a finished loop cannot serve
    the next one, so each loop gets its own async clients (same auth, budget and retries). A loop
    that ends without closing them leaves its connections to the garbage collector (the warnings
    ignored here); `async with client:` in each loop closes them."""
    from bynder_ext.raw import araw_request

    client = connect(fake_bynder.base_url, auth=PermanentToken(fake_bynder.token))
    first = asyncio.run(get_current_user.asyncio(client=client))
    second = asyncio.run(get_current_user.asyncio(client=client))
    third = asyncio.run(araw_request(client, "GET", "/api/v4/currentUser/"))
    assert first is not None
    assert second is not None
    assert first.id == second.id == third.body["id"]
    del client
    gc.collect()  # the abandoned connections are finalised here, not in another test


def test_async_with_in_one_event_loop_after_another(fake_bynder: FakeServer) -> None:
    client = connect(fake_bynder.base_url, auth=PermanentToken(fake_bynder.token))

    async def closing() -> str:
        async with client:
            user = await get_current_user.asyncio(client=client)
        assert user is not None
        return str(user.id)

    assert asyncio.run(closing()) == asyncio.run(closing())


# -- header values and ids that could never be sent --------------------------------------------------

BAD_HEADER_VALUES = [
    "value\r\nX-Injected: 1",
    "line\nbreak",
    "nul\x00byte",
    "caf\u00e9",
    "snow\u2603man",
]


@pytest.mark.parametrize("value", BAD_HEADER_VALUES)
def test_bad_header_values_are_refused_before_anything_is_sent(
    recorder: Recorder, value: str
) -> None:
    from bynder_ext.raw import raw_request

    with pytest.raises(ConfigurationError, match="header"):
        make(recorder, httpx_args={"headers": {"X-Custom": value}})
    with pytest.raises(ConfigurationError, match="user_agent"):
        make(recorder, user_agent=f"my-app {value}")
    client = make(recorder)
    with pytest.raises(ConfigurationError, match="header"):
        client.with_headers({"X-Custom": value})
    with pytest.raises(ConfigurationError, match="header"):
        raw_request(client, "GET", "/api/v4/media/", headers={"X-Custom": value})
    with pytest.raises(ConfigurationError, match="header"):
        session_of(client).http.get("/api/v4/media/", headers={"X-Custom": value})
    assert recorder.requests == []


@pytest.mark.parametrize("name", ["Bad Name", "X-Colon:", "", "Caf\u00e9"])
def test_bad_header_names_are_refused_before_anything_is_sent(
    recorder: Recorder, name: str
) -> None:
    with pytest.raises(ConfigurationError, match="header"):
        make(recorder, httpx_args={"headers": {name: "v"}})
    client = make(recorder)
    with pytest.raises(ConfigurationError, match="header"):
        session_of(client).http.get("/api/v4/media/", headers={name: "v"})
    assert recorder.requests == []


@SIDES
async def test_an_id_too_long_for_a_url_is_refused_before_anything_is_sent(
    recorder: Recorder, is_async: bool
) -> None:
    client = make(recorder)

    async def fetch() -> Any:
        if is_async:
            return await get_asset.asyncio(client=client, id="a" * 100_000)
        return get_asset.sync(client=client, id="a" * 100_000)

    with pytest.raises(ConfigurationError, match="too long"):
        await fetch()
    assert recorder.requests == []


def test_only_public_httpx_api_is_used() -> None:
    """No import from httpx's private modules and no private attribute of an httpx object, so
    that a new httpx release within the supported range keeps working."""
    private = re.compile(
        r"\bhttpx\._(?!_)|\._(transport|mounts|is_stream_consumed)\b|getattr\(.*[\"']_[a-z]"
    )
    package = Path(bynder_ext.__file__).parent
    found = [
        f"{path.relative_to(package)}:{number}: {line.strip()}"
        for path in sorted(package.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if private.search(line)
    ]
    assert found == []


def test_proxy_environment_variables_map_to_mounts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The proxies of the environment, as httpx reads them: a scheme's proxy (``http://`` added
    when missing) and a no-proxy mount per NO_PROXY entry; ``NO_PROXY=*`` turns proxies off."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("HTTP_PROXY", "proxy.internal:8080")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1, ::1,localhost,.example.com,https://direct.test")
    mounts = proxies(None, trust_env=True)
    assert {pattern: proxy and str(proxy.url) for pattern, proxy in mounts.items()} == {
        "http://": "http://proxy.internal:8080",
        "all://127.0.0.1": None,
        "all://[::1]": None,
        "all://localhost": None,
        "all://*.example.com": None,
        "https://direct.test": None,
    }
    assert proxies(None, trust_env=False) == {}
    monkeypatch.setenv("NO_PROXY", "*")
    assert proxies(None, trust_env=True) == {}
    explicit = proxies("http://127.0.0.1:3128", trust_env=True)
    assert list(explicit) == ["all://"]
