"""The antivirus quarantine: uploads the scan held back (seeded next to the assets, or added with
`quarantine_asset`), read one by one or all at once, and reviewed (`APPROVED` marks the file
safe, `DENIED` keeps it out), singly or in bulk (all or nothing)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, json_response
from ..platform_state import QuarantineEntry, canonical
from ..router import route
from ..state import Asset, standard_uuid
from .common import json_object
from .workflow_extra import token_user_id

if TYPE_CHECKING:
    from ..core import FakeBynder

REVIEWS = ("APPROVED", "DENIED")
SCAN_STATUSES = ("PENDING", "CLEARED", "INFECTED", "SKIPPED")


def _stamp(ts: float) -> str:
    """The quarantine's date-time form, without an offset: `2024-06-28T10:42:02`."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S")


def quarantine_asset(
    fake: FakeBynder, asset: Asset, scan_status: str = "PENDING"
) -> QuarantineEntry:
    """Put an asset into the quarantine, as the antivirus scan does with a suspicious upload."""
    if scan_status not in SCAN_STATUSES:
        raise ValueError(f"scan_status must be one of {SCAN_STATUSES}")
    original = asset.original()
    filename = original.file_name if original else asset.name
    now = fake.clock()
    with fake.lock:
        entry = QuarantineEntry(
            id=fake.platform.ids.uuid(),
            asset_id=asset.id,
            asset_name=asset.name,
            requester_id=fake.current_user_id,
            scan_status=scan_status,
            date_added=now,
            date_modified=now,
            file_type=filename.rsplit(".", 1)[-1].lower() if "." in filename else "None",
            file_size=original.size if original else 0,
            scan_failure_reason="client_error" if scan_status == "SKIPPED" else None,
        )
        fake.platform.quarantine[entry.id] = entry
    return entry


def render_entry(fake: FakeBynder, entry: QuarantineEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "accountId": fake.account_id,
        "assetId": standard_uuid(entry.asset_id),
        "assetName": entry.asset_name,
        "requesterId": standard_uuid(entry.requester_id),
        "scanStatus": entry.scan_status,
        "dateAdded": _stamp(entry.date_added),
        "dateModified": _stamp(entry.date_modified),
        "uploadEventType": entry.upload_event_type,
        "fileType": entry.file_type,
        "fileSize": entry.file_size,
        "scanFailureReason": entry.scan_failure_reason,
        "reviewStatus": entry.review_status,
        "reviewedById": standard_uuid(entry.reviewed_by) if entry.reviewed_by else None,
        "isRemoved": entry.asset_id not in fake.assets,
        "isSafe": entry.review_status == "APPROVED" or entry.scan_status == "CLEARED",
    }


def _page(fake: FakeBynder, entries: list[QuarantineEntry]) -> dict[str, Any]:
    return {"totalCount": len(entries), "assets": [render_entry(fake, e) for e in entries]}


def _entry_or_404(fake: FakeBynder, any_id: str) -> QuarantineEntry:
    entry = fake.platform.quarantine.get(any_id)
    if entry is None:
        wanted = canonical(any_id)
        held = [e for e in fake.platform.quarantine.values() if canonical(e.asset_id) == wanted]
        entry = max(held, key=lambda e: e.date_added) if held else None  # the latest upload
    if entry is None:
        raise HTTPError(404, "Asset not found")
    return entry


def _decision(data: Any) -> str:
    if not isinstance(data, dict):
        raise HTTPError(400, "Field data must be an object")
    decision = data.get("review_status")
    if decision not in REVIEWS:
        raise HTTPError(400, f"data.review_status must be one of {list(REVIEWS)}")
    return str(decision)


def _review(fake: FakeBynder, req: FakeRequest, entry: QuarantineEntry, decision: str) -> None:
    entry.review_status = decision
    entry.reviewed_by = token_user_id(fake, req)
    entry.date_modified = fake.clock()


@route(
    "GET",
    "/v7/quarantine/v1/assets",
    "list_quarantined_assets",
    scopes=("antivirus.asset.audit:read",),
)
def list_quarantined_assets(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    entries = sorted(fake.platform.quarantine.values(), key=lambda e: (-e.date_added, e.id))
    return json_response(200, _page(fake, entries))


@route(
    "GET",
    "/v7/quarantine/v1/assets/{asset_id}",
    "get_quarantined_asset",
    scopes=("antivirus.asset.audit:read",),
)
def get_quarantined_asset(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(200, render_entry(fake, _entry_or_404(fake, req.path_params["asset_id"])))


@route(
    "PUT",
    "/v7/quarantine/v1/assets/{asset_id}",
    "review_quarantined_asset",
    scopes=("antivirus.asset.audit:write",),
)
def review_quarantined_asset(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    entry = _entry_or_404(fake, req.path_params["asset_id"])
    decision = _decision(json_object(req).get("data"))
    _review(fake, req, entry, decision)
    return json_response(200, render_entry(fake, entry))


@route(
    "POST",
    "/v7/quarantine/v1/antivirus-audit",
    "review_quarantined_assets",
    scopes=("antivirus.asset.audit:write",),
)
def review_quarantined_assets(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    data = json_object(req).get("data")
    decision = _decision(data)
    assert isinstance(data, dict)
    ids = data.get("antivirus_asset_ids")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise HTTPError(400, "data.antivirus_asset_ids must be a non-empty array of ids")
    missing = [i for i in ids if i not in fake.platform.quarantine]
    if missing:
        raise HTTPError(404, f"Asset not found: {', '.join(missing)}")
    entries = [fake.platform.quarantine[i] for i in dict.fromkeys(ids)]
    for entry in entries:
        _review(fake, req, entry, decision)
    return json_response(200, _page(fake, entries))
