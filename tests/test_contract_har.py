"""Recorded traffic (HAR) checked against the spec: the fake's conforming traffic passes (the S3
part upload checked as upload_chunk, other hosts ignored), one wrong type fails with a message
naming the operation and the JSON path, and the file's secrets never show."""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from bynder_client.api.assets import get_asset, list_assets
from bynder_client.api.collections import create_collection
from bynder_client.models import CollectionCreateForm

from bynder_ext import BynderClient, ConfigurationError
from bynder_ext.contract import check_har
from bynder_ext.upload import upload_file
from tests.portal import Portal

Connect = Callable[..., BynderClient]


def _pairs(headers: httpx.Headers) -> list[dict[str, str]]:
    return [{"name": k, "value": v} for k, v in headers.multi_items()]


class Recorder:
    """Writes each exchange a client makes as a HAR entry (as a browser's tools would)."""

    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        entry: dict[str, Any] = {
            "request": {
                "method": request.method,
                "url": str(request.url),
                "headers": _pairs(request.headers),
            },
            "response": {
                "status": response.status_code,
                "headers": _pairs(response.headers),
                "content": {
                    "mimeType": response.headers.get("content-type", ""),
                    "text": response.text,
                },
            },
        }
        content_type = request.headers.get("content-type", "")
        try:
            body = request.content
        except httpx.RequestNotRead:
            body = None
        if content_type.startswith("multipart/"):
            entry["request"]["postData"] = {"mimeType": content_type, "params": []}
        elif body:
            entry["request"]["postData"] = {"mimeType": content_type, "text": body.decode()}
        self.entries.append(entry)

    def har(self) -> dict[str, Any]:
        return {"log": {"version": "1.2", "creator": {"name": "test"}, "entries": self.entries}}


@pytest.fixture
def recorded(portal: Portal, connect_portal: Connect) -> dict[str, Any]:
    """A HAR of ordinary traffic: lists, an item, a form write, an upload with its S3 part."""
    recorder = Recorder()
    client = connect_portal(event_hooks={"response": [recorder]})
    assets = list_assets.sync(client=client, limit=2)
    assert isinstance(assets, list)
    get_asset.sync(str(assets[0].id), client=client)
    create_collection.sync_detailed(client=client, body=CollectionCreateForm(name="From a HAR"))
    upload_file(client, b"a" * 2000, filename="a.jpg", brand_id=portal.fake.default_brand_id)
    har = recorder.har()
    har["log"]["entries"].append(
        {
            "request": {"method": "GET", "url": "https://cdn.example.com/logo.png", "headers": []},
            "response": {"status": 200, "headers": [], "content": {"mimeType": "image/png"}},
        }
    )
    return har


def test_conforming_traffic_passes(portal: Portal, recorded: dict[str, Any]) -> None:
    report = check_har(recorded, s3_hosts=[_s3_origin(recorded)])
    assert report.ok, [str(v) for v in report.violations]
    assert report.portal == httpx.URL(portal.base_url).netloc.decode()
    operations = [e.operation for e in report.entries if e.outcome == "ok"]
    assert {"list_assets", "get_asset", "create_collection", "upload_chunk"} <= set(operations)
    assert "save_a_new_asset" in operations
    ignored = [e for e in report.entries if e.outcome == "ignored"]
    assert [e.url for e in ignored] == ["https://cdn.example.com/logo.png"]


def _s3_origin(har: dict[str, Any]) -> str:
    url = next(
        e["request"]["url"]
        for e in har["log"]["entries"]
        if e["request"].get("postData", {}).get("mimeType", "").startswith("multipart/")
    )
    parts = httpx.URL(url)
    return f"{parts.scheme}://{parts.netloc.decode()}"


def test_s3_hosts_of_the_spec_are_known_without_being_told(recorded: dict[str, Any]) -> None:
    har = copy.deepcopy(recorded)
    s3 = _s3_origin(har)
    for entry in har["log"]["entries"]:
        url = entry["request"]["url"]
        if url.startswith(s3):
            entry["request"]["url"] = "https://bynder-public-eu-central-1.s3.amazonaws.com/"
    report = check_har(har)
    s3_entries = [e for e in report.entries if e.operation == "upload_chunk"]
    assert s3_entries
    assert all(e.outcome == "ok" for e in s3_entries)
    # Without that, the fake's S3 origin is just another host.
    plain = check_har(recorded)
    assert all(e.outcome == "ignored" for e in plain.entries if e.url.startswith(s3))


def test_one_wrong_type_names_the_operation_and_the_json_path(recorded: dict[str, Any]) -> None:
    har = copy.deepcopy(recorded)
    entry = har["log"]["entries"][0]
    body = json.loads(entry["response"]["content"]["text"])
    body[1]["id"] = 12345
    entry["response"]["content"]["text"] = json.dumps(body)
    report = check_har(har)
    assert not report.ok
    assert [str(v) for v in report.violations] == [
        "list_assets response 200 $[1].id: expected string, got integer 12345"
    ]
    assert [e.index for e in report.entries if e.outcome == "violation"] == [0]


def test_what_the_file_holds_decides_what_is_checked(recorded: dict[str, Any]) -> None:
    har = copy.deepcopy(recorded)
    first = har["log"]["entries"][0]
    text = first["response"]["content"].pop("text")
    assert check_har(har).ok  # no body recorded: status and content type only
    first["response"]["content"].update(
        text=base64.b64encode(text.encode()).decode(), encoding="base64"
    )
    first["response"]["headers"].insert(0, {"name": ":status", "value": "200"})  # HTTP/2
    assert check_har(har).ok
    first["response"]["content"]["text"] = base64.b64encode(b'[{"id": 1}]').decode()
    assert [v.where for v in check_har(har).violations] == ["$[0].id"]


def test_the_portal_can_be_named(recorded: dict[str, Any]) -> None:
    report = check_har(recorded, portal="https://other.example.com")
    assert report.portal == "other.example.com"
    assert all(e.outcome == "ignored" for e in report.entries)
    assert report.ok


def test_secrets_in_the_file_never_show(portal: Portal, recorded: dict[str, Any]) -> None:
    har = copy.deepcopy(recorded)
    token = portal.fake.permanent_token
    entry = har["log"]["entries"][0]
    entry["request"]["url"] += f"&orientation={token}"
    report = check_har(har)
    text = json.dumps(report.to_json())
    assert token not in text
    assert [str(v) for v in report.violations] == [
        'list_assets request query.orientation: expected one of "square", "portrait", '
        '"landscape", got string [REDACTED]'
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a HAR file"),
        ('{"log": {}}', "no log.entries"),
        ('{"log": {"entries": []}}', "no entry went to a Bynder portal"),
    ],
)
def test_files_that_are_not_har_are_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "x.har"
    path.write_text(content)
    with pytest.raises(ConfigurationError, match=message):
        check_har(path)
    with pytest.raises(ConfigurationError, match="No such file"):
        check_har(tmp_path / "missing.har")
