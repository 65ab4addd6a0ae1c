"""The trash: assets deleted in the last 30 days, with who deleted them and when.

`delete_asset` puts the asset here (`trash_asset`); the files themselves are gone at once, the
record stays until it is 30 days old.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..messages import FakeRequest, FakeResponse, HTTPError, json_response
from ..router import route
from ..state import Asset, TrashedAsset, iso_offset, parse_date
from .common import page_of, portal_url, query_int
from .usage import forget_asset_usage

if TYPE_CHECKING:
    from ..core import FakeBynder

RETENTION = 30 * 86400.0
SORT_FIELDS = {
    "media.dateCreated": "date_created",
    "media.dateRemoved": "date_removed",
    "media.name": "name",
    "media.username": "username",
}


def trash_asset(fake: FakeBynder, asset: Asset, user_id: str) -> None:
    """Record a deleted asset in the trash and drop what referred to it elsewhere."""
    user = fake.users.get(user_id)
    fake.trash[asset.id] = TrashedAsset(
        id=asset.id,
        name=asset.name,
        id_hash=asset.id_hash,
        date_created=asset.date_created,
        date_removed=fake.clock(),
        user_id=user_id,
        username=user.username if user else "",
    )
    forget_asset_usage(fake, asset.id)


def purge(fake: FakeBynder) -> None:
    """Forget what was removed more than 30 days ago."""
    cutoff = fake.clock() - RETENTION
    for asset_id in [t.id for t in fake.trash.values() if t.date_removed < cutoff]:
        del fake.trash[asset_id]


def render_trashed(req: FakeRequest, item: TrashedAsset) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "dateCreated": iso_offset(item.date_created),
        "dateRemoved": iso_offset(item.date_removed),
        "username": item.username,
        "userId": item.user_id,
        "S3_filepointer": portal_url(
            req, f"/m/{item.id_hash}/thul-{quote(item.name or item.id)}.jpg"
        ),
    }


@route("GET", "/api/trash/media/", "list_trashed_assets", scopes=("asset:read",))
def list_trashed_assets(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    purge(fake)
    page = query_int(req, "page", 1, minimum=1)
    limit = query_int(req, "limit", 10, minimum=1, maximum=1000)
    items = list(fake.trash.values())
    raw_since = req.query_value("dateRemoved")
    if raw_since:
        since = parse_date(raw_since)
        if since is None:
            raise HTTPError(400, "dateRemoved must be an ISO 8601 date-time")
        items = [t for t in items if t.date_removed >= since]
    field = req.query_value("field") or "media.dateRemoved"
    if field not in SORT_FIELDS:
        raise HTTPError(400, f"field must be one of {sorted(SORT_FIELDS)}")
    order = (
        req.query_value("order") or ("desc" if field == "media.dateRemoved" else "asc")
    ).lower()
    if order not in ("asc", "desc"):
        raise HTTPError(400, "order must be asc or desc")
    attr = SORT_FIELDS[field]
    items.sort(
        key=lambda t: (
            str(getattr(t, attr)).lower() if attr in ("name", "username") else getattr(t, attr),
            t.id,
        ),
        reverse=order == "desc",
    )
    return json_response(200, [render_trashed(req, t) for t in page_of(items, page, limit)])
