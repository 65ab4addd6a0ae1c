"""The portal's newer services, called through the generated client against the fake (both front
ends, strict requests, checked responses): webhook subscriptions, automation rules, analytics,
the antivirus quarantine, derivative presets, the taxonomy API, content access, the product layer,
similarity search and authoring documents."""

from __future__ import annotations

import base64
import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
from bynder_client import Client
from bynder_client.api.analytics import (
    export_collection_view_events,
    export_historical_events,
    export_search_keyword_events,
    get_asset_report,
    list_asset_archive_events,
    list_asset_create_events,
    list_asset_download_events,
    list_asset_download_requests,
    list_asset_events,
    list_asset_remove_events,
    list_asset_reports,
    list_asset_view_events,
    list_asset_views,
    list_collection_view_events,
    list_search_executions,
    list_search_keyword_events,
    list_user_events,
    list_user_login_events,
)
from bynder_client.api.assets import (
    delete_asset,
    download_specific_asset_item,
    get_asset,
    list_assets,
)
from bynder_client.api.authoring import get_authoring_document
from bynder_client.api.automation import (
    create_automation_rule,
    delete_automation_rule,
    get_automation_rule,
    list_automation_actions,
    list_automation_conditions,
    list_automation_rules,
    list_automation_triggers,
    update_automation_rule,
    update_automation_rule_status,
)
from bynder_client.api.collections import get_collection
from bynder_client.api.content_access import (
    create_metaproperty_access,
    delete_metaproperty_access,
    get_metaproperty_access,
    get_option_access,
    get_option_visibility,
    update_option_access,
    update_option_visibility,
)
from bynder_client.api.derivative_presets import get_derivative_preset, list_derivative_presets
from bynder_client.api.oauth import oauth2_token
from bynder_client.api.product_layer import (
    get_pim_metaproperty,
    list_pim_metaproperties,
    list_pim_metaproperty_options,
    update_pim_option_children,
)
from bynder_client.api.quarantine import (
    get_quarantined_asset,
    list_quarantined_assets,
    review_quarantined_asset,
    review_quarantined_assets,
)
from bynder_client.api.similarity_search import search_similar_assets
from bynder_client.api.taxonomy import list_taxonomy_options
from bynder_client.api.webhooks import (
    create_webhook_subscription,
    delete_webhook_subscription,
    get_webhook_subscription,
    patch_webhook_subscription,
    update_webhook_subscription,
)
from bynder_client.models import (
    AnalyticsAssetReport,
    AuthoringDocument,
    AutomationConditions,
    AutomationRule,
    AutomationRuleEdit,
    AutomationRuleStatus,
    ContentAccessGrant,
    ContentAccessPrincipal,
    ContentAccessRemoval,
    DerivativePreset,
    Error,
    JsonApiErrors,
    OptionVisibility,
    OptionVisibilityUpdate,
    PimMetaproperty,
    PimOptionChildren,
    QuarantineBulkReview,
    QuarantineBulkReviewData,
    QuarantinedAsset,
    QuarantinedAssetPage,
    QuarantineReview,
    QuarantineReviewData,
    SimilaritySearch,
    SimilaritySearchResult,
    TaxonomyOptionPage,
    TokenRequest,
    WebhookSubscription,
    WebhookSubscriptionCreate,
    WebhookSubscriptionPatch,
    WebhookSubscriptionUpdate,
)
from bynder_client.types import Unset

from bynder_ext.testing.areas.quarantine import quarantine_asset
from bynder_ext.testing.state import standard_uuid
from tests.portal import Portal, image_rule, missing_operations

# The last test checks that every claimed operation ran over both front ends, as recorded in
# this process: under pytest-xdist (make test) the whole module runs in one worker.
pytestmark = pytest.mark.xdist_group("test_fake_operations_platform")

