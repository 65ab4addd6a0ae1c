"""Analytics, computed from what the fake holds and what it has served.

Events come from the recorded requests (`fake.requests`): a successful `get_asset` is a view, a
download location handed out is a download, `get_collection` is a collection view, `list_assets`
with a keyword is a search, a token issued is a login. The state adds the rest: every asset's
creation, archived assets, the trash's removals and each user's last login. So the numbers move
as a test uses the portal; `fake.reset_records()` forgets the request-based events.

Paging follows Bynder: `limit` records from `cursor` (base64 of an offset in the v1 operations, a
plain offset in v2), with `Next-Cursor` and `Next-Url` headers while more remain. Several v1
operations answer CSV when asked for `text/csv`; the `.csv` operations always do.
"""

from __future__ import annotations

import base64
import binascii
import csv
import hashlib
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ..messages import FakeRequest, FakeResponse, HTTPError, json_response
from ..router import route
from ..state import Asset, parse_date
from .common import query_int

if TYPE_CHECKING:
    from ..core import FakeBynder, RecordedRequest

SCOPES = ("analytics.api:read",)
V1 = "/v7/analytics/api/v1"
DOWNLOADS = frozenset(
    {
        "download_specific_asset_item",
        "get_asset_download_location",
        "get_asset_version_download_location",
    }
)
SEARCH_CONTROL = frozenset({"keyword", "page", "limit", "total", "count", "orderBy", "cursor"})


@dataclass
class Event:
    """One analytics event; `kind` is the v1 event type (`asset.view`, ...)."""

    kind: str
    time: float
    user_id: str
    key: str  # what makes the event unique, for its ids
    asset_id: str = ""
    media_item_id: str = ""
    media_item_type: str = ""
    collection_id: str = ""
    user_agent: str = ""
    ip_address: str = ""
    keyword: str = ""
    filters: list[dict[str, str]] = field(default_factory=list)
    sort: tuple[str, str] = ("dateCreated", "desc")

    @property
    def id(self) -> str:
        return hashlib.sha1(self.key.encode()).hexdigest()[:24]

    @property
    def event_uuid(self) -> str:
        h = hashlib.sha1(("v2:" + self.key).encode()).hexdigest()
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


def iso_millis(ts: float) -> str:
    """`2021-11-15T10:07:57.781+00:00`, the analytics date-time form."""
    moment = datetime.fromtimestamp(ts, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}+00:00"


def _record_user(fake: FakeBynder, rec: RecordedRequest) -> str:
    scheme, _, token = rec.headers.get("authorization", "").partition(" ")
    info = fake.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
    return info.user_id if info is not None else fake.current_user_id


def _login_user(fake: FakeBynder, rec: RecordedRequest) -> str | None:
    client_id = rec.body.get("client_id") if isinstance(rec.body, dict) else None
    scheme, _, value = rec.headers.get("authorization", "").partition(" ")
    if not client_id and scheme.lower() == "basic":
        try:
            client_id = base64.b64decode(value.strip()).decode().partition(":")[0]
        except (binascii.Error, UnicodeDecodeError):
            client_id = None
    app = fake.oauth_apps.get(client_id) if isinstance(client_id, str) else None
    return app.user_id if app is not None else None


def _matches(asset: Asset, keyword: str) -> bool:
    low = keyword.lower()
    fields = [asset.name, asset.description, *asset.tags]
    return any(low in text.lower() for text in fields)


