"""Every operation of openapi/bynder.yaml, called through the generated client against the fake.

Each test runs twice: over the in-process transport and over a real loopback socket. The fake is
strict (requests are checked against the spec) and checks its own responses (a violation raises
in-process and becomes a 500 plus a recorded error on the socket). The last test fails if any
operationId of the spec was not exercised on both front ends.
"""

from __future__ import annotations

import base64
import hashlib
import io
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from bynder_client.api.account import get_account_information
from bynder_client.api.assets import (
    add_asset_metaproperty_options,
    delete_asset,
    delete_asset_metaproperty_options,
    download_specific_asset_item,
    get_asset,
    list_assets,
    update_asset,
)
from bynder_client.api.brands import list_brands
from bynder_client.api.campaigns import (
    close_campaign,
    create_campaign,
    delete_campaign,
    get_campaign,
    list_campaigns,
    update_campaign,
)
from bynder_client.api.collections import (
    create_collection,
    delete_collection,
    get_collection,
    list_collections,
    share_collection,
    update_collection,
)
from bynder_client.api.jobs import (
    create_job,
    delete_job,
    get_job,
    get_job_preset,
    get_media_of_job,
    list_jobs,
    list_jobs_by_campaign,
    update_job,
)
from bynder_client.api.metaproperties import list_metaproperties
from bynder_client.api.oauth import oauth2_authorize, oauth2_token
from bynder_client.api.orders import get_order, get_order_info, list_orders, update_order
from bynder_client.api.security_profiles import get_security_profile, list_security_profiles
from bynder_client.api.transformations import generate_dynamic_asset_transformation
from bynder_client.api.upload import (
    finalize_complete_upload,
    finalize_complete_upload_and_save_as_new_asset_additional,
    get_closest_s3_upload_endpoint,
    initialize_upload,
    register_uploaded_chunk,
    retrieve_poll_state,
    save_a_new_asset,
    save_as_a_new_asset_version,
    upload_chunk,
)
from bynder_client.api.users import (
    create_user,
    delete_user,
    get_current_user,
    get_user,
    list_users,
    update_user,
)
from bynder_client.models import (
    Asset,
    AssetMetapropertyOptions,
    AssetPageWithCount,
    AssetPageWithTotal,
    AssetUpdateForm,
    CampaignCreate,
    CampaignUpdate,
    CollectionCreateForm,
    CollectionPage,
    CollectionShareForm,
    CollectionUpdateForm,
    FinaliseUploadForm,
    JobCreate,
    JobStageUpdate,
    JobUpdate,
    OrderUpdateForm,
    PropertyFilters,
    RegisterChunkForm,
    SaveAdditionalForm,
    SaveMediaForm,
    TokenRequest,
    UploadChunkForm,
    UploadInit,
    UploadInitForm,
    UserCreateForm,
    UserUpdateForm,
)
from bynder_client.types import File

from tests.portal import Portal, missing_operations
from tests.seed_actions import OAUTH_OPERATIONS, SEED_ACTIONS

# The last test checks that every claimed operation ran over both front ends, as recorded in
# this process: under pytest-xdist (make test) the whole module runs in one worker.
pytestmark = pytest.mark.xdist_group("test_fake_operations")

# The connector's 52 actions and the two OAuth operations.
OPERATIONS = {a.operation_id for a in SEED_ACTIONS + OAUTH_OPERATIONS}


def _status(response: Any) -> int:
    return int(response.status_code)


def _first_asset(p: Portal) -> Asset:
    r = list_assets.sync_detailed(client=p.api, limit=5)
    assert _status(r) == 200
    assert isinstance(r.parsed, list)
    return r.parsed[0]


