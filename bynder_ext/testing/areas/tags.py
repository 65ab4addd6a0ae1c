"""Tags: the list with asset counts, and adding or removing one tag on many assets.

A tag is the text assets carry in `tags`; its id derives from the text, so it stays the same for
as long as the portal lives. Every tag a tags request has seen on an asset stays in `fake.tags`,
even once no asset carries it any more; the list shows it with a count of 0.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..router import route
from ..state import name_id, split_csv
from .common import form_json_ids, page_of, query_int

if TYPE_CHECKING:
    from ..core import FakeBynder

ORDERS = {"tag asc", "tag desc", "mediaCount asc", "mediaCount desc"}


def tag_id(text: str) -> str:
    return name_id("tag", text)


def tag_counts(fake: FakeBynder) -> Counter[str]:
    """Assets per tag text; registers every tag seen in `fake.tags`."""
    counts: Counter[str] = Counter(t for asset in fake.assets.values() for t in set(asset.tags))
    for text in counts:
        fake.tags.setdefault(tag_id(text), text)
    return counts


def tag_or_404(fake: FakeBynder, req: FakeRequest) -> str:
    tag_counts(fake)
    text = fake.tags.get(req.path_params["id"])
    if text is None:
        raise HTTPError(404, "Tag not found")
    return text


@route("GET", "/api/v4/tags/", "list_tags", scopes=("asset:read",))
def list_tags(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    page = query_int(req, "page", 1, minimum=1)
    limit = query_int(req, "limit", 50, minimum=1, maximum=1000)
    min_count = query_int(req, "mincount", 0, minimum=0)
    order = req.query_value("orderBy") or "tag asc"
    if order not in ORDERS:
        raise HTTPError(400, f"orderBy must be one of {sorted(ORDERS)}")
    keyword = (req.query_value("keyword") or "").strip().lower()
    counts = tag_counts(fake)
    rows = [
        (tid, text, counts[text])
        for tid, text in fake.tags.items()
        if counts[text] >= min_count and keyword in text.lower()
    ]
    field, direction = order.split(" ")
    if field == "tag":
        rows.sort(key=lambda row: (row[1].lower(), row[0]), reverse=direction == "desc")
    else:
        rows.sort(key=lambda row: (row[2], row[1].lower()), reverse=direction == "desc")
    return json_response(
        200,
        [{"id": tid, "tag": text, "mediaCount": n} for tid, text, n in page_of(rows, page, limit)],
    )


@route("POST", "/api/v4/tags/{id}/media/", "add_tag_to_assets", scopes=("asset:write",))
def add_tag_to_assets(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    text = tag_or_404(fake, req)
    asset_ids = form_json_ids(req)
    unknown = [a for a in asset_ids if a not in fake.assets]
    if unknown:
        raise HTTPError(400, f"Unknown asset id: {unknown[0]}")
    now = fake.clock()
    for asset_id in asset_ids:
        asset = fake.assets[asset_id]
        if text not in asset.tags:
            asset.tags.append(text)
            asset.date_modified = now
    return json_response(202, {"message": "Accepted", "statuscode": 202})


@route("DELETE", "/api/v4/tags/{id}/media/", "remove_tag_from_assets", scopes=("asset:write",))
def remove_tag_from_assets(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    text = tag_or_404(fake, req)
    asset_ids = split_csv(req.query_value("deleteIds"))
    if not asset_ids:
        raise HTTPError(400, "deleteIds is required")
    now = fake.clock()
    for asset_id in asset_ids:
        asset = fake.assets.get(asset_id)
        if asset is not None and text in asset.tags:
            asset.tags = [t for t in asset.tags if t != text]
            asset.date_modified = now
    return empty_response(204)
