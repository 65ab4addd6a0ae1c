"""State of the fake's workflow extras and newer services beyond single operations: determinism,
how the areas see each other's changes, the checks a lenient fake still makes, and scopes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bynder_ext.testing import SCOPES, FakeBynder
from bynder_ext.testing.areas.quarantine import quarantine_asset
from bynder_ext.testing.state import standard_uuid

PORTAL = "https://portal.fake-bynder.test"
AUTOMATION = "/api/1/automation-workflow"


@pytest.fixture
def fake() -> FakeBynder:
    fake = FakeBynder(validate_responses=True)
    fake.seed(n_assets=12)
    return fake


@pytest.fixture
def api(fake: FakeBynder) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as client:
        yield client


@pytest.fixture
def lenient() -> Iterator[tuple[FakeBynder, httpx.Client]]:
    """A fake that does not check requests against the spec: its handlers see bad input."""
    fake = FakeBynder(strict=False, validate_responses=True)
    fake.seed(n_assets=6)
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as client:
        yield fake, client


def test_platform_state_is_deterministic_and_has_its_own_ids() -> None:
    one, two = FakeBynder(seed=5), FakeBynder(seed=5)
    for fake in (one, two):
        fake.seed(n_assets=9)
    assert list(one.platform.quarantine) == list(two.platform.quarantine)
    assert list(one.platform.workflow_metaproperties) == list(two.platform.workflow_metaproperties)
    assert list(one.assets) == list(two.assets)
    # The newer services draw ids from their own stream: none of them is an asset-bank id.
    bank = {*one.assets, *one.users, *one.jobs, *one.campaigns}
    assert bank.isdisjoint({*one.platform.quarantine, *one.platform.workflow_metaproperties})


def test_stage_of_a_group_names_the_group(fake: FakeBynder, api: httpx.Client) -> None:
    group_id = next(iter(fake.platform.workflow_groups))
    job = next(iter(fake.jobs.values()))
    job.stages[-1].responsible_id, job.stages[-1].responsible_type = group_id, "group"
    stages = api.get(f"/api/workflow/jobs/{job.id}/stages").json()
    assert stages[-1]["responsible"] == {"id": group_id, "type": "group"}
    first = stages[0]["responsible"]
    assert first is None or first["type"] == "user"


def test_finished_job_is_listed_as_approved(fake: FakeBynder, api: httpx.Client) -> None:
    job = next(iter(fake.jobs.values()))
    for stage in job.stages[:-1]:
        stage.status = "Approved"
    job.stages[-1].status = "Active"
    assert api.patch(f"/api/workflow/jobs/{job.id}/finish").status_code == 200
    approved = api.get("/api/workflow/jobs/", params={"status": "Approved"}).json()
    assert job.id in [j["id"] for j in approved]
    assert api.get(f"/api/workflow/jobs/{job.id}/").json()["jobFinishedHistory"][0]["userId"] == (
        standard_uuid(fake.current_user_id)
    )


def test_a_deleted_asset_leaves_the_quarantine_removed(fake: FakeBynder, api: httpx.Client) -> None:
    asset = next(iter(fake.assets.values()))
    entry = quarantine_asset(fake, asset, "INFECTED")
    assert api.get(f"/v7/quarantine/v1/assets/{entry.id}").json()["isRemoved"] is False
    assert api.delete(f"/api/v4/media/{asset.id}/").status_code == 204
    assert api.get(f"/v7/quarantine/v1/assets/{entry.id}").json()["isRemoved"] is True
    with pytest.raises(ValueError, match="scan_status"):
        quarantine_asset(fake, asset, "UNKNOWN")


def test_analytics_forget_served_requests_on_reset(fake: FakeBynder, api: httpx.Client) -> None:
    asset_id = next(iter(fake.assets))
    api.get(f"/api/v4/media/{asset_id}/")
    assert len(api.get("/v7/analytics/api/v2/asset/views").json()) == 1
    created = api.get("/v7/analytics/api/v1/asset/create").json()
    fake.reset_records()
    assert api.get("/v7/analytics/api/v2/asset/views").json() == []
    assert api.get("/v7/analytics/api/v1/asset/create").json() == created


def test_analytics_date_range(fake: FakeBynder, api: httpx.Client) -> None:
    created = api.get("/v7/analytics/api/v1/asset/create").json()
    times = sorted(e["dateTime"] for e in created)
    middle = times[len(times) // 2]
    later = api.get("/v7/analytics/api/v1/asset/create", params={"fromDateTime": middle}).json()
    assert later
    assert all(e["dateTime"] >= middle for e in later)
    earlier = api.get("/v7/analytics/api/v1/asset/create", params={"toDateTime": middle}).json()
    assert len(earlier) + len(later) == len(created)
    bad = api.get("/v7/analytics/api/v1/asset/create", params={"fromDateTime": "yesterday"})
    assert bad.status_code == 400
    assert api.get("/v7/analytics/api/v1/asset/view", params={"cursor": "%%%"}).status_code == 400


def _rule(**changes: Any) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "name": "Archive soon",
        "triggers": ["RelativeDate"],
        "steps": [
            {
                "conditions": [
                    {
                        "and": [
                            {
                                "condition_type": "Archived",
                                "expression": {
                                    "operator": "STARTS_IN",
                                    "term": [{"offset_amount": 2, "offset_unit": "WEEKS"}],
                                },
                            }
                        ]
                    }
                ],
                "actions": [{"action_type": "AGENT_GOVERNANCE", "data": {"agent_id": "a-1"}}],
            }
        ],
    }
    rule.update(changes)
    return rule


@pytest.mark.parametrize(
    "body",
    [
        _rule(triggers=["AssetUploaded"]),  # Archived needs RelativeDate
        _rule(triggers=["Sunrise"]),
        _rule(steps=[{"actions": [{"action_type": "AGENT_GOVERNANCE"}]}]),  # no agent_id
        _rule(steps=[{"actions": [{"action_type": "SEND_FAX"}]}]),
        _rule(steps=[{"actions": [{"action_type": "AGENT_GOVERNANCE", "data": {"agent_id": 1}}]}]),
        _rule(
            steps=[
                {"actions": [{"action_type": "AGENT_GOVERNANCE", "data": {"agent_id": "a"}}] * 6}
            ]
        ),
        _rule(
            steps=[
                {
                    "conditions": [
                        {
                            "and": [
                                {
                                    "condition_type": ["AssetType"],
                                    "expression": {"operator": "CONTAINS"},
                                }
                            ]
                        }
                    ]
                }
            ]
        ),
        _rule(name="   "),
        _rule(steps=[{"conditions": [{"and": None}]}]),
        _rule(
            steps=[
                {
                    "conditions": [
                        {
                            "and": [
                                {
                                    "condition_type": "AssetType",
                                    "expression": {"operator": "CONTAINS", "term": None},
                                }
                            ]
                        }
                    ]
                }
            ]
        ),
    ],
)
def test_lenient_fake_still_checks_automation_rules(
    lenient: tuple[FakeBynder, httpx.Client], body: dict[str, Any]
) -> None:
    fake, client = lenient
    assert client.post(f"{AUTOMATION}/rules", json=body).status_code == 400
    assert fake.platform.automation_rules == {}


def test_valid_rule_is_stored_as_a_draft(lenient: tuple[FakeBynder, httpx.Client]) -> None:
    fake, client = lenient
    r = client.post(f"{AUTOMATION}/rules", json=_rule())
    assert r.status_code == 200
    assert fake.platform.automation_rules[r.json()["id"]].status == "DRAFT"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/v7/webhooks/public/api/subscriptions", {"name": "x", "events": []}),
        ("POST", "/v7/quarantine/v1/antivirus-audit", {"data": {"review_status": "MAYBE"}}),
        ("POST", "/api/1/assets/similarity-search/", {"assetIds": "not-a-list"}),
        ("POST", "/api/workflow/groups/", {"name": "x", "user_ids": "me"}),
        ("PATCH", "/api/store/orderproducts/{line}", {"status": "shipped"}),
        ("PUT", "/api/1/content-access/options/{option}", {"principals": "all", "level": "x"}),
    ],
)
def test_lenient_fake_rejects_malformed_bodies(
    lenient: tuple[FakeBynder, httpx.Client], method: str, path: str, body: dict[str, Any]
) -> None:
    fake, client = lenient
    line = next(iter(fake.orders.values())).lines[0].id
    option = next(m for m in fake.metaproperties.values() if m.options).options[0].id
    token = fake.issue_token()  # similarity search takes OAuth tokens only
    url = path.format(line=line, option=option)
    r = client.request(method, url, json=body, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 400, r.text


@pytest.mark.parametrize(
    ("path", "scope"),
    [
        ("/api/workflow/groups/", "workflow.group:read"),
        ("/api/workflow/users/", "admin.user:read"),
        ("/api/workflow/metaproperties", "meta.workflow:read"),
        ("/v7/analytics/api/v1/asset/view", "analytics.api:read"),
        ("/v7/quarantine/v1/assets", "antivirus.asset.audit:read"),
        ("/api/pim/metaproperties", "meta.assetbank:read"),
    ],
)
def test_scopes_of_the_newer_services(fake: FakeBynder, path: str, scope: str) -> None:
    without = fake.issue_token(scopes=set(SCOPES) - {scope})
    with_it = fake.issue_token(scopes={scope})
    with httpx.Client(base_url=PORTAL, transport=fake.transport()) as http:
        r = http.get(path, headers={"Authorization": f"Bearer {without}"})
        assert r.status_code == 403
        assert http.get(path, headers={"Authorization": f"Bearer {with_it}"}).status_code == 200


def test_authoring_errors_are_json_api(fake: FakeBynder) -> None:
    document_id = next(iter(fake.platform.documents))
    with httpx.Client(base_url=PORTAL, transport=fake.transport()) as http:
        r = http.get(f"/api/1/authoring/documents/{document_id}")
    assert r.status_code == 401
    assert r.headers["content-type"] == "application/vnd.api+json"
    (error,) = r.json()["errors"]
    assert (error["status"], error["code"]) == (401, "AUTHENTICATION_ERROR")