def test_assets(portal: Portal) -> None:
    p = portal
    r = list_assets.sync_detailed(client=p.api, limit=3, page=1)
    assert _status(r) == 200
    assert isinstance(r.parsed, list)
    assert len(r.parsed) == 3

    r = list_assets.sync_detailed(client=p.api, limit=2, total=True)
    assert isinstance(r.parsed, AssetPageWithTotal)
    assert r.parsed.total.count == 8

    r = list_assets.sync_detailed(client=p.api, limit=2, count=True, total=True, type_="image")
    assert isinstance(r.parsed, AssetPageWithCount)
    images = sum(1 for a in p.fake.assets.values() if a.type == "image")
    assert r.parsed.count.total == images

    colour = next(m for m in p.fake.metaproperties.values() if m.name == "Colour")
    red = colour.options[0]
    filters = PropertyFilters()
    filters["property_Colour"] = red.name
    r = list_assets.sync_detailed(client=p.api, limit=100, property_filters=filters)
    assert isinstance(r.parsed, list)
    expected = {a.id for a in p.fake.assets.values() if red.id in a.options.get(colour.id, [])}
    assert {a.id for a in r.parsed} == expected

    asset = _first_asset(p)
    r = get_asset.sync_detailed(asset.id, client=p.api, versions=True, stats=True)
    assert _status(r) == 200
    assert isinstance(r.parsed, Asset)
    assert r.parsed.media_items

    form = AssetUpdateForm(name="Renamed", tags="a,b", archive=True)
    form["metaproperty." + colour.id] = red.id
    r = update_asset.sync_detailed(asset.id, client=p.api, body=form)
    assert _status(r) == 202
    after = get_asset.sync_detailed(asset.id, client=p.api).parsed
    assert isinstance(after, Asset)
    assert after.name == "Renamed"
    assert after.tags == ["a", "b"]
    assert after["property_Colour"] == [red.name]

    body = AssetMetapropertyOptions(asset.id, colour.id, [colour.options[1].id])
    assert _status(add_asset_metaproperty_options.sync_detailed(client=p.api, body=body)) == 201
    assert colour.options[1].id in p.fake.assets[asset.id].options[colour.id]
    assert _status(delete_asset_metaproperty_options.sync_detailed(client=p.api, body=body)) == 204
    assert colour.options[1].id not in p.fake.assets[asset.id].options[colour.id]

    item = p.fake.assets[asset.id].items[0]
    r = download_specific_asset_item.sync_detailed(asset.id, item.id, client=p.api)
    assert _status(r) == 200
    assert r.parsed is not None
    s3_file = r.parsed.s3_file
    got = p.raw.get(s3_file)
    assert got.status_code == 200
    assert got.content == item.blob.read_all()
    r = download_specific_asset_item.sync_detailed(asset.id, item.id_hash, client=p.api, hash_=True)
    assert _status(r) == 200

    r = generate_dynamic_asset_transformation.sync_detailed(
        asset.id, "renamed", client=p.api, io=["transform:fill,width:40,height:30"], format_="png"
    )
    assert _status(r) == 200
    assert r.content.startswith(b"\x89PNG")
    assert r.headers["content-type"] == "image/png"

    assert _status(delete_asset.sync_detailed(asset.id, client=p.api)) == 204
    assert _status(get_asset.sync_detailed(asset.id, client=p.api)) == 404


def test_metaproperties(portal: Portal) -> None:
    r = list_metaproperties.sync_detailed(client=portal.api, count=True)
    assert _status(r) == 200
    assert r.parsed is not None
    names = set(r.parsed.additional_keys)  # type: ignore[union-attr]
    assert names == {m.name for m in portal.fake.metaproperties.values()}


def test_collections(portal: Portal) -> None:
    p = portal
    r = create_collection.sync_detailed(client=p.api, body=CollectionCreateForm(name="Spring"))
    assert _status(r) == 201
    collection_id = r.headers["location"].rstrip("/").rsplit("/", 1)[-1]
    assert p.fake.collections[collection_id].name == "Spring"

    r = list_collections.sync_detailed(client=p.api, count=True, keyword="spring")
    assert isinstance(r.parsed, CollectionPage)
    assert r.parsed.count == 1

    body = CollectionUpdateForm(name="Spring 2", is_public=True)
    assert _status(update_collection.sync_detailed(collection_id, client=p.api, body=body)) == 201
    r = get_collection.sync_detailed(collection_id, client=p.api)
    assert _status(r) == 200
    assert r.parsed is not None
    assert r.parsed.name == "Spring 2"  # type: ignore[union-attr]

    share = CollectionShareForm(collection_options="view", recipients="a@example.com")
    assert _status(share_collection.sync_detailed(collection_id, client=p.api, body=share)) == 202
    assert p.fake.collections[collection_id].shares[0]["recipients"] == ["a@example.com"]

    assert _status(delete_collection.sync_detailed(collection_id, client=p.api)) == 204
    assert _status(get_collection.sync_detailed(collection_id, client=p.api)) == 404