def events(fake: FakeBynder) -> list[Event]:
    """Every event the portal knows, oldest first."""
    out: list[Event] = []
    for n, rec in enumerate(list(fake.requests)):
        op, status = rec.operation_id, rec.status or 0
        if op is None or not 200 <= status < 300:
            continue
        params = rec.path_params
        key = f"{n}:{rec.time}:{rec.method}:{rec.path}"
        if op == "get_asset":
            out.append(
                Event("asset.view", rec.time, _record_user(fake, rec), key, asset_id=params["id"])
            )
        elif op in DOWNLOADS:
            asset = fake.assets.get(params.get("id", ""))
            item_id = params.get("itemId", "")
            item_type = "original"
            if asset is not None:
                item = next((i for i in asset.items if item_id in (i.id, i.id_hash)), None)
                if item is None:
                    item = asset.original()
                item_id, item_type = (item.id, item.type) if item else (item_id, "original")
            out.append(
                Event(
                    "asset.download",
                    rec.time,
                    _record_user(fake, rec),
                    key,
                    asset_id=params.get("id", ""),
                    media_item_id=item_id,
                    media_item_type=item_type,
                )
            )
        elif op == "get_collection":
            out.append(
                Event(
                    "collection.view",
                    rec.time,
                    _record_user(fake, rec),
                    key,
                    collection_id=params["id"],
                    user_agent=rec.headers.get("user-agent", ""),
                    ip_address=rec.headers.get("x-forwarded-for", "127.0.0.1"),
                )
            )
        elif op == "list_assets" and rec.query_dict().get("keyword"):
            query = rec.query_dict()
            order_field, _, order = (query.get("orderBy") or "dateCreated desc").partition(" ")
            out.append(
                Event(
                    "search.keyword",
                    rec.time,
                    _record_user(fake, rec),
                    key,
                    keyword=query["keyword"],
                    filters=[
                        {"field": k, "value": v} for k, v in rec.query if k not in SEARCH_CONTROL
                    ],
                    sort=(order_field, order.strip() or "desc"),
                )
            )
        elif op == "oauth2_token":
            user_id = _login_user(fake, rec)
            if user_id is not None:
                out.append(Event("user.login", rec.time, user_id, key))
    for asset in fake.assets.values():
        creator = next(
            (u.id for u in fake.users.values() if u.name == asset.user_created),
            fake.current_user_id,
        )
        out.append(
            Event("asset.create", asset.date_created, creator, f"c:{asset.id}", asset_id=asset.id)
        )
        if asset.archive:
            out.append(
                Event(
                    "asset.archive",
                    asset.date_modified,
                    creator,
                    f"a:{asset.id}",
                    asset_id=asset.id,
                )
            )
    for trashed in fake.trash.values():
        if trashed.id not in fake.assets:
            out.append(
                Event(
                    "asset.create",
                    trashed.date_created,
                    fake.current_user_id,
                    f"c:{trashed.id}",
                    asset_id=trashed.id,
                )
            )
        out.append(
            Event(
                "asset.remove",
                trashed.date_removed,
                trashed.user_id,
                f"r:{trashed.id}",
                asset_id=trashed.id,
            )
        )
    for user in fake.users.values():
        if user.last_login is not None:
            out.append(Event("user.login", user.last_login, user.id, f"l:{user.id}"))
    out.sort(key=lambda e: (e.time, e.key))
    return out


# -- rendering -----------------------------------------------------------------------------------


def _asset_fields(fake: FakeBynder, asset_id: str) -> dict[str, Any]:
    asset = fake.assets.get(asset_id)
    if asset is not None:
        return {
            "assetType": asset.type,
            "assetName": asset.name,
            "assetAudit": "ACCEPTED",
            "fileName": f"{asset.id}___{asset.name}",
        }
    trashed = fake.trash.get(asset_id)
    name = trashed.name if trashed is not None else ""
    return {
        "assetType": None,
        "assetName": name or None,
        "assetAudit": None,
        "fileName": f"{asset_id}___{name}" if name else None,
    }


def render_event(fake: FakeBynder, e: Event) -> dict[str, Any]:
    """The v1 event object (`AnalyticsEvent`)."""
    out: dict[str, Any] = {
        "id": e.id,
        "eventType": e.kind,
        "userId": e.user_id,
        "dateTime": iso_millis(e.time),
    }
    if e.asset_id:
        out["assetId"] = e.asset_id
        out.update(_asset_fields(fake, e.asset_id))
    if e.kind == "asset.download":
        out["mediaItemId"] = e.media_item_id
        out["mediaItemType"] = e.media_item_type
    return out


def _matching_assets(fake: FakeBynder, keyword: str) -> int:
    return sum(1 for a in fake.assets.values() if _matches(a, keyword))


def _matching_collections(fake: FakeBynder, keyword: str) -> int:
    low = keyword.lower()
    return sum(1 for c in fake.collections.values() if low in c.name.lower())


