"""Assets ("media"): list with Bynder's filters and three response shapes, get, update, delete
(into the trash), download URLs of the original, a version or any media item, the streaming links
of videos, and assigning metaproperty options to an asset.

Big lists are served from a cache that is right by construction, hence on by default: nothing has
to invalidate it, each list checks it.

- Each asset's JSON is kept, per request origin and list flags, with every value its rendering
  read (`render_inputs`, and for all assets the metaproperty names and options of
  `metaproperty_inputs`). A list reuses the JSON only while those values equal the asset's current
  ones, and joins the cached bytes instead of encoding the page again. So a change made through
  the API, through the fake's helpers, by the clock or by a test editing a state object in place
  (`asset.tags.append(...)`) shows in the next list, with no hook to forget. The check reads the
  asset (a few microseconds) instead of rendering and encoding it (tens). Stamps bumped by setters
  alone would not do: tags, options and media items change in place, without a setter.
- The ordering of the whole list is reused while the list holds the same objects in the same
  order and no sort field of any asset has been assigned since (`Asset.sort_changes`; those fields
  hold immutable values, so an assignment is the only way to change them). That spares reading
  every asset's sort key for every page.

`FakeBynder(cache_renders=False)` renders every list afresh; the answers are byte-identical.
"""

from __future__ import annotations

import operator
import re
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..blobs import Blob
from ..messages import (
    FakeRequest,
    FakeResponse,
    HTTPError,
    empty_response,
    encode_json,
    json_response,
)
from ..router import route
from ..state import (
    Asset,
    MediaItem,
    Metaproperty,
    extension_of,
    iso,
    parse_date,
    split_csv,
    standard_uuid,
    v4_id,
)
from .common import (
    download_url,
    form_bool,
    json_object,
    page_of,
    portal_url,
    query_bool,
    query_int,
)
from .trash import trash_asset

if TYPE_CHECKING:
    from ..core import FakeBynder

MAX_LIMIT = 1000
ORDER_FIELDS = {"dateCreated", "dateModified", "datePublished", "name"}
#: Rendered assets kept per fake; the cache is emptied when it would grow past this.
MAX_CACHED_RENDERS = 250_000


def _flag(value: bool) -> int:
    return 1 if value else 0


def orientation(width: int | None, height: int | None) -> str:
    if not width or not height or width == height:
        return "square"
    return "landscape" if width > height else "portrait"


def item_key(asset: Asset, item: MediaItem) -> str:
    """The S3 key under which an item's bytes are stored."""
    return f"media/{asset.id}/{item.id}/{item.file_name}"


def new_item(
    fake: FakeBynder,
    asset: Asset,
    file_name: str,
    blob: Blob,
    *,
    kind: str = "original",
    width: int | None = None,
    height: int | None = None,
) -> MediaItem:
    """Attach stored bytes to an asset as a new original version or an additional."""
    now = fake.clock()
    version = asset.version + 1 if kind == "original" and asset.items else 1
    if kind == "original":
        for item in asset.items:
            if item.type == "original":
                item.active = False
    item = MediaItem(
        id=fake.ids.v4(),
        id_hash=fake.ids.hex(16),
        file_name=file_name,
        type=kind,
        blob=blob,
        date_created=now,
        version=version,
        width=width,
        height=height,
    )
    asset.items.append(item)
    fake.s3_objects[item_key(asset, item)] = blob
    asset.date_modified = now
    return item


def render_item(
    req: FakeRequest, asset: Asset, item: MediaItem, thumbnails: dict[str, str] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item.id,
        "fileName": item.file_name,
        "type": item.type,
        "dateCreated": iso(item.date_created),
        "size": item.size,
        "version": item.version,
        "active": _flag(item.active),
        "width": item.width,
        "height": item.height,
    }
    if item.type == "original":
        out["thumbnails"] = thumbnails or _thumbnails(req, asset)
    return out


