"""The asset bank's state beyond the connector's actions: what one call changes, the next one sees;
time-based rules follow the fake's clock; malformed input gets a 4xx, never a 500, even with the
contract check switched off."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from bynder_ext.testing import FakeBynder
from bynder_ext.testing.core import SCOPES

PORTAL = "https://portal.fake-bynder.test"


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeBynder:
    fake = FakeBynder(validate_responses=True, clock=clock)
    fake.seed(n_assets=12)
    return fake


@pytest.fixture
def api(fake: FakeBynder) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as client:
        yield client


def test_trash_keeps_deleted_assets_for_thirty_days(
    api: httpx.Client, fake: FakeBynder, clock: Clock
) -> None:
    first, second = list(fake.assets)[:2]
    assert api.delete(f"/api/v4/media/{first}/").status_code == 204
    clock.now += 10 * 86400
    assert api.delete(f"/api/v4/media/{second}/").status_code == 204
    trashed = api.get("/api/trash/media/").json()
    assert [t["id"] for t in trashed] == [second, first]  # newest removal first
    since = "2023-11-20T00:00:00Z"  # between the two removals
    assert [
        t["id"] for t in api.get("/api/trash/media/", params={"dateRemoved": since}).json()
    ] == [second]
    assert api.get(f"/api/v4/media/{first}/").status_code == 404
    clock.now += 21 * 86400  # the first removal is now 31 days old
    assert [t["id"] for t in api.get("/api/trash/media/").json()] == [second]


def test_trash_pages(api: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    for asset_id in list(fake.assets)[:5]:
        clock.now += 1
        assert api.delete(f"/api/v4/media/{asset_id}/").status_code == 204
    everything = [t["id"] for t in api.get("/api/trash/media/", params={"limit": 100}).json()]
    pages = [
        t["id"]
        for page in (1, 2, 3)
        for t in api.get("/api/trash/media/", params={"limit": 2, "page": page}).json()
    ]
    assert pages == everything
    assert len(everything) == 5
    assert len(api.get("/api/trash/media/").json()) == 5  # default limit 10


def test_created_options_work_like_seeded_ones(api: httpx.Client, fake: FakeBynder) -> None:
    data = {"name": "Campaign", "type": "select", "isMultiselect": 1, "labels": {"nl_NL": "Actie"}}
    created = api.post("/api/v4/metaproperties/", data={"data": json.dumps(data)})
    assert created.status_code == 201
    mp_id = created.json()["id"]
    option = api.post(
        f"/api/v4/metaproperties/{mp_id}/options/", data={"data": json.dumps({"name": "spring"})}
    ).json()["id"]
    asset_id = next(iter(fake.assets))
    r = api.post(
        "/api/media/options",
        json={"asset_id": asset_id, "metaproperty_id": mp_id, "metaproperty_option_ids": [option]},
    )
    assert r.status_code == 201
    asset = api.get(f"/api/v4/media/{asset_id}/").json()
    assert asset["property_Campaign"] == ["spring"]
    counted = api.get(f"/api/v4/metaproperties/{mp_id}/", params={"count": "true"}).json()
    assert counted["labels"] == {"nl_NL": "Actie"}
    assert [(o["name"], o["mediaCount"]) for o in counted["options"]] == [("spring", 1)]
    assert api.get("/api/v4/media/", params={"property_Campaign": "spring"}).json()[0]["id"] == (
        asset_id
    )


def test_invalid_definitions_change_nothing(api: httpx.Client, fake: FakeBynder) -> None:
    colour = next(m for m in fake.metaproperties.values() if m.name == "Colour")
    before = (colour.label, colour.zindex, colour.is_filterable)
    for data in (
        '{"label": "X", "zindex": "high"}',
        '{"label": "X", "isFilterable": "maybe"}',
        '["not", "an", "object"]',
        "{broken",
    ):
        r = api.post(f"/api/v4/metaproperties/{colour.id}/", data={"data": data})
        assert r.status_code == 400, data
    assert (colour.label, colour.zindex, colour.is_filterable) == before
    r = api.post(f"/api/v4/metaproperties/{colour.id}/", data={"id": "other", "data": "{}"})
    assert r.status_code == 400
    count = len(colour.options)
    r = api.post(
        f"/api/v4/metaproperties/{colour.id}/options/",
        data={"data": json.dumps({"name": "teal", "options": [{"label": "no name"}]})},
    )
    assert r.status_code == 400
    assert len(colour.options) == count


def test_option_parent_cannot_be_a_descendant(api: httpx.Client, fake: FakeBynder) -> None:
    region = next(m for m in fake.metaproperties.values() if m.name == "Region")
    parent = api.post(
        f"/api/v4/metaproperties/{region.id}/options/",
        data={"data": json.dumps({"name": "europe", "options": [{"name": "benelux"}]})},
    ).json()["id"]
    child = next(o.id for o in region.options if o.name == "benelux")
    r = api.post(
        f"/api/v4/metaproperties/{region.id}/options/{parent}/",
        data={"data": json.dumps({"parentId": child})},
    )
    assert r.status_code == 400
    r = api.post(
        f"/api/v4/metaproperties/{region.id}/options/{child}/",
        data={"data": json.dumps({"parentId": None})},
    )
    assert r.status_code == 201
    assert region.option(child).parent_id is None  # type: ignore[union-attr]


def test_usage_of_unknown_assets_and_integrations(api: httpx.Client, fake: FakeBynder) -> None:
    integration = next(iter(fake.integrations))
    asset_id = next(iter(fake.assets))
    form = {"integration_id": integration, "asset_id": "missing"}
    assert api.post("/api/media/usage/", data=form).status_code == 400
    form = {"integration_id": integration, "asset_id": asset_id, "timestamp": "yesterday"}
    assert api.post("/api/media/usage/", data=form).status_code == 400
    body = {"integration_id": "unknown", "uris": [], "usages": []}
    assert api.post("/api/media/usage/sync", json=body).status_code == 400
    assert fake.usages == {}


def test_tags_on_assets_follow_update_asset(api: httpx.Client, fake: FakeBynder) -> None:
    asset_id = next(iter(fake.assets))
    assert api.post(f"/api/v4/media/{asset_id}/", data={"tags": "brand-new"}).status_code == 202
    tags = api.get("/api/v4/tags/", params={"keyword": "brand-new"}).json()
    assert [(t["tag"], t["mediaCount"]) for t in tags] == [("brand-new", 1)]
    r = api.delete(f"/api/v4/tags/{tags[0]['id']}/media/", params={"deleteIds": asset_id})
    assert r.status_code == 204
    assert fake.assets[asset_id].tags == []


@pytest.mark.parametrize(
    ("path", "scope"),
    [
        ("/api/v4/smartfilters/", "meta.assetbank:read"),
        ("/api/v4/tags/", "asset:read"),
        ("/api/media/usage/", "asset.usage:read"),
        ("/api/trash/media/", "asset:read"),
        ("/api/groups/list/", "admin.user:read"),
    ],
)
def test_scopes_of_the_asset_bank_lists(
    api: httpx.Client, fake: FakeBynder, path: str, scope: str
) -> None:
    without = fake.issue_token(scopes=set(SCOPES) - {scope})
    assert api.get(path, headers={"Authorization": f"Bearer {without}"}).status_code == 403
    with_it = fake.issue_token(scopes={scope})
    assert api.get(path, headers={"Authorization": f"Bearer {with_it}"}).status_code == 200
    # Derivatives, like the account, need no particular scope; the scope catalogue no token.
    r = api.get("/api/v4/account/derivatives/", headers={"Authorization": f"Bearer {without}"})
    assert r.status_code == 200
    with httpx.Client(transport=fake.transport()) as anonymous:
        assert anonymous.get(f"{PORTAL}/v6/authentication/oauth2/scopes").status_code == 200


@pytest.fixture
def lenient(clock: Clock) -> Iterator[tuple[FakeBynder, httpx.Client]]:
    fake = FakeBynder(strict=False, clock=clock)
    fake.seed(n_assets=4)
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as client:
        yield fake, client


def test_malformed_input_gets_a_client_error(lenient: tuple[FakeBynder, httpx.Client]) -> None:
    """With the contract check off the handlers see the raw input; none of it is a 500."""
    fake, api = lenient
    asset = next(iter(fake.assets))
    mp = next(iter(fake.metaproperties))
    option = fake.metaproperties[mp].options[0].id
    collection = next(iter(fake.collections))
    tag = api.get("/api/v4/tags/").json()
    calls = [
        ("GET", f"/api/v4/media/{asset}/abc/download/", {}),
        ("GET", f"/api/v4/media/{asset}/download/", {"params": {"type": "thumbnail"}}),
        ("GET", "/api/1/assets/not-a-uuid/public-links", {}),
        ("POST", f"/api/v4/collections/{collection}/media/", {"data": {"data": '{"a": 1}'}}),
        ("POST", f"/api/v4/collections/{collection}/media/", {"data": {"other": "x"}}),
        ("DELETE", f"/api/v4/collections/{collection}/media/", {}),
        ("POST", "/api/v4/metaproperties/", {"data": {"data": '{"name": 5, "type": "select"}'}}),
        ("POST", "/api/v4/metaproperties/", {"data": {"data": '{"name": "x", "type": null}'}}),
        ("GET", "/api/v4/metaproperties/options/", {}),
        ("GET", f"/api/v4/metaproperties/{mp}/options/", {"params": {"limit": "lots"}}),
        ("POST", f"/api/v4/metaproperties/{mp}/options/", {"data": {"data": '{"name": ""}'}}),
        (
            "POST",
            f"/api/v4/metaproperties/{mp}/options/",
            {"data": {"data": '{"name": "ok", "options": "no"}'}},
        ),
        (
            "POST",
            f"/api/v4/metaproperties/{mp}/options/{option}/",
            {"data": {"data": '{"labels": {"en_US": 3}}'}},
        ),
        (
            "POST",
            f"/api/v4/metaproperties/{mp}/options/{option}/dependencies/group/",
            {"data": {"data": '["", 2]'}},
        ),
        ("GET", "/api/v4/tags/", {"params": {"orderBy": "popularity"}}),
        ("POST", f"/api/v4/tags/{tag[0]['id']}/media/", {"data": {"data": "[1, 2]"}}),
        ("DELETE", f"/api/v4/tags/{tag[0]['id']}/media/", {}),
        ("POST", "/api/media/usage/", {"data": {"asset_id": asset}}),
        ("DELETE", "/api/media/usage/", {"params": {"asset_id": asset}}),
        ("POST", "/api/media/usage/sync", {"json": {"integration_id": 1}}),
        ("POST", "/api/media/usage/sync", {"json": ["not", "an", "object"]}),
        (
            "POST",
            "/api/media/usage/sync",
            {"json": {"integration_id": next(iter(fake.integrations)), "uris": [], "usages": [3]}},
        ),
        ("GET", "/api/trash/media/", {"params": {"field": "media.size"}}),
        ("GET", "/api/trash/media/", {"params": {"dateRemoved": "last week"}}),
        ("GET", "/api/groups/list/", {"params": {"page": "0"}}),
    ]
    for method, path, kwargs in calls:
        r = api.request(method, path, **kwargs)  # type: ignore[arg-type]
        assert 400 <= r.status_code < 500, (method, path, kwargs, r.status_code, r.text)
    assert fake.errors == []