def test_campaigns_and_jobs(portal: Portal) -> None:
    p = portal
    user_id = p.fake.current_user_id
    r = create_campaign.sync_detailed(
        client=p.api, body=CampaignCreate(name="Launch", key="LNCH", responsible_id=user_id)
    )
    assert _status(r) == 201
    assert r.parsed is not None
    campaign_id = r.parsed.id  # type: ignore[union-attr]
    assert r.headers["location"].endswith(f"/api/workflow/campaigns/{campaign_id}/")

    r = get_campaign.sync_detailed(campaign_id, client=p.api)
    assert r.parsed is not None
    assert r.parsed.id == campaign_id  # type: ignore[union-attr]
    assert _status(list_campaigns.sync_detailed(client=p.api)) == 200

    body = CampaignUpdate(name="Launch 2", key="LNCH", responsible_id=user_id)
    assert _status(update_campaign.sync_detailed(campaign_id, client=p.api, body=body)) == 201
    assert p.fake.campaigns[campaign_id].name == "Launch 2"

    preset_id = p.fake.default_preset_id
    r = get_job_preset.sync_detailed(preset_id, client=p.api)
    assert _status(r) == 200

    r = create_job.sync_detailed(
        client=p.api,
        body=JobCreate(
            name="Poster", campaign_id=campaign_id, accountable_id=user_id, preset_id=preset_id
        ),
    )
    assert _status(r) == 201
    assert r.parsed is not None
    job_id = r.parsed.job_id  # type: ignore[union-attr]

    job = get_job.sync_detailed(job_id, client=p.api).parsed
    assert job is not None
    active_stage = job.job_active_stage  # type: ignore[union-attr]
    update = JobUpdate(
        name="Poster v2", active_stage=JobStageUpdate(id=active_stage.id, status="Approved")
    )
    r = update_job.sync_detailed(job_id, client=p.api, body=update)
    assert _status(r) == 200
    assert p.fake.jobs[job_id].name == "Poster v2"

    r = list_jobs.sync_detailed(client=p.api, limit=2)
    assert _status(r) == 200
    assert int(r.headers["x-pagination-totalrecords"]) == len(p.fake.jobs)
    r = list_jobs_by_campaign.sync_detailed(campaign_id, client=p.api)
    assert isinstance(r.parsed, list)
    assert [j.id for j in r.parsed] == [job_id]

    p.fake.jobs[job_id].media = list(p.fake.assets)[:2]
    r = get_media_of_job.sync_detailed(job_id, client=p.api)
    assert isinstance(r.parsed, list)
    assert len(r.parsed) == 2

    assert _status(delete_job.sync_detailed(job_id, client=p.api)) == 204
    assert _status(close_campaign.sync_detailed(campaign_id, client=p.api)) == 204
    assert p.fake.campaigns[campaign_id].closed is True
    assert _status(delete_campaign.sync_detailed(campaign_id, client=p.api)) == 204
    assert _status(get_campaign.sync_detailed(campaign_id, client=p.api)) == 404


def test_users_profiles_account_brands(portal: Portal) -> None:
    p = portal
    profile_id = next(iter(p.fake.profiles))
    body = UserCreateForm(
        email="new.user@example.com",
        password="pw-123456",
        profile_id=profile_id,
        firstname="New",
        lastname="User",
    )
    r = create_user.sync_detailed(client=p.api, body=body)
    assert _status(r) == 201
    assert r.parsed is not None
    user_id = r.parsed.id  # type: ignore[union-attr]

    r = get_user.sync_detailed("new.user@example.com", client=p.api)
    assert r.parsed is not None
    assert r.parsed.id == user_id  # type: ignore[union-attr]
    r = update_user.sync_detailed(
        user_id, client=p.api, body=UserUpdateForm(department="Sales", active=0)
    )
    assert _status(r) == 202
    assert p.fake.users[user_id].department == "Sales"

    r = list_users.sync_detailed(client=p.api, include_in_active=True, limit=3, page=1)
    assert _status(r) == 200
    assert int(r.headers["x-pagination-totalrecords"]) == len(p.fake.users)
    assert _status(delete_user.sync_detailed(user_id, client=p.api)) == 204
    assert _status(get_user.sync_detailed(user_id, client=p.api)) == 404

    r = get_current_user.sync_detailed(client=p.api)
    assert r.parsed is not None
    assert r.parsed.id == p.fake.current_user_id  # type: ignore[union-attr]
    assert _status(list_security_profiles.sync_detailed(client=p.api)) == 200
    assert _status(get_security_profile.sync_detailed(profile_id, client=p.api)) == 200
    assert _status(get_account_information.sync_detailed(client=p.api)) == 200
    r = list_brands.sync_detailed(client=p.api)
    assert isinstance(r.parsed, list)
    assert {b.id for b in r.parsed} == set(p.fake.brands)