OPERATIONS = {
    "create_webhook_subscription",
    "get_webhook_subscription",
    "update_webhook_subscription",
    "patch_webhook_subscription",
    "delete_webhook_subscription",
    "list_automation_rules",
    "create_automation_rule",
    "get_automation_rule",
    "update_automation_rule",
    "delete_automation_rule",
    "update_automation_rule_status",
    "list_automation_triggers",
    "list_automation_conditions",
    "list_automation_actions",
    "list_asset_views",
    "list_asset_view_events",
    "list_asset_download_events",
    "list_asset_download_requests",
    "list_asset_create_events",
    "list_asset_archive_events",
    "list_asset_remove_events",
    "list_asset_events",
    "list_search_executions",
    "list_search_keyword_events",
    "export_search_keyword_events",
    "list_user_login_events",
    "list_user_events",
    "list_collection_view_events",
    "export_collection_view_events",
    "list_asset_reports",
    "get_asset_report",
    "export_historical_events",
    "list_quarantined_assets",
    "get_quarantined_asset",
    "review_quarantined_asset",
    "review_quarantined_assets",
    "list_derivative_presets",
    "get_derivative_preset",
    "list_taxonomy_options",
    "get_metaproperty_access",
    "create_metaproperty_access",
    "delete_metaproperty_access",
    "get_option_access",
    "update_option_access",
    "get_option_visibility",
    "update_option_visibility",
    "list_pim_metaproperties",
    "get_pim_metaproperty",
    "list_pim_metaproperty_options",
    "update_pim_option_children",
    "search_similar_assets",
    "get_authoring_document",
}


def _status(response: Any) -> int:
    return int(response.status_code)


@contextmanager
def _client_with_token(p: Portal, token: str | None) -> Iterator[Client]:
    """A generated client for the same fake with another bearer token (or none)."""
    extra: dict[str, Any] = {"transport": p.fake.transport()} if p.mode == "transport" else {}
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    client = Client(base_url=p.base_url, headers=headers, httpx_args=extra)
    try:
        yield client
    finally:
        client.get_httpx_client().close()


# -- webhooks --------------------------------------------------------------------------------------


def test_webhook_subscriptions(portal: Portal) -> None:
    p = portal
    body = WebhookSubscriptionCreate(
        name="Asset feed",
        endpoint="https://hooks.example.com/bynder",
        protocol="HTTPS",
        events=["asset_bank.media.create", "asset_bank.media.deleted"],
        pre_archived_notification_days=5,
    )
    r = create_webhook_subscription.sync_detailed(client=p.api, body=body)
    assert _status(r) == 201
    sub_id = str(r.parsed.id)  # type: ignore[union-attr]

    got = get_webhook_subscription.sync_detailed(sub_id, client=p.api).parsed
    assert isinstance(got, WebhookSubscription)
    assert (got.name, got.protocol, got.status) == ("Asset feed", "HTTPS", 1)
    assert got.events == ["asset_bank.media.create", "asset_bank.media.deleted"]

    change = WebhookSubscriptionUpdate(
        events=["antivirus.scan.failed"], pre_archived_notification_days=2
    )
    assert (
        _status(update_webhook_subscription.sync_detailed(sub_id, client=p.api, body=change)) == 200
    )
    patch = WebhookSubscriptionPatch(name="Scan alerts", status=0)
    assert (
        _status(patch_webhook_subscription.sync_detailed(sub_id, client=p.api, body=patch)) == 200
    )
    got = get_webhook_subscription.sync_detailed(sub_id, client=p.api).parsed
    assert isinstance(got, WebhookSubscription)
    assert (got.name, got.status, got.events) == ("Scan alerts", 0, ["antivirus.scan.failed"])
    assert (got.pre_archived_notification_days, got.antivirus_enabled) == (2, True)

    wrong_endpoint = WebhookSubscriptionCreate(
        name="x", endpoint="not a url", protocol="HTTPS", events=["workflow.job.create"]
    )
    assert (
        _status(create_webhook_subscription.sync_detailed(client=p.api, body=wrong_endpoint)) == 400
    )
    unknown_event = WebhookSubscriptionCreate(
        name="x", endpoint="ops@example.com", protocol="EMAIL", events=["asset.exploded"]
    )
    assert (
        _status(create_webhook_subscription.sync_detailed(client=p.api, body=unknown_event)) == 400
    )

    assert _status(delete_webhook_subscription.sync_detailed(sub_id, client=p.api)) == 204
    assert _status(get_webhook_subscription.sync_detailed(sub_id, client=p.api)) == 404
    assert _status(delete_webhook_subscription.sync_detailed(sub_id, client=p.api)) == 404


# -- automation ------------------------------------------------------------------------------------


