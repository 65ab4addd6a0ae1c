"""The contract guard, ``connect(contract=...)``, against the fake over both front ends: free when
off; quiet on conforming traffic (the S3 part upload and the token request included); a warning
or a ContractViolationError of one short, redacted line for requests and responses that break the
spec; sync and async alike."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

import pytest
from bynder_client.api.account import get_account_information
from bynder_client.api.assets import get_asset, list_assets

from bynder_ext import BynderClient, ClientCredentials, ConfigurationError
from bynder_ext.contract import ContractGuard
from bynder_ext.contract.guard import GuardTransport
from bynder_ext.download import download_original
from bynder_ext.errors import ContractViolationError, InvalidRequest
from bynder_ext.raw import araw_request, raw_request
from bynder_ext.upload import aupload_file, upload_file
from tests.portal import Portal

Connect = Callable[..., BynderClient]
ROOT = Path(__file__).resolve().parent.parent


def test_off_by_default_and_then_nothing_is_loaded() -> None:
    script = (
        "import sys, bynder_ext\n"
        "client = bynder_ext.connect('portal.example.com', auth=bynder_ext.PermanentToken('t' * 20))\n"
        "assert client.session.contract is None\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('openapi_core', 'yaml', 'jsonschema')"
        " or m.startswith('bynder_ext.contract')]\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_conforming_traffic_passes_quietly(
    portal: Portal, connect_portal: Connect, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    guard = ContractGuard("raise")
    client = connect_portal(contract=guard)
    with caplog.at_level(logging.WARNING, logger="bynder_ext.contract"):
        assets = list_assets.sync(client=client, limit=3)
        assert isinstance(assets, list)
        get_asset.sync(str(assets[0].id), client=client)
        data = b"x" * (11 << 20)  # three parts of S3's smallest size (5 MiB)
        brand = portal.fake.default_brand_id
        result = upload_file(client, data, filename="x.jpg", brand_id=brand, chunk_size=5 << 20)
        download_original(client, result.media_id, tmp_path / "x.jpg")
    assert list(guard.violations) == []
    assert caplog.records == []
    checked = guard.operations
    assert checked["upload_chunk"] == 3  # the S3 parts, on their own server
    assert checked["list_assets"] == 1
    assert checked["get_asset"] >= 1
    assert checked["save_a_new_asset"] >= 1
    assert "METHOD" not in " ".join(checked)


def test_the_token_request_is_checked_too(portal: Portal, connect_portal: Connect) -> None:
    guard = ContractGuard("raise")
    auth = ClientCredentials(portal.fake.client_id, portal.fake.client_secret)
    client = connect_portal(auth=auth, contract=guard)
    get_account_information.sync(client=client)
    assert guard.operations["oauth2_token"] == 1
    assert guard.operations["get_account_information"] == 1


def test_warn_logs_one_line_and_the_call_goes_on(
    connect_portal: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    guard = ContractGuard("warn")
    client = connect_portal(contract=guard)
    with (
        caplog.at_level(logging.WARNING, logger="bynder_ext.contract"),
        pytest.raises(InvalidRequest),
    ):
        raw_request(client, "GET", "/api/v4/media/", params={"limit": "lots"})  # the portal refuses
    line = 'list_assets request query.limit: expected integer, got string "lots"'
    assert [r.getMessage() for r in caplog.records] == [f"contract: {line}"]
    assert [str(v) for v in guard.violations] == [line]


def test_raise_stops_a_bad_request_before_it_is_sent(
    portal: Portal, connect_portal: Connect
) -> None:
    client = connect_portal(contract="raise")
    with pytest.raises(ContractViolationError) as caught:
        raw_request(
            client, "GET", "/api/v4/media/", params={"limit": "lots", "orientation": "round"}
        )
    assert str(caught.value) == (
        'list_assets request query.limit: expected integer, got string "lots" (and 1 more)'
    )
    assert [v.where for v in caught.value.violations] == ["query.limit", "query.orientation"]
    assert portal.fake.requests_for("list_assets") == []  # nothing was sent


def test_raise_on_a_response_that_breaks_the_spec(portal: Portal, connect_portal: Connect) -> None:
    portal.fake.drift.change_type("get_account_information", "name")
    client = connect_portal(contract="raise")
    with pytest.raises(ContractViolationError) as caught:
        get_account_information.sync(client=client)
    assert str(caught.value) == (
        "get_account_information response 200 $.name: expected string or null, got integer 42"
    )


def test_async_clients_are_guarded_alike(portal: Portal, connect_portal: Connect) -> None:
    portal.fake.drift.remove_field("list_taxonomy_options", "metadata")
    guard = ContractGuard("warn")
    client = connect_portal(contract=guard)
    metaproperty = next(iter(portal.fake.metaproperties))

    async def run() -> None:
        try:
            await araw_request(
                client, "GET", f"/api/1/taxonomy/metaproperties/{metaproperty}/options"
            )
            await aupload_file(
                client, b"y" * 1000, filename="y.jpg", brand_id=portal.fake.default_brand_id
            )
        finally:
            await client.session.aclose()

    asyncio.run(run())
    assert [str(v) for v in guard.violations] == [
        "list_taxonomy_options response 200 $.metadata: expected a required field, got nothing"
    ]
    assert guard.operations["upload_chunk"] == 1


def test_messages_are_short_and_redacted(portal: Portal, connect_portal: Connect) -> None:
    guard = ContractGuard("warn")
    client = connect_portal(contract=guard)
    secret = portal.fake.permanent_token  # a secret the connection knows
    form = {"id": "u", "targetid": "t", "filename": "f/p1"}
    for value in (secret, "z" * 10_000):
        with pytest.raises(InvalidRequest):
            raw_request(
                client,
                "POST",
                "/api/v4/upload/",
                data=urlencode({**form, "chunkNumber": value}),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
    first, second = (str(v) for v in guard.violations)
    assert first == (
        "register_uploaded_chunk request $.chunkNumber: expected integer, got string [REDACTED]"
    )
    assert len(second) < 300
    assert second.startswith("register_uploaded_chunk request $.chunkNumber: expected integer")


def test_the_guard_sits_under_retries_and_the_budget(connect_portal: Connect) -> None:
    client = connect_portal(contract="warn")
    transport = client.session.http._transport
    inner = transport.inner.inner  # type: ignore[attr-defined]  # RetryTransport(BudgetTransport(...))
    assert isinstance(inner, GuardTransport)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ContractGuard("loud"), "mode must be 'warn' or 'raise'"),  # type: ignore[arg-type]
        (lambda: ContractGuard(keep=-1), "keep"),
        (lambda: ContractGuard(max_body=-1), "max_body"),
        (lambda: ContractGuard(undocumented="yes"), "undocumented must be True or False"),  # type: ignore[arg-type]
        (lambda: ContractGuard(on_violation="print"), "callable"),  # type: ignore[arg-type]
    ],
)
def test_bad_guards_are_refused(make: Callable[[], object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        make()


def test_bad_contract_values_are_refused_before_anything_is_sent(connect_portal: Connect) -> None:
    with pytest.raises(ConfigurationError, match="contract must be 'warn', 'raise'"):
        connect_portal(contract="strict")


def test_a_missing_extra_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openapi_core", None)
    with pytest.raises(ConfigurationError, match=r"bynder-client\[contract\]"):
        ContractGuard("warn")
