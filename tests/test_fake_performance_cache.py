"""The fake's render cache for asset lists: every change shows in the next list, however it was
made (the API, the fake's helpers, the clock, or a test editing a state object in place), and the
answers are byte-identical with and without the cache."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from bynder_ext.testing import FakeBynder
from bynder_ext.testing.areas import assets as assets_area
from bynder_ext.testing.blobs import MemoryBlob
from bynder_ext.testing.state import Asset, MediaItem, Metaproperty, Option
from tests.test_fake_state import finalise, upload_parts

PORTAL = "https://portal.fake-bynder.test"
START = 1_750_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeBynder:
    # Checking requests and answers against the spec is other tests' job (the answers are
    # byte-identical to the uncached ones); without it each list takes a millisecond, not 25.
    fake = FakeBynder(strict=False, min_part_size=0, clock=clock)
    fake.seed(n_assets=30, n_collections=3)
    return fake


@pytest.fixture
def api(fake: FakeBynder) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as client:
        yield client


@pytest.fixture
def s3(fake: FakeBynder) -> Iterator[httpx.Client]:
    with httpx.Client(transport=fake.transport()) as client:
        yield client


def variants(fake: FakeBynder) -> list[dict[str, str]]:
    """List requests covering the shapes, the flags, every order and a few filters."""
    collection = next(iter(fake.collections))
    every = {"limit": "1000", "total": "1", "includeMediaItems": "1", "includeVersionNumber": "1"}
    return [
        every,
        {},
        {"count": "1", "limit": "7", "page": "2"},
        {"limit": "1000", "orderBy": "name asc"},
        {"limit": "1000", "orderBy": "name desc"},
        {"limit": "1000", "orderBy": "datePublished desc"},
        {"limit": "1000", "orderBy": "dateModified asc"},
        {"limit": "1000", "orderBy": "dateCreated asc", "includeMediaItems": "1"},
        {"limit": "1000", "collectionId": collection},
        {"limit": "1000", "tags": "summer"},
        {"limit": "1000", "property_Colour": "red"},
    ]


def listings(api: httpx.Client, fake: FakeBynder) -> list[bytes]:
    """Every variant as served with the cache (then once more, from it), each checked byte for
    byte against a rendering without the cache."""
    bodies = []
    for params in variants(fake):
        served = api.get("/api/v4/media/", params=params)
        assert served.status_code == 200, served.text
        again = api.get("/api/v4/media/", params=params).content
        fake.cache_renders = False
        try:
            fresh = api.get("/api/v4/media/", params=params).content
        finally:
            fake.cache_renders = True
        assert served.content == fresh, params
        assert again == fresh, params
        bodies.append(fresh)
    assert fake.errors == []
    return bodies


def everything(api: httpx.Client) -> dict[str, dict[str, Any]]:
    """Every asset as the list shows it (with its media items), by id."""
    body = api.get(
        "/api/v4/media/",
        params={"limit": 1000, "total": 1, "includeMediaItems": 1, "includeVersionNumber": 1},
    ).json()
    return {asset["id"]: asset for asset in body["media"]}


def order(api: httpx.Client, order_by: str) -> list[str]:
    body = api.get("/api/v4/media/", params={"limit": 1000, "orderBy": order_by}).json()
    return [asset["id"] for asset in body]


def first(fake: FakeBynder) -> Asset:
    return next(iter(fake.assets.values()))


def metaproperty(fake: FakeBynder, name: str) -> Metaproperty:
    return next(mp for mp in fake.metaproperties.values() if mp.name == name)


def option(mp: Metaproperty, name: str) -> Option:
    found = mp.option(name)
    assert found is not None
    return found


# -- every kind of change --------------------------------------------------------------------

Change = Callable[[httpx.Client, httpx.Client, FakeBynder, Clock], None]


def update_asset(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    asset = first(fake)
    region = metaproperty(fake, "Region")
    clock.now += 60
    form = {
        "name": "Renamed",
        "description": "new words",
        "tags": "one,two",
        "archive": "1",
        "datePublished": "2020-01-02T03:04:05Z",
        f"metaproperty.{region.id}": option(region, "APAC").id,
    }
    assert api.post(f"/api/v4/media/{asset.id}/", data=form).status_code == 202
    shown = everything(api)[asset.id]
    assert (shown["name"], shown["description"], shown["tags"]) == (
        "Renamed",
        "new words",
        ["one", "two"],
    )
    assert (shown["archive"], shown["datePublished"], shown["property_Region"]) == (
        1,
        "2020-01-02T03:04:05Z",
        ["APAC"],
    )
    assert order(api, "datePublished asc")[0] == asset.id


def asset_options(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    asset = first(fake)
    usage = metaproperty(fake, "Usage")
    ids = [option(usage, "web").id, option(usage, "print").id]
    body = {"asset_id": asset.id, "metaproperty_id": usage.id, "metaproperty_option_ids": ids}
    asset.options.pop(usage.id, None)
    assert api.post("/api/media/options", json=body).status_code == 201
    assert everything(api)[asset.id]["property_Usage"] == ["web", "print"]
    body["metaproperty_option_ids"] = ids[:1]
    assert api.request("DELETE", "/api/media/options", json=body).status_code == 204
    assert everything(api)[asset.id]["property_Usage"] == ["print"]


def tag_assets(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    asset = first(fake)
    tags = api.get("/api/v4/tags/", params={"limit": 1000}).json()
    tag_id, text = next((t["id"], t["tag"]) for t in tags if t["tag"] not in asset.tags)
    data = {"data": json.dumps([asset.id])}
    assert api.post(f"/api/v4/tags/{tag_id}/media/", data=data).status_code == 202
    assert text in everything(api)[asset.id]["tags"]
    params = {"deleteIds": asset.id}
    assert api.delete(f"/api/v4/tags/{tag_id}/media/", params=params).status_code == 204
    assert text not in everything(api)[asset.id]["tags"]


def collection_media(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    collection = next(iter(fake.collections.values()))
    kept, dropped = [a for a in fake.assets if a not in collection.media][:2]
    path = f"/api/v4/collections/{collection.id}/media/"
    assert api.post(path, data={"data": json.dumps([kept, dropped])}).status_code == 202

    def members() -> set[str]:
        params = {"collectionId": collection.id, "limit": 1000}
        return {a["id"] for a in api.get("/api/v4/media/", params=params).json()}

    assert {kept, dropped} <= members()
    assert api.delete(path, params={"deleteIds": dropped}).status_code == 204
    assert kept in members()
    assert dropped not in members()


def delete_to_trash(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    asset = first(fake)
    assert api.delete(f"/api/v4/media/{asset.id}/").status_code == 204
    assert asset.id not in everything(api)
    assert asset.id in {t["id"] for t in api.get("/api/trash/media/").json()}


def upload_when_processed(
    api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock
) -> None:
    fake.faults.processing_delay(seconds=30)
    import_id = finalise(api, upload_parts(api, s3, b"fresh bytes", "fresh.png", 100)).json()[
        "importId"
    ]
    form = {"brandId": fake.default_brand_id, "name": "Fresh upload"}
    assert api.post(f"/api/v4/media/save/{import_id}/", data=form).status_code == 303
    assert "Fresh upload" not in {a["name"] for a in everything(api).values()}
    clock.now += 31  # processing completes
    saved = api.post(f"/api/v4/media/save/{import_id}/", data=form)
    assert saved.status_code == 201
    shown = everything(api)[saved.json()["mediaid"]]
    assert (shown["name"], shown["fileSize"]) == ("Fresh upload", len(b"fresh bytes"))


def new_version(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    asset = first(fake)
    import_id = finalise(api, upload_parts(api, s3, b"version two", "v2.pdf", 100)).json()[
        "importId"
    ]
    assert api.post(f"/api/v4/media/{asset.id}/save/{import_id}/").status_code == 201
    shown = everything(api)[asset.id]
    assert (shown["fileSize"], shown["extension"], shown["activeVersion"]) == (
        len(b"version two"),
        ["pdf"],
        2,
    )
    assert sorted((i["version"], i["active"]) for i in shown["mediaItems"]) == [(1, 0), (2, 1)]


def delete_metaproperty(
    api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock
) -> None:
    colour = metaproperty(fake, "Colour")
    assert api.delete(f"/api/v4/metaproperties/{colour.id}/").status_code == 204
    assert not any("property_Colour" in a for a in everything(api).values())


def delete_option(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    colour = metaproperty(fake, "Colour")
    red = option(colour, "red")
    assert any("red" in a.get("property_Colour", []) for a in everything(api).values())
    path = f"/api/v4/metaproperties/{colour.id}/options/{red.id}/"
    assert api.delete(path).status_code == 204
    assert not any("red" in a.get("property_Colour", []) for a in everything(api).values())


def add_asset(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    asset = fake.add_asset(b"made in Python", filename="made.txt", tags=["python"])
    assert everything(api)[asset.id]["tags"] == ["python"]


def seed_more(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    fake.seed(n_assets=4, n_collections=0)
    assert len(everything(api)) == 34


def edit_in_place(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    asset = first(fake)
    asset.tags.append("appended")
    asset.items[0].width = 4321
    asset.text_values[metaproperty(fake, "Photographer").id] = "Ada"
    shown = everything(api)[asset.id]
    assert shown["tags"][-1] == "appended"
    assert shown["mediaItems"][0]["width"] == 4321
    assert shown["property_Photographer"] == "Ada"


def rename_metaproperty(
    api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock
) -> None:
    metaproperty(fake, "Region").name = "Area"
    shown = list(everything(api).values())
    assert not any("property_Region" in a for a in shown)
    assert any("property_Area" in a for a in shown)


def rename_option(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    option(metaproperty(fake, "Region"), "EMEA").name = "Europe"
    regions = [a.get("property_Region") for a in everything(api).values()]
    assert ["Europe"] in regions
    assert ["EMEA"] not in regions


def reorder_options(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    colour = metaproperty(fake, "Colour")
    asset = next(a for a in fake.assets.values() if len(a.options.get(colour.id, [])) == 2)
    names = everything(api)[asset.id]["property_Colour"]
    colour.options.reverse()
    assert everything(api)[asset.id]["property_Colour"] == names[::-1]


def reorder_by_date(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    asset = first(fake)
    asset.date_created = START + 10**6
    assert order(api, "dateCreated desc")[0] == asset.id
    asset.name = "aaaa first by name"
    assert order(api, "name asc")[0] == asset.id


def replace_object(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    # The copy is made (and its date set) before the lists below; putting it in the dict then
    # assigns no field, so only the identity of the listed objects tells the ordering changed.
    asset = first(fake)
    copy = dataclasses.replace(asset, date_created=START + 10**6, items=list(asset.items))
    listings(api, fake)
    fake.assets[asset.id] = copy
    assert order(api, "dateCreated desc")[0] == asset.id
    assert everything(api)[asset.id]["dateCreated"] == "2025-06-27T04:53:20Z"


def remove_from_dict(api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    asset = first(fake)
    del fake.assets[asset.id]
    assert asset.id not in everything(api)


CHANGES: dict[str, Change] = {
    "update_asset": update_asset,
    "asset metaproperty options": asset_options,
    "tags added and removed": tag_assets,
    "collection media": collection_media,
    "delete into the trash": delete_to_trash,
    "upload saved once processed (clock)": upload_when_processed,
    "version saved": new_version,
    "metaproperty deleted": delete_metaproperty,
    "option deleted": delete_option,
    "add_asset": add_asset,
    "seed": seed_more,
    "state edited in place": edit_in_place,
    "metaproperty renamed in place": rename_metaproperty,
    "option renamed in place": rename_option,
    "options reordered in place": reorder_options,
    "sort keys assigned": reorder_by_date,
    "asset object replaced": replace_object,
    "asset removed from the dict": remove_from_dict,
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_list_after_a_change_shows_it(
    api: httpx.Client, s3: httpx.Client, fake: FakeBynder, clock: Clock, name: str
) -> None:
    before = listings(api, fake)
    CHANGES[name](api, s3, fake, clock)
    after = listings(api, fake)
    assert after != before


# -- every field the state objects have ------------------------------------------------------


def _other_item(fake: FakeBynder) -> MediaItem:
    return MediaItem(
        id="NEW-ITEM",
        id_hash="feedbeef",
        file_name="extra.png",
        type="additional",
        blob=MemoryBlob(b"12345"),
        date_created=START,
    )


# How to change each field of an asset, and whether lists show it.
ASSET_FIELDS: dict[str, tuple[Callable[[Asset, FakeBynder], None], bool]] = {
    "id": (lambda a, f: setattr(a, "id", a.id[:-4] + "FFFF"), True),
    "id_hash": (lambda a, f: setattr(a, "id_hash", "0" * 16), True),
    "name": (lambda a, f: setattr(a, "name", "A new name"), True),
    "type": (lambda a, f: setattr(a, "type", "3d"), True),
    "brand_id": (lambda a, f: setattr(a, "brand_id", "OTHER-BRAND"), True),
    "date_created": (lambda a, f: setattr(a, "date_created", a.date_created - 86400), True),
    "date_modified": (lambda a, f: setattr(a, "date_modified", a.date_modified + 86400), True),
    "user_created": (lambda a, f: setattr(a, "user_created", "SOMEONE-ELSE"), True),
    "description": (lambda a, f: setattr(a, "description", "Described"), True),
    "copyright": (lambda a, f: setattr(a, "copyright", "(c) Someone"), True),
    "sub_brand_id": (lambda a, f: setattr(a, "sub_brand_id", "SUB"), True),
    "tags": (lambda a, f: a.tags.insert(0, "inserted"), True),
    "options": (
        lambda a, f: a.options.setdefault(metaproperty(f, "Usage").id, []).append(
            option(metaproperty(f, "Usage"), "internal").id
        ),
        True,
    ),
    "text_values": (
        lambda a, f: a.text_values.__setitem__(metaproperty(f, "Photographer").id, "Zoe"),
        True,
    ),
    "archive": (lambda a, f: setattr(a, "archive", not a.archive), True),
    "limited": (lambda a, f: setattr(a, "limited", not a.limited), True),
    "is_public": (lambda a, f: setattr(a, "is_public", not a.is_public), True),
    "watermarked": (lambda a, f: setattr(a, "watermarked", not a.watermarked), True),
    "date_published": (lambda a, f: setattr(a, "date_published", START - 10**7), True),
    "items": (lambda a, f: a.items.append(_other_item(f)), True),
    "views": (lambda a, f: setattr(a, "views", a.views + 5), False),
    "downloads": (lambda a, f: setattr(a, "downloads", a.downloads + 5), False),
    "focus_point": (lambda a, f: setattr(a, "focus_point", (0.25, 0.75)), True),
    "extra": (lambda a, f: a.extra.__setitem__("note", "kept aside"), False),
}
ITEM_FIELDS: dict[str, tuple[Callable[[MediaItem], None], bool]] = {
    "id": (lambda i: setattr(i, "id", "OTHER-ID"), True),
    "id_hash": (lambda i: setattr(i, "id_hash", "1" * 16), False),
    "file_name": (lambda i: setattr(i, "file_name", "renamed.tif"), True),
    "type": (lambda i: setattr(i, "type", "additional"), True),
    "blob": (lambda i: setattr(i, "blob", MemoryBlob(b"x" * 77)), True),
    "date_created": (lambda i: setattr(i, "date_created", START - 5), True),
    "version": (lambda i: setattr(i, "version", 9), True),
    "active": (lambda i: setattr(i, "active", False), True),
    "width": (lambda i: setattr(i, "width", 999), True),
    "height": (lambda i: setattr(i, "height", 999), True),
}


def test_every_field_is_covered() -> None:
    assert set(ASSET_FIELDS) == {f.name for f in dataclasses.fields(Asset)}
    assert set(ITEM_FIELDS) == {f.name for f in dataclasses.fields(MediaItem)}


@pytest.mark.parametrize("field", list(ASSET_FIELDS))
def test_an_asset_field_changed_in_place(api: httpx.Client, fake: FakeBynder, field: str) -> None:
    change, shown = ASSET_FIELDS[field]
    before = listings(api, fake)
    change(first(fake), fake)
    after = listings(api, fake)
    assert (after != before) is shown


@pytest.mark.parametrize("field", list(ITEM_FIELDS))
def test_a_media_item_field_changed_in_place(
    api: httpx.Client, fake: FakeBynder, field: str
) -> None:
    change, shown = ITEM_FIELDS[field]
    before = listings(api, fake)
    change(first(fake).items[0])
    after = listings(api, fake)
    assert (after != before) is shown


def test_numbers_that_are_equal_but_written_differently(
    api: httpx.Client, fake: FakeBynder
) -> None:
    asset, item = first(fake), first(fake).items[0]
    asset.focus_point, item.width = (1, 0), 1  # type: ignore[assignment]
    seen = [listings(api, fake)]
    for change in (
        lambda: setattr(asset, "focus_point", (1.0, 0.0)),
        lambda: setattr(item, "width", True),
        lambda: setattr(asset, "focus_point", (1.0, -0.0)),
        lambda: setattr(item, "width", 1.0),
    ):
        change()  # each value equals the one before (==) but is written differently
        seen.append(listings(api, fake))
        assert seen[-1] != seen[-2]
    shown = api.get("/api/v4/media/", params={"limit": 1000}).text
    assert '"activeOriginalFocusPoint":{"x":1.0,"y":-0.0}' in shown
    assert '"width":1.0' in shown


# -- the cache is used, and bounded ----------------------------------------------------------


def test_unchanged_assets_are_not_rendered_again(
    api: httpx.Client, fake: FakeBynder, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[str] = []
    render = assets_area.render_asset

    def counting(fake: FakeBynder, req: Any, asset: Asset, **flags: bool) -> dict[str, Any]:
        rendered.append(asset.id)
        return render(fake, req, asset, **flags)

    monkeypatch.setattr(assets_area, "render_asset", counting)
    params = {"limit": 1000, "total": 1}
    api.get("/api/v4/media/", params=params)
    assert len(rendered) == 30
    rendered.clear()
    api.get("/api/v4/media/", params=params)
    assert rendered == []
    first(fake).tags.append("one more")
    api.get("/api/v4/media/", params=params)
    assert rendered == [first(fake).id]
    rendered.clear()
    api.get("/api/v4/media/", params={**params, "includeMediaItems": 1})
    assert len(rendered) == 30  # other flags, other JSON

    rendered.clear()
    fake.cache_renders = False
    api.get("/api/v4/media/", params=params)
    api.get("/api/v4/media/", params=params)
    assert len(rendered) == 60


def test_an_unchanged_list_is_not_sorted_again(
    api: httpx.Client, fake: FakeBynder, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys_read: list[str] = []
    created = assets_area._ORDER_KEYS["dateCreated"]

    def counting(asset: Asset) -> Any:
        keys_read.append(asset.id)
        return created(asset)

    monkeypatch.setitem(assets_area._ORDER_KEYS, "dateCreated", counting)
    assert order(api, "dateCreated desc") == order(api, "dateCreated desc")
    assert len(keys_read) == 30  # one sort, for the first list
    first(fake).date_modified += 1  # a sort field, of any asset
    order(api, "dateCreated desc")
    assert len(keys_read) == 60


def test_the_cache_empties_itself_when_full(
    api: httpx.Client, fake: FakeBynder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assets_area, "MAX_CACHED_RENDERS", 7)
    listings(api, fake)
    cache = assets_area._cache_of(fake)
    assert 0 < len(cache.renders) <= 7
    first(fake).name = "After a clear"
    assert listings(api, fake)


def test_answers_match_the_uncached_fake_for_a_big_portal(clock: Clock) -> None:
    cached, plain = FakeBynder(clock=clock), FakeBynder(clock=clock, cache_renders=False)
    for fake in (cached, plain):
        fake.seed(n_assets=2500)
    bodies: dict[bool, list[bytes]] = {}
    for fake in (cached, plain):
        headers = {"Authorization": f"Bearer {fake.permanent_token}"}
        with httpx.Client(base_url=PORTAL, transport=fake.transport(), headers=headers) as api:
            pages = []
            for _ in range(2):
                for page in (1, 2, 3):
                    params = {"page": page, "limit": 1000, "total": 1}
                    pages.append(api.get("/api/v4/media/", params=params).content)
            bodies[fake.cache_renders] = pages
    assert bodies[True] == bodies[False]
    assert bodies[True][:3] == bodies[True][3:]


def test_list_bodies_are_encoded_as_every_other_answer(api: httpx.Client, fake: FakeBynder) -> None:
    """The joined bytes are exactly what `json_response` makes of the same document."""
    from bynder_ext.testing.messages import json_response

    first(fake).focus_point = (1.0, -0.0)
    first(fake).name = "Ünïcode name ✓"
    for params in variants(fake):
        for cached in (True, False):
            fake.cache_renders = cached
            body = api.get("/api/v4/media/", params=params).content
            assert body == json_response(200, json.loads(body)).content, params