def test_automation_rules(portal: Portal) -> None:
    p = portal
    triggers = list_automation_triggers.sync_detailed(client=p.api).parsed
    assert [t.name for t in triggers.triggers] == [
        "AssetUploaded",
        "MetadataUpdated",
        "RelativeDate",
    ]  # type: ignore[union-attr]
    conditions = list_automation_conditions.sync_detailed(client=p.api).parsed
    assert isinstance(conditions, AutomationConditions)
    option_terms = next(c.terms for c in conditions.conditions if c.name == "MetapropertyOption")  # type: ignore[union-attr]
    assert len(option_terms) == sum(len(m.options) for m in p.fake.metaproperties.values())
    actions = list_automation_actions.sync_detailed(client=p.api).parsed
    assert "ADD_TO_COLLECTION" in [a.action_type for a in actions.actions]  # type: ignore[union-attr]

    collection_id = next(iter(p.fake.collections))
    now = [p.fake.clock()]
    p.fake.clock = lambda: now[0]  # a clock the test moves: one rule a second
    ids = []
    for n in range(3):
        now[0] += 1
        r = create_automation_rule.sync_detailed(
            client=p.api, body=image_rule(f"Rule {n}", collection_id)
        )
        assert _status(r) == 200
        assert r.parsed.status == "DRAFT"  # type: ignore[union-attr]
        ids.append(str(r.parsed.id))  # type: ignore[union-attr]

    page = list_automation_rules.sync_detailed(client=p.api, start=0, limit=2).parsed
    assert [r.id for r in page.rules] == ids[::-1][:2]  # type: ignore[union-attr]
    assert page.metadata.next_page == "start=2&limit=2"  # type: ignore[union-attr]
    rest = list_automation_rules.sync_detailed(client=p.api, start=2, limit=2).parsed
    assert [r.id for r in rest.rules] == [ids[0]]  # type: ignore[union-attr]
    assert rest.metadata.next_page is None  # type: ignore[union-attr]

    rule_id = ids[0]
    edit = AutomationRuleEdit(name="File new images")
    r2 = update_automation_rule.sync_detailed(rule_id, client=p.api, body=edit)
    assert _status(r2) == 200
    got = get_automation_rule.sync_detailed(rule_id, client=p.api).parsed
    assert isinstance(got, AutomationRule)
    assert got.name == "File new images"
    assert got.steps[0].actions[0].data.collection_id == collection_id  # type: ignore[index,union-attr]

    publish = AutomationRuleStatus(status="PUBLISHED")
    assert (
        _status(update_automation_rule_status.sync_detailed(rule_id, client=p.api, body=publish))
        == 204
    )
    r3 = update_automation_rule_status.sync_detailed(rule_id, client=p.api, body=publish)
    assert _status(r3) == 409
    assert isinstance(r3.parsed, Error)
    assert p.fake.platform.automation_rules[rule_id].status == "PUBLISHED"

    bad = image_rule("Broken", "no-such-collection")
    assert _status(create_automation_rule.sync_detailed(client=p.api, body=bad)) == 400
    assert _status(delete_automation_rule.sync_detailed(rule_id, client=p.api)) == 204
    assert _status(get_automation_rule.sync_detailed(rule_id, client=p.api)) == 404


