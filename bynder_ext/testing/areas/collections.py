"""Collections: list (bare array, or `{count, collections}` with count=1), get, create (201 with a
`Location` and no id in the body), update (201), share (202) and delete (204); and their assets:
list (ids), add (`data=` JSON array, 202) and remove (`deleteIds`, 204)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..router import route
from ..state import Collection, cf_date, parse_date, split_csv
from .common import (
    form_bool,
    form_json_ids,
    form_required,
    page_of,
    portal_url,
    query_bool,
    query_int,
)

if TYPE_CHECKING:
    from ..core import FakeBynder

MAX_LIMIT = 1000
SHARE_OPTIONS = {"readOnly", "view", "readAccess", "edit"}
_EMAIL = re.compile(r"^[^@\s,]+@[^@\s,]+\.[^@\s,]+$")


def render_collection(fake: FakeBynder, req: FakeRequest, c: Collection) -> dict[str, Any]:
    owner = fake.users.get(c.user_id)
    cover_id = c.thumbnail_asset_id or (c.media[0] if c.media else None)
    cover_asset = fake.assets.get(cover_id) if cover_id else None
    thumb = portal_url(req, f"/m/{cover_asset.id_hash}/thul-cover.jpg") if cover_asset else ""
    return {
        "id": c.id,
        "name": c.name,
        "description": c.description,
        "userId": c.user_id,
        "user": {"id": c.user_id, "name": owner.name if owner else ""},
        "collectionCount": len(c.media),
        "views": c.views,
        "isPublic": 1 if c.is_public else 0,
        "dateCreated": cf_date(c.date_created),
        "dateModified": cf_date(c.date_modified),
        "cover": {"thumbnail": thumb, "thumbnails": [thumb] if thumb else [], "large": thumb},
        "link": portal_url(req, f"/collections/view/{c.id}/"),
    }


def get_collection_or_404(fake: FakeBynder, collection_id: str) -> Collection:
    collection = fake.collections.get(collection_id)
    if collection is None:
        raise HTTPError(404, "Collection not found")
    return collection


@route("GET", "/api/v4/collections/", "list_collections", scopes=("collection:read",))
def list_collections(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    page = query_int(req, "page", 1, minimum=1)
    limit = query_int(req, "limit", 50, minimum=1, maximum=MAX_LIMIT)
    count = query_bool(req, "count")
    items = list(fake.collections.values())
    ids = set(split_csv(req.query_value("ids")))
    if ids:
        items = [c for c in items if c.id in ids]
    keyword = (req.query_value("keyword") or "").strip().lower()
    if keyword:
        items = [c for c in items if keyword in c.name.lower() or keyword in c.description.lower()]
    if req.query_value("isPublic") not in (None, ""):
        public = query_bool(req, "isPublic")
        items = [c for c in items if c.is_public == public]
    min_count = query_int(req, "minCount", 0, minimum=0)
    if min_count:
        items = [c for c in items if len(c.media) >= min_count]
    field_name, _, direction = (req.query_value("orderBy") or "dateCreated desc").partition(" ")
    direction = direction.strip().lower() or "asc"
    if field_name not in ("dateCreated", "name") or direction not in ("asc", "desc"):
        raise HTTPError(400, "Invalid request parameters.")
    if field_name == "name":
        items.sort(key=lambda c: (c.name.lower(), c.id), reverse=direction == "desc")
    else:
        items.sort(key=lambda c: (c.date_created, c.id), reverse=direction == "desc")
    rendered = [render_collection(fake, req, c) for c in page_of(items, page, limit)]
    if count:
        return json_response(200, {"count": len(items), "collections": rendered})
    return json_response(200, rendered)


@route("GET", "/api/v4/collections/{id}/", "get_collection", scopes=("collection:read",))
def get_collection(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    collection = get_collection_or_404(fake, req.path_params["id"])
    collection.views += 1
    return json_response(200, render_collection(fake, req, collection))


def create_collection_object(
    fake: FakeBynder, name: str, description: str = "", *, user_id: str | None = None
) -> Collection:
    now = fake.clock()
    collection = Collection(
        id=fake.ids.v4(),
        name=name,
        description=description,
        user_id=user_id or fake.current_user_id,
        date_created=now,
        date_modified=now,
    )
    fake.collections[collection.id] = collection
    return collection


@route("POST", "/api/v4/collections/", "create_collection", scopes=("collection:write",))
def create_collection(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    name = form_required(req, "name", "Collection name can't be empty")
    collection = create_collection_object(fake, name, req.form_value("description") or "")
    location = portal_url(req, f"/api/v4/collections/{collection.id}/")
    return json_response(201, {"message": "Created", "statuscode": 201}, [("Location", location)])


@route("POST", "/api/v4/collections/{id}/", "update_collection", scopes=("collection:write",))
def update_collection(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    collection = get_collection_or_404(fake, req.path_params["id"])
    fields = req.form_dict()
    if "name" in fields and not fields["name"].strip():
        raise HTTPError(400, "Collection name can't be empty")
    public = form_bool(req, "isPublic")
    thumbnail = fields.get("thumbnailAssetId")
    if thumbnail and thumbnail not in fake.assets:
        raise HTTPError(400, "thumbnailAssetId is not an asset")
    if "name" in fields:
        collection.name = fields["name"]
    if "description" in fields:
        collection.description = fields["description"]
    if public is not None:
        collection.is_public = public
    if thumbnail:
        collection.thumbnail_asset_id = thumbnail
    collection.date_modified = fake.clock()
    return json_response(201, {"message": "Created", "statuscode": 201})


@route("POST", "/api/v4/collections/{id}/share/", "share_collection", scopes=("collection:write",))
def share_collection(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    collection = get_collection_or_404(fake, req.path_params["id"])
    option = form_required(req, "collectionOptions")
    if option not in SHARE_OPTIONS:
        raise HTTPError(400, f"collectionOptions must be one of {sorted(SHARE_OPTIONS)}")
    recipients = split_csv(req.form_value("recipients"))
    groups = split_csv(req.form_value("groups"))
    profiles = split_csv(req.form_value("profiles"))
    if not (recipients or groups or profiles):
        raise HTTPError(400, "Recipients, groups or profiles must contain at least one entry")
    bad = [r for r in recipients if not _EMAIL.match(r)]
    if bad:
        raise HTTPError(400, f"Invalid recipient e-mail address: {bad[0]}")
    for name in ("dateStart", "dateEnd"):
        value = req.form_value(name)
        if value and parse_date(value) is None:
            raise HTTPError(400, f"{name} must be an ISO 8601 date")
    collection.shares.append(
        {
            "collectionOptions": option,
            "recipients": recipients,
            "groups": groups,
            "profiles": profiles,
            "loginRequired": form_bool(req, "loginRequired") or False,
            "sendMail": form_bool(req, "sendMail") or False,
            "dateStart": req.form_value("dateStart"),
            "dateEnd": req.form_value("dateEnd"),
            "message": req.form_value("message") or "",
        }
    )
    return json_response(202, {"message": "accepted", "statuscode": 202})


@route("DELETE", "/api/v4/collections/{id}/", "delete_collection", scopes=("collection:write",))
def delete_collection(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    collection = get_collection_or_404(fake, req.path_params["id"])
    del fake.collections[collection.id]
    return empty_response(204)


# -- the assets of a collection ------------------------------------------------------------------


@route(
    "GET", "/api/v4/collections/{id}/media/", "list_collection_assets", scopes=("collection:read",)
)
def list_collection_assets(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    collection = get_collection_or_404(fake, req.path_params["id"])
    return json_response(200, [a for a in collection.media if a in fake.assets])


@route(
    "POST",
    "/api/v4/collections/{id}/media/",
    "add_assets_to_collection",
    scopes=("collection:write",),
)
def add_assets_to_collection(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    collection = get_collection_or_404(fake, req.path_params["id"])
    asset_ids = form_json_ids(req)
    unknown = [a for a in asset_ids if a not in fake.assets]
    if unknown:
        raise HTTPError(400, f"Unknown asset id: {unknown[0]}")
    collection.media.extend(a for a in asset_ids if a not in collection.media)
    collection.date_modified = fake.clock()
    return json_response(202, {"message": "Accepted", "statuscode": 202})


@route(
    "DELETE",
    "/api/v4/collections/{id}/media/",
    "remove_assets_from_collection",
    scopes=("collection:write",),
)
def remove_assets_from_collection(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    collection = get_collection_or_404(fake, req.path_params["id"])
    doomed = set(split_csv(req.query_value("deleteIds")))
    if not doomed:
        raise HTTPError(400, "deleteIds is required")
    collection.media = [a for a in collection.media if a not in doomed]
    collection.date_modified = fake.clock()
    return empty_response(204)