def render_search(fake: FakeBynder, e: Event) -> dict[str, Any]:
    return {
        "eventId": e.event_uuid,
        "eventType": "SearchExecuted",
        "dateTime": iso_millis(e.time),
        "userId": e.user_id,
        "terms": e.keyword.split(),
        "filters": e.filters,
        "operator": "AND",
        "sortOrder": {"field": e.sort[0], "order": e.sort[1]},
        "results": {"assets": _matching_assets(fake, e.keyword)},
    }


def render_keyword(fake: FakeBynder, e: Event) -> dict[str, Any]:
    assets = _matching_assets(fake, e.keyword)
    collections = _matching_collections(fake, e.keyword)
    return {
        "id": e.id,
        "eventType": e.kind,
        "userId": e.user_id,
        "dateTime": iso_millis(e.time),
        "keyword": e.keyword,
        "totalResults": assets + collections,
        "tagsResults": 0,
        "assetsResults": assets,
        "documentsResults": 0,
        "guidelinesResults": 0,
        "collectionsResults": collections,
        "metapropertiesResults": 0,
        "collectionAssetsResults": 0,
        "workflowCampaignsResults": 0,
        "brandstoreProductsResults": 0,
    }


def render_collection_view(fake: FakeBynder, e: Event) -> dict[str, Any]:
    collection = fake.collections.get(e.collection_id)
    return {
        "eventId": e.event_uuid,
        "collectionId": e.collection_id,
        "eventType": "CollectionViewed",
        "dateTime": iso_millis(e.time),
        "userId": e.user_id,
        "isOwner": collection is not None and collection.user_id == e.user_id,
        "viewOrigin": "internal",
        "ipAddress": e.ip_address,
        "userAgent": e.user_agent,
        "isBynderSupport": False,
    }


# -- paging, filtering and CSV -------------------------------------------------------------------


def _moment(req: FakeRequest, name: str) -> float | None:
    raw = req.query_value(name)
    if not raw:
        return None
    moment = parse_date(raw)
    if moment is None:
        raise HTTPError(400, f"Query parameter {name} must be an ISO 8601 date-time")
    return moment


def _in_range(req: FakeRequest, items: list[Event], lo: str, hi: str) -> list[Event]:
    start, end = _moment(req, lo), _moment(req, hi)
    return [
        e for e in items if (start is None or e.time >= start) and (end is None or e.time < end)
    ]


def _offset(req: FakeRequest, numeric: bool) -> int:
    raw = req.query_value("cursor")
    if raw is None or raw == "":
        return 0
    if numeric:
        text = raw
    else:
        try:
            text = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
            raise HTTPError(400, "Invalid cursor") from exc
        text = text.partition(":")[0]  # cursors such as "0:0" carry the offset first
    if not text.isdigit():
        raise HTTPError(400, "Invalid cursor")
    return int(text)


def _encode(offset: int, numeric: bool) -> str:
    return (
        str(offset)
        if numeric
        else base64.urlsafe_b64encode(str(offset).encode()).decode().rstrip("=")
    )


def page(
    req: FakeRequest, items: list[Any], *, numeric: bool = False
) -> tuple[list[Any], list[tuple[str, str]]]:
    """One page of `items` and the Next-Cursor / Next-Url headers (none on the last page)."""
    limit = query_int(req, "limit", 1000, minimum=1, maximum=10000)
    start = _offset(req, numeric)
    chunk = items[start : start + limit]
    headers: list[tuple[str, str]] = []
    if start + limit < len(items):
        cursor = _encode(start + limit, numeric)
        query = [(k, v) for k, v in req.query if k not in ("cursor", "limit")]
        query += [("limit", str(limit)), ("cursor", cursor)]
        headers = [("Next-Cursor", cursor), ("Next-Url", f"{req.path}?{urlencode(query)}")]
    return chunk, headers


def wants_csv(req: FakeRequest) -> bool:
    accept = (req.headers.get("accept") or "").lower()
    return "text/csv" in accept and "application/json" not in accept