# -- analytics -------------------------------------------------------------------------------------


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_analytics_follow_what_the_portal_served(portal: Portal) -> None:
    p = portal
    assets = list(p.fake.assets.values())
    viewed, other, doomed = assets[0], assets[1], assets[2]
    for asset_id in (viewed.id, viewed.id, other.id):
        assert _status(get_asset.sync_detailed(asset_id, client=p.api)) == 200
    item = viewed.items[0]
    assert (
        _status(download_specific_asset_item.sync_detailed(viewed.id, item.id, client=p.api)) == 200
    )
    collection_id = next(iter(p.fake.collections))
    assert _status(get_collection.sync_detailed(collection_id, client=p.api)) == 200
    word = viewed.name.split()[0]
    assert _status(list_assets.sync_detailed(client=p.api, keyword=word)) == 200
    assert _status(delete_asset.sync_detailed(doomed.id, client=p.api)) == 204
    token = TokenRequest(
        grant_type="client_credentials",
        client_id=p.fake.client_id,
        client_secret=p.fake.client_secret,
    )
    with _client_with_token(p, None) as anon:
        assert _status(oauth2_token.sync_detailed(client=anon, body=token)) == 200

    views = list_asset_views.sync_detailed(client=p.api).parsed
    assert [v.asset_id for v in views] == [viewed.id, viewed.id, other.id]  # type: ignore[union-attr]
    r = list_asset_view_events.sync_detailed(client=p.api, limit=2)
    assert [e.asset_name for e in r.parsed] == [viewed.name, viewed.name]  # type: ignore[union-attr]
    cursor = r.headers["next-cursor"]
    r = list_asset_view_events.sync_detailed(client=p.api, limit=2, cursor=cursor)
    assert [e.asset_id for e in r.parsed] == [other.id]  # type: ignore[union-attr]
    assert "next-cursor" not in r.headers

    downloads = list_asset_download_events.sync_detailed(client=p.api).parsed
    assert [(d.asset_id, d.media_item_id) for d in downloads] == [(viewed.id, item.id)]  # type: ignore[union-attr]
    requests = list_asset_download_requests.sync_detailed(client=p.api).parsed
    assert [d.asset_id for d in requests] == [viewed.id]  # type: ignore[union-attr]
    created = list_asset_create_events.sync_detailed(client=p.api).parsed
    assert {e.asset_id for e in created} == set(p.fake.assets) | {doomed.id}  # type: ignore[union-attr]
    archived = list_asset_archive_events.sync_detailed(client=p.api).parsed
    assert {e.asset_id for e in archived} == {a.id for a in p.fake.assets.values() if a.archive}  # type: ignore[union-attr]
    removed = list_asset_remove_events.sync_detailed(client=p.api).parsed
    assert [(e.asset_id, e.asset_name) for e in removed] == [(doomed.id, doomed.name)]  # type: ignore[union-attr]

    history = list_asset_events.sync_detailed(viewed.id, client=p.api).parsed
    kinds = sorted(e.event_type for e in history)  # type: ignore[union-attr,type-var]
    assert kinds.count("asset.view") == 2
    assert kinds.count("asset.download") == 1
    assert "asset.create" in kinds
    assert _status(list_asset_events.sync_detailed("missing-asset", client=p.api)) == 404

    searches = list_search_executions.sync_detailed(client=p.api).parsed
    (search,) = searches  # type: ignore[misc]
    assert search.terms == [word]
    assert search.results.assets >= 1  # type: ignore[union-attr,operator]
    (keyword,) = list_search_keyword_events.sync_detailed(client=p.api).parsed  # type: ignore[misc]
    assert keyword.keyword == word
    text = export_search_keyword_events.sync_detailed(client=p.api).parsed
    rows = _csv_rows(str(text))
    assert rows[0][:5] == ["id", "eventType", "userId", "dateTime", "keyword"]
    assert rows[1][4] == word

    logins = list_user_login_events.sync_detailed(client=p.api).parsed
    with_login = {u.id for u in p.fake.users.values() if u.last_login is not None}
    assert len(logins) == len(with_login) + 1  # type: ignore[arg-type]
    mine = list_user_events.sync_detailed(p.fake.current_user_id, client=p.api).parsed
    assert sum(1 for e in mine if e.event_type == "asset.view") == 3  # type: ignore[union-attr]
    assert _status(list_user_events.sync_detailed("nobody", client=p.api)) == 404

    (view,) = list_collection_view_events.sync_detailed(client=p.api).parsed  # type: ignore[misc]
    assert view.collection_id == collection_id
    rows = _csv_rows(str(export_collection_view_events.sync_detailed(client=p.api).parsed))
    assert rows[0][:2] == ["eventId", "collectionId"]
    assert [row[1] for row in rows[1:]] == [collection_id]

    # The v1 event lists answer CSV when asked for it.
    headers = {"Authorization": f"Bearer {p.fake.permanent_token}", "Accept": "text/csv"}
    got = p.raw.get(f"{p.base_url}/v7/analytics/api/v1/asset/view", headers=headers)
    assert got.status_code == 200
    assert got.headers["content-type"].startswith("text/csv")
    rows = _csv_rows(got.text)
    assert rows[0][0] == "id"
    assert [row[4] for row in rows[1:]] == [viewed.id, viewed.id, other.id]
    assert all(row[3].isdigit() for row in rows[1:])  # milliseconds since the epoch

    year = datetime.fromtimestamp(p.fake.clock(), UTC).year
    lines = _csv_rows(str(export_historical_events.sync_detailed(str(year), client=p.api).parsed))
    assert sum(1 for line in lines if line[0] == "asset.view") == 3
    assert _status(export_historical_events.sync_detailed(str(year + 1), client=p.api)) == 404