def test_orders(portal: Portal) -> None:
    p = portal
    r = list_orders.sync_detailed(client=p.api, page=1)
    assert isinstance(r.parsed, list)
    assert len(r.parsed) == 10  # Brandstore pages hold 10 orders
    order = next(iter(p.fake.orders.values()))
    assert _status(get_order_info.sync_detailed(order.id, client=p.api)) == 200
    r = get_order.sync_detailed(order.number, client=p.api)  # by order number
    assert isinstance(r.parsed, list)
    assert len(r.parsed) == len(order.lines)
    body = OrderUpdateForm(status="OUT_FOR_DELIVERY", message="Shipped", trackingnumber="3S123")
    r = update_order.sync_detailed(order.id, client=p.api, body=body)
    assert _status(r) == 201
    assert order.status == "OUT_FOR_DELIVERY"
    assert order.tracking_number == "3S123"


def _upload(p: Portal, data: bytes, filename: str, chunk_size: int) -> UploadInit:
    """Init, send every part to S3 with the generated client, and register it."""
    r = initialize_upload.sync_detailed(client=p.api, body=UploadInitForm(filename=filename))
    assert _status(r) == 200
    init = r.parsed
    assert isinstance(init, UploadInit)
    params = init.multipart_params
    parts = [data[i : i + chunk_size] for i in range(0, len(data), chunk_size)]
    for number, part in enumerate(parts, start=1):
        key = f"{params.key}/p{number}"
        form = UploadChunkForm(
            key=key,
            acl=str(params.acl),
            success_action_status=str(params.success_action_status),
            content_type=str(params.content_type),
            policy=str(params.policy),
            x_amz_signature=str(params.x_amz_signature),
            x_amz_credential=str(params.x_amz_credential),
            x_amz_algorithm=str(params.x_amz_algorithm),
            x_amz_date=str(params.x_amz_date),
            filename=key,
            name=filename,
            chunk=str(number),
            chunks=str(len(parts)),
            file=File(
                payload=io.BytesIO(part), file_name=filename, mime_type="application/octet-stream"
            ),
        )
        r2 = upload_chunk.sync_detailed(client=p.s3, body=form)
        assert _status(r2) == 201, r2.content
        assert "<PostResponse>" in r2.parsed
        reg = RegisterChunkForm(
            id=str(init.s3file.uploadid),
            targetid=str(init.s3file.targetid),
            filename=f"{init.s3_filename}/p{number}",
            chunk_number=number,
        )
        assert _status(register_uploaded_chunk.sync_detailed(client=p.api, body=reg)) == 202
    return init


def test_upload_pipeline(portal: Portal) -> None:
    p = portal
    r = get_closest_s3_upload_endpoint.sync_detailed(client=p.api)
    assert _status(r) == 200
    assert r.parsed == str(p.s3._base_url).rstrip("/") + "/"

    data = bytes(range(256)) * 300  # 76,800 bytes in three parts
    init = _upload(p, data, "photo.jpg", 30_000)
    uploadid, targetid = str(init.s3file.uploadid), str(init.s3file.targetid)
    body = FinaliseUploadForm(targetid=targetid, s3_filename=str(init.s3_filename), chunks=3)
    r = finalize_complete_upload.sync_detailed(uploadid, client=p.api, body=body)
    assert _status(r) == 202
    assert r.parsed is not None
    import_id = str(r.parsed.import_id)  # type: ignore[union-attr]

    r = retrieve_poll_state.sync_detailed(client=p.api, items=import_id)
    assert r.parsed is not None
    assert r.parsed.items_done == [import_id]  # type: ignore[union-attr]

    form = SaveMediaForm(brand_id=p.fake.default_brand_id, name="Photo", tags="x,y")
    r = save_a_new_asset.sync_detailed(import_id, client=p.api, body=form)
    assert _status(r) == 201
    assert r.parsed is not None
    media_id = str(r.parsed.mediaid)  # type: ignore[union-attr]
    asset = p.fake.assets[media_id]
    assert asset.original().blob.read_all() == data  # type: ignore[union-attr]
    assert _status(save_a_new_asset.sync_detailed(import_id, client=p.api, body=form)) == 400

    version_data = b"version two" * 1000
    init2 = _upload(p, version_data, "photo.jpg", 6_000)
    body = FinaliseUploadForm(
        targetid=str(init2.s3file.targetid), s3_filename=str(init2.s3_filename), chunks=2
    )
    r = finalize_complete_upload.sync_detailed(str(init2.s3file.uploadid), client=p.api, body=body)
    import2 = str(r.parsed.import_id)  # type: ignore[union-attr]
    r = save_as_a_new_asset_version.sync_detailed(media_id, import2, client=p.api)
    assert _status(r) == 201
    assert asset.version == 2
    assert asset.original().blob.read_all() == version_data  # type: ignore[union-attr]
    assert asset.name == "Photo"

    extra = b"an additional file"
    init3 = _upload(p, extra, "notes.pdf", 1_000)
    body3 = SaveAdditionalForm(
        targetid=str(init3.s3file.targetid), s3_filename=str(init3.s3_filename), chunks=1
    )
    r = finalize_complete_upload_and_save_as_new_asset_additional.sync_detailed(
        media_id, str(init3.s3file.uploadid), client=p.api, body=body3
    )
    assert _status(r) == 201
    additional = [i for i in asset.items if i.type == "additional"]
    assert [i.blob.read_all() for i in additional] == [extra]