def _thumbnails(req: FakeRequest, asset: Asset) -> dict[str, str]:
    name = quote(asset.name or asset.id)
    base = portal_url(req, f"/m/{asset.id_hash}")
    return {
        "mini": f"{base}/mini-{name}.jpg",
        "thul": f"{base}/thul-{name}.jpg",
        "webimage": f"{base}/webimage-{name}.jpg",
        "transformBaseUrl": portal_url(req, f"/transform/{asset.id}/{name}"),
    }


def property_values(fake: FakeBynder, asset: Asset) -> dict[str, Any]:
    """The `property_<name>` keys of an asset: option names (lists) or raw text values."""
    out: dict[str, Any] = {}
    for mp_id, option_ids in asset.options.items():
        mp = fake.metaproperties.get(mp_id)
        if mp is None or not option_ids:
            continue
        names = [opt.name for opt in mp.options if opt.id in option_ids]
        if names:
            out[f"property_{mp.name}"] = names
    for mp_id, value in asset.text_values.items():
        mp = fake.metaproperties.get(mp_id)
        if mp is not None:
            out[f"property_{mp.name}"] = value
    return out


def render_asset(
    fake: FakeBynder,
    req: FakeRequest,
    asset: Asset,
    *,
    media_items: bool = False,
    stats: bool = False,
    version_number: bool = False,
) -> dict[str, Any]:
    original = asset.original()
    width = original.width if original else None
    height = original.height if original else None
    thumbnails = _thumbnails(req, asset)
    created = iso(asset.date_created)
    published = asset.date_published or asset.date_created
    out: dict[str, Any] = {
        "id": asset.id,
        "idHash": asset.id_hash,
        "name": asset.name,
        "description": asset.description,
        "copyright": asset.copyright,
        "type": asset.type,
        "brandId": asset.brand_id,
        "userCreated": asset.user_created,
        "dateCreated": created,
        "dateModified": iso(asset.date_modified),
        "datePublished": created if published == asset.date_created else iso(published),
        "extension": [extension_of(original.file_name)] if original else [],
        "fileSize": original.size if original else 0,
        "width": width or 0,
        "height": height or 0,
        "orientation": orientation(width, height),
        "tags": list(asset.tags),
        "propertyOptions": [opt for ids in asset.options.values() for opt in ids],
        "archive": _flag(asset.archive),
        "limited": _flag(asset.limited),
        "isPublic": _flag(asset.is_public),
        "watermarked": _flag(asset.watermarked),
        "thumbnails": thumbnails,
        "transformBaseUrl": thumbnails["transformBaseUrl"],
        "videoPreviewURLs": [],
        "activeOriginalFocusPoint": {"x": asset.focus_point[0], "y": asset.focus_point[1]},
    }
    if asset.sub_brand_id:
        out["subBrandId"] = asset.sub_brand_id
    out.update(property_values(fake, asset))
    if media_items:
        out["mediaItems"] = [render_item(req, asset, item, thumbnails) for item in asset.items]
    if version_number:
        out["activeVersion"] = asset.version
    if stats:
        out["views"] = asset.views
        out["downloads"] = asset.downloads
    return out


def get_asset_or_404(fake: FakeBynder, asset_id: str) -> Asset:
    asset = fake.assets.get(asset_id)
    if asset is None:
        raise HTTPError(404, "Media not found")
    return asset


# -- the render cache ------------------------------------------------------------------------


