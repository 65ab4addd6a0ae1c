"""Raw Request: every option of the connector's action, against the fake Bynder, sync and async."""

from __future__ import annotations

import asyncio
import io
import json
import math
import time
from collections.abc import Callable, Iterator
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import httpx
import pytest

import bynder_ext
from bynder_ext import (
    ConfigurationError,
    NotFound,
    PermanentToken,
    PermissionDenied,
    RateLimited,
    RequestTimeout,
    RetryPolicy,
    ServerError,
    TransportError,
    UnexpectedResponse,
    connect,
)
from bynder_ext.raw import RawResponse, araw_request, raw_request
from bynder_ext.testing import FakeBynder
from bynder_ext.testing.areas.assets import item_key
from bynder_ext.testing.blobs import blob_from_bytes
from bynder_ext.testing.server import FakeServer
from bynder_ext.transport.core import PREREAD_LIMIT
from tests.portal import warm_up

PORTAL = "https://portal.fake-bynder.test"
SIDES = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
REDIRECT_URI = "http://127.0.0.1:8765/callback"


@pytest.fixture
def fake() -> Iterator[FakeBynder]:
    fake = FakeBynder(validate_responses=True)
    fake.seed(n_assets=4)
    fake.reset_records()
    yield fake
    assert not fake.errors + fake.contract_violations


def client_for(
    fake: FakeBynder, transport: httpx.BaseTransport | None = None, **kwargs: Any
) -> bynder_ext.BynderClient:
    kwargs.setdefault("retry", None)
    return connect(
        PORTAL,
        auth=PermanentToken(fake.permanent_token),
        transport=transport or fake.transport(),
        **kwargs,
    )


@pytest.fixture
def client(fake: FakeBynder) -> bynder_ext.BynderClient:
    return client_for(fake)


def send(
    client: bynder_ext.BynderClient, is_async: bool, method: str, url: str, **kwargs: Any
) -> RawResponse:
    """raw_request, or araw_request in a fresh event loop (an injected sleep is awaited)."""
    if not is_async:
        return raw_request(client, method, url, **kwargs)
    sleep: Callable[[float], None] | None = kwargs.pop("sleep", None)
    if sleep is not None:
        recorded = sleep

        async def asleep(seconds: float) -> None:
            recorded(seconds)

        kwargs["sleep"] = asleep
    return asyncio.run(araw_request(client, method, url, **kwargs))


def header(fake: FakeBynder, index: int, name: str) -> str | None:
    headers = {k.lower(): v for k, v in fake.requests[index].headers.items()}
    return headers.get(name.lower())


def download_url(client: bynder_ext.BynderClient, fake: FakeBynder) -> str:
    asset = next(iter(fake.assets.values()))
    reply = raw_request(client, "GET", f"/api/v4/media/{asset.id}/download/{asset.items[0].id}/")
    url: str = reply.body["s3_file"]
    fake.reset_records()
    return url


def stored_bytes(fake: FakeBynder, url: str) -> bytes:
    with httpx.Client(transport=fake.transport()) as plain:
        return plain.get(url).content


# -- where a request goes ---------------------------------------------------------------------


@SIDES
@pytest.mark.parametrize("url", ["/api/v4/media/", "api/v4/media/", f"{PORTAL}/api/v4/media/"])
def test_portal_urls_carry_the_token(
    fake: FakeBynder, client: bynder_ext.BynderClient, url: str, is_async: bool
) -> None:
    reply = send(client, is_async, "GET", url)
    assert reply.status_code == 200
    assert sorted(a["id"] for a in reply.body) == sorted(fake.assets)
    assert reply.url == f"{PORTAL}/api/v4/media/"
    assert reply.retries == 0
    assert header(fake, -1, "Authorization") == f"Bearer {fake.permanent_token}"


@pytest.fixture
def second() -> Iterator[FakeServer]:
    other = FakeBynder()
    server = other.serve()
    try:
        yield server
    finally:
        server.stop()