def test_oauth(portal: Portal) -> None:
    p = portal
    verifier = "v" * 64
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    redirect = "http://127.0.0.1:8123/callback"
    r = oauth2_authorize.sync_detailed(
        client=p.anon,
        client_id=p.fake.client_id,
        redirect_uri=redirect,
        response_type="code",
        scope="offline asset:read",
        state="xyz",
        code_challenge=challenge,
        code_challenge_method="S256",
    )
    assert _status(r) == 302
    location = urlsplit(r.headers["location"])
    query = parse_qs(location.query)
    assert f"{location.scheme}://{location.netloc}{location.path}" == redirect
    assert query["state"] == ["xyz"]

    body = TokenRequest(
        grant_type="authorization_code",
        client_id=p.fake.client_id,
        client_secret=p.fake.client_secret,
        code=query["code"][0],
        redirect_uri=redirect,
        code_verifier=verifier,
    )
    r = oauth2_token.sync_detailed(client=p.anon, body=body)
    assert _status(r) == 200
    token = r.parsed
    assert token is not None
    assert token.scope == "asset:read offline"  # type: ignore[union-attr]
    refresh = TokenRequest(
        grant_type="refresh_token",
        client_id=p.fake.client_id,
        client_secret=p.fake.client_secret,
        refresh_token=str(token.refresh_token),  # type: ignore[union-attr]
    )
    assert _status(oauth2_token.sync_detailed(client=p.anon, body=refresh)) == 200
    cc = TokenRequest(
        grant_type="client_credentials",
        client_id=p.fake.client_id,
        client_secret=p.fake.client_secret,
        scope="collection:read",
    )
    r = oauth2_token.sync_detailed(client=p.anon, body=cc)
    assert _status(r) == 200
    access = str(r.parsed.access_token)  # type: ignore[union-attr]
    with httpx.Client(
        **({"transport": p.fake.transport()} if p.mode == "transport" else {})
    ) as http:
        headers = {"Authorization": f"Bearer {access}"}
        assert http.get(f"{p.base_url}/api/v4/collections/", headers=headers).status_code == 200
        assert http.get(f"{p.base_url}/api/v4/media/", headers=headers).status_code == 403
    assert p.fake.token_requests == {
        "authorization_code": 1,
        "refresh_token": 1,
        "client_credentials": 1,
    }


async def test_async_client(portal: Portal) -> None:
    """The generated async functions work against both front ends too."""
    p = portal
    async with p.api as api:
        r = await list_assets.asyncio_detailed(client=api, limit=2, total=True)
        assert isinstance(r.parsed, AssetPageWithTotal)
        assert r.parsed.total.count == 8
        asset_id = r.parsed.media[0].id
        assert _status(await get_asset.asyncio_detailed(asset_id, client=api)) == 200
        body = CollectionCreateForm(name="Async")
        assert _status(await create_collection.asyncio_detailed(client=api, body=body)) == 201


def test_every_claimed_operation_was_exercised() -> None:
    """Operation coverage: each operation this module claims ran on both front ends above."""
    assert not missing_operations(__name__, OPERATIONS)
