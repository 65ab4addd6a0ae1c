"""The drift probe (`bynder_ext.contract.probe` / `aprobe`) against the fake, over both front
ends: read-only and small, inside the request budget, silent on an undrifted portal, and every
kind of drift the fake can inject reported with its operation and JSON path."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from xml.etree import ElementTree

import pytest

from bynder_ext import BynderClient, ConfigurationError, PermanentToken, RequestBudget
from bynder_ext.contract import ProbeReport, aprobe, probe
from tests.portal import Portal

Connect = Callable[..., BynderClient]


def test_an_undrifted_portal_reports_nothing(portal: Portal, connect_portal: Connect) -> None:
    report = probe(connect_portal())
    assert report.ok
    assert report.drifted == []
    assert report.failed == []
    assert report.counts()["ok"] >= 60
    # Read-only, small pages, on the portal only, never the OAuth endpoints: one GET each.
    seen = list(portal.fake.requests)
    assert len(seen) == report.requests
    assert {(r.method, r.target) for r in seen} == {("GET", "portal")}
    assert not [r.path for r in seen if r.path.startswith("/v6/authentication/")]
    limits = [int(r.query_dict()["limit"]) for r in seen if "limit" in r.query_dict()]
    assert len(limits) >= 20
    assert max(limits) == 3
    # Ids found in lists fill the item operations.
    ran = {r.operation_id: r for r in report.results}
    assert ran["get_asset"].outcome == "ok"
    assert ran["get_option_dependencies"].outcome == "ok"  # an option of a listed metaproperty
    assert ran["get_job_preset"].reason == "no id found for {id}"  # no list of presets


DRIFT = {
    "undocumented field": (
        lambda f: f.drift.add_field("list_brands", "newField"),
        "list_brands",
        "list_brands response 200 $[0].newField: expected only the fields the spec lists, "
        "got undocumented field (string)",
    ),
    "changed type": (
        lambda f: f.drift.change_type("get_account_information", "name"),
        "get_account_information",
        "get_account_information response 200 $.name: expected string or null, got integer 42",
    ),
    "missing required field": (
        lambda f: f.drift.remove_field("list_taxonomy_options", "metadata"),
        "list_taxonomy_options",
        "list_taxonomy_options response 200 $.metadata: expected a required field, got nothing",
    ),
    "moved path": (
        lambda f: f.drift.move_path("list_tags", "/api/v4/labels/"),
        "list_tags",
        "list_tags response 404 path: expected an answer on /api/v4/tags/ (documented), "
        "got HTTP 404: the path moved or went away",
    ),
}


@pytest.mark.parametrize("kind", list(DRIFT))
def test_each_kind_of_drift_is_reported(portal: Portal, connect_portal: Connect, kind: str) -> None:
    inject, operation, line = DRIFT[kind]
    inject(portal.fake)
    report = probe(connect_portal())
    assert [r.operation_id for r in report.drifted] == [operation]
    assert str(report.drifted[0].findings[0]) == line
    assert not report.ok
    assert report.failed == []


def test_undocumented_fields_can_be_left_out(portal: Portal, connect_portal: Connect) -> None:
    portal.fake.drift.add_field("list_brands", "newField")
    assert probe(connect_portal(), undocumented=False, include=["list_brands"]).ok


def test_the_request_cap_is_kept(portal: Portal, connect_portal: Connect) -> None:
    report = probe(connect_portal(), max_requests=5)
    assert report.requests == 5
    assert len(portal.fake.requests) == 5
    capped = [r for r in report.results if r.reason == "the request cap (5) was reached"]
    assert len(capped) > 30
    assert report.ok  # skipped operations are not drift


def test_a_request_budget_is_respected(portal: Portal, connect_portal: Connect) -> None:
    portal.fake.budget(6, 0.3)  # the portal answers 429 past 6 requests in 0.3 s
    client = connect_portal(budget=RequestBudget(6, 0.3))
    report = probe(client, include=["assets", "metaproperties", "collections"])
    assert report.requests > 12  # more than two windows' worth
    assert portal.fake.faults.request_budget is not None
    assert portal.fake.faults.request_budget.rejected == 0
    assert report.ok


def test_only_and_exclude_by_operation_or_tag(portal: Portal, connect_portal: Connect) -> None:
    client = connect_portal()
    report = probe(client, include=["collections", "list_brands"], exclude=["get_collection"])
    assert {r.operation_id for r in report.results} == {
        "list_brands",
        "list_collections",
        "list_collection_assets",
    }


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"include": ["create_collection"]}, "not read-only operations or tags"),
        ({"exclude": ["oauth2_token"]}, "not read-only operations or tags"),
        ({"page_size": 0}, "page_size"),
        ({"page_size": 6}, "between 1 and 5"),
        ({"max_requests": 0}, "max_requests"),
        ({"include": "assets"}, "as a list"),
        ({"undocumented": "no"}, "undocumented must be True or False"),
    ],
)
def test_bad_options_are_refused_before_any_request(
    portal: Portal, connect_portal: Connect, options: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        probe(connect_portal(), **options)  # type: ignore[arg-type]
    assert list(portal.fake.requests) == []


def test_operations_the_token_may_not_call_are_skipped(
    portal: Portal, connect_portal: Connect
) -> None:
    token = portal.fake.create_permanent_token(scopes=["asset:read"])
    report = probe(connect_portal(auth=PermanentToken(token)))
    skipped = [r for r in report.results if r.status == 403]
    assert len(skipped) > 20
    assert all(r.outcome == "skipped" for r in skipped)
    assert "not permitted (HTTP 403)" in str(skipped[0].reason)
    assert report.ok


def test_server_errors_fail_the_probe(portal: Portal, connect_portal: Connect) -> None:
    portal.fake.faults.server_errors(rate=1.0, status=500, only="list_brands")
    report = probe(connect_portal(retry=None), include=["list_brands", "list_tags"])
    outcomes = {r.operation_id: (r.outcome, r.reason) for r in report.results}
    assert outcomes == {
        "list_brands": ("error", "HTTP 500 from the portal"),
        "list_tags": ("ok", None),
    }
    assert not report.ok


def test_the_async_probe_finds_the_same(portal: Portal, connect_portal: Connect) -> None:
    portal.fake.drift.change_type("get_account_information", "name")

    async def run() -> ProbeReport:
        client = connect_portal()
        try:
            return await aprobe(client)
        finally:
            await client.session.aclose()

    report = asyncio.run(run())
    assert [r.operation_id for r in report.drifted] == ["get_account_information"]
    assert report.counts()["ok"] >= 60


def test_the_reports_for_ci(portal: Portal, connect_portal: Connect) -> None:
    portal.fake.drift.add_field("list_brands", "newField")
    report = probe(connect_portal())
    data = json.loads(json.dumps(report.to_json()))
    assert data["portal"] == portal.base_url
    assert data["summary"] == report.counts()
    assert data["requests"] == report.requests
    brands = next(r for r in data["results"] if r["operation_id"] == "list_brands")
    assert brands["outcome"] == "drift"
    assert brands["findings"][0]["where"] == "$[0].newField"
    assert brands["findings"][0]["kind"] == "undocumented"

    suite = ElementTree.fromstring(report.junit_xml())
    assert suite.tag == "testsuite"
    assert int(suite.get("tests", "")) == len(report.results)
    assert int(suite.get("failures", "")) == 1
    assert int(suite.get("skipped", "")) == report.counts()["skipped"]
    failed = [case for case in suite.iter("testcase") if case.find("failure") is not None]
    assert [case.get("name") for case in failed] == ["list_brands"]
    failure = failed[0].find("failure")
    assert failure is not None
    assert failure.get("message", "").startswith("list_brands response 200 $[0].newField")
