"""Asset usage: records of where assets are used outside Bynder, reported by the integrations
registered in the portal (`fake.integrations`). One record per asset, integration and location;
recording it again updates it. The sync call makes an integration's records at a set of
locations equal to the list it sends. Deleting an asset drops its records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..router import route
from ..state import Usage, iso, parse_date
from .common import json_object

if TYPE_CHECKING:
    from ..core import FakeBynder


def render_usage(fake: FakeBynder, usage: Usage) -> dict[str, Any]:
    integration = fake.integrations.get(usage.integration_id)
    return {
        "id": usage.id,
        "asset_id": usage.asset_id,
        "integration": {
            "id": usage.integration_id,
            "description": integration.description if integration else None,
        },
        "timestamp": iso(usage.timestamp),
        "uri": usage.uri,
        "additional": usage.additional,
    }


def _find(fake: FakeBynder, asset_id: str, integration_id: str, uri: str) -> Usage | None:
    for usage in fake.usages.values():
        if (usage.asset_id, usage.integration_id, usage.uri) == (asset_id, integration_id, uri):
            return usage
    return None


def _integration(fake: FakeBynder, integration_id: str | None) -> str:
    if not integration_id:
        raise HTTPError(400, "integration_id is required")
    if integration_id not in fake.integrations:
        raise HTTPError(400, f"Unknown integration_id: {integration_id}")
    return integration_id


def record_usage(
    fake: FakeBynder,
    asset_id: str,
    integration_id: str,
    uri: str,
    additional: str,
    timestamp: float,
) -> tuple[Usage, bool]:
    """Create or update the record for (asset, integration, uri); True when it is new."""
    usage = _find(fake, asset_id, integration_id, uri)
    if usage is not None:
        usage.additional = additional
        usage.timestamp = timestamp
        return usage, False
    usage = Usage(fake.ids.uuid(), asset_id, integration_id, uri, additional, timestamp)
    fake.usages[usage.id] = usage
    return usage, True


def forget_asset_usage(fake: FakeBynder, asset_id: str) -> None:
    for usage_id in [u.id for u in fake.usages.values() if u.asset_id == asset_id]:
        del fake.usages[usage_id]


@route("GET", "/api/media/usage/", "list_asset_usage", scopes=("asset.usage:read",))
def list_asset_usage(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    filters = {
        "asset_id": req.query_value("asset_id"),
        "integration_id": req.query_value("integration_id"),
        "uri": req.query_value("uri"),
    }
    found = [
        u
        for u in fake.usages.values()
        if all(value in (None, "") or getattr(u, key) == value for key, value in filters.items())
    ]
    found.sort(key=lambda u: (u.timestamp, u.id))
    return json_response(200, [render_usage(fake, u) for u in found])


@route("POST", "/api/media/usage/", "create_asset_usage", scopes=("asset.usage:write",))
def create_asset_usage(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    integration_id = _integration(fake, req.form_value("integration_id"))
    asset_id = req.form_value("asset_id") or ""
    if asset_id not in fake.assets:
        raise HTTPError(
            400, f"Unknown asset_id: {asset_id}" if asset_id else "asset_id is required"
        )
    raw_time = req.form_value("timestamp")
    timestamp = fake.clock()
    if raw_time:
        parsed = parse_date(raw_time)
        if parsed is None:
            raise HTTPError(400, "timestamp must be an ISO 8601 date-time")
        timestamp = parsed
    usage, _ = record_usage(
        fake,
        asset_id,
        integration_id,
        req.form_value("uri") or "",
        req.form_value("additional") or "",
        timestamp,
    )
    return json_response(200, render_usage(fake, usage))


@route("DELETE", "/api/media/usage/", "delete_asset_usage", scopes=("asset.usage:write",))
def delete_asset_usage(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    integration_id = _integration(fake, req.query_value("integration_id"))
    asset_id = req.query_value("asset_id")
    if not asset_id:
        raise HTTPError(400, "asset_id is required")
    uri = req.query_value("uri")
    doomed = [
        u.id
        for u in fake.usages.values()
        if u.asset_id == asset_id
        and u.integration_id == integration_id
        and (uri is None or u.uri == uri)
    ]
    if not doomed:
        raise HTTPError(404, "Usage not found")
    for usage_id in doomed:
        del fake.usages[usage_id]
    return empty_response(204)


def _strings(body: dict[str, Any], name: str) -> list[str]:
    value = body.get(name)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise HTTPError(400, f"Field {name} must be a list of strings")
    return list(value)


def _sync_items(body: dict[str, Any]) -> list[dict[str, str]]:
    value = body.get("usages")
    if not isinstance(value, list):
        raise HTTPError(400, "Field usages must be a list")
    items = []
    for item in value:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("asset_id"), str)
            or not isinstance(item.get("uri"), str)
            or not isinstance(item.get("additional") or "", str)
        ):
            raise HTTPError(400, "Each usage needs asset_id and uri strings")
        items.append(
            {
                "asset_id": item["asset_id"],
                "uri": item["uri"],
                "additional": item.get("additional") or "",
            }
        )
    return items


@route("POST", "/api/media/usage/sync", "sync_asset_usage", scopes=("asset.usage:write",))
def sync_asset_usage(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    body = json_object(req)
    integration_id = body.get("integration_id")
    integration_id = _integration(fake, integration_id if isinstance(integration_id, str) else None)
    uris = set(_strings(body, "uris"))
    items = _sync_items(body)
    accepted: list[dict[str, str]] = []
    new: list[dict[str, Any]] = []
    rejected: list[dict[str, str]] = []
    keep: set[str] = set()
    now = fake.clock()
    for item in items:
        if item["uri"] not in uris:
            rejected.append({**_key(item), "reason": "uri is not one of the synchronised uris"})
            continue
        if item["asset_id"] not in fake.assets:
            rejected.append({**_key(item), "reason": "asset not found"})
            continue
        usage, created = record_usage(
            fake, item["asset_id"], integration_id, item["uri"], item["additional"], now
        )
        keep.add(usage.id)
        accepted.append(item)
        if created:
            new.append(render_usage(fake, usage))
    removed = [
        u
        for u in fake.usages.values()
        if u.integration_id == integration_id and u.uri in uris and u.id not in keep
    ]
    for usage in removed:
        del fake.usages[usage.id]
    return json_response(
        200,
        {
            "accepted": accepted,
            "new": new,
            "rejected": rejected,
            "removed": [{"asset_id": u.asset_id, "uri": u.uri} for u in removed],
        },
    )


def _key(item: dict[str, str]) -> dict[str, str]:
    return {"asset_id": item["asset_id"], "uri": item["uri"]}
