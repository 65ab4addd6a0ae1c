"""The generated client: it imports, it puts requests on the wire as Bynder takes them, and it parses
what Bynder really sends (nulls, 0/1 booleans, values outside the documented lists, dynamic keys).

Every call goes through `httpx.MockTransport`; the captured request is checked for method, path,
query and body encoding.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any
from urllib.parse import parse_qs

import bynder_client
import httpx
import pytest
from bynder_client import AuthenticatedClient, Client
from bynder_client.api.account import get_account_information
from bynder_client.api.assets import delete_asset_metaproperty_options, get_asset, list_assets
from bynder_client.api.brands import list_brands
from bynder_client.api.campaigns import close_campaign, create_campaign
from bynder_client.api.collections import create_collection, list_collections
from bynder_client.api.jobs import get_job, get_job_preset, list_jobs, update_job
from bynder_client.api.metaproperties import list_metaproperties
from bynder_client.api.oauth import oauth2_authorize, oauth2_token
from bynder_client.api.orders import get_order, update_order
from bynder_client.api.security_profiles import get_security_profile
from bynder_client.api.transformations import generate_dynamic_asset_transformation
from bynder_client.api.upload import (
    finalize_complete_upload_and_save_as_new_asset_additional,
    get_closest_s3_upload_endpoint,
    register_uploaded_chunk,
    retrieve_poll_state,
    save_a_new_asset,
    save_as_a_new_asset_version,
    upload_chunk,
)
from bynder_client.api.users import create_user, delete_user, list_users
from bynder_client.models import (
    Asset,
    AssetMetapropertyOptions,
    AssetPageWithCount,
    AssetPageWithTotal,
    CampaignCreate,
    CampaignId,
    Collection,
    CollectionCreateForm,
    CollectionPage,
    Job,
    JobPresetEnvelope,
    JobStageUpdate,
    JobUpdate,
    MediaItem,
    MetapropertyMap,
    OrderLine,
    OrderUpdateForm,
    PollStatus,
    PropertyFilters,
    RegisterChunkForm,
    SaveAdditionalForm,
    SaveAdditionalResponse,
    SaveMediaForm,
    SaveMediaResponse,
    SecurityProfile,
    StatusMessage,
    StoreStatus,
    Token,
    TokenRequest,
    UploadChunkForm,
    User,
    UserCreateForm,
)
from bynder_client.types import UNSET, File

from bynder_ext.testing.contract import load_spec

BASE_URL = "https://portal.example.com"
FORM = "application/x-www-form-urlencoded"


@dataclass
class Portal:
    """A scripted portal: answers every request with the next canned reply and keeps the requests."""

    replies: list[httpx.Response]
    requests: list[httpx.Request] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.replies.pop(0)

    def client(self) -> Client:
        return Client(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(self.handle)})

    @property
    def request(self) -> httpx.Request:
        (only,) = self.requests
        return only


def reply(status: int, body: Any = None, **headers: str) -> httpx.Response:
    if body is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


def form_of(request: httpx.Request) -> dict[str, list[str]]:
    assert request.headers["content-type"] == FORM
    return parse_qs(request.content.decode(), keep_blank_values=True)


def json_of(request: httpx.Request) -> Any:
    assert request.headers["content-type"] == "application/json"
    return json.loads(request.content)


def raw_query(request: httpx.Request) -> str:
    return request.url.query.decode()


def multipart_field_names(request: httpx.Request) -> list[str]:
    return re.findall(
        r'Content-Disposition: form-data; name="([^"]+)"', request.content.decode("latin-1")
    )


# ------------------------------------------------------------------------------------------------
# the package
# ------------------------------------------------------------------------------------------------


def _api_modules() -> Iterator[str]:
    import bynder_client.api as api

    for info in pkgutil.walk_packages(api.__path__, prefix="bynder_client.api."):
        yield info.name


def test_every_api_module_imports_and_exposes_the_four_calls() -> None:
    spec = load_spec()
    declared = {
        (operation["tags"][0], operation["operationId"])
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }
    modules = list(_api_modules())
    operations = [name for name in modules if name.count(".") == 3]
    assert {tuple(name.split(".")[2:]) for name in operations} == declared
    for name in modules:
        module = importlib.import_module(name)
        if name in operations:
            for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
                assert callable(getattr(module, function)), f"{name}.{function}"
    tags = {name.split(".")[2] for name in operations}
    assert tags == {tag["name"] for tag in spec["tags"]}
    assert bynder_client.Client is Client


def test_generated_package_is_typed() -> None:
    assert bynder_client.__file__ is not None
    from pathlib import Path

    assert (Path(bynder_client.__file__).parent / "py.typed").is_file()


# ------------------------------------------------------------------------------------------------
# one call per tag, checked on the wire
# ------------------------------------------------------------------------------------------------


def test_assets_list_query_on_the_wire() -> None:
    portal = Portal([reply(200, [{"id": "A1", "name": "Tulips", "type": "image"}])])
    filters = PropertyFilters()
    filters["property_Colour"] = "red"
    assets = list_assets.sync(
        client=portal.client(),
        ids="a,b",
        type_="image,video",
        keyword="tulip",
        property_filters=filters,
    )
    request = portal.request
    assert request.method == "GET"
    assert request.url.path == "/api/v4/media/"
    assert request.content == b""
    params = request.url.params
    assert params.get_list("ids") == ["a,b"]
    assert params["type"] == "image,video"
    assert params["keyword"] == "tulip"
    assert params["property_Colour"] == "red"
    # Spec defaults are sent: the connector's limit 50, count and total off.
    assert (params["limit"], params["count"], params["total"]) == ("50", "false", "false")
    assert isinstance(assets, list)
    assert isinstance(assets[0], Asset)
    assert assets[0].name == "Tulips"


def test_metaproperties_map_on_the_wire() -> None:
    portal = Portal(
        [
            reply(
                200,
                {
                    "Colour": {
                        "id": "M1",
                        "name": "Colour",
                        "label": "Colour",
                        "type": "select",
                        "isMultiselect": 1,
                        "labels": None,
                        "options": [
                            {
                                "id": "O1",
                                "name": "red",
                                "label": "Red",
                                "active": 0,
                                "date": "February, 15 2017 14:54:58 +0000",
                            }
                        ],
                    }
                },
            )
        ]
    )
    result = list_metaproperties.sync(client=portal.client(), ids="M1,M2")
    request = portal.request
    assert (request.method, request.url.path) == ("GET", "/api/v4/metaproperties/")
    assert request.url.params["options"] == "true"
    assert request.url.params["ids"] == "M1,M2"
    assert isinstance(result, MetapropertyMap)
    colour = result["Colour"]
    assert colour.is_multiselect == 1
    assert colour.labels is None
    assert not isinstance(colour.options, type(UNSET))
    assert colour.options is not None
    assert colour.options[0].name == "red"


def test_collections_create_is_a_form_post() -> None:
    portal = Portal(
        [
            reply(
                201,
                {"message": "Created", "statuscode": 201},
                Location=f"{BASE_URL}/api/v4/collections/C1/",
            )
        ]
    )
    response = create_collection.sync_detailed(
        client=portal.client(), body=CollectionCreateForm(name="Spring", description="Spring shoot")
    )
    request = portal.request
    assert (request.method, request.url.path) == ("POST", "/api/v4/collections/")
    assert form_of(request) == {"name": ["Spring"], "description": ["Spring shoot"]}
    assert isinstance(response.parsed, StatusMessage)
    assert response.parsed.statuscode == 201
    assert response.headers["location"].endswith("/api/v4/collections/C1/")


def test_collections_list_with_count_parses_the_page_shape() -> None:
    portal = Portal(
        [
            reply(
                200,
                {
                    "count": 1,
                    "collections": [{"id": "C1", "name": "Spring", "IsPublic": 1, "cover": None}],
                },
            )
        ]
    )
    page = list_collections.sync(client=portal.client(), count=True, limit=10)
    assert portal.request.url.params["count"] == "true"
    assert isinstance(page, CollectionPage)
    assert page.count == 1
    collection = page.collections[0]
    assert isinstance(collection, Collection)
    assert collection.cover is None
    assert collection["IsPublic"] == 1


def test_campaigns_create_is_a_json_post_with_extra_fields() -> None:
    portal = Portal([reply(201, {"id": "0f1e2d3c4b5a69788796a5b4c3d2e1f0"})])
    body = CampaignCreate(name="Spring", key="SPRG", responsible_id="U1")
    body["dateStart"] = "2025-03-01T00:00:00"
    created = create_campaign.sync(client=portal.client(), body=body)
    request = portal.request
    assert (request.method, request.url.path) == ("POST", "/api/workflow/campaigns/")
    assert json_of(request) == {
        "name": "Spring",
        "key": "SPRG",
        "responsibleID": "U1",
        "dateStart": "2025-03-01T00:00:00",
    }
    assert isinstance(created, CampaignId)
    assert created.id == "0f1e2d3c4b5a69788796a5b4c3d2e1f0"


def test_campaigns_close_posts_without_body_and_without_trailing_slash() -> None:
    portal = Portal([reply(204)])
    response = close_campaign.sync_detailed("C1", client=portal.client())
    request = portal.request
    assert (request.method, request.url.path) == ("POST", "/api/workflow/campaigns/C1")
    assert request.content == b""
    assert response.status_code == 204


def test_jobs_update_is_a_json_put() -> None:
    portal = Portal([reply(200, {"status": "Updated", "job_id": "J1"})])
    body = JobUpdate(name="Poster", active_stage=JobStageUpdate(id="S2", status="Approved"))
    update_job.sync(id="J1", client=portal.client(), body=body)
    request = portal.request
    assert (request.method, request.url.path) == ("PUT", "/api/workflow/jobs/J1/")
    assert json_of(request) == {"name": "Poster", "activeStage": {"id": "S2", "status": "Approved"}}


def test_users_create_is_a_form_post_with_extra_fields() -> None:
    portal = Portal([reply(201, {"id": "U9", "username": "jane"})])
    body = UserCreateForm(
        email="jane@example.com",
        password="pw",
        profile_id="2",
        firstname="Jane",
        lastname="Doe",
        active=1,
    )
    body["cellphoneNumber"] = "+31600000000"
    create_user.sync(client=portal.client(), body=body)
    request = portal.request
    assert (request.method, request.url.path) == ("POST", "/api/v4/users/")
    assert form_of(request) == {
        "email": ["jane@example.com"],
        "password": ["pw"],
        "profileId": ["2"],
        "firstname": ["Jane"],
        "lastname": ["Doe"],
        "active": ["1"],
        "cellphoneNumber": ["+31600000000"],
    }


def test_users_delete_has_no_trailing_slash() -> None:
    portal = Portal([reply(204)])
    delete_user.sync_detailed("jane@example.com", client=portal.client())
    request = portal.request
    assert request.method == "DELETE"
    assert request.url.raw_path == b"/api/v4/users/jane%40example.com"


def test_users_list_sends_include_in_active_and_reads_integer_active() -> None:
    portal = Portal(
        [
            reply(
                200,
                [{"id": "U1", "active": 1, "isSSOOnly": 0}],
                **{"X-Pagination-TotalRecords": "1"},
            )
        ]
    )
    users = list_users.sync(client=portal.client(), page=1, limit=100)
    params = portal.request.url.params
    assert (params["page"], params["limit"], params["includeInActive"]) == ("1", "100", "false")
    assert isinstance(users, list)
    assert isinstance(users[0], User)
    assert users[0].active == 1


def test_security_profiles_get() -> None:
    portal = Portal(
        [reply(200, {"id": "1", "name": "Admin", "roles": ["MEDIAEDIT", "SOMENEWROLE"]})]
    )
    profile = get_security_profile.sync("1", client=portal.client())
    assert (portal.request.method, portal.request.url.path) == ("GET", "/api/v4/profiles/1/")
    assert isinstance(profile, SecurityProfile)
    assert profile.roles == ["MEDIAEDIT", "SOMENEWROLE"]


def test_account_get() -> None:
    portal = Portal(
        [reply(200, {"name": "Bynder", "isOpenImageBank": 0, "availableLanguages": ["en_US"]})]
    )
    account = get_account_information.sync(client=portal.client())
    assert (portal.request.method, portal.request.url.path) == ("GET", "/api/v4/account/")
    assert account is not None
    assert not isinstance(account, type(UNSET))
    assert account.is_open_image_bank == 0  # type: ignore[union-attr]


def test_brands_list() -> None:
    portal = Portal(
        [reply(200, [{"id": "B1", "name": "Example", "subBrands": [{"id": "B2", "image": None}]}])]
    )
    brands = list_brands.sync(client=portal.client())
    assert (portal.request.method, portal.request.url.path) == ("GET", "/api/v4/brands/")
    assert isinstance(brands, list)
    assert brands[0].sub_brands[0].image is None  # type: ignore[index,union-attr]


def test_orders_update_is_a_form_post_to_products() -> None:
    portal = Portal([reply(201, {"message": "Created", "status_code": 201})])
    result = update_order.sync(
        "O1",
        client=portal.client(),
        body=OrderUpdateForm(status="OUT_FOR_DELIVERY", trackingnumber="3S123"),
    )
    request = portal.request
    assert (request.method, request.url.path) == ("POST", "/api/store/order/O1/products")
    assert form_of(request) == {"status": ["OUT_FOR_DELIVERY"], "trackingnumber": ["3S123"]}
    assert isinstance(result, StoreStatus)
    assert result.status_code == 201


def test_orders_get_lines_with_unknown_shapes() -> None:
    portal = Portal(
        [reply(200, [{"id": "L1", "product": None, "metaproperties": [], "itemPrice": 0.2333}])]
    )
    lines = get_order.sync("NL0456", client=portal.client())
    assert (portal.request.method, portal.request.url.path) == (
        "GET",
        "/api/store/order/NL0456/products",
    )
    assert isinstance(lines, list)
    assert isinstance(lines[0], OrderLine)
    assert lines[0].product is None
    assert lines[0].metaproperties == []


def test_upload_register_is_a_form_post_without_the_upload_id_in_the_path() -> None:
    portal = Portal([reply(202, {"status": "ok"})])
    register_uploaded_chunk.sync(
        client=portal.client(),
        body=RegisterChunkForm(
            id="UPLOAD", targetid="final/x/a.jpg", filename="api/x/a.jpg/p1", chunk_number=1
        ),
    )
    request = portal.request
    assert (request.method, request.url.path) == ("POST", "/api/v4/upload/")
    assert form_of(request) == {
        "id": ["UPLOAD"],
        "targetid": ["final/x/a.jpg"],
        "filename": ["api/x/a.jpg/p1"],
        "chunkNumber": ["1"],
    }


def test_upload_closest_endpoint_is_a_json_string() -> None:
    portal = Portal([reply(200, "https://bynder-public-eu-central-1.s3.amazonaws.com/")])
    endpoint = get_closest_s3_upload_endpoint.sync(client=portal.client())
    assert (portal.request.method, portal.request.url.path) == ("GET", "/api/upload/endpoint/")
    assert endpoint == "https://bynder-public-eu-central-1.s3.amazonaws.com/"


def test_upload_save_new_asset_form_and_the_303_body() -> None:
    portal = Portal(
        [reply(303, {"message": "Import not converted yet, please poll", "statuscode": "303"})]
    )
    body = SaveMediaForm(brand_id="B1", name="Cover")
    body["metaproperty.M1"] = "O1,O2"
    response = save_a_new_asset.sync_detailed("I1", client=portal.client(), body=body)
    request = portal.request
    assert (request.method, request.url.path) == ("POST", "/api/v4/media/save/I1/")
    assert form_of(request) == {"brandId": ["B1"], "name": ["Cover"], "metaproperty.M1": ["O1,O2"]}
    assert response.status_code == 303
    assert isinstance(response.parsed, StatusMessage)
    assert response.parsed.statuscode == "303"


def test_upload_save_new_version_sends_an_empty_form() -> None:
    portal = Portal(
        [reply(201, {"mediaid": "A1", "batchId": "X", "success": True, "mediaitems": None})]
    )
    saved = save_as_a_new_asset_version.sync("A1", "I1", client=portal.client())
    request = portal.request
    assert (request.method, request.url.path) == ("POST", "/api/v4/media/A1/save/I1/")
    assert request.content == b""
    assert isinstance(saved, SaveMediaResponse)
    assert saved.mediaitems is None


@pytest.mark.parametrize(
    "body",
    [
        {"mediaid": "A1", "batchId": "X", "success": True, "mediaitems": None},
        {"itemId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"},
    ],
)
def test_upload_save_additional_accepts_both_published_replies(body: dict[str, Any]) -> None:
    portal = Portal([reply(201, body)])
    saved = finalize_complete_upload_and_save_as_new_asset_additional.sync(
        "A1",
        "UPLOAD",
        client=portal.client(),
        body=SaveAdditionalForm(targetid="final/x/a.jpg", s3_filename="api/x/a.jpg/p3", chunks=3),
    )
    request = portal.request
    assert (request.method, request.url.path) == (
        "POST",
        "/api/v4/media/A1/save/additional/UPLOAD/",
    )
    assert form_of(request) == {
        "targetid": ["final/x/a.jpg"],
        "s3_filename": ["api/x/a.jpg/p3"],
        "chunks": ["3"],
    }
    assert isinstance(saved, SaveAdditionalResponse)
    assert saved.to_dict() == body


def test_transformation_repeats_io_and_returns_bytes() -> None:
    portal = Portal(
        [httpx.Response(200, content=b"\xff\xd8jpeg", headers={"content-type": "image/jpeg"})]
    )
    image = generate_dynamic_asset_transformation.sync(
        "A1",
        "Tulip-field",
        client=portal.client(),
        io=["transform:fill,width:100,height:100", "transform:rotate,angle:90"],
        format_="jpg",
        quality=80,
    )
    request = portal.request
    assert (request.method, request.url.path) == ("GET", "/transform/A1/Tulip-field")
    assert request.url.params.get_list("io") == [
        "transform:fill,width:100,height:100",
        "transform:rotate,angle:90",
    ]
    assert (request.url.params["format"], request.url.params["quality"]) == ("jpg", "80")
    assert isinstance(image, File)
    assert image.payload.read() == b"\xff\xd8jpeg"


def test_oauth_token_is_a_form_post() -> None:
    portal = Portal(
        [reply(200, {"access_token": "eyJh.x.y", "token_type": "bearer", "expires_in": 3600})]
    )
    token = oauth2_token.sync(
        client=portal.client(),
        body=TokenRequest(
            grant_type="client_credentials",
            client_id="id",
            client_secret="secret",
            scope="asset:read",
        ),
    )
    request = portal.request
    assert (request.method, request.url.path) == ("POST", "/v6/authentication/oauth2/token")
    assert "authorization" not in request.headers
    assert form_of(request) == {
        "grant_type": ["client_credentials"],
        "client_id": ["id"],
        "client_secret": ["secret"],
        "scope": ["asset:read"],
    }
    assert isinstance(token, Token)
    assert token.expires_in == 3600
    assert token.refresh_token is UNSET


def test_oauth_authorize_redirect_is_not_followed() -> None:
    location = f"{BASE_URL}/v6/login-provider/login?login_challenge=abc"
    portal = Portal([httpx.Response(302, text="Found.", headers={"Location": location})])
    response = oauth2_authorize.sync_detailed(
        client=portal.client(),
        client_id="id",
        redirect_uri="https://app.example.com/callback",
        response_type="code",
        scope="offline asset:read",
        state="xyz",
        code_challenge="E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        code_challenge_method="S256",
    )
    request = portal.request
    assert (request.method, request.url.path) == ("GET", "/v6/authentication/oauth2/auth")
    assert request.url.params["scope"] == "offline asset:read"
    assert request.url.params["code_challenge_method"] == "S256"
    assert response.status_code == 302
    assert response.headers["location"] == location


# ------------------------------------------------------------------------------------------------
# generator gaps, each handled by the spec's design
# ------------------------------------------------------------------------------------------------


def test_comma_joined_list_parameters_stay_one_value() -> None:
    portal = Portal([reply(200, [])])
    list_assets.sync(client=portal.client(), ids="a,b", tags="x,y", property_option_id="o1,o2")
    query = raw_query(portal.request)
    assert "ids=a%2Cb" in query
    assert "tags=x%2Cy" in query
    assert "propertyOptionId=o1%2Co2" in query
    assert query.count("ids=") == 1


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda client: retrieve_poll_state.sync(client=client, items="i1,i2"), "items"),
        (lambda client: list_jobs.sync(client=client, status="Approved,NeedsChanges"), "status"),
        (lambda client: list_jobs.sync(client=client, resonsible_i_ds="u1,u2"), "resonsibleIDs"),
    ],
)
def test_other_comma_joined_parameters(call: Callable[[Client], Any], name: str) -> None:
    body: Any = {"itemsDone": [], "itemsFailed": [], "itemsRejected": []} if name == "items" else []
    portal = Portal([reply(200, body)])
    call(portal.client())
    assert portal.request.url.params.get_list(name) == [portal.request.url.params[name]]
    assert "%2C" in raw_query(portal.request)


def test_property_filters_flatten_into_top_level_query_keys() -> None:
    portal = Portal([reply(200, [])])
    filters = PropertyFilters()
    filters["property_Colour"] = "red"
    filters["property_Region"] = "o1,o2"
    list_assets.sync(client=portal.client(), property_filters=filters)
    params = portal.request.url.params
    assert params["property_Colour"] == "red"
    assert params["property_Region"] == "o1,o2"
    assert "propertyFilters" not in raw_query(portal.request)


ASSET_WITH_NULLS: dict[str, Any] = {
    "id": "A1",
    "name": None,
    "type": "hologram",
    "thumbnails": None,
    "activeOriginalFocusPoint": None,
    "archive": 0,
    "limited": 1,
    "isPublic": True,
    "watermarked": None,
    "extension": None,
    "tags": None,
    "property_Color": ["red", "blue"],
    "property_limitedrights": "Specific rights",
    "mediaItems": [
        {
            "id": "M1",
            "type": "original",
            "width": None,
            "height": None,
            "active": 1,
            "thumbnails": None,
            "focusPoint": None,
        }
    ],
}


def _asset() -> Asset:
    portal = Portal([reply(200, ASSET_WITH_NULLS)])
    asset = get_asset.sync("A1", client=portal.client(), versions=True)
    assert (portal.request.method, portal.request.url.path) == ("GET", "/api/v4/media/A1/")
    assert portal.request.url.params["versions"] == "true"
    assert isinstance(asset, Asset)
    return asset


def test_nullable_references_parse() -> None:
    asset = _asset()
    assert asset.thumbnails is None
    assert asset.active_original_focus_point is None
    item = asset.media_items[0]  # type: ignore[index]
    assert isinstance(item, MediaItem)
    assert item.thumbnails is None
    assert item.focus_point is None


def test_unknown_asset_type_parses() -> None:
    assert _asset().type_ == "hologram"


def test_nulls_where_bynder_sends_them() -> None:
    asset = _asset()
    assert asset.name is None
    assert asset.extension is None
    assert asset.tags is None
    assert asset.watermarked is None
    item = asset.media_items[0]  # type: ignore[index]
    assert item.width is None
    assert item.height is None


def test_zero_one_booleans_parse() -> None:
    asset = _asset()
    assert (asset.archive, asset.limited, asset.is_public) == (0, 1, True)
    assert asset.media_items[0].active == 1  # type: ignore[index]


def test_property_keys_are_reachable() -> None:
    asset = _asset()
    assert asset["property_Color"] == ["red", "blue"]
    assert asset["property_limitedrights"] == "Specific rights"
    assert "property_Color" in asset.additional_keys


def test_job_with_unknown_status_and_nulls_parses() -> None:
    body = {
        "id": "J1",
        "name": "Poster",
        "campaignID": "C1",
        "accountableID": "U1",
        "deadline": None,
        "presetID": None,
        "dateFinished": None,
        "jobFinishedHistory": None,
        "jobMetaproperties": None,
        "basedOnPreset": False,
        "job_stages": [{"id": "S1", "position": 1, "status": "OnHoldForLegal"}],
        "job_previous_stage": None,
        "job_active_stage": {"id": "S1", "position": "1", "status": "OnHoldForLegal"},
        "job_next_stage": None,
    }
    portal = Portal([reply(200, body)])
    job = get_job.sync("J1", client=portal.client())
    assert (portal.request.method, portal.request.url.path) == ("GET", "/api/workflow/jobs/J1/")
    assert isinstance(job, Job)
    assert job.deadline is None
    assert job.preset_id is None
    assert job.job_finished_history is None
    assert job.job_previous_stage is None
    assert job.job_next_stage is None
    assert job.job_stages[0].status == "OnHoldForLegal"  # type: ignore[index]
    assert job.job_active_stage.status == "OnHoldForLegal"  # type: ignore[union-attr]


def test_job_preset_wrapper_parses() -> None:
    body = {
        "preset": {
            "ID": "P1",
            "name": "Poster review",
            "ftp_settings": {},
            "presetstages": [{"ID": "S1", "position": "1.0", "responsibleID": None}],
        }
    }
    portal = Portal([reply(200, body)])
    envelope = get_job_preset.sync("P1", client=portal.client())
    assert (portal.request.method, portal.request.url.path) == (
        "GET",
        "/api/workflow/presets/job/P1/",
    )
    assert isinstance(envelope, JobPresetEnvelope)
    assert envelope.preset.presetstages[0].responsible_id is None  # type: ignore[index,union-attr]


def test_asset_list_page_shapes_are_told_apart() -> None:
    media = [{"id": "A1", "name": "Cover"}]
    with_total = {"total": {"count": 2}, "media": media}
    with_count = {"count": {"total": 2, "type": {"image": 2}}, "media": media}
    portal = Portal([reply(200, with_total), reply(200, with_count)])
    client = portal.client()
    first = list_assets.sync(client=client, total=True)
    second = list_assets.sync(client=client, count=True)
    assert isinstance(first, AssetPageWithTotal)
    assert first.total.count == 2
    assert isinstance(second, AssetPageWithCount)
    assert second.count.total == 2
    assert second.count["type"] == {"image": 2}


def test_s3_part_upload_puts_the_file_last() -> None:
    portal = Portal([httpx.Response(201, text="<PostResponse><Key>k/p1</Key></PostResponse>")])
    body = UploadChunkForm(
        key="pluploads/api/x/image.jpeg/p1",
        acl="private",
        success_action_status="201",
        content_type="image/*",
        policy="POLICY",
        x_amz_signature="SIG",
        x_amz_credential="CRED",
        x_amz_algorithm="AWS4-HMAC-SHA256",
        x_amz_date="20160216T100755Z",
        filename="pluploads/api/x/image.jpeg/p1",
        name="image.jpeg",
        chunk="1",
        chunks="3",
        file=File(
            payload=BytesIO(b"part-one-bytes"),
            file_name="image.jpeg",
            mime_type="application/octet-stream",
        ),
    )
    result = upload_chunk.sync(client=portal.client(), body=body)
    request = portal.request
    assert (request.method, request.url.path) == ("POST", "/")
    assert request.headers["content-type"].startswith("multipart/form-data")
    names = multipart_field_names(request)
    assert names == [
        "key",
        "acl",
        "success_action_status",
        "Content-Type",
        "Policy",
        "X-Amz-Signature",
        "x-amz-credential",
        "x-amz-algorithm",
        "x-amz-date",
        "Filename",
        "name",
        "chunk",
        "chunks",
        "file",
    ]
    content = request.content
    assert content.index(b"part-one-bytes") > content.index(b'name="chunks"')
    assert result == "<PostResponse><Key>k/p1</Key></PostResponse>"


def test_delete_of_metaproperty_options_sends_a_json_body() -> None:
    portal = Portal([reply(204)])
    response = delete_asset_metaproperty_options.sync_detailed(
        client=portal.client(),
        body=AssetMetapropertyOptions(
            asset_id="A1", metaproperty_id="M1", metaproperty_option_ids=["O1", "O2"]
        ),
    )
    request = portal.request
    assert (request.method, request.url.path) == ("DELETE", "/api/media/options")
    assert json_of(request) == {
        "asset_id": "A1",
        "metaproperty_id": "M1",
        "metaproperty_option_ids": ["O1", "O2"],
    }
    assert response.status_code == 204


def test_poll_state_parses() -> None:
    portal = Portal([reply(200, {"itemsDone": ["I1"], "itemsFailed": [], "itemsRejected": ["I2"]})])
    state = retrieve_poll_state.sync(client=portal.client(), items="I1,I2")
    assert (portal.request.method, portal.request.url.path) == ("GET", "/api/v4/upload/poll/")
    assert isinstance(state, PollStatus)
    assert (state.items_done, state.items_rejected) == (["I1"], ["I2"])


def test_a_managed_authenticated_client_sends_no_static_token() -> None:
    # Operations that declare security are typed for AuthenticatedClient. A client whose httpx
    # client is injected never adds the generator's static Authorization header.
    portal = Portal([reply(200, [])])
    client = AuthenticatedClient(base_url=BASE_URL, token="unused")
    client.set_httpx_client(
        httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(portal.handle))
    )
    list_brands.sync(client=client)
    assert "authorization" not in portal.request.headers