def render_inputs(asset: Asset) -> tuple[object, ...]:
    """Every value of `asset` (and of its media items) that `render_asset` reads. Equal tuples
    render the same JSON: text, dates (formatted by value) and flags (rendered as 1 or 0) compare
    by equality; numbers rendered as they are compare by `repr`, which tells 1, 1.0, True and
    -0.0 apart."""
    return (
        asset.id,
        asset.id_hash,
        asset.name,
        asset.description,
        asset.copyright,
        asset.type,
        asset.brand_id,
        asset.sub_brand_id,
        asset.user_created,
        asset.date_created,
        asset.date_modified,
        asset.date_published,
        asset.archive,
        asset.limited,
        asset.is_public,
        asset.watermarked,
        repr(asset.focus_point),
        tuple(asset.tags),
        tuple([(mp_id, tuple(ids)) for mp_id, ids in asset.options.items()]),
        tuple(asset.text_values.items()),
        tuple(
            [
                (
                    i.id,
                    i.file_name,
                    i.type,
                    i.date_created,
                    i.active,
                    repr(i.size),
                    repr(i.version),
                    repr(i.width),
                    repr(i.height),
                )
                for i in asset.items
            ]
        ),
    )


def metaproperty_inputs(fake: FakeBynder) -> tuple[object, ...]:
    """What `render_asset` reads of the metaproperties: their names and options."""
    return tuple(
        [
            (mp_id, mp.name, tuple([(opt.id, opt.name) for opt in mp.options]))
            for mp_id, mp in fake.metaproperties.items()
        ]
    )


# (origin, mediaItems, versionNumber, asset id) -> (render_inputs, JSON)
_RenderKey = tuple[str, bool, bool, str]


class _RenderCache:
    """One fake's rendered assets and its last ordering of the asset list per sort."""

    def __init__(self) -> None:
        self.renders: dict[_RenderKey, tuple[tuple[object, ...], bytes]] = {}
        self.metaproperties: tuple[object, ...] = ()
        # (field, descending) -> (the assets, Asset.sort_changes then, the assets in order)
        self.orders: dict[tuple[str, bool], tuple[list[Asset], int, list[Asset]]] = {}


_CACHES: weakref.WeakKeyDictionary[FakeBynder, _RenderCache] = weakref.WeakKeyDictionary()


def _cache_of(fake: FakeBynder) -> _RenderCache:
    cache = _CACHES.get(fake)
    if cache is None:
        cache = _CACHES[fake] = _RenderCache()
    return cache


def encode_assets(
    fake: FakeBynder,
    req: FakeRequest,
    assets: Sequence[Asset],
    *,
    media_items: bool = False,
    version_number: bool = False,
) -> bytes:
    """The JSON array of the rendered assets, reusing each asset's cached JSON while the values
    its rendering reads are unchanged (byte-identical to encoding the rendered list at once)."""
    if not fake.cache_renders:
        return encode_json(
            [
                render_asset(fake, req, a, media_items=media_items, version_number=version_number)
                for a in assets
            ]
        )
    cache = _cache_of(fake)
    metaproperties = metaproperty_inputs(fake)
    if metaproperties != cache.metaproperties:
        cache.renders.clear()
        cache.metaproperties = metaproperties
    renders = cache.renders
    parts: list[bytes] = []
    for asset in assets:
        key = (req.origin, media_items, version_number, asset.id)
        inputs = render_inputs(asset)
        cached = renders.get(key)
        if cached is not None and cached[0] == inputs:
            parts.append(cached[1])
            continue
        body = encode_json(
            render_asset(fake, req, asset, media_items=media_items, version_number=version_number)
        )
        if len(renders) >= MAX_CACHED_RENDERS:
            renders.clear()
        renders[key] = (inputs, body)
        parts.append(body)
    return b"[" + b",".join(parts) + b"]"


# -- list ------------------------------------------------------------------------------------


def _has_options(fake: FakeBynder, asset: Asset, mp: Metaproperty, wanted: list[str]) -> bool:
    if mp.id in asset.text_values:
        return all(w == asset.text_values[mp.id] for w in wanted)
    have = set(asset.options.get(mp.id, []))
    for value in wanted:
        opt = mp.option(value)
        if opt is None or opt.id not in have:
            return False
    return True


def _metaproperty_by_name(fake: FakeBynder, name: str) -> Metaproperty | None:
    for mp in fake.metaproperties.values():
        if mp.name == name or mp.name.lower() == name.lower():
            return mp
    return None