def test_asset_reports(portal: Portal) -> None:
    p = portal
    asset = next(a for a in p.fake.assets.values() if a.options)
    doomed = next(a for a in p.fake.assets.values() if a.id != asset.id)
    assert _status(delete_asset.sync_detailed(doomed.id, client=p.api)) == 204

    report = get_asset_report.sync_detailed(asset.id, client=p.api).parsed
    assert isinstance(report, AnalyticsAssetReport)
    assert (report.name, report.is_removed) == (asset.name, False)
    labels = report.metaproperties.additional_properties  # type: ignore[union-attr]
    colour = next(m for m in p.fake.metaproperties.values() if m.name == "Colour")
    chosen = [colour.option(o) for o in asset.options.get(colour.id, [])]
    assert labels["Colour"] == ", ".join(o.label for o in chosen if o is not None)
    gone = get_asset_report.sync_detailed(doomed.id, client=p.api).parsed
    assert isinstance(gone, AnalyticsAssetReport)
    assert gone.is_removed is True
    assert _status(get_asset_report.sync_detailed("missing", client=p.api)) == 404

    seen: list[str] = []
    r = list_asset_reports.sync_detailed(client=p.api, limit=3)
    while True:
        assert _status(r) == 200
        seen += [x.asset_id for x in r.parsed]  # type: ignore[union-attr]
        if "next-cursor" not in r.headers:
            break
        r = list_asset_reports.sync_detailed(client=p.api, limit=3, cursor=r.headers["next-cursor"])
    assert sorted(seen) == sorted({*p.fake.assets, doomed.id})


# -- quarantine ------------------------------------------------------------------------------------


def test_quarantine(portal: Portal) -> None:
    p = portal
    r = list_quarantined_assets.sync_detailed(client=p.api)
    assert isinstance(r.parsed, QuarantinedAssetPage)
    assert r.parsed.total_count == len(p.fake.platform.quarantine) > 0
    held = {e.asset_id for e in p.fake.platform.quarantine.values()}
    asset = next(a for a in p.fake.assets.values() if a.id not in held)
    entry = quarantine_asset(p.fake, asset, "INFECTED")

    for any_id in (entry.id, standard_uuid(asset.id)):
        got = get_quarantined_asset.sync_detailed(any_id, client=p.api).parsed
        assert isinstance(got, QuarantinedAsset)
        assert (got.id, got.scan_status, got.review_status) == (entry.id, "INFECTED", None)

    deny = QuarantineReview(data=QuarantineReviewData(review_status="DENIED"))
    r2 = review_quarantined_asset.sync_detailed(entry.id, client=p.api, body=deny)
    assert isinstance(r2.parsed, QuarantinedAsset)
    assert (r2.parsed.review_status, r2.parsed.is_safe) == ("DENIED", False)
    assert r2.parsed.reviewed_by_id == standard_uuid(p.fake.current_user_id)

    others = [e for e in p.fake.platform.quarantine if e != entry.id]
    approve = QuarantineBulkReview(
        data=QuarantineBulkReviewData(
            antivirus_asset_ids=[entry.id, *others], review_status="APPROVED"
        )
    )
    r3 = review_quarantined_assets.sync_detailed(client=p.api, body=approve)
    assert isinstance(r3.parsed, QuarantinedAssetPage)
    assert r3.parsed.total_count == len(others) + 1
    assert all(a.review_status == "APPROVED" and a.is_safe for a in r3.parsed.assets)  # type: ignore[union-attr]

    partly = QuarantineBulkReview(
        data=QuarantineBulkReviewData(
            antivirus_asset_ids=[entry.id, "missing"], review_status="DENIED"
        )
    )
    assert _status(review_quarantined_assets.sync_detailed(client=p.api, body=partly)) == 404
    assert p.fake.platform.quarantine[entry.id].review_status == "APPROVED"
    assert _status(get_quarantined_asset.sync_detailed("missing", client=p.api)) == 404