def csv_response(
    rows: list[list[Any]], headers: list[tuple[str, str]], *, header: list[str] | None = None
) -> FakeResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header is not None:
        writer.writerow(header)
    for row in rows:
        writer.writerow(
            ["" if v is None else str(v).lower() if isinstance(v, bool) else v for v in row]
        )
    return FakeResponse(
        200,
        [("Content-Type", "text/csv; charset=utf-8"), *headers],
        content=buffer.getvalue().encode(),
    )


def _millis(ts: float) -> int:
    return round(ts * 1000)


EVENT_COLUMNS = [
    "id",
    "eventType",
    "userId",
    "dateTime",
    "assetId",
    "assetType",
    "assetName",
    "assetAudit",
    "fileName",
    "mediaItemId",
    "mediaItemType",
]


def _event_list(
    fake: FakeBynder, req: FakeRequest, kinds: set[str], *, csv_ok: bool, keep: Any = None
) -> FakeResponse:
    chosen = [e for e in events(fake) if e.kind in kinds and (keep is None or keep(e))]
    chosen = _in_range(req, chosen, "fromDateTime", "toDateTime")
    chunk, headers = page(req, chosen)
    if csv_ok and wants_csv(req):
        rows = []
        for e in chunk:
            data = render_event(fake, e)
            data["dateTime"] = _millis(e.time)
            rows.append([data.get(column) for column in EVENT_COLUMNS])
        return csv_response(rows, headers, header=EVENT_COLUMNS)
    return json_response(200, [render_event(fake, e) for e in chunk], headers)


# -- assets --------------------------------------------------------------------------------------