def test_another_origin_gets_no_token(fake_bynder: FakeServer, second: FakeServer) -> None:
    client = connect(fake_bynder.base_url, auth=PermanentToken(fake_bynder.token), retry=None)
    own = raw_request(client, "GET", f"{fake_bynder.base_url}/api/v4/media/")
    assert own.status_code == 200
    assert header(fake_bynder.fake, -1, "authorization") == f"Bearer {fake_bynder.token}"

    other = raw_request(client, "GET", f"{second.base_url}/api/v4/media/", raise_errors=False)
    assert other.status_code == 401  # the second portal saw no token at all
    assert header(second.fake, -1, "authorization") is None
    client.__exit__()


async def test_another_origin_gets_no_token_async(
    fake_bynder: FakeServer, second: FakeServer
) -> None:
    client = connect(fake_bynder.base_url, auth=PermanentToken(fake_bynder.token), retry=None)
    async with client:
        own = await araw_request(client, "GET", "/api/v4/media/")
        other = await araw_request(
            client, "GET", f"{second.base_url}/api/v4/media/", raise_errors=False
        )
    assert own.status_code == 200
    assert other.status_code == 401
    assert header(second.fake, -1, "authorization") is None


# -- query, headers and bodies ---------------------------------------------------------------


@SIDES
@pytest.mark.parametrize(
    "params",
    [{"limit": 3, "total": True}, [("limit", 3), ("total", True)]],
    ids=["dict", "pairs"],
)
@pytest.mark.parametrize(
    "headers", [{"X-Request-Id": "abc-123"}, [("X-Request-Id", "abc-123")]], ids=["dict", "pairs"]
)
def test_query_parameters_and_headers(
    fake: FakeBynder,
    client: bynder_ext.BynderClient,
    params: Any,
    headers: Any,
    is_async: bool,
) -> None:
    reply = send(client, is_async, "GET", "/api/v4/media/", params=params, headers=headers)
    assert reply.body["total"]["count"] == 4
    assert len(reply.body["media"]) == 3
    assert fake.requests[-1].query == [("limit", "3"), ("total", "true")]
    assert header(fake, -1, "X-Request-Id") == "abc-123"


def test_query_parameters_merge_with_the_urls_own(
    fake: FakeBynder, client: bynder_ext.BynderClient
) -> None:
    raw_request(client, "GET", "/api/v4/media/?limit=2", params={"total": 1, "ids": ["a", "b"]})
    assert fake.requests[-1].query == [("limit", "2"), ("total", "1"), ("ids", "a"), ("ids", "b")]


@SIDES
def test_a_json_body(fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool) -> None:
    body = {"name": "Spring launch", "key": "SPRL", "description": "From a raw request"}
    reply = send(client, is_async, "POST", "/api/workflow/campaigns/", data=body)
    assert reply.status_code == 201
    assert reply.body["id"] in fake.campaigns
    assert fake.requests[-1].body == body
    assert header(fake, -1, "Content-Type") == "application/json"


