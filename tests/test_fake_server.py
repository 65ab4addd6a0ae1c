"""The loopback server and the `python -m bynder_ext.testing serve` command: the CLI contract,
HTTPS with a minted CA, and robustness (bad input gets a clear 4xx, never a 500 or a hang)."""

from __future__ import annotations

import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from bynder_client import Client
from bynder_client.api.assets import list_assets
from bynder_client.api.collections import create_collection, get_collection
from bynder_client.models import AssetPageWithTotal, CollectionCreateForm

from bynder_ext.testing import FakeBynder
from bynder_ext.testing import server as server_module
from bynder_ext.testing.server import FakeServer

ROOT = Path(__file__).resolve().parent.parent


def start_cli(*args: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "bynder_ext.testing", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.kill()
        _, err = proc.communicate(timeout=10)
        pytest.fail(f"the server printed nothing: {err}")
    return proc, json.loads(line)


def stop_cli(proc: subprocess.Popen[str], sig: int = signal.SIGINT) -> int:
    proc.send_signal(sig)
    try:
        return proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def test_cli_serves_the_generated_client_and_stops_on_sigint() -> None:
    proc, info = start_cli("--port", "0", "--seed", "5")
    try:
        assert set(info) >= {"base_url", "token", "client_id", "client_secret", "s3_url"}
        assert info["base_url"].startswith("http://127.0.0.1:")
        assert info["s3_url"] != info["base_url"] + "/"
        with Client(
            base_url=info["base_url"], headers={"Authorization": f"Bearer {info['token']}"}
        ) as client:
            r = list_assets.sync_detailed(client=client, total=True, limit=2)
            assert isinstance(r.parsed, AssetPageWithTotal)
            assert r.parsed.total.count == 5
            r2 = create_collection.sync_detailed(
                client=client, body=CollectionCreateForm(name="From CLI")
            )
            collection_id = r2.headers["location"].rstrip("/").rsplit("/", 1)[-1]
            assert get_collection.sync_detailed(collection_id, client=client).status_code == 200
        token = httpx.post(
            f"{info['base_url']}/v6/authentication/oauth2/token",
            data={
                "grant_type": "client_credentials",
                "client_id": info["client_id"],
                "client_secret": info["client_secret"],
            },
        )
        assert token.status_code == 200
    finally:
        code = stop_cli(proc)
    assert code == 0


def test_cli_stops_on_sigterm_and_takes_options() -> None:
    proc, info = start_cli(
        "--port", "0", "--no-strict", "--latency", "api=0.01,s3=0.02", "--budget", "100"
    )
    try:
        r = httpx.get(
            f"{info['base_url']}/api/v4/media/",
            params={"limit": "abc"},
            headers={"Authorization": f"Bearer {info['token']}"},
        )
        assert r.status_code == 400  # the handler's own check, strict mode being off
        assert "spec" not in r.json()["message"].lower()
    finally:
        code = stop_cli(proc, signal.SIGTERM)
    assert code == 0


def test_cli_serves_drift_and_a_budget_per_source_address() -> None:
    proc, info = start_cli(
        "--port",
        "0",
        "--budget",
        "3",
        "--budget-per",
        "ip",
        "--drift",
        "field:list_brands:newField",
        "--drift",
        "move:list_tags:/api/v4/labels/",
    )
    try:
        headers = {"Authorization": f"Bearer {info['token']}"}
        with httpx.Client(base_url=info["base_url"], headers=headers) as http:
            assert http.get("/api/v4/brands/").json()[0]["newField"] == "drift"
            assert http.get("/api/v4/tags/").status_code == 404
            assert http.get("/api/v4/labels/").status_code == 200
            assert http.get("/api/v4/labels/").status_code == 429  # this address used its 3
        other = httpx.HTTPTransport(local_address="127.0.0.2")
        with httpx.Client(base_url=info["base_url"], headers=headers, transport=other) as http:
            assert http.get("/api/v4/labels/").status_code == 200  # another address: its own 3
    finally:
        code = stop_cli(proc)
    assert code == 0


def test_cli_refuses_a_bad_drift() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    done = subprocess.run(
        [sys.executable, "-m", "bynder_ext.testing", "serve", "--drift", "field:no_such_op:x"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2
    assert "unknown operation 'no_such_op'" in done.stderr


def test_cli_https() -> None:
    proc, info = start_cli("--port", "0", "--https")
    try:
        assert info["base_url"].startswith("https://127.0.0.1:")
        ca = info["ca_cert"]
        trust = ssl.create_default_context(cafile=ca)
        r = httpx.get(
            f"{info['base_url']}/api/v4/account/",
            headers={"Authorization": f"Bearer {info['token']}"},
            verify=trust,
        )
        assert r.status_code == 200
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{info['base_url']}/api/v4/account/")  # not trusted without the CA
    finally:
        assert stop_cli(proc) == 0
    assert not Path(ca).exists()  # minted files are removed on exit


def test_cli_rejects_bad_latency() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "bynder_ext.testing", "serve", "--latency", "fast"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])},
        timeout=60,
    )
    assert r.returncode == 2
    assert "latency" in r.stderr