# -- derivative presets, taxonomy, product layer ----------------------------------------------------


def test_derivative_presets(portal: Portal) -> None:
    p = portal
    presets = list_derivative_presets.sync_detailed(client=p.api).parsed
    assert isinstance(presets, list)
    assert [d.prefix for d in presets] == [d.prefix for d in p.fake.derivatives]
    first = presets[0]
    got = get_derivative_preset.sync_detailed(first.id, client=p.api).parsed
    assert isinstance(got, DerivativePreset)
    assert got.to_dict() == first.to_dict()
    missing = "00000000-0000-4000-8000-000000000000"
    assert _status(get_derivative_preset.sync_detailed(missing, client=p.api)) == 404


def test_taxonomy_options(portal: Portal) -> None:
    p = portal
    colour = next(m for m in p.fake.metaproperties.values() if m.name == "Colour")
    names = sorted(o.name.lower() for o in colour.options)
    r = list_taxonomy_options.sync_detailed(standard_uuid(colour.id), client=p.api, limit=4)
    page = r.parsed
    assert isinstance(page, TaxonomyOptionPage)
    assert [o.name for o in page.options] == names[:4]
    assert isinstance(page.metadata.prev_page, Unset)
    rest = list_taxonomy_options.sync_detailed(
        colour.id, client=p.api, limit=4, start=str(page.metadata.next_page)
    ).parsed
    assert isinstance(rest, TaxonomyOptionPage)
    assert [o.name for o in rest.options] == names[4:]
    assert isinstance(rest.metadata.next_page, Unset)
    back = list_taxonomy_options.sync_detailed(
        colour.id, client=p.api, limit=2, before=str(rest.metadata.prev_page)
    ).parsed
    assert [o.name for o in back.options] == names[2:4]  # type: ignore[union-attr]

    one = colour.options[1]
    only = list_taxonomy_options.sync_detailed(
        colour.id, client=p.api, ids=standard_uuid(one.id)
    ).parsed
    assert [o.id for o in only.options] == [standard_uuid(one.id)]  # type: ignore[union-attr]

    both = list_taxonomy_options.sync_detailed(colour.id, client=p.api, start="a", before="b")
    assert _status(both) == 400
    assert both.parsed.error_code == "option-list-cursor-parameter-invalid"  # type: ignore[union-attr]
    bad = list_taxonomy_options.sync_detailed(colour.id, client=p.api, start="no-cursor")
    assert bad.parsed.error_code == "option-list-cursor-format-invalid"  # type: ignore[union-attr]
    gone = list_taxonomy_options.sync_detailed("00000000-0000-4000-8000-000000000000", client=p.api)
    assert _status(gone) == 404
    assert gone.parsed.error_code == "metaproperty-not-existing"  # type: ignore[union-attr]


def test_product_layer(portal: Portal) -> None:
    p = portal
    ids = list_pim_metaproperties.sync_detailed(client=p.api).parsed
    assert isinstance(ids, list)
    parent_mp, child_mp = (p.fake.metaproperties[i] for i in ids[:2])
    parent, child = parent_mp.options[0], child_mp.options[-1]

    body = PimOptionChildren(children=[child.id])
    assert (
        _status(update_pim_option_children.sync_detailed(parent.id, client=p.api, body=body)) == 204
    )
    mp = get_pim_metaproperty.sync_detailed(parent_mp.id, client=p.api).parsed
    assert isinstance(mp, PimMetaproperty)
    relations = next(o.relations for o in mp.mp_options if o.id == parent.id)  # type: ignore[union-attr]
    assert [r.id for r in relations] == [child.id]  # type: ignore[union-attr]

    page = list_pim_metaproperty_options.sync_detailed(
        parent_mp.id, client=p.api, limit=100, order="desc"
    ).parsed
    assert [o.name for o in page] == sorted((o.name for o in parent_mp.options), reverse=True)  # type: ignore[union-attr]
    assert next(o for o in page if o.id == parent.id).product_options[0].id == child.id  # type: ignore[union-attr,index]

    own = PimOptionChildren(children=[parent_mp.options[1].id])
    assert (
        _status(update_pim_option_children.sync_detailed(parent.id, client=p.api, body=own)) == 400
    )
    clear = PimOptionChildren(children=[])
    assert (
        _status(update_pim_option_children.sync_detailed(parent.id, client=p.api, body=clear))
        == 204
    )
    assert parent.id not in p.fake.platform.pim_children
    assert (
        _status(update_pim_option_children.sync_detailed("missing", client=p.api, body=clear))
        == 404
    )
    assert _status(get_pim_metaproperty.sync_detailed("missing", client=p.api)) == 404


