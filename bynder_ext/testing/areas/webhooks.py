"""Webhook subscriptions: create (201 with the id), read, replace the events (PUT), rename or
pause (PATCH), delete. The endpoint must suit the protocol and every event must be one Bynder
sends."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..platform_state import WebhookSubscription
from ..router import route
from .common import json_object, json_str

if TYPE_CHECKING:
    from ..core import FakeBynder

EVENTS = (
    "asset_bank.media.create",
    "asset_bank.media.updated",
    "asset_bank.media.meta_updated",
    "asset_bank.media.deleted",
    "asset_bank.media.archived",
    "asset_bank.media.pre_archived",
    "workflow.job.create",
    "antivirus.scan.failed",
)
ENDPOINTS = {
    "HTTPS": re.compile(r"^https://[^\s/]+(/\S*)?$"),
    "SQS": re.compile(r"^arn:aws:sqs:[a-z0-9-]+:\d{12}:\S+$"),
    "EMAIL": re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$"),
}


def render_subscription(sub: WebhookSubscription) -> dict[str, Any]:
    return {
        "id": sub.id,
        "name": sub.name,
        "endpoint": sub.endpoint,
        "protocol": sub.protocol,
        "events": list(sub.events),
        "status": sub.status,
        "preArchivedNotificationDays": sub.pre_archived_days,
        "confirmed": sub.confirmed,
        "antivirusEnabled": "antivirus.scan.failed" in sub.events,
    }


def _events(body: dict[str, Any], *, required: bool) -> list[str] | None:
    value = body.get("events")
    if value is None:
        if required:
            raise HTTPError(400, "Field events is required")
        return None
    if not isinstance(value, list) or not value or not all(isinstance(e, str) for e in value):
        raise HTTPError(400, "events must be a non-empty array of event names")
    unknown = sorted(set(value) - set(EVENTS))
    if unknown:
        raise HTTPError(400, f"Unknown events {unknown}; known events are {list(EVENTS)}")
    return list(dict.fromkeys(value))


def _days(body: dict[str, Any]) -> int | None:
    value = body.get("preArchivedNotificationDays")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise HTTPError(400, "preArchivedNotificationDays must be a whole number of days")
    return value


def _subscription_or_404(fake: FakeBynder, sub_id: str) -> WebhookSubscription:
    sub = fake.platform.webhooks.get(sub_id)
    if sub is None:
        raise HTTPError(404, "Webhook configuration not found")
    return sub


@route(
    "POST",
    "/v7/webhooks/public/api/subscriptions",
    "create_webhook_subscription",
    scopes=("webhooks.config:write",),
)
def create_webhook_subscription(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    body = json_object(req)
    name = (json_str(body, "name", required=True) or "").strip()
    endpoint = (json_str(body, "endpoint", required=True) or "").strip()
    protocol = (json_str(body, "protocol", required=True) or "").strip().upper()
    if protocol not in ENDPOINTS:
        raise HTTPError(400, f"protocol must be one of {sorted(ENDPOINTS)}")
    if not ENDPOINTS[protocol].match(endpoint):
        raise HTTPError(400, f"endpoint is not a valid {protocol} endpoint")
    events = _events(body, required=True) or []
    days = _days(body)
    sub = WebhookSubscription(
        id=fake.platform.ids.uuid(),
        name=name,
        endpoint=endpoint,
        protocol=protocol,
        events=events,
        pre_archived_days=days,
    )
    fake.platform.webhooks[sub.id] = sub
    return json_response(201, {"id": sub.id})


@route(
    "GET",
    "/v7/webhooks/public/api/subscriptions/{id}",
    "get_webhook_subscription",
    scopes=("webhooks.config:read",),
)
def get_webhook_subscription(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(
        200, render_subscription(_subscription_or_404(fake, req.path_params["id"]))
    )


@route(
    "PUT",
    "/v7/webhooks/public/api/subscriptions/{id}",
    "update_webhook_subscription",
    scopes=("webhooks.config:write",),
)
def update_webhook_subscription(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    sub = _subscription_or_404(fake, req.path_params["id"])
    body = json_object(req)
    events = _events(body, required=False)
    days = _days(body)
    if events is not None:
        sub.events = events
    if "preArchivedNotificationDays" in body:
        sub.pre_archived_days = days
    return empty_response(200)


@route(
    "PATCH",
    "/v7/webhooks/public/api/subscriptions/{id}",
    "patch_webhook_subscription",
    scopes=("webhooks.config:write",),
)
def patch_webhook_subscription(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    sub = _subscription_or_404(fake, req.path_params["id"])
    body = json_object(req)
    name = json_str(body, "name")
    if name is not None and not name.strip():
        raise HTTPError(400, "Field name must not be empty")
    status = body.get("status")
    if status is not None and (isinstance(status, bool) or status not in (0, 1)):
        raise HTTPError(400, "status must be 1 (active) or 0 (paused)")
    if name is not None:
        sub.name = name.strip()
    if status is not None:
        sub.status = int(status)
    return empty_response(200)


@route(
    "DELETE",
    "/v7/webhooks/public/api/subscriptions/{id}",
    "delete_webhook_subscription",
    scopes=("webhooks.config:write",),
)
def delete_webhook_subscription(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    sub = _subscription_or_404(fake, req.path_params["id"])
    del fake.platform.webhooks[sub.id]
    return empty_response(204)