def _date_filter(req: FakeRequest, name: str) -> float | None:
    raw = req.query_value(name)
    if raw is None or raw == "":
        return None
    value = parse_date(raw)
    if value is None:
        raise HTTPError(400, f"Query parameter {name} must be an ISO 8601 date")
    return value


def filter_assets(fake: FakeBynder, req: FakeRequest) -> list[Asset]:
    """Every asset matching the list filters, in the requested order."""
    assets = list(fake.assets.values())
    single = req.query_value("id")
    ids = split_csv(req.query_value("ids"))
    if single:
        ids.append(single)
    if ids:
        wanted = set(ids)
        assets = [a for a in assets if a.id in wanted]
    for name, attr in (("brandId", "brand_id"), ("subBrandId", "sub_brand_id")):
        value = req.query_value(name)
        if value:
            assets = [a for a in assets if getattr(a, attr) == value]
    collection_id = req.query_value("collectionId")
    if collection_id:
        collection = fake.collections.get(collection_id)
        members = set(collection.media) if collection else set()
        assets = [a for a in assets if a.id in members]
    types = set(split_csv(req.query_value("type")))
    if types:
        assets = [a for a in assets if a.type in types]
    orientations = set(split_csv(req.query_value("orientation")))
    if orientations:
        assets = [a for a in assets if _orientation_of(a) in orientations]
    tags = split_csv(req.query_value("tags"))
    if tags:
        assets = [a for a in assets if all(t in a.tags for t in tags)]
    keyword = (req.query_value("keyword") or "").strip().lower()
    if keyword:
        assets = [
            a
            for a in assets
            if keyword in a.name.lower()
            or keyword in a.description.lower()
            or any(keyword in t.lower() for t in a.tags)
        ]
    for name, attr in (("limited", "limited"), ("archive", "archive"), ("isPublic", "is_public")):
        if req.query_value(name) not in (None, ""):
            flag = query_bool(req, name)
            assets = [a for a in assets if getattr(a, attr) == flag]
    option_ids = split_csv(req.query_value("propertyOptionId"))
    if option_ids:
        assets = [
            a
            for a in assets
            if all(any(o in ids for ids in a.options.values()) for o in option_ids)
        ]
    for key, value in req.query:
        if not key.startswith("property_") or not value:
            continue
        mp = _metaproperty_by_name(fake, key[len("property_") :])
        if mp is None:
            assets = []
            break
        values = split_csv(value) or [value]
        assets = [a for a in assets if _has_options(fake, a, mp, values)]
    for name, op in (("dateCreated", "ge"), ("dateCreatedTo", "lt"), ("dateCreatedOn", "on")):
        assets = _apply_date(assets, "date_created", _date_filter(req, name), op)
    for name, op in (("dateModified", "ge"), ("dateModifiedTo", "lt"), ("dateModifiedOn", "on")):
        assets = _apply_date(assets, "date_modified", _date_filter(req, name), op)
    return _order(fake, assets, req.query_value("orderBy"))


def _apply_date(assets: list[Asset], attr: str, moment: float | None, op: str) -> list[Asset]:
    if moment is None:
        return assets
    if op == "ge":
        return [a for a in assets if getattr(a, attr) >= moment]
    if op == "lt":
        return [a for a in assets if getattr(a, attr) < moment]
    day = moment - moment % 86400
    return [a for a in assets if day <= getattr(a, attr) < day + 86400]


def _orientation_of(asset: Asset) -> str:
    original = asset.original()
    return orientation(original.width if original else None, original.height if original else None)


_ORDER_KEYS: dict[str, Callable[[Asset], Any]] = {
    "dateCreated": attrgetter("date_created"),
    "dateModified": attrgetter("date_modified"),
    "datePublished": lambda a: a.date_published or a.date_created,
    "name": lambda a: a.name.lower(),
}