@route("GET", "/v7/analytics/api/v2/asset/views", "list_asset_views", scopes=SCOPES)
def list_asset_views(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    chosen = _in_range(
        req, [e for e in events(fake) if e.kind == "asset.view"], "fromDateTime", "toDateTime"
    )
    chunk, headers = page(req, chosen, numeric=True)
    body = [
        {
            "eventId": e.event_uuid,
            "eventType": "AssetViewed",
            "userId": e.user_id,
            "dateTime": iso_millis(e.time),
            "assetId": e.asset_id,
        }
        for e in chunk
    ]
    return json_response(200, body, headers)


@route("GET", f"{V1}/asset/view", "list_asset_view_events", scopes=SCOPES)
def list_asset_view_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return _event_list(fake, req, {"asset.view"}, csv_ok=True)


@route("GET", f"{V1}/asset/download", "list_asset_download_events", scopes=SCOPES)
def list_asset_download_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return _event_list(fake, req, {"asset.download"}, csv_ok=True)


@route("GET", f"{V1}/asset/v2/download", "list_asset_download_requests", scopes=SCOPES)
def list_asset_download_requests(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    chosen = _in_range(
        req, [e for e in events(fake) if e.kind == "asset.download"], "fromDateTime", "toDateTime"
    )
    chunk, headers = page(req, chosen)
    body = [
        {
            "eventId": e.event_uuid,
            "eventType": "AssetDownloadRequested",
            "dateTime": iso_millis(e.time),
            "userId": e.user_id,
            "assetId": e.asset_id,
            "downloadReasons": [],
        }
        for e in chunk
    ]
    return json_response(200, body, headers)


@route("GET", f"{V1}/asset/create", "list_asset_create_events", scopes=SCOPES)
def list_asset_create_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return _event_list(fake, req, {"asset.create"}, csv_ok=False)


@route("GET", f"{V1}/asset/archive", "list_asset_archive_events", scopes=SCOPES)
def list_asset_archive_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return _event_list(fake, req, {"asset.archive"}, csv_ok=False)


@route("GET", f"{V1}/asset/remove", "list_asset_remove_events", scopes=SCOPES)
def list_asset_remove_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return _event_list(fake, req, {"asset.remove"}, csv_ok=False)


ASSET_KINDS = {"asset.view", "asset.download", "asset.create", "asset.archive", "asset.remove"}


@route("GET", f"{V1}/asset/{{assetId}}", "list_asset_events", scopes=SCOPES)
def list_asset_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset_id = req.path_params["assetId"]
    if asset_id not in fake.assets and asset_id not in fake.trash:
        raise HTTPError(404, "Asset not found")
    return _event_list(fake, req, ASSET_KINDS, csv_ok=True, keep=lambda e: e.asset_id == asset_id)


# -- searches, users, collections ----------------------------------------------------------------


@route("GET", f"{V1}/search/executions", "list_search_executions", scopes=SCOPES)
def list_search_executions(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    chosen = _in_range(
        req, [e for e in events(fake) if e.kind == "search.keyword"], "fromDateTime", "toDateTime"
    )
    chunk, headers = page(req, chosen)
    return json_response(200, [render_search(fake, e) for e in chunk], headers)


KEYWORD_COLUMNS = [
    "id",
    "eventType",
    "userId",
    "dateTime",
    "keyword",
    "totalResults",
    "tagsResults",
    "assetsResults",
    "documentsResults",
    "guidelinesResults",
    "collectionsResults",
    "metapropertiesResults",
    "collectionAssetsResults",
    "workflowCampaignsResults",
    "brandstoreProductsResults",
]


def _keyword_events(
    fake: FakeBynder, req: FakeRequest
) -> tuple[list[Event], list[tuple[str, str]]]:
    chosen = _in_range(
        req, [e for e in events(fake) if e.kind == "search.keyword"], "fromDateTime", "toDateTime"
    )
    return page(req, chosen)


@route("GET", f"{V1}/search/keyword", "list_search_keyword_events", scopes=SCOPES)
def list_search_keyword_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    chunk, headers = _keyword_events(fake, req)
    return json_response(200, [render_keyword(fake, e) for e in chunk], headers)


@route("GET", f"{V1}/search/keyword.csv", "export_search_keyword_events", scopes=SCOPES)
def export_search_keyword_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    chunk, headers = _keyword_events(fake, req)
    rows = []
    for e in chunk:
        data = render_keyword(fake, e)
        data["dateTime"] = _millis(e.time)
        rows.append([data[column] for column in KEYWORD_COLUMNS])
    return csv_response(rows, headers, header=KEYWORD_COLUMNS)


@route("GET", f"{V1}/user/login", "list_user_login_events", scopes=SCOPES)
def list_user_login_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return _event_list(fake, req, {"user.login"}, csv_ok=True)


@route("GET", f"{V1}/user/{{userId}}", "list_user_events", scopes=SCOPES)
def list_user_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    user_id = req.path_params["userId"]
    if user_id not in fake.users:
        raise HTTPError(404, "User not found")
    kinds = ASSET_KINDS | {"user.login"}
    return _event_list(fake, req, kinds, csv_ok=True, keep=lambda e: e.user_id == user_id)


COLLECTION_COLUMNS = [
    "eventId",
    "collectionId",
    "eventType",
    "dateTime",
    "userId",
    "isOwner",
    "viewOrigin",
    "ipAddress",
    "userAgent",
    "isBynderSupport",
]


def _collection_views(
    fake: FakeBynder, req: FakeRequest
) -> tuple[list[Event], list[tuple[str, str]]]:
    chosen = _in_range(
        req, [e for e in events(fake) if e.kind == "collection.view"], "fromDateTime", "toDateTime"
    )
    return page(req, chosen)


@route("GET", f"{V1}/collection/views", "list_collection_view_events", scopes=SCOPES)
def list_collection_view_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    chunk, headers = _collection_views(fake, req)
    return json_response(200, [render_collection_view(fake, e) for e in chunk], headers)


@route("GET", f"{V1}/collection/views.csv", "export_collection_view_events", scopes=SCOPES)
def export_collection_view_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    chunk, headers = _collection_views(fake, req)
    rows = []
    for e in chunk:
        data = render_collection_view(fake, e)
        rows.append([data[column] for column in COLLECTION_COLUMNS])
    return csv_response(rows, headers, header=COLLECTION_COLUMNS)


# -- asset reports and history -------------------------------------------------------------------


def _report(fake: FakeBynder, asset: Asset) -> dict[str, Any]:
    creator = next(
        (u.id for u in fake.users.values() if u.name == asset.user_created), fake.current_user_id
    )
    metaproperties: dict[str, str] = {}
    for mp in sorted(fake.metaproperties.values(), key=lambda m: m.zindex):
        if mp.options:
            chosen = [mp.option(o) for o in asset.options.get(mp.id, [])]
            metaproperties[mp.name] = ", ".join(o.label for o in chosen if o is not None)
        else:
            metaproperties[mp.name] = asset.text_values.get(mp.id, "")
    stamp = iso_millis
    return {
        "assetId": asset.id,
        "name": asset.name,
        "description": asset.description,
        "isArchived": asset.archive,
        "type": asset.type,
        "audit": "ACCEPTED",
        "copyright": asset.copyright,
        "isLimited": asset.limited,
        "datePublished": stamp(asset.date_published) if asset.date_published else None,
        "isRemoved": False,
        "dateRemoved": None,
        "idHash": asset.id_hash,
        "phash": str(int(hashlib.sha1(asset.id_hash.encode()).hexdigest()[:9], 16)),
        "userCreated": creator,
        "dateCreated": stamp(asset.date_created),
        "userModified": creator,
        "dateModified": stamp(asset.date_modified),
        "isWatermarked": asset.watermarked,
        "isPublic": asset.is_public,
        "metaproperties": metaproperties,
    }


def _removed_report(fake: FakeBynder, asset_id: str) -> dict[str, Any]:
    trashed = fake.trash[asset_id]
    return {
        "assetId": trashed.id,
        "name": trashed.name,
        "isRemoved": True,
        "dateRemoved": iso_millis(trashed.date_removed),
        "idHash": trashed.id_hash,
        "userCreated": trashed.user_id,
        "dateCreated": iso_millis(trashed.date_created),
    }


@route("GET", f"{V1}/report/asset", "list_asset_reports", scopes=SCOPES)
def list_asset_reports(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    created_from, created_to = _moment(req, "fromDateCreated"), _moment(req, "toDateCreated")
    modified_from, modified_to = _moment(req, "fromDateModified"), _moment(req, "toDateModified")

    def keep(created: float, modified: float) -> bool:
        return (
            (created_from is None or created >= created_from)
            and (created_to is None or created < created_to)
            and (modified_from is None or modified >= modified_from)
            and (modified_to is None or modified < modified_to)
        )

    rows: list[tuple[float, str, dict[str, Any]]] = [
        (a.date_created, a.id, _report(fake, a))
        for a in fake.assets.values()
        if keep(a.date_created, a.date_modified)
    ]
    rows += [
        (t.date_created, t.id, _removed_report(fake, t.id))
        for t in fake.trash.values()
        if keep(t.date_created, t.date_removed)
    ]
    rows.sort(key=lambda row: (row[0], row[1]))
    chunk, headers = page(req, [row[2] for row in rows])
    return json_response(200, chunk, headers)


@route("GET", f"{V1}/report/asset/{{assetId}}", "get_asset_report", scopes=SCOPES)
def get_asset_report(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    asset_id = req.path_params["assetId"]
    asset = fake.assets.get(asset_id)
    if asset is not None:
        return json_response(200, _report(fake, asset))
    if asset_id in fake.trash:
        return json_response(200, _removed_report(fake, asset_id))
    raise HTTPError(404, "Asset not found")


@route("GET", f"{V1}/historical/{{year}}.csv", "export_historical_events", scopes=SCOPES)
def export_historical_events(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    year_text = req.path_params["year"]
    if not (len(year_text) == 4 and year_text.isdigit()):
        raise HTTPError(400, "The year must have four digits")
    year = int(year_text)
    rows = []
    for e in events(fake):
        if datetime.fromtimestamp(e.time, UTC).year != year:
            continue
        moment = datetime.fromtimestamp(e.time, UTC)
        when = moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
        asset = _asset_fields(fake, e.asset_id) if e.asset_id else {}
        rows.append(
            [
                e.kind,
                when,
                e.user_id,
                e.asset_id,
                asset.get("assetName") or "",
                asset.get("assetType") or "",
                asset.get("assetAudit") or "",
                asset.get("fileName") or "",
                e.media_item_id,
                e.media_item_type,
                e.collection_id,
                e.keyword,
                "",
                "",
                "",
                "",
                "",
            ]
        )
    if not rows:
        raise HTTPError(404, f"No historical data for {year}")
    return csv_response(rows, [])
