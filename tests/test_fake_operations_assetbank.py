"""The asset bank beyond the connector's actions, called through the generated client against the
fake: the assets of a collection, metaproperties with their options and option dependencies,
smartfilters, tags, download locations, streaming links, asset usage, the trash, the account's
derivatives, user groups and the OAuth scope catalogue.

Each test runs over the in-process transport and over a real loopback socket, against a strict fake
that also checks its own responses (see tests/portal.py). The last test fails if any operation this
module claims did not run on both front ends.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from bynder_client.api.account import list_derivatives
from bynder_client.api.asset_usage import (
    create_asset_usage,
    delete_asset_usage,
    list_asset_usage,
    sync_asset_usage,
)
from bynder_client.api.assets import (
    delete_asset,
    get_asset_download_location,
    get_asset_version_download_location,
    list_assets,
    update_asset,
)
from bynder_client.api.collections import (
    add_assets_to_collection,
    list_collection_assets,
    remove_assets_from_collection,
)
from bynder_client.api.groups import list_groups
from bynder_client.api.metaproperties import (
    add_option_dependency,
    add_option_to_dependency_group,
    create_metaproperty,
    create_metaproperty_option,
    create_option_dependency_group,
    delete_metaproperty,
    delete_metaproperty_option,
    delete_option_dependency,
    get_metaproperty,
    get_metaproperty_dependencies,
    get_option_dependencies,
    list_global_option_dependencies,
    list_metaproperties,
    list_metaproperty_option_dependencies,
    list_metaproperty_options,
    list_metaproperty_options_by_ids,
    remove_option_from_dependency_group,
    update_metaproperty,
    update_metaproperty_option,
    update_option_dependency_group,
)
from bynder_client.api.oauth import list_oauth_scopes
from bynder_client.api.public_links import get_asset_public_links
from bynder_client.api.smartfilters import list_smartfilters
from bynder_client.api.tags import add_tag_to_assets, list_tags, remove_tag_from_assets
from bynder_client.api.trash import list_trashed_assets
from bynder_client.models import (
    AssetIdsDataForm,
    AssetUpdateForm,
    AssetUsageForm,
    AssetUsageSync,
    AssetUsageSyncItem,
    DependencyGroupOptionForm,
    Metaproperty,
    MetapropertyCreateForm,
    MetapropertyData,
    MetapropertyOptionCreateForm,
    MetapropertyOptionData,
    MetapropertyOptionUpdateForm,
    MetapropertyUpdateForm,
    OptionDependencyGroupForm,
    OptionDependencyGroups,
    StatusMessageWithId,
)

from bynder_ext.testing.areas.assets import new_item
from bynder_ext.testing.blobs import MemoryBlob
from bynder_ext.testing.contract import load_spec
from bynder_ext.testing.state import standard_uuid
from tests.portal import Portal, missing_operations

# The last test checks that every claimed operation ran over both front ends, as recorded in
# this process: under pytest-xdist (make test) the whole module runs in one worker.
pytestmark = pytest.mark.xdist_group("test_fake_operations_assetbank")

OPERATIONS = {
    "list_collection_assets",
    "add_assets_to_collection",
    "remove_assets_from_collection",
    "create_metaproperty",
    "get_metaproperty",
    "update_metaproperty",
    "delete_metaproperty",
    "list_metaproperty_options_by_ids",
    "list_metaproperty_options",
    "create_metaproperty_option",
    "update_metaproperty_option",
    "delete_metaproperty_option",
    "list_global_option_dependencies",
    "list_metaproperty_option_dependencies",
    "get_metaproperty_dependencies",
    "get_option_dependencies",
    "add_option_dependency",
    "delete_option_dependency",
    "create_option_dependency_group",
    "update_option_dependency_group",
    "add_option_to_dependency_group",
    "remove_option_from_dependency_group",
    "list_smartfilters",
    "list_tags",
    "add_tag_to_assets",
    "remove_tag_from_assets",
    "get_asset_download_location",
    "get_asset_version_download_location",
    "get_asset_public_links",
    "list_asset_usage",
    "create_asset_usage",
    "delete_asset_usage",
    "sync_asset_usage",
    "list_trashed_assets",
    "list_derivatives",
    "list_groups",
    "list_oauth_scopes",
}


def _status(response: Any) -> int:
    return int(response.status_code)


def _ids(p: Portal, n: int) -> list[str]:
    return list(p.fake.assets)[:n]


def _asset_ids_in(p: Portal, collection_id: str) -> set[str]:
    r = list_assets.sync_detailed(client=p.api, collection_id=collection_id, limit=1000)
    assert isinstance(r.parsed, list)
    return {a.id for a in r.parsed}


# -- collections -----------------------------------------------------------------------------


def test_collection_assets(portal: Portal) -> None:
    p = portal
    collection = p.fake.add_collection("Picks")
    first, second, third = _ids(p, 3)

    r = list_collection_assets.sync_detailed(collection.id, client=p.api)
    assert (_status(r), r.parsed) == (200, [])

    body = AssetIdsDataForm(data=json.dumps([first, second]))
    r = add_assets_to_collection.sync_detailed(collection.id, client=p.api, body=body)
    assert _status(r) == 202
    body = AssetIdsDataForm(data=json.dumps([second, third]))
    r = add_assets_to_collection.sync_detailed(collection.id, client=p.api, body=body)
    assert _status(r) == 202
    r = list_collection_assets.sync_detailed(collection.id, client=p.api)
    assert r.parsed == [first, second, third]  # order kept, no duplicates
    assert _asset_ids_in(p, collection.id) == {first, second, third}

    r = remove_assets_from_collection.sync_detailed(
        collection.id, client=p.api, delete_ids=f"{first},{third}"
    )
    assert _status(r) == 204
    assert list_collection_assets.sync_detailed(collection.id, client=p.api).parsed == [second]
    assert _asset_ids_in(p, collection.id) == {second}

    # Unknown assets, bad JSON and unknown collections are refused without changing anything.
    unknown = AssetIdsDataForm(data=json.dumps(["00000000-0000-0000-0000000000000000"]))
    r = add_assets_to_collection.sync_detailed(collection.id, client=p.api, body=unknown)
    assert _status(r) == 400
    r = add_assets_to_collection.sync_detailed(
        collection.id, client=p.api, body=AssetIdsDataForm(data="[not json")
    )
    assert _status(r) == 400
    assert p.fake.collections[collection.id].media == [second]
    assert _status(list_collection_assets.sync_detailed("nope", client=p.api)) == 404


# -- metaproperties and options --------------------------------------------------------------


def _create_metaproperty(p: Portal, **fields: Any) -> str:
    data = MetapropertyData(**fields)
    r = create_metaproperty.sync_detailed(
        client=p.api, body=MetapropertyCreateForm(data=json.dumps(data.to_dict()))
    )
    assert _status(r) == 201, r.content
    assert isinstance(r.parsed, StatusMessageWithId)
    return str(r.parsed.id)


def _create_option(p: Portal, metaproperty_id: str, data: MetapropertyOptionData) -> str:
    body = MetapropertyOptionCreateForm(data=json.dumps(data.to_dict()))
    r = create_metaproperty_option.sync_detailed(metaproperty_id, client=p.api, body=body)
    assert _status(r) == 201, r.content
    assert isinstance(r.parsed, StatusMessageWithId)
    return str(r.parsed.id)


def test_metaproperty_lifecycle(portal: Portal) -> None:
    p = portal
    mp_id = _create_metaproperty(p, name="Season", type_="select", is_multiselect=True)

    listed = list_metaproperties.sync_detailed(client=p.api).parsed
    assert listed is not None
    assert listed["Season"].id == mp_id  # type: ignore[index]

    r = get_metaproperty.sync_detailed(mp_id, client=p.api)
    assert isinstance(r.parsed, Metaproperty)
    assert (r.parsed.name, r.parsed.type_, r.parsed.is_multiselect) == ("Season", "select", 1)

    change = MetapropertyUpdateForm(data=json.dumps({"label": "Season of year", "zindex": 1}))
    assert _status(update_metaproperty.sync_detailed(mp_id, client=p.api, body=change)) == 201
    r = get_metaproperty.sync_detailed(mp_id, client=p.api, options=False)
    assert isinstance(r.parsed, Metaproperty)
    assert (r.parsed.label, r.parsed.zindex, r.parsed.options) == ("Season of year", 1, [])
    rename = MetapropertyUpdateForm(data=json.dumps({"name": "Other"}))
    assert _status(update_metaproperty.sync_detailed(mp_id, client=p.api, body=rename)) == 400

    # A duplicate name and an unknown type are refused.
    for fields in ({"name": "season", "type_": "select"}, {"name": "Mood", "type_": "hologram"}):
        data = json.dumps(MetapropertyData(**fields).to_dict())  # type: ignore[arg-type]
        r = create_metaproperty.sync_detailed(client=p.api, body=MetapropertyCreateForm(data=data))
        assert _status(r) == 400

    # Options, with a child created along with its parent.
    spring = _create_option(
        p,
        mp_id,
        MetapropertyOptionData(
            name="spring",
            label="Spring",
            external_reference="S-1",
            options=[MetapropertyOptionData(name="march")],
        ),
    )
    summer = _create_option(p, mp_id, MetapropertyOptionData(name="summer"))
    r = create_metaproperty_option.sync_detailed(
        mp_id,
        client=p.api,
        body=MetapropertyOptionCreateForm(data=json.dumps({"name": "summer"})),
    )
    assert _status(r) == 400
    assert r.parsed["existingUUID"] == summer  # type: ignore[index]

    r = list_metaproperty_options.sync_detailed(mp_id, client=p.api)
    assert isinstance(r.parsed, list)
    assert [o.name for o in r.parsed] == ["spring", "march", "summer"]
    assert r.parsed[1]["parentId"] == spring
    r = list_metaproperty_options.sync_detailed(mp_id, client=p.api, external_reference="S-1")
    assert [o.id for o in r.parsed] == [spring]  # type: ignore[union-attr]
    r = list_metaproperty_options.sync_detailed(mp_id, client=p.api, limit=1, page=3)
    assert [o.name for o in r.parsed] == ["summer"]  # type: ignore[union-attr]
    tree = get_metaproperty.sync_detailed(mp_id, client=p.api).parsed
    assert isinstance(tree, Metaproperty)
    assert isinstance(tree.options, list)
    assert [o.name for o in tree.options] == ["spring", "summer"]
    assert [c.name for c in tree.options[0].options] == ["march"]  # type: ignore[union-attr]

    colour = next(m for m in p.fake.metaproperties.values() if m.name == "Colour")
    r = list_metaproperty_options_by_ids.sync_detailed(
        client=p.api, ids=f"{summer},{colour.options[0].id},unknown"
    )
    assert [o.id for o in r.parsed] == [summer, colour.options[0].id]  # type: ignore[union-attr]

    body = MetapropertyOptionUpdateForm(data=json.dumps({"label": "Sunny", "zindex": 9}))
    r = update_metaproperty_option.sync_detailed(mp_id, summer, client=p.api, body=body)
    assert _status(r) == 201
    assert p.fake.metaproperties[mp_id].option(summer).label == "Sunny"  # type: ignore[union-attr]
    body = MetapropertyOptionUpdateForm(data=json.dumps({"name": "winter"}))
    r = update_metaproperty_option.sync_detailed(mp_id, summer, client=p.api, body=body)
    assert _status(r) == 400

    # New options can be set on assets and filtered on, like the seeded ones.
    asset_id = _ids(p, 1)[0]
    form = AssetUpdateForm()
    form["metaproperty." + mp_id] = f"{spring},{summer}"
    assert _status(update_asset.sync_detailed(asset_id, client=p.api, body=form)) == 202
    r = list_assets.sync_detailed(client=p.api, property_option_id=summer)
    assert [a.id for a in r.parsed] == [asset_id]  # type: ignore[union-attr]

    # Deleting an option takes it off the asset; deleting the metaproperty removes the rest.
    assert _status(delete_metaproperty_option.sync_detailed(mp_id, summer, client=p.api)) == 204
    assert p.fake.assets[asset_id].options[mp_id] == [spring]
    r = delete_metaproperty_option.sync_detailed(mp_id, summer, client=p.api)
    assert _status(r) == 404
    assert _status(delete_metaproperty_option.sync_detailed(mp_id, spring, client=p.api)) == 204
    assert p.fake.metaproperties[mp_id].options == []  # the child went with its parent
    assert mp_id not in p.fake.assets[asset_id].options

    assert _status(delete_metaproperty.sync_detailed(mp_id, client=p.api)) == 204
    assert _status(get_metaproperty.sync_detailed(mp_id, client=p.api)) == 404
    listed = list_metaproperties.sync_detailed(client=p.api).parsed
    assert "Season" not in listed.additional_keys  # type: ignore[union-attr]


def test_option_dependencies(portal: Portal) -> None:
    p = portal
    colour = next(m for m in p.fake.metaproperties.values() if m.name == "Colour")
    region = next(m for m in p.fake.metaproperties.values() if m.name == "Region")
    option = colour.options[0].id
    emea, apac, amer, latam = (o.id for o in region.options)

    r = add_option_dependency.sync_detailed(colour.id, option, emea, client=p.api)
    assert _status(r) == 201
    r = add_option_dependency.sync_detailed(colour.id, option, emea, client=p.api)
    assert _status(r) == 201
    r = get_option_dependencies.sync_detailed(colour.id, option, client=p.api)
    assert r.parsed == [emea]  # adding twice keeps one
    r = add_option_dependency.sync_detailed(colour.id, option, option, client=p.api)
    assert _status(r) == 400
    r = add_option_dependency.sync_detailed(colour.id, option, "unknown", client=p.api)
    assert _status(r) == 404

    body = OptionDependencyGroupForm(data=json.dumps([apac, amer]), id=colour.id)
    r = create_option_dependency_group.sync_detailed(colour.id, option, client=p.api, body=body)
    assert _status(r) == 201
    assert isinstance(r.parsed, StatusMessageWithId)
    group = str(r.parsed.id)
    empty = OptionDependencyGroupForm(data="[]")
    r = create_option_dependency_group.sync_detailed(colour.id, option, client=p.api, body=empty)
    assert _status(r) == 400
    mismatch = OptionDependencyGroupForm(data=json.dumps([apac]), option_id="other")
    r = create_option_dependency_group.sync_detailed(colour.id, option, client=p.api, body=mismatch)
    assert _status(r) == 400

    body = OptionDependencyGroupForm(data=json.dumps([apac]))
    r = update_option_dependency_group.sync_detailed(
        colour.id, option, group, client=p.api, body=body
    )
    assert _status(r) == 201
    r = add_option_to_dependency_group.sync_detailed(
        colour.id,
        option,
        group,
        latam,
        client=p.api,
        body=DependencyGroupOptionForm(group_id=group),
    )
    assert _status(r) == 201
    r = add_option_to_dependency_group.sync_detailed(
        colour.id, option, "no-group", latam, client=p.api
    )
    assert _status(r) == 404

    r = get_option_dependencies.sync_detailed(
        colour.id, option, client=p.api, include_grouped_results=True
    )
    assert isinstance(r.parsed, OptionDependencyGroups)
    assert r.parsed.to_dict() == {group: [apac, latam], "ungrouped": [emea]}
    r = list_metaproperty_option_dependencies.sync_detailed(colour.id, client=p.api)
    assert r.parsed is not None
    assert r.parsed.to_dict() == {option: {group: [apac, latam], "ungrouped": [emea]}}
    r = get_metaproperty_dependencies.sync_detailed(colour.id, client=p.api)
    assert r.parsed == [emea, apac, latam]
    r = get_metaproperty_dependencies.sync_detailed(region.id, client=p.api)
    assert r.parsed == []  # Region's own options depend on nothing
    assert _status(get_metaproperty_dependencies.sync_detailed("nope", client=p.api)) == 404
    r = list_global_option_dependencies.sync_detailed(client=p.api)
    assert r.parsed is not None
    assert r.parsed.to_dict() == {colour.id: {option: {group: [apac, latam], "ungrouped": [emea]}}}
    r = get_metaproperty.sync_detailed(colour.id, client=p.api)
    assert isinstance(r.parsed, Metaproperty)
    linked = r.parsed.options[0].linked_option_ids  # type: ignore[index]
    assert linked == [emea, apac, latam]

    r = remove_option_from_dependency_group.sync_detailed(
        colour.id, option, group, apac, client=p.api
    )
    assert _status(r) == 204
    r = delete_option_dependency.sync_detailed(colour.id, option, emea, client=p.api)
    assert _status(r) == 204
    r = delete_option_dependency.sync_detailed(colour.id, option, emea, client=p.api)
    assert _status(r) == 404
    # Deleting an option depended on takes it out of the group; an empty group disappears.
    r = delete_metaproperty_option.sync_detailed(region.id, latam, client=p.api)
    assert _status(r) == 204
    r = list_metaproperty_option_dependencies.sync_detailed(colour.id, client=p.api)
    assert r.parsed is not None
    assert r.parsed.to_dict() == {}
    r = remove_option_from_dependency_group.sync_detailed(
        colour.id, option, group, latam, client=p.api
    )
    assert _status(r) == 404


# -- smartfilters and tags -------------------------------------------------------------------


def test_smartfilters(portal: Portal) -> None:
    p = portal
    r = list_smartfilters.sync_detailed(client=p.api)
    assert isinstance(r.parsed, list)
    assert [sf.zindex for sf in r.parsed] == sorted(sf.zindex for sf in r.parsed)
    appearance = next(sf for sf in r.parsed if sf.labels["en_US"] == "Appearance")  # type: ignore[index]
    colour = next(m for m in p.fake.metaproperties.values() if m.name == "Colour")
    assert appearance.metaproperties == [colour.id]
    # A deleted metaproperty leaves its smartfilter.
    assert _status(delete_metaproperty.sync_detailed(colour.id, client=p.api)) == 204
    r = list_smartfilters.sync_detailed(client=p.api)
    assert all(colour.id not in (sf.metaproperties or []) for sf in r.parsed)  # type: ignore[union-attr]


def test_tags(portal: Portal) -> None:
    p = portal
    first, second = _ids(p, 2)
    for asset_id in (first, second):
        p.fake.assets[asset_id].tags = [t for t in p.fake.assets[asset_id].tags if t != "quay"]
    p.fake.assets[first].tags.append("quay")

    r = list_tags.sync_detailed(client=p.api, keyword="QUA")
    assert isinstance(r.parsed, list)
    assert [(t.tag, t.media_count) for t in r.parsed] == [("quay", 1)]
    tag_id = r.parsed[0].id

    body = AssetIdsDataForm(data=json.dumps([first, second]))
    assert _status(add_tag_to_assets.sync_detailed(tag_id, client=p.api, body=body)) == 202
    r = list_assets.sync_detailed(client=p.api, tags="quay")
    assert {a.id for a in r.parsed} == {first, second}  # type: ignore[union-attr]
    r = list_tags.sync_detailed(client=p.api, order_by="mediaCount desc", mincount=2)
    assert ("quay", 2) in [(t.tag, t.media_count) for t in r.parsed]  # type: ignore[union-attr]
    counts = [t.media_count for t in r.parsed]  # type: ignore[union-attr]
    assert counts == sorted(counts, reverse=True)
    assert all(n >= 2 for n in counts)  # type: ignore[operator]

    r = remove_tag_from_assets.sync_detailed(tag_id, client=p.api, delete_ids=f"{first},{second}")
    assert _status(r) == 204
    assert "quay" not in p.fake.assets[first].tags + p.fake.assets[second].tags
    # The tag keeps its id while no asset carries it.
    r = list_tags.sync_detailed(client=p.api, keyword="quay")
    assert [(t.id, t.media_count) for t in r.parsed] == [(tag_id, 0)]  # type: ignore[union-attr]
    assert _status(add_tag_to_assets.sync_detailed("unknown", client=p.api, body=body)) == 404


# -- downloads and streaming links -----------------------------------------------------------


def test_download_locations(portal: Portal) -> None:
    p = portal
    asset = p.fake.add_asset(b"first version", filename="report.pdf")
    with p.fake.lock:
        new_item(p.fake, asset, "report-v2.pdf", MemoryBlob(b"second version"))
        new_item(p.fake, asset, "notes.txt", MemoryBlob(b"old notes"), kind="additional")
        new_item(p.fake, asset, "notes-2.txt", MemoryBlob(b"new notes"), kind="additional")

    def fetch(response: Any) -> bytes:
        assert _status(response) == 200, response.content
        got = p.raw.get(response.parsed.s3_file)
        assert got.status_code == 200
        return bytes(got.content)

    assert fetch(get_asset_download_location.sync_detailed(asset.id, client=p.api)) == (
        b"second version"
    )
    r = get_asset_download_location.sync_detailed(asset.id, client=p.api, type_="additional")
    assert fetch(r) == b"new notes"
    r = get_asset_version_download_location.sync_detailed(asset.id, 1, client=p.api)
    assert fetch(r) == b"first version"
    r = get_asset_version_download_location.sync_detailed(asset.id, 2, client=p.api)
    assert fetch(r) == b"second version"
    assert p.fake.assets[asset.id].downloads == 4

    r = get_asset_version_download_location.sync_detailed(asset.id, 3, client=p.api)
    assert _status(r) == 404
    plain = p.fake.add_asset(b"x", filename="plain.jpg")
    r = get_asset_download_location.sync_detailed(plain.id, client=p.api, type_="additional")
    assert _status(r) == 404
    assert _status(get_asset_download_location.sync_detailed("nope", client=p.api)) == 404


def test_public_links(portal: Portal) -> None:
    p = portal
    video = p.fake.add_asset(b"\x00\x00\x00\x18ftypmp42", filename="launch.mp4")
    uuid = standard_uuid(video.id)
    r = get_asset_public_links.sync_detailed(uuid, client=p.api)
    assert _status(r) == 200
    assert r.parsed is not None
    assert r.parsed.hls.endswith(f"/vod-stream/{uuid}/play-hls2.m3u8")  # type: ignore[union-attr]
    assert r.parsed.dash.endswith(f"/vod-stream/{uuid}/play-dash.mpd")  # type: ignore[union-attr]
    assert r.parsed.hls in r.parsed.embed_code  # type: ignore[union-attr]

    image = p.fake.add_asset(b"x", filename="still.jpg")
    r = get_asset_public_links.sync_detailed(standard_uuid(image.id), client=p.api)
    assert _status(r) == 404
    # The asset bank's own id form is refused by the contract.
    assert _status(get_asset_public_links.sync_detailed(video.id, client=p.api)) == 400


# -- asset usage -----------------------------------------------------------------------------


def test_asset_usage(portal: Portal) -> None:
    p = portal
    website, cms = list(p.fake.integrations)
    first, second, third = _ids(p, 3)

    body = AssetUsageForm(
        integration_id=website, asset_id=first, uri="/news/launch", additional="Hero image"
    )
    r = create_asset_usage.sync_detailed(client=p.api, body=body)
    assert _status(r) == 200
    assert r.parsed is not None
    record_id = r.parsed.id  # type: ignore[union-attr]
    body.additional = "Footer"
    body.timestamp = "2024-05-01T09:30:00Z"
    r = create_asset_usage.sync_detailed(client=p.api, body=body)
    assert r.parsed.id == record_id  # type: ignore[union-attr]  # the same record, updated
    assert r.parsed.timestamp == "2024-05-01T09:30:00Z"  # type: ignore[union-attr]
    body = AssetUsageForm(integration_id=cms, asset_id=first, uri="/pages/about")
    assert _status(create_asset_usage.sync_detailed(client=p.api, body=body)) == 200
    bad = AssetUsageForm(integration_id="unknown", asset_id=first)
    assert _status(create_asset_usage.sync_detailed(client=p.api, body=bad)) == 400

    r = list_asset_usage.sync_detailed(client=p.api, asset_id=first)
    assert isinstance(r.parsed, list)
    assert {(u.integration.id, u.uri, u.additional) for u in r.parsed} == {  # type: ignore[union-attr]
        (website, "/news/launch", "Footer"),
        (cms, "/pages/about", ""),
    }
    r = list_asset_usage.sync_detailed(client=p.api, integration_id=cms)
    assert [u.asset_id for u in r.parsed] == [first]  # type: ignore[union-attr]

    # Sync: the website's records at the two locations become exactly the listed usages.
    sync = AssetUsageSync(
        integration_id=website,
        uris=["/news/launch", "/news/sale"],
        usages=[
            AssetUsageSyncItem(asset_id=second, uri="/news/sale"),
            AssetUsageSyncItem(asset_id=third, uri="/elsewhere"),
            AssetUsageSyncItem(asset_id="00000000-0000-0000-0000000000000000", uri="/news/sale"),
        ],
    )
    r = sync_asset_usage.sync_detailed(client=p.api, body=sync)
    assert _status(r) == 200
    result = r.parsed
    assert result is not None
    assert [(a.asset_id, a.uri) for a in result.accepted] == [(second, "/news/sale")]  # type: ignore[union-attr]
    assert [n.asset_id for n in result.new] == [second]  # type: ignore[union-attr]
    assert len(result.rejected) == 2  # type: ignore[arg-type]
    assert [(x.asset_id, x.uri) for x in result.removed] == [(first, "/news/launch")]  # type: ignore[union-attr]
    r = list_asset_usage.sync_detailed(client=p.api, integration_id=website)
    assert [(u.asset_id, u.uri) for u in r.parsed] == [(second, "/news/sale")]  # type: ignore[union-attr]

    r = delete_asset_usage.sync_detailed(client=p.api, integration_id=cms, asset_id=first)
    assert _status(r) == 204
    r = delete_asset_usage.sync_detailed(client=p.api, integration_id=cms, asset_id=first)
    assert _status(r) == 404
    # Deleting an asset drops its usage records.
    assert _status(delete_asset.sync_detailed(second, client=p.api)) == 204
    assert list_asset_usage.sync_detailed(client=p.api).parsed == []


# -- trash -----------------------------------------------------------------------------------


def test_trash(portal: Portal) -> None:
    p = portal
    first, second = _ids(p, 2)
    names = {first: p.fake.assets[first].name, second: p.fake.assets[second].name}
    for asset_id in (first, second):
        assert _status(delete_asset.sync_detailed(asset_id, client=p.api)) == 204

    r = list_trashed_assets.sync_detailed(client=p.api)
    assert isinstance(r.parsed, list)
    assert {(t.id, t.name) for t in r.parsed} == {(first, names[first]), (second, names[second])}
    user = p.fake.users[p.fake.current_user_id]
    assert {(t.user_id, t.username) for t in r.parsed} == {(user.id, user.username)}
    r = list_trashed_assets.sync_detailed(client=p.api, field="media.name", order="asc", limit=1)
    assert [t.name for t in r.parsed] == [min(names.values())]  # type: ignore[union-attr]
    r = list_trashed_assets.sync_detailed(client=p.api, date_removed="2999-01-01T00:00:00Z")
    assert r.parsed == []

    # Thirty days later the trash has forgotten the asset.
    p.fake.trash[first].date_removed -= 31 * 86400
    r = list_trashed_assets.sync_detailed(client=p.api)
    assert [t.id for t in r.parsed] == [second]  # type: ignore[union-attr]


# -- account, groups, scopes -----------------------------------------------------------------


def test_account_groups_and_scopes(portal: Portal) -> None:
    p = portal
    r = list_derivatives.sync_detailed(client=p.api)
    assert isinstance(r.parsed, list)
    assert [d.prefix for d in r.parsed] == [d.prefix for d in p.fake.derivatives]

    r = list_groups.sync_detailed(client=p.api, limit=100)
    assert isinstance(r.parsed, list)
    names = [g.name for g in r.parsed]
    assert names == sorted(names, key=str.lower)
    assert set(names) == {g.name for g in p.fake.groups.values()}
    r = list_groups.sync_detailed(client=p.api, search_term="mark", sort_order="desc")
    assert [g.name for g in r.parsed] == ["Marketing"]  # type: ignore[union-attr]
    r = list_groups.sync_detailed(client=p.api, limit=1, page=2)
    assert [g.name for g in r.parsed] == [names[1]]  # type: ignore[union-attr]

    # Public: no token needed; every scope of the contract is described.
    r = list_oauth_scopes.sync_detailed(client=p.anon)
    assert _status(r) == 200
    assert r.parsed is not None
    listed = {s.name for g in r.parsed.groups for s in g.scopes}  # type: ignore[union-attr]
    flows = load_spec()["components"]["securitySchemes"]["OAuth2"]["flows"]
    assert listed == set(flows["clientCredentials"]["scopes"])


def test_every_claimed_operation_was_exercised() -> None:
    """Operation coverage: each operation this module claims ran on both front ends above."""
    assert not missing_operations(__name__, OPERATIONS)