# -- content access --------------------------------------------------------------------------------


def test_content_access(portal: Portal) -> None:
    p = portal
    mp = next(m for m in p.fake.metaproperties.values() if m.options)
    user = next(u for u in p.fake.users.values() if u.id != p.fake.current_user_id)
    profile_id = next(iter(p.fake.profiles))
    grant = ContentAccessGrant(
        principals=[
            ContentAccessPrincipal(principal_id=user.id, principal_type="user"),
            ContentAccessPrincipal(principal_id=profile_id, principal_type="profile"),
        ],
        level="metaproperty.hide",
    )
    r = create_metaproperty_access.sync_detailed(mp.id, client=p.api, body=grant)
    assert _status(r) == 201
    assert [x.principal_type for x in r.parsed] == ["user", "profile"]  # type: ignore[union-attr]
    # Granting again adds nothing.
    assert _status(create_metaproperty_access.sync_detailed(mp.id, client=p.api, body=grant)) == 201
    rules = get_metaproperty_access.sync_detailed(standard_uuid(mp.id), client=p.api).parsed
    assert isinstance(rules, list)
    assert len(rules) == 2
    by_type = {rule.principal_type: rule for rule in rules}
    assert by_type["user"].principal_name == user.name
    assert by_type["user"].principal_extra_information["email"] == user.email  # type: ignore[index]

    removal = ContentAccessRemoval(content_access_ids=[by_type["user"].id])
    assert (
        _status(delete_metaproperty_access.sync_detailed(mp.id, client=p.api, body=removal)) == 204
    )
    left = get_metaproperty_access.sync_detailed(mp.id, client=p.api).parsed
    assert [rule.principal_type for rule in left] == ["profile"]  # type: ignore[union-attr]
    assert (
        _status(delete_metaproperty_access.sync_detailed(mp.id, client=p.api, body=removal)) == 404
    )
    stranger = ContentAccessGrant(
        principals=[ContentAccessPrincipal(principal_id="nobody", principal_type="user")],
        level="metaproperty.hide",
    )
    assert (
        _status(create_metaproperty_access.sync_detailed(mp.id, client=p.api, body=stranger)) == 400
    )

    option = mp.options[0]
    granted = list(p.fake.users.values())[:3]
    option_grant = ContentAccessGrant(
        principals=[
            ContentAccessPrincipal(principal_id=u.id, principal_type="user") for u in granted
        ],
        level="option.hide",
    )
    r2 = update_option_access.sync_detailed(
        standard_uuid(option.id), client=p.api, body=option_grant
    )
    assert _status(r2) == 200
    first = get_option_access.sync_detailed(option.id, client=p.api, limit=2).parsed
    assert isinstance(first, list)
    assert len(first) == 2
    second = get_option_access.sync_detailed(
        option.id, client=p.api, limit=2, start=first[-1].id
    ).parsed
    assert isinstance(second, list)
    assert len(second) == 1
    assert {x.level for x in [*first, *second]} == {"option.hide"}
    assert {x.principal_id for x in [*first, *second]} == {u.id for u in granted}
    one = get_option_access.sync_detailed(option.id, client=p.api, principal_id=granted[1].id)
    assert [x.principal_id for x in one.parsed] == [granted[1].id]  # type: ignore[union-attr]
    replace = ContentAccessGrant(principals=[], level="option.hide")
    assert _status(update_option_access.sync_detailed(option.id, client=p.api, body=replace)) == 200
    assert get_option_access.sync_detailed(option.id, client=p.api).parsed == []

    visibility = get_option_visibility.sync_detailed(option.id, client=p.api).parsed
    assert isinstance(visibility, OptionVisibility)
    assert visibility.default_visibility == "visible"
    update = OptionVisibilityUpdate(default_visibility="hidden")
    assert (
        _status(update_option_visibility.sync_detailed(option.id, client=p.api, body=update)) == 200
    )
    again = get_option_visibility.sync_detailed(standard_uuid(option.id), client=p.api).parsed
    assert again.default_visibility == "hidden"  # type: ignore[union-attr]
    assert _status(get_option_visibility.sync_detailed("missing", client=p.api)) == 404