@SIDES
@pytest.mark.parametrize("kind", [str, bytes])
def test_a_string_body_is_sent_as_is(
    fake: FakeBynder, client: bynder_ext.BynderClient, kind: type, is_async: bool
) -> None:
    text = "name=Summer+shoot&description=Beach+day"
    data = text if kind is str else text.encode()
    reply = send(
        client,
        is_async,
        "POST",
        "/api/v4/collections/",
        data=data,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert reply.status_code == 201
    assert fake.requests[-1].body == {"name": "Summer shoot", "description": "Beach day"}
    assert [c.name for c in fake.collections.values()].count("Summer shoot") == 1


class Capture(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Forwards to the fake after keeping each request's headers and body bytes."""

    def __init__(self, fake: FakeBynder) -> None:
        self.inner = fake.transport()
        self.requests: list[tuple[httpx.Headers, bytes]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((request.headers, request.read()))
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((request.headers, await request.aread()))
        return await self.inner.handle_async_request(request)


def parts(headers: httpx.Headers, body: bytes) -> list[tuple[str, str | None, str | None, bytes]]:
    """(name, filename, content type, bytes) of each part of a multipart/form-data body."""
    head = f"Content-Type: {headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    assert message.is_multipart()
    return [
        (
            part.get_param("name", header="content-disposition"),
            part.get_filename(),
            part["content-type"],
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
    ]


@SIDES
@pytest.mark.parametrize("source", ["bytes", "path", "file"])
def test_a_multipart_form_with_a_file_to_s3(
    fake: FakeBynder, is_async: bool, source: str, tmp_path: Path
) -> None:
    capture = Capture(fake)
    client = client_for(fake, capture)
    init = raw_request(
        client,
        "POST",
        "/api/upload/init/",
        data="filename=cover.png",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    fields = dict(init.body["multipart_params"])
    fields["key"] = f"{fields['key']}/p1"
    content = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    file: Any = content
    if source == "path":
        file = tmp_path / "cover.png"
        file.write_bytes(content)
    elif source == "file":
        file = io.BytesIO(content)
    fake.reset_records()
    capture.requests.clear()

    reply = send(
        client,
        is_async,
        "POST",
        fake.s3_url,
        form_data=fields,
        file_data={"file": file},
        file_data_file_names={"file": "cover.png"},
        response_type="text",
    )

    assert reply.status_code == 201
    assert "<PostResponse>" in reply.body
    # What the fake's S3 received: every field, then the file, and no bearer token.
    received = fake.requests[-1]
    assert received.target == "s3"
    assert {k.lower(): v for k, v in received.body.items() if k != "file"} == {
        k.lower(): v for k, v in fields.items()
    }
    assert header(fake, -1, "Authorization") is None
    assert fake.s3_objects[fields["key"]].read_all() == content
    sent = parts(*capture.requests[-1])
    assert [p[0] for p in sent] == [*fields, "file"]
    assert all(filename is None for _, filename, _, _ in sent[:-1])
    assert sent[-1][1:] == ("cover.png", "image/png", content)


def test_form_values_are_encoded_as_multipart_fields() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(204)

    client = connect(PORTAL, auth=PermanentToken("t" * 20), transport=httpx.MockTransport(handler))
    reply = raw_request(
        client,
        "POST",
        "/api/v4/anything/",
        form_data={"name": "Cover", "count": 3, "ratio": 1.5, "public": True, "tag": ["a", "b"]},
    )
    assert reply.status_code == 204
    assert reply.body is None
    sent = parts(seen[0].headers, seen[0].content)
    assert [(name, value) for name, _, _, value in sent] == [
        ("name", b"Cover"),
        ("count", b"3"),
        ("ratio", b"1.5"),
        ("public", b"true"),
        ("tag", b"a"),
        ("tag", b"b"),
    ]
    assert all(filename is None and ctype is None for _, filename, ctype, _ in sent)


def test_a_json_list_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True})

    client = connect(PORTAL, auth=PermanentToken("t" * 20), transport=httpx.MockTransport(handler))
    assert raw_request(client, "PUT", "/api/x/", data=["a", "b"]).body == {"ok": True}
    assert json.loads(seen[0].content) == ["a", "b"]
    assert seen[0].headers["Content-Type"] == "application/json"


# -- response types and output ---------------------------------------------------------------


@SIDES
def test_response_types(fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool) -> None:
    as_json = send(client, is_async, "GET", "/api/v4/media/")
    as_text = send(client, is_async, "GET", "/api/v4/media/", response_type="text")
    as_bytes = send(client, is_async, "GET", "/api/v4/media/", response_type="binary")
    assert isinstance(as_json.body, list)
    assert isinstance(as_text.body, str)
    assert json.loads(as_text.body) == as_json.body
    assert as_bytes.body == as_text.body.encode()

    url = download_url(client, fake)
    image = send(client, is_async, "GET", url, response_type="binary")
    assert image.body == stored_bytes(fake, url)
    with pytest.raises(UnexpectedResponse, match="not JSON"):
        send(client, is_async, "GET", url)  # json is the default

    collection = next(iter(fake.collections))
    deleted = send(client, is_async, "DELETE", f"/api/v4/collections/{collection}/")
    assert deleted.status_code == 204
    assert deleted.body is None


@SIDES
def test_output_streams_a_binary_answer_to_a_path(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool, tmp_path: Path
) -> None:
    url = download_url(client, fake)
    target = tmp_path / "original.jpg"
    reply = send(client, is_async, "GET", url, response_type="binary", output=target)
    assert reply.body is None
    assert target.read_bytes() == stored_bytes(fake, url)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["original.jpg"]


@SIDES
def test_output_streams_to_a_binary_file(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    url = download_url(client, fake)
    sink = io.BytesIO(b"header:")
    sink.seek(0, io.SEEK_END)
    reply = send(client, is_async, "GET", url, response_type="binary", output=sink)
    assert reply.body is None
    assert sink.getvalue() == b"header:" + stored_bytes(fake, url)


def test_an_error_answer_is_not_written_to_output(
    client: bynder_ext.BynderClient, tmp_path: Path
) -> None:
    target = tmp_path / "missing.bin"
    reply = raw_request(
        client,
        "GET",
        "/api/v4/media/nope/",
        response_type="binary",
        output=target,
        raise_errors=False,
    )
    assert reply.status_code == 404
    assert json.loads(reply.body)["message"]
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


class WriteOnly:
    """A writable binary stream that cannot seek."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes) -> int:
        self.data += data
        return len(data)


@SIDES
def test_a_body_cut_halfway_is_fetched_again_into_the_output(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool, tmp_path: Path
) -> None:
    # An original larger than what the retry transport reads ahead, so that it streams and some
    # of it is written before the connection drops halfway.
    asset = next(iter(fake.assets.values()))
    expected = bytes(range(256)) * 5000
    assert len(expected) > PREREAD_LIMIT
    fake.s3_objects[item_key(asset, asset.items[0])] = blob_from_bytes(expected)
    url = download_url(client, fake)
    target = tmp_path / "a.jpg"
    sink = io.BytesIO()
    for output in (target, sink):
        fake.faults.drop_connections(count=1, where="download", phase="response")
        reply = send(
            client, is_async, "GET", url, response_type="binary", output=output, max_retry_count=1
        )
        assert reply.retries == 1
    assert target.read_bytes() == expected
    assert sink.getvalue() == expected
    assert len(fake.requests) == 4

    # Without a retry, or into a stream that cannot be rewound, the failure surfaces.
    fake.faults.drop_connections(count=2, where="download", phase="response")
    with pytest.raises(TransportError):
        send(client, is_async, "GET", url, response_type="binary", output=tmp_path / "b.jpg")
    stream = WriteOnly()
    with pytest.raises(TransportError):
        send(client, is_async, "GET", url, response_type="binary", output=stream, max_retry_count=3)
    assert 0 < len(stream.data) < len(expected)
    assert len(fake.requests) == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jpg"]


@SIDES
def test_a_large_body_cut_halfway_is_fetched_again(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    # Too large for the retry transport to read ahead: the cut comes while the body is read here,
    # and the same policy decides the wait before it is fetched again.
    asset = next(iter(fake.assets.values()))
    expected = bytes(range(256)) * 5000
    assert len(expected) > PREREAD_LIMIT
    fake.s3_objects[item_key(asset, asset.items[0])] = blob_from_bytes(expected)
    url = download_url(client, fake)
    fake.faults.drop_connections(count=1, where="download", phase="response")
    slept: list[float] = []
    options: dict[str, Any] = {"max_retry_count": 1, "retry_delay_ms": 20, "sleep": slept.append}
    reply = send(client, is_async, "GET", url, response_type="binary", **options)
    assert reply.body == expected
    assert reply.retries == 1
    assert slept == [0.02]
    assert len(fake.requests) == 2


# -- retries ----------------------------------------------------------------------------------


@SIDES
def test_no_retry_by_default(fake: FakeBynder, is_async: bool) -> None:
    # Even a client whose transport retries: raw requests count their own retries.
    client = client_for(fake, retry=RetryPolicy(max_retries=3, sleep=lambda s: None))
    fake.faults.server_errors(count=1, only="list_assets")
    with pytest.raises(ServerError):
        send(client, is_async, "GET", "/api/v4/media/")
    assert len(fake.requests_for("list_assets")) == 1


@SIDES
def test_5xx_is_retried_with_the_delay(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    slept: list[float] = []
    fake.faults.server_errors(count=2, status=502, only="list_assets")
    reply = send(
        client,
        is_async,
        "GET",
        "/api/v4/media/",
        max_retry_count=3,
        retry_delay_ms=250,
        sleep=slept.append,
    )
    assert reply.status_code == 200
    assert reply.retries == 2
    assert slept == [0.25, 0.25]
    assert [r.status for r in fake.requests_for("list_assets")] == [502, 502, 200]


@SIDES
def test_retries_run_out(fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool) -> None:
    slept: list[float] = []
    fake.faults.server_errors(rate=1.0, only="list_assets")
    with pytest.raises(ServerError):
        send(client, is_async, "GET", "/api/v4/media/", max_retry_count=2, sleep=slept.append)
    assert len(fake.requests_for("list_assets")) == 3
    assert slept == []  # a delay of 0 ms does not sleep


@SIDES
def test_exponential_backoff_ignores_the_delay(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    slept: list[float] = []
    fake.faults.server_errors(count=4, only="list_assets")
    reply = send(
        client,
        is_async,
        "GET",
        "/api/v4/media/",
        max_retry_count=4,
        retry_delay_ms=250,
        use_exponential_backoff=True,
        sleep=slept.append,
    )
    assert reply.status_code == 200
    assert slept == [1.0, 2.0, 4.0, 8.0]


@SIDES
def test_4xx_and_429_are_retried_only_on_all_errors(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    fake.faults.rate_limits(count=1, retry_after=None, only="list_assets")
    with pytest.raises(RateLimited):
        send(client, is_async, "GET", "/api/v4/media/", max_retry_count=3)
    with pytest.raises(NotFound):
        send(client, is_async, "GET", "/api/v4/nothing/", max_retry_count=3)
    assert len(fake.requests) == 2

    fake.reset_records()
    slept: list[float] = []
    fake.faults.rate_limits(count=1, retry_after=None, only="list_assets")
    options: dict[str, Any] = {
        "max_retry_count": 3,
        "retry_on_all_errors": True,
        "retry_delay_ms": 10,
        "sleep": slept.append,
    }
    assert send(client, is_async, "GET", "/api/v4/media/", **options).retries == 1
    with pytest.raises(NotFound):
        send(client, is_async, "GET", "/api/v4/nothing/", **options)
    assert [r.status for r in fake.requests] == [429, 200, 404, 404, 404, 404]
    assert slept == [0.01] * 4


@SIDES
def test_3xx_is_retried_only_on_all_errors(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    params = {
        "client_id": fake.client_id,
        "redirect_uri": REDIRECT_URI,
        "response_type": "code",
        "scope": "offline asset:read",
        "state": "s" * 16,
    }
    url = "/v6/authentication/oauth2/auth"
    reply = send(client, is_async, "GET", url, params=params, max_retry_count=2)
    assert reply.status_code == 302
    assert reply.headers["Location"].startswith(REDIRECT_URI)
    assert len(fake.requests) == 1
    reply = send(
        client, is_async, "GET", url, params=params, max_retry_count=2, retry_on_all_errors=True
    )
    assert reply.status_code == 302  # returned as it is once the retries are spent
    assert reply.retries == 2
    assert len(fake.requests) == 4


@SIDES
def test_retry_after_is_waited_for_up_to_the_cap(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    slept: list[float] = []
    options: dict[str, Any] = {
        "max_retry_count": 2,
        "retry_on_all_errors": True,
        "retry_delay_ms": 100,
        "sleep": slept.append,
    }
    fake.faults.rate_limits(count=1, retry_after=3, only="list_assets")
    assert send(client, is_async, "GET", "/api/v4/media/", **options).status_code == 200
    assert slept == [3.0]

    fake.faults.rate_limits(count=1, retry_after=120, only="list_assets")
    with pytest.raises(RateLimited) as caught:
        send(client, is_async, "GET", "/api/v4/media/", **options)
    assert caught.value.retry_after == 120
    assert slept == [3.0]
    assert len(fake.requests_for("list_assets")) == 3


@SIDES
def test_network_errors_are_retried(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    fake.faults.drop_connections(count=1, where="list_assets")
    with pytest.raises(TransportError):
        send(client, is_async, "GET", "/api/v4/media/")
    fake.faults.drop_connections(count=2, where="list_assets")
    reply = send(client, is_async, "GET", "/api/v4/media/", max_retry_count=2)
    assert reply.status_code == 200
    assert reply.retries == 2
    assert len(fake.requests_for("list_assets")) == 4


@SIDES
def test_a_post_is_retried_too(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    fake.faults.server_errors(count=1, only="create_collection")
    reply = send(
        client,
        is_async,
        "POST",
        "/api/v4/collections/",
        data="name=Retried",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        max_retry_count=1,
    )
    assert reply.status_code == 201
    assert [r.status for r in fake.requests_for("create_collection")] == [503, 201]
    assert [c.name for c in fake.collections.values()].count("Retried") == 1


@SIDES
def test_a_file_from_a_path_is_sent_again_on_retry(
    fake: FakeBynder, is_async: bool, tmp_path: Path
) -> None:
    capture = Capture(fake)
    client = client_for(fake, capture)
    source = tmp_path / "part.bin"
    source.write_bytes(b"0123456789" * 100)
    fake.faults.server_errors(count=1, only="s3")
    reply = send(
        client,
        is_async,
        "POST",
        fake.s3_url,
        form_data={"key": "x"},
        file_data={"file": source},
        file_data_file_names={"file": "part.bin"},
        max_retry_count=1,
        raise_errors=False,
        response_type="text",
    )
    assert reply.retries == 1
    assert [parts(*sent)[-1][3] for sent in capture.requests] == [source.read_bytes()] * 2


# -- timeout ----------------------------------------------------------------------------------


def test_timeout(fake_bynder: FakeServer) -> None:
    client = connect(fake_bynder.base_url, auth=PermanentToken(fake_bynder.token), retry=None)
    fake_bynder.fake.faults.latency(api=0.5)
    with pytest.raises(RequestTimeout):
        raw_request(client, "GET", "/api/v4/media/", timeout=0.05)
    with pytest.raises(RequestTimeout):
        raw_request(client, "GET", "/api/v4/media/", timeout=0.05, max_retry_count=1)
    assert len(fake_bynder.fake.requests_for("list_assets")) == 3
    fake_bynder.fake.faults.latency(api=0.0)
    assert raw_request(client, "GET", "/api/v4/media/", timeout=5).status_code == 200
    client.__exit__()


async def test_timeout_async(fake_bynder: FakeServer) -> None:
    client = connect(fake_bynder.base_url, auth=PermanentToken(fake_bynder.token), retry=None)
    fake_bynder.fake.faults.latency(api=0.5)
    async with client:
        with pytest.raises(RequestTimeout):
            await araw_request(client, "GET", "/api/v4/media/", timeout=0.05, max_retry_count=1)
    assert len(fake_bynder.fake.requests_for("list_assets")) == 2


# -- errors -----------------------------------------------------------------------------------


@SIDES
def test_error_statuses_raise_unless_told_not_to(fake: FakeBynder, is_async: bool) -> None:
    client = client_for(fake)
    with pytest.raises(NotFound) as caught:
        send(client, is_async, "GET", "/api/v4/nothing/")
    assert caught.value.status_code == 404
    reply = send(client, is_async, "GET", "/api/v4/nothing/", raise_errors=False)
    assert reply.status_code == 404
    assert not reply.is_success
    assert reply.body["message"].startswith("Not found")

    lenient = client_for(fake, raise_errors=False)
    assert send(lenient, is_async, "GET", "/api/v4/nothing/").status_code == 404
    with pytest.raises(NotFound):
        send(lenient, is_async, "GET", "/api/v4/nothing/", raise_errors=True)


@SIDES
def test_errors_are_redacted(
    fake: FakeBynder, client: bynder_ext.BynderClient, is_async: bool
) -> None:
    secret = "s3cr3t-value-that-must-not-show"
    with pytest.raises(NotFound) as caught:
        send(client, is_async, "GET", "/api/v4/nothing/", params={"access_token": secret})
    shown = str(caught.value) + repr(caught.value) + caught.value.url
    assert "access_token=[REDACTED]" in caught.value.url
    assert secret not in shown
    assert fake.permanent_token not in shown

    url = download_url(client, fake)
    forged = url.rsplit("X-Amz-Signature=", 1)[0] + "X-Amz-Signature=" + "ab" * 32
    with pytest.raises(PermissionDenied) as denied:
        send(client, is_async, "GET", forged, response_type="binary")
    assert "ab" * 32 not in str(denied.value)
    assert "X-Amz-Signature=[REDACTED]" in denied.value.url


# -- bad arguments ----------------------------------------------------------------------------


class NoSeek(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        return 0


BAD: dict[str, tuple[str, str, dict[str, Any], str]] = {
    "method with a space": ("GE T", "/api/v4/media/", {}, "HTTP method"),
    "empty method": ("", "/api/v4/media/", {}, "HTTP method"),
    "method with a newline": ("GET\r\n", "/api/v4/media/", {}, "HTTP method"),
    "empty url": ("GET", "", {}, "url"),
    "ftp url": ("GET", "ftp://example.com/x", {}, "http and https"),
    "scheme without host": ("GET", "mailto:someone", {}, "http and https"),
    "protocol-relative url": ("GET", "//example.com/x", {}, "absolute https"),
    "plain http": ("GET", "http://example.com/x", {}, "plain http"),
    "credentials in url": ("GET", "https://u:p@example.com/x", {}, "credentials"),
    "url with a space": ("GET", "/api/v4/me dia/", {}, "whitespace"),
    "dot segment": ("GET", "/api/v4/media/../users/", {}, "'..'"),
    "response type": ("GET", "/x", {"response_type": "xml"}, "response_type"),
    "output without binary": ("GET", "/x", {"output": io.BytesIO()}, "binary"),
    "output folder missing": (
        "GET",
        "/x",
        {"response_type": "binary", "output": "/no/such/folder/file"},
        "does not exist",
    ),
    "output not writable": ("GET", "/x", {"response_type": "binary", "output": 5}, "output"),
    "negative timeout": ("GET", "/x", {"timeout": -1}, "timeout"),
    "zero timeout": ("GET", "/x", {"timeout": 0}, "timeout"),
    "nan timeout": ("GET", "/x", {"timeout": math.nan}, "timeout"),
    "text timeout": ("GET", "/x", {"timeout": "5"}, "timeout"),
    "negative delay": ("GET", "/x", {"retry_delay_ms": -1}, "retry_delay_ms"),
    "bool delay": ("GET", "/x", {"retry_delay_ms": True}, "retry_delay_ms"),
    "negative retries": ("GET", "/x", {"max_retry_count": -1}, "max_retry_count"),
    "fractional retries": ("GET", "/x", {"max_retry_count": 1.5}, "max_retry_count"),
    "bool retries": ("GET", "/x", {"max_retry_count": True}, "max_retry_count"),
    "all errors not bool": ("GET", "/x", {"retry_on_all_errors": "yes"}, "retry_on_all_errors"),
    "backoff not bool": ("GET", "/x", {"use_exponential_backoff": 1}, "use_exponential_backoff"),
    "raise_errors not bool": ("GET", "/x", {"raise_errors": "no"}, "raise_errors"),
    "data and form": ("POST", "/x", {"data": "a", "form_data": {"b": "c"}}, "not both"),
    "data and file": (
        "POST",
        "/x",
        {"data": {}, "file_data": {"f": b"x"}, "file_data_file_names": {"f": "f.bin"}},
        "not both",
    ),
    "data of another type": ("POST", "/x", {"data": 5}, "data must be"),
    "file without names": ("POST", "/x", {"file_data": {"f": b"x"}}, "file_data_file_names"),
    "names without file": ("POST", "/x", {"file_data_file_names": {"f": "a"}}, "file_data "),
    "keys differ": (
        "POST",
        "/x",
        {"file_data": {"f": b"x"}, "file_data_file_names": {"g": "f.bin"}},
        "must match",
    ),
    "file as text": (
        "POST",
        "/x",
        {"file_data": {"f": "x"}, "file_data_file_names": {"f": "f.txt"}},
        "bytes, a path",
    ),
    "missing file path": (
        "POST",
        "/x",
        {"file_data": {"f": Path("/no/such/file")}, "file_data_file_names": {"f": "f.bin"}},
        "no such file",
    ),
    "unseekable file with retries": (
        "POST",
        "/x",
        {
            "file_data": {"f": NoSeek()},
            "file_data_file_names": {"f": "f.bin"},
            "max_retry_count": 1,
        },
        "rewound",
    ),
    "empty file name": (
        "POST",
        "/x",
        {"file_data": {"f": b"x"}, "file_data_file_names": {"f": ""}},
        "file name",
    ),
    "form not a dict": ("POST", "/x", {"form_data": ["a"]}, "form_data"),
    "form value": ("POST", "/x", {"form_data": {"a": None}}, "form_data"),
    "header name": ("GET", "/x", {"headers": {"Bad Header": "x"}}, "header name"),
    "header value": ("GET", "/x", {"headers": {"X-A": "a\r\nInjected: 1"}}, "single-line"),
    "headers shape": ("GET", "/x", {"headers": "X-A: 1"}, "headers"),
    "param value": ("GET", "/x", {"params": {"a": object()}}, "query parameter"),
    "param name": ("GET", "/x", {"params": {"": "x"}}, "query parameter"),
}


@SIDES
@pytest.mark.parametrize("case", list(BAD))
def test_bad_arguments_raise_before_any_request(
    fake: FakeBynder, client: bynder_ext.BynderClient, case: str, is_async: bool
) -> None:
    method, url, kwargs, message = BAD[case]
    with pytest.raises(ConfigurationError, match=message):
        send(client, is_async, method, url, **kwargs)
    assert list(fake.requests) == []


def test_a_client_not_built_by_connect_is_refused() -> None:
    from bynder_client import AuthenticatedClient

    with pytest.raises(TypeError, match="connect"):
        raw_request(AuthenticatedClient(PORTAL, token="t"), "GET", "/x")  # type: ignore[arg-type]


def test_the_urls_query_survives_the_clients_default_params() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    client = connect(
        PORTAL,
        auth=PermanentToken("t" * 20),
        transport=httpx.MockTransport(handler),
        httpx_args={"params": {"lang": "en"}},
    )
    raw_request(client, "GET", "/api/v4/media/?limit=2")
    raw_request(client, "GET", "/api/v4/media/?limit=2", params={"page": 3})
    assert [sorted(r.url.params.multi_items()) for r in seen] == [
        [("lang", "en"), ("limit", "2")],
        [("lang", "en"), ("limit", "2"), ("page", "3")],
    ]


# -- the overall deadline ---------------------------------------------------------------------


@SIDES
@pytest.mark.parametrize("output", [False, True], ids=["body", "output"])
def test_a_trickling_answer_ends_at_the_deadline(
    fake: FakeBynder, tmp_path: Path, is_async: bool, output: bool
) -> None:
    """Every byte comes within the read timeout, yet the whole call, retries included, ends at
    the client's deadline."""
    warm_up(fake)
    client = client_for(fake, deadline=0.5)
    target = tmp_path / "me.json"
    fake.faults.trickle(bytes_per_second=20, where="get_current_user")
    waits: list[float] = []
    started = time.monotonic()
    with pytest.raises(RequestTimeout, match="deadline"):
        send(
            client,
            is_async,
            "GET",
            "/api/v4/currentUser/",
            max_retry_count=3,
            sleep=waits.append,
            **({"output": target, "response_type": "binary"} if output else {}),
        )
    assert time.monotonic() - started < 3
    assert waits == []
    assert len(fake.requests_for("get_current_user")) == 1
    assert not target.exists()


@SIDES
def test_retries_do_not_wait_past_the_deadline(fake: FakeBynder, is_async: bool) -> None:
    client = client_for(fake, deadline=1.0)
    fake.faults.server_errors(1.0, status=503, only="list_assets")
    waits: list[float] = []
    with pytest.raises(ServerError):
        send(
            client,
            is_async,
            "GET",
            "/api/v4/media/",
            max_retry_count=3,
            retry_delay_ms=5000,
            sleep=waits.append,
        )
    assert waits == []  # 5 s do not fit in the 1 s deadline: the 503 stands
    assert len(fake.requests_for("list_assets")) == 1