def test_https_server_and_s3_origin(fake_bynder_core: FakeBynder) -> None:
    fake_bynder_core.seed(n_assets=2)
    with fake_bynder_core.serve(https=True) as server:
        assert server.ca_cert_path is not None
        trust = ssl.create_default_context(cafile=server.ca_cert_path)
        headers = {"Authorization": f"Bearer {server.token}"}
        with httpx.Client(base_url=server.base_url, verify=trust, headers=headers) as http:
            assert http.get("/api/upload/endpoint/").json() == server.s3_url
            asset = next(iter(fake_bynder_core.assets.values()))
            url = http.get(f"/api/v4/media/{asset.id}/download/{asset.items[0].id}/").json()[
                "s3_file"
            ]
        assert url.startswith("https://127.0.0.1:")
        assert httpx.get(url, verify=trust).content == asset.items[0].blob.read_all()


@pytest.mark.fake_bynder(seed=3)
def test_the_fake_bynder_fixture(fake_bynder: FakeServer) -> None:
    assert len(fake_bynder.fake.assets) == 3
    r = httpx.get(
        f"{fake_bynder.base_url}/api/v4/media/",
        headers={"Authorization": f"Bearer {fake_bynder.token}"},
    )
    assert len(r.json()) == 3
    assert fake_bynder.domain == fake_bynder.base_url.removeprefix("http://")


# -- robustness ------------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake = FakeBynder(validate_responses=True)
    fake.seed(n_assets=2)
    with fake.serve() as srv:
        yield srv
    assert fake.errors == []


@pytest.fixture
def http(server: FakeServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {server.token}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=10) as client:
        yield client