def _order(fake: FakeBynder, assets: list[Asset], order_by: str | None) -> list[Asset]:
    field_name, _, direction = (order_by or "dateCreated desc").strip().partition(" ")
    if field_name not in ORDER_FIELDS:
        raise HTTPError(400, f"orderBy must be one of {sorted(ORDER_FIELDS)} with asc or desc")
    direction = (direction or "asc").strip().lower()
    if direction not in ("asc", "desc"):
        raise HTTPError(400, "orderBy direction must be asc or desc")
    descending = direction == "desc"
    # A sort depends only on its input's order and keys. The same objects in the same order,
    # with no sort key assigned since (`Asset.sort_changes`), sort the same way: the last
    # ordering is reused.
    changes = Asset.sort_changes
    orders = _cache_of(fake).orders if fake.cache_renders else None
    known = orders.get((field_name, descending)) if orders is not None else None
    if (
        known is not None
        and known[1] == changes
        and len(known[0]) == len(assets)
        and all(map(operator.is_, known[0], assets))
    ):
        return list(known[2])
    # The sort is stable (ties keep creation order, in both directions), so pages are consistent.
    ordered = sorted(assets, key=_ORDER_KEYS[field_name], reverse=descending)
    if orders is not None:
        orders[(field_name, descending)] = (assets, changes, ordered)
        return list(ordered)
    return ordered


def _facets(fake: FakeBynder, assets: list[Asset]) -> dict[str, Any]:
    counts: dict[str, Any] = {"total": len(assets)}
    for label, values in (
        ("brandId", [a.brand_id for a in assets]),
        ("type", [a.type for a in assets]),
        ("orientation", [_orientation_of(a) for a in assets]),
        ("tags", [t for a in assets for t in a.tags]),
    ):
        counts[label] = dict(Counter(values))
    for mp in fake.metaproperties.values():
        per_option = Counter(o for a in assets for o in a.options.get(mp.id, []))
        if per_option:
            counts[f"property_{mp.name}"] = {
                opt.name: per_option[opt.id] for opt in mp.options if per_option[opt.id]
            }
    return counts


