"""The contract checker (`bynder_ext.contract.spec`): one short line per departure, naming the
operation, the JSON path, what the spec expects and what came; the strict reading for fields the
spec does not list; the spec found in an installed wheel as in the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bynder_ext.contract.spec import Contract, SpecRequest, SpecResponse, Violation, spec_path
from bynder_ext.testing import FakeBynder

ROOT = Path(__file__).resolve().parent.parent
JSON = [("Content-Type", "application/json")]


@pytest.fixture(scope="module")
def contract() -> Contract:
    return Contract.shared()


def _asset() -> dict[str, Any]:
    fake = FakeBynder()
    fake.seed(n_assets=1)
    asset_id = next(iter(fake.assets))
    import httpx

    with httpx.Client(transport=fake.transport()) as http:
        body: dict[str, Any] = http.get(
            f"https://p/api/v4/media/{asset_id}/",
            headers={"Authorization": f"Bearer {fake.permanent_token}"},
            params={"versions": 1},
        ).json()
    return body


def test_a_wrong_id_is_one_short_line_naming_the_field(contract: Contract) -> None:
    asset = _asset()
    assert len(json.dumps(asset)) > 1000  # a whole asset, media items and thumbnails included
    asset["id"] = 42
    request = SpecRequest.from_url("GET", f"https://p/api/v4/media/{asset['idHash']}/")
    response = SpecResponse(200, JSON, json.dumps(asset).encode())
    assert [str(v) for v in contract.check(request, response)] == [
        "get_asset response 200 $.id: expected string, got integer 42"
    ]


def test_every_line_fits_in_300_characters(contract: Contract) -> None:
    long = "x" * 5000
    found = contract.check(
        SpecRequest.from_url("GET", f"https://p/api/v4/{long}/?limit={long}"),
    ) + contract.check(
        SpecRequest.from_url("GET", f"https://p/api/v4/media/?orientation={long}"),
        SpecResponse(200, JSON, json.dumps([{"id": long, long: 1}]).encode()),
        undocumented=True,
    )
    assert len(found) >= 3
    assert all(len(str(v)) <= 300 for v in found)
    assert str(found[0]).startswith("GET /api/v4/xxxx")


def test_a_wrong_method_names_the_documented_ones(contract: Contract) -> None:
    (violation,) = contract.check(SpecRequest.from_url("PATCH", "https://p/api/v4/collections/"))
    assert str(violation) == (
        "PATCH /api/v4/collections/ request method: expected one of GET, POST, got none"
    )


def test_status_content_type_and_headers(contract: Contract) -> None:
    request = SpecRequest.from_url("GET", "https://p/api/v4/account/")
    lines = [
        str(v)
        for response in (
            SpecResponse(200, [("Content-Type", "text/html")], b"<html/>"),
            SpecResponse(200, [("Content-Type", "text/html")], None),  # body not read
            SpecResponse(401, [("Content-Type", "text/plain")], b"Invalid or expired token."),
        )
        for v in contract.check(request, response)
    ]
    assert lines == [
        "get_account_information response 200 content-type: expected application/json, "
        "got text/html",
        "get_account_information response 200 content-type: expected application/json, "
        "got text/html",
    ]


def test_the_strict_reading_reports_only_fields_the_spec_does_not_list(
    contract: Contract,
) -> None:
    asset = _asset()
    assert any(key.startswith("property_") for key in asset)  # metaproperty values
    asset["trialEnds"] = "2031"
    request = SpecRequest.from_url("GET", "https://p/api/v4/media/x/")
    response = SpecResponse(200, JSON, json.dumps(asset).encode())
    assert contract.check(request, response) == []  # the schema allows extra fields
    (violation,) = contract.check(request, response, undocumented=True)
    assert (violation.where, violation.kind) == ("$.trialEnds", "undocumented")
    # A map of objects (metaproperties keyed by name) has no fields to miss.
    listed = SpecResponse(
        200, JSON, json.dumps({"Colour": {"id": "1", "name": "Colour", "label": "Colour"}}).encode()
    )
    metaproperties = SpecRequest.from_url("GET", "https://p/api/v4/metaproperties/")
    assert contract.check(metaproperties, listed, undocumented=True) == []


def test_violations_as_json(contract: Contract) -> None:
    (violation,) = contract.check(SpecRequest.from_url("GET", "https://p/api/v4/media/?limit=x"))
    assert violation == Violation("list_assets", "request", "query.limit", "integer", 'string "x"')
    assert violation.to_json() == {
        "operation": "list_assets",
        "side": "request",
        "status": None,
        "where": "query.limit",
        "expected": "integer",
        "got": 'string "x"',
        "kind": "violation",
        "message": 'list_assets request query.limit: expected integer, got string "x"',
    }


def test_the_checkout_spec_is_found() -> None:
    assert spec_path() == ROOT / "openapi" / "bynder.yaml"


@pytest.mark.slow
def test_an_installed_wheel_finds_its_own_copy_without_pytest(tmp_path: Path) -> None:
    wheels, site = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], check=True)
    (wheel,) = wheels.glob("*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True)
    script = (
        "import sys\n"
        "from bynder_ext import PermanentToken, connect\n"
        "from bynder_ext.contract import ContractGuard, probe, spec_path\n"
        "from bynder_ext.testing import FakeBynder\n"
        "fake = FakeBynder()\n"
        "guard = ContractGuard('raise')\n"
        "client = connect('https://p.test', auth=PermanentToken(fake.permanent_token),\n"
        "                 transport=fake.transport(), contract=guard)\n"
        "report = probe(client, include=['list_brands', 'get_account_information'])\n"
        "assert report.ok and sum(guard.operations.values()) == 2, report.to_json()\n"
        "assert 'pytest' not in sys.modules\n"
        "print(spec_path())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(site / "bynder_ext" / "testing" / "bynder.yaml")