def test_a_burst_of_connections_is_accepted_at_once(server: FakeServer) -> None:
    # A client that opens many connections together (a prefetching listing, an upload's parts)
    # must not wait for a dropped SYN to be sent again (a second each).
    count = 64
    host, port = server.base_url.removeprefix("http://").rsplit(":", 1)
    ready = threading.Barrier(count)
    took: list[float] = []

    def connect() -> None:
        ready.wait(5)
        started = time.perf_counter()
        with socket.create_connection((host, int(port)), timeout=5):
            took.append(time.perf_counter() - started)

    threads = [threading.Thread(target=connect) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(took) == count
    assert max(took) < 0.9, f"slowest connection took {max(took):.2f} s"


def test_malformed_bodies_get_400(http: httpx.Client) -> None:
    r = http.post(
        "/api/workflow/campaigns/",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 400
    assert "JSON" in r.json()["message"]
    r = http.post(
        "/api/workflow/campaigns/",
        content=b"\xff\xfe",
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 400
    r = http.post(
        "/api/v4/collections/",
        content=b"name=%zz&&",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 400
    r = http.post(
        "/api/v4/collections/",
        content=b"\xff=\xfe",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 400
    r = http.post("/api/workflow/campaigns/", json=["a", "list"])
    assert r.status_code == 400
    r = http.post("/api/v4/collections/", json={"name": "json where a form belongs"})
    assert r.status_code == 400


@pytest.mark.parametrize("depth", [100_000, 3_000, 200])
@pytest.mark.parametrize("front_end", ["socket", "transport"])
def test_deeply_nested_json_gets_400(
    server: FakeServer, http: httpx.Client, depth: int, front_end: str
) -> None:
    """A JSON body nested past any real document's depth is refused, not a RecursionError."""
    body = b'{"name": ' + b"[" * depth + b"]" * depth + b"}"
    if front_end == "transport":
        with httpx.Client(
            transport=server.fake.transport(), headers=dict(http.headers)
        ) as in_process:
            r = in_process.post(
                "https://portal.fake-bynder.test/api/workflow/campaigns/",
                content=body,
                headers={"Content-Type": "application/json"},
            )
    else:
        r = http.post(
            "/api/workflow/campaigns/", content=body, headers={"Content-Type": "application/json"}
        )
    assert r.status_code == 400
    assert "nested" in r.json()["message"]
    assert server.fake.errors == []


def test_a_client_stalled_mid_body_is_dropped_without_an_error(
    server: FakeServer, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "SOCKET_TIMEOUT", 0.3)
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /api/v4/collections/ HTTP/1.1\r\nHost: x\r\n"
            b"Authorization: Bearer " + server.token.encode() + b"\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: 100\r\n\r\nname=stalled"
        )
        reply = sock.recv(4096)  # and then the client says nothing more
    assert reply == b""  # the connection is dropped: no answer, and no 500
    assert server.fake.errors == []
    assert "stalled" not in {c.name for c in server.fake.collections.values()}
    assert http.get("/api/v4/account/").status_code == 200


def test_unknown_paths_wrong_methods_and_bad_ids(http: httpx.Client) -> None:
    r = http.get("/api/v4/nothing/")
    assert (r.status_code, r.json()["statuscode"]) == (404, 404)
    r = http.get("/api/v4/nothing")  # unknown without its trailing slash too
    assert (r.status_code, r.json()["statuscode"]) == (404, 404)
    r = http.patch("/api/v4/media/")
    assert r.status_code == 405
    assert r.headers["allow"] == "GET"
    r = http.patch("/api/v4/media")
    assert (r.status_code, r.headers["allow"]) == (405, "GET")
    r = http.request("TRACE", "/api/v4/collections/")
    assert r.status_code == 405
    assert set(r.headers["allow"].split(", ")) == {"GET", "POST"}
    for path in (
        "/api/v4/media/nope/",
        "/api/v4/collections/%00/",
        "/api/workflow/jobs/x/",
        "/api/store/order/y/",
    ):
        assert http.get(path).status_code == 404
    assert http.delete("/api/v4/users/no-such-user").status_code == 404


def test_oversized_bodies_get_413(server: FakeServer, http: httpx.Client) -> None:
    fake = server.fake
    fake.max_api_body = 1024
    r = http.post("/api/v4/collections/", data={"name": "x" * 4000})
    assert r.status_code == 413
    fake.max_s3_body = 10_000
    with socket.create_connection((server.host, server.s3_port), timeout=10) as sock:
        sock.sendall(
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 99999999999\r\n\r\n"
        )
        reply = b""
        while chunk := sock.recv(4096):  # the server closes the connection after a 413
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 413")
    assert b"EntityTooLarge" in reply


def test_bad_content_length_gets_400(server: FakeServer) -> None:
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(b"POST /api/v4/collections/ HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
        assert sock.recv(4096).startswith(b"HTTP/1.1 400")


def test_client_disconnecting_mid_body_has_no_effect(
    server: FakeServer, http: httpx.Client
) -> None:
    body = b"name=half-sent-collection"
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /api/v4/collections/ HTTP/1.1\r\nHost: x\r\n"
            b"Authorization: Bearer " + server.token.encode() + b"\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: " + str(len(body) + 100).encode() + b"\r\n\r\n" + body
        )
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not any(
        r.path == "/api/v4/collections/" for r in server.fake.requests
    ):
        time.sleep(0.01)
    time.sleep(0.2)  # time enough for a (buggy) server to act on the partial body
    assert "half-sent-collection" not in {c.name for c in server.fake.collections.values()}
    assert http.get("/api/v4/account/").status_code == 200  # still serving


def test_silent_client_does_not_hang_the_server(server: FakeServer, http: httpx.Client) -> None:
    with socket.create_connection((server.host, server.port), timeout=10) as idle:
        idle.sendall(b"GET /api/v4/acc")  # and then nothing
        start = time.monotonic()
        assert http.get("/api/v4/account/").status_code == 200  # other clients are served
        assert time.monotonic() - start < 5
    with socket.create_connection((server.host, server.s3_port), timeout=10):
        pass  # connect, send nothing, leave
    stop_started = time.monotonic()
    server.stop()
    assert time.monotonic() - stop_started < 5  # open connections do not block shutdown


def test_s3_refuses_bad_uploads(server: FakeServer, http: httpx.Client) -> None:
    init = http.post("/api/upload/init/", data={"filename": "a.jpg"}).json()
    params = init["multipart_params"]
    key = f"{params['key']}/p1"
    fields = {**params, "key": key, "Filename": key, "name": "a.jpg", "chunk": "1", "chunks": "1"}
    with httpx.Client(base_url=server.s3_url) as s3:
        r = s3.post(
            "/",
            data=fields,
            files={"file": ("a.jpg", b"x")},
            headers={"Authorization": f"Bearer {server.token}"},
        )
        assert r.status_code == 400
        assert "Unsupported Authorization Type" in r.text
        missing = {k: v for k, v in fields.items() if k != "Policy"}
        r = s3.post("/", data=missing, files={"file": ("a.jpg", b"x")})
        assert (r.status_code, "<Code>InvalidArgument</Code>" in r.text) == (400, True)
        r = s3.post(
            "/", data={**fields, "X-Amz-Signature": "0" * 64}, files={"file": ("a.jpg", b"x")}
        )
        assert (r.status_code, "SignatureDoesNotMatch" in r.text) == (403, True)
        other = http.post("/api/upload/init/", data={"filename": "b.jpg"}).json()[
            "multipart_params"
        ]["key"]
        r = s3.post("/", data={**fields, "key": f"{other}/p1"}, files={"file": ("a.jpg", b"x")})
        assert (r.status_code, "Policy Condition failed" in r.text) == (403, True)
        boundary = "xyz"
        body = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="key"\r\n\r\n{key}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nDATA\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="acl"\r\n\r\nprivate\r\n--{boundary}--\r\n'
        )
        r = s3.post(
            "/",
            content=body.encode(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        assert r.status_code in (
            400,
            403,
        )  # policy fields missing before the file, or file not last
        ordered = "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
            for k, v in fields.items()
        )
        body = (
            ordered
            + f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nDATA\r\n'
            + f'--{boundary}\r\nContent-Disposition: form-data; name="extra"\r\n\r\nlate\r\n--{boundary}--\r\n'
        )
        r = s3.post(
            "/",
            content=body.encode(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        assert r.status_code == 400
        assert "last field" in r.text
        r = s3.post(
            "/",
            content=b"--xyz\r\nbroken",
            headers={"Content-Type": "multipart/form-data; boundary=xyz"},
        )
        assert (r.status_code, "MalformedPOSTRequest" in r.text) == (400, True)
        r = s3.post("/", data={"a": "b"})
        assert r.status_code == 412
        assert s3.get("/nothing-here?X-Amz-Signature=x").status_code == 403
        assert s3.put("/").status_code == 405
    assert key not in server.fake.s3_objects
    assert server.fake.errors == []


def test_strict_mode_names_the_violation(http: httpx.Client) -> None:
    r = http.get("/api/v4/media/", params={"orientation": "round"})
    assert r.status_code == 400
    assert "orientation" in r.json()["message"]
    r = http.post("/api/upload/init/", data={"filename": "no-extension"})
    assert r.status_code == 400
    assert "filename" in r.json()["message"]
    r = http.post("/api/workflow/jobs/", json={"name": "x"})
    assert r.status_code == 400
    assert "campaignID" in r.json()["message"]