@route("GET", "/api/v4/media/", "list_assets", scopes=("asset:read",))
def list_assets(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    page = query_int(req, "page", 1, minimum=1)
    limit = query_int(req, "limit", 50, minimum=1, maximum=MAX_LIMIT)
    count = query_bool(req, "count")
    total = query_bool(req, "total")
    media_items = query_bool(req, "includeMediaItems")
    version_number = query_bool(req, "includeVersionNumber")
    matched = filter_assets(fake, req)
    media = encode_assets(
        fake,
        req,
        page_of(matched, page, limit),
        media_items=media_items,
        version_number=version_number,
    )
    if count:
        body = b'{"count":%s,"media":%s}' % (encode_json(_facets(fake, matched)), media)
    elif total:
        body = b'{"total":{"count":%d},"media":%s}' % (len(matched), media)
    else:
        body = media
    return FakeResponse(200, [("Content-Type", "application/json")], content=body)


@route("GET", "/api/v4/media/{id}/", "get_asset", scopes=("asset:read",))
def get_asset(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset = get_asset_or_404(fake, req.path_params["id"])
    stats = query_bool(req, "stats")
    versions = query_bool(req, "versions")
    asset.views += 1
    return json_response(
        200, render_asset(fake, req, asset, media_items=True, stats=stats, version_number=versions)
    )


def apply_metaproperty_fields(fake: FakeBynder, asset: Asset, form: list[tuple[str, str]]) -> None:
    """Apply `metaproperty.<id>=opt1,opt2` fields (replacing each named metaproperty's value)."""
    for key, value in form:
        if not key.startswith("metaproperty."):
            continue
        mp_id = key[len("metaproperty.") :]
        mp = fake.metaproperties.get(mp_id)
        if mp is None:
            raise HTTPError(400, f"Unknown metaproperty {mp_id}")
        if not mp.options and mp.type not in ("select", "select2", "autocomplete"):
            if value:
                asset.text_values[mp.id] = value
            else:
                asset.text_values.pop(mp.id, None)
            continue
        option_ids = []
        for raw in split_csv(value):
            opt = mp.option(raw)
            if opt is None:
                raise HTTPError(400, f"Unknown option {raw} for metaproperty {mp.name}")
            option_ids.append(opt.id)
        if len(option_ids) > 1 and not mp.is_multiselect:
            raise HTTPError(400, f"Metaproperty {mp.name} takes a single option")
        if option_ids:
            asset.options[mp.id] = option_ids
        else:
            asset.options.pop(mp.id, None)


@route("POST", "/api/v4/media/{id}/", "update_asset", scopes=("asset:write",))
def update_asset(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset = get_asset_or_404(fake, req.path_params["id"])
    form = req.form or []
    fields = dict(form)
    if "brandId" in fields:
        if fields["brandId"] not in fake.brands:
            raise HTTPError(400, "Invalid brandId")
        asset.brand_id = fields["brandId"]
    if "datePublished" in fields:
        published = parse_date(fields["datePublished"])
        if published is None:
            raise HTTPError(400, "datePublished must be an ISO 8601 date")
        asset.date_published = published
    flags = {name: form_bool(req, name) for name in ("archive", "limited", "isPublic")}
    if fields.get("customThumbnailFileId") and form_bool(req, "removeCustomThumbnail"):
        raise HTTPError(
            400, "customThumbnailFileId and removeCustomThumbnail are mutually exclusive"
        )
    apply_metaproperty_fields(fake, asset, form)
    for name in ("name", "description", "copyright"):
        if name in fields:
            setattr(asset, name, fields[name])
    if "tags" in fields:
        asset.tags = split_csv(fields["tags"])
    if flags["archive"] is not None:
        asset.archive = flags["archive"]
    if flags["limited"] is not None:
        asset.limited = flags["limited"]
    if flags["isPublic"]:
        asset.is_public = True  # irreversible, as on the portal
    asset.date_modified = fake.clock()
    return json_response(202, {"message": "Accepted", "statuscode": 202})


def remove_asset(fake: FakeBynder, asset: Asset) -> None:
    del fake.assets[asset.id]
    for item in asset.items:
        fake.s3_objects.pop(item_key(asset, item), None)
    for collection in fake.collections.values():
        if asset.id in collection.media:
            collection.media.remove(asset.id)
    for job in fake.jobs.values():
        if asset.id in job.media:
            job.media.remove(asset.id)


@route("DELETE", "/api/v4/media/{id}/", "delete_asset", scopes=("asset:write",))
def delete_asset(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset = get_asset_or_404(fake, req.path_params["id"])
    token = fake.tokens.get(fake.bearer(req) or "")
    trash_asset(fake, asset, token.user_id if token else fake.current_user_id)
    remove_asset(fake, asset)
    return empty_response(204)


@route(
    "GET",
    "/api/v4/media/{id}/download/{itemId}/",
    "download_specific_asset_item",
    scopes=("asset:read",),
)
def download_item(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset = get_asset_or_404(fake, req.path_params["id"])
    item_id = req.path_params["itemId"]
    by_hash = query_bool(req, "hash")
    for item in asset.items:
        if (item.id_hash if by_hash else item.id) == item_id:
            asset.downloads += 1
            return json_response(200, {"s3_file": download_url(fake, req, item_key(asset, item))})
    raise HTTPError(404, "Original file not available")


@route("GET", "/api/v4/media/{id}/download/", "get_asset_download_location", scopes=("asset:read",))
def download_original(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset = get_asset_or_404(fake, req.path_params["id"])
    kind = req.query_value("type") or "original"
    if kind == "original":
        item = asset.original()
    elif kind == "additional":
        additionals = [i for i in asset.items if i.type == "additional"]
        item = max(additionals, key=lambda i: i.date_created) if additionals else None
    else:
        raise HTTPError(400, "Invalid type")
    if item is None:
        raise HTTPError(404, f"{kind.title()} file not available")
    asset.downloads += 1
    return json_response(200, {"s3_file": download_url(fake, req, item_key(asset, item))})


@route(
    "GET",
    "/api/v4/media/{id}/{version}/download/",
    "get_asset_version_download_location",
    scopes=("asset:read",),
)
def download_version(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset = get_asset_or_404(fake, req.path_params["id"])
    try:
        version = int(req.path_params["version"])
    except ValueError as exc:
        raise HTTPError(400, "The version must be a number") from exc
    for item in asset.items:
        if item.type == "original" and item.version == version:
            asset.downloads += 1
            return json_response(200, {"s3_file": download_url(fake, req, item_key(asset, item))})
    raise HTTPError(404, f"Version {version} not available")


_STANDARD_UUID = re.compile(r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")


@route(
    "GET", "/api/1/assets/{asset_id}/public-links", "get_asset_public_links", scopes=("asset:read",)
)
def public_links(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    raw = req.path_params["asset_id"]
    if not _STANDARD_UUID.match(raw):
        raise HTTPError(400, "asset_id must be a UUID in the 8-4-4-4-12 form")
    asset = fake.assets.get(v4_id(raw))
    if asset is None or asset.type != "video" or asset.original() is None:
        raise HTTPError(404, "manifest file not found")
    uuid = standard_uuid(asset.id)
    base = portal_url(req, f"/vod-stream/{uuid}")
    poster = portal_url(req, f"/asset/{uuid}/thumbnail/webimage-poster")
    player = portal_url(req, "/v7/video-delivery/main.js")
    embed = (
        f'<div bvd-manifest-url="{base}/play-hls2.m3u8" bvd-poster="{poster}"></div>'
        f'<script src="{player}"></script>'
    )
    return json_response(
        200,
        {"hls": f"{base}/play-hls2.m3u8", "dash": f"{base}/play-dash.mpd", "embedCode": embed},
    )


def _options_body(fake: FakeBynder, req: FakeRequest) -> tuple[Asset, Metaproperty, list[str]]:
    body = json_object(req)
    asset_id = body.get("asset_id")
    mp_id = body.get("metaproperty_id")
    option_ids = body.get("metaproperty_option_ids")
    if not isinstance(asset_id, str) or not isinstance(mp_id, str):
        raise HTTPError(400, "asset_id and metaproperty_id must be strings")
    if not isinstance(option_ids, list) or not all(isinstance(o, str) for o in option_ids):
        raise HTTPError(400, "metaproperty_option_ids must be a list of strings")
    asset = fake.assets.get(asset_id)
    mp = fake.metaproperties.get(mp_id)
    if asset is None or mp is None:
        raise HTTPError(404, "Not Found")
    resolved = []
    for option_id in option_ids:
        opt = mp.option(option_id)
        if opt is None:
            raise HTTPError(404, "Not Found")
        resolved.append(opt.id)
    return asset, mp, resolved


@route("POST", "/api/media/options", "add_asset_metaproperty_options", scopes=("asset:write",))
def add_options(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset, mp, option_ids = _options_body(fake, req)
    if mp.is_multiselect:
        current = asset.options.setdefault(mp.id, [])
        current.extend(o for o in option_ids if o not in current)
    elif option_ids:
        asset.options[mp.id] = option_ids[-1:]
    asset.date_modified = fake.clock()
    return json_response(201, {"message": "Created", "statuscode": 201})


@route("DELETE", "/api/media/options", "delete_asset_metaproperty_options", scopes=("asset:write",))
def delete_options(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset, mp, option_ids = _options_body(fake, req)
    remaining = [o for o in asset.options.get(mp.id, []) if o not in option_ids]
    if remaining:
        asset.options[mp.id] = remaining
    else:
        asset.options.pop(mp.id, None)
    asset.date_modified = fake.clock()
    return empty_response(204)