# -- similarity search and authoring ---------------------------------------------------------------


def test_similarity_search(portal: Portal) -> None:
    p = portal
    source = next(a for a in p.fake.assets.values() if a.tags or a.options)
    body = SimilaritySearch(asset_ids=[standard_uuid(source.id)])
    # Permanent tokens are refused; OAuth access tokens work.
    assert _status(search_similar_assets.sync_detailed(client=p.api, body=body)) == 403
    with _client_with_token(p, p.fake.issue_token(scopes={"asset:read"})) as oauth:
        r = search_similar_assets.sync_detailed(client=oauth, body=body)
        assert isinstance(r.parsed, SimilaritySearchResult)
        scores = [a.similarity_score for a in r.parsed.assets]  # type: ignore[union-attr]
        assert scores == sorted(scores, reverse=True)  # type: ignore[type-var]
        assert all(0 < s <= 1 for s in scores)  # type: ignore[operator]
        assert standard_uuid(source.id) not in [a.asset_id for a in r.parsed.assets]  # type: ignore[union-attr]

        text = SimilaritySearch(text_query=source.name)
        found = search_similar_assets.sync_detailed(client=oauth, body=text).parsed
        assert found.assets[0].asset_id == standard_uuid(source.id)  # type: ignore[union-attr,index]
        assert found.assets[0].similarity_score == 1.0  # type: ignore[union-attr,index]

        image = next(a for a in p.fake.assets.values() if a.type == "image")
        data = image.original().blob.read_all()  # type: ignore[union-attr]
        by_data = SimilaritySearch(
            image_data="data:image/png;base64," + base64.b64encode(data).decode()
        )
        same = search_similar_assets.sync_detailed(client=oauth, body=by_data).parsed
        exact = {a.asset_id for a in same.assets if a.similarity_score == 1.0}  # type: ignore[union-attr]
        assert standard_uuid(image.id) in exact

        two = SimilaritySearch(text_query="sunset", image_url="https://example.com/a.png")
        r2 = search_similar_assets.sync_detailed(client=oauth, body=two)
        assert _status(r2) == 400
        assert r2.parsed.reason == "MULTIPLE_SEARCH_PARAMETERS"  # type: ignore[union-attr]
        assert (
            _status(search_similar_assets.sync_detailed(client=oauth, body=SimilaritySearch()))
            == 400
        )


def test_authoring_documents(portal: Portal) -> None:
    p = portal
    document = next(iter(p.fake.platform.documents.values()))
    r = get_authoring_document.sync_detailed(
        document.id, client=p.api, referer=f"{p.base_url}/guidelines/page/1"
    )
    assert _status(r) == 200
    assert r.headers["content-type"] == "application/vnd.api+json"
    assert isinstance(r.parsed, AuthoringDocument)
    attributes = r.parsed.data.attributes
    assert attributes.html == "".join(f"<p>{t}</p>" for t in document.paragraphs)
    texts = [c["content"][0]["text"] for c in attributes.document["content"]]  # type: ignore[index,union-attr]
    assert texts == document.paragraphs

    missing = get_authoring_document.sync_detailed(
        "00000000-0000-4000-8000-000000000000", client=p.api
    )
    assert _status(missing) == 404
    assert isinstance(missing.parsed, JsonApiErrors)
    assert missing.parsed.errors[0].code == "MISSING_ERROR"
    assert _status(get_authoring_document.sync_detailed("not-a-uuid", client=p.api)) == 400
    with _client_with_token(p, None) as anon:
        unauthorized = get_authoring_document.sync_detailed(document.id, client=anon)
        assert _status(unauthorized) == 401
        assert isinstance(unauthorized.parsed, JsonApiErrors)


def test_every_claimed_operation_was_exercised() -> None:
    """Operation coverage: each operation this module claims ran on both front ends above."""
    assert not missing_operations(__name__, OPERATIONS)
