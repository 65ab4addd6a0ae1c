"""The connector's 52 API actions, as the spec must expose them.

Derived from the connector description (its action list) and Bynder's published API reference.
Each row: action name as the connector lists it, operationId, tag, HTTP method, path exactly as
Bynder takes it, and the request body encoding (None when the operation has no body).

Choices where sources disagree are explained in each operation's description in
openapi/bynder.yaml; the short version is in the comments here.
"""

from __future__ import annotations

from typing import NamedTuple


class SeedAction(NamedTuple):
    action: str
    operation_id: str
    tag: str
    method: str
    path: str
    encoding: str | None


FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
MULTIPART = "multipart/form-data"

SEED_ACTIONS: tuple[SeedAction, ...] = (
    SeedAction(
        "Add Asset Metaproperty Options",
        "add_asset_metaproperty_options",
        "assets",
        "POST",
        "/api/media/options",
        JSON,
    ),
    # Bynder's published reference closes a campaign with a bodiless POST on the item URL (no slash).
    SeedAction(
        "Close Campaign",
        "close_campaign",
        "campaigns",
        "POST",
        "/api/workflow/campaigns/{id}",
        None,
    ),
    SeedAction(
        "Create Campaign", "create_campaign", "campaigns", "POST", "/api/workflow/campaigns/", JSON
    ),
    SeedAction(
        "Create Collection",
        "create_collection",
        "collections",
        "POST",
        "/api/v4/collections/",
        FORM,
    ),
    SeedAction("Create Job", "create_job", "jobs", "POST", "/api/workflow/jobs/", JSON),
    SeedAction("Create User", "create_user", "users", "POST", "/api/v4/users/", FORM),
    SeedAction("Delete Asset", "delete_asset", "assets", "DELETE", "/api/v4/media/{id}/", None),
    SeedAction(
        "Delete Asset Metaproperty Options",
        "delete_asset_metaproperty_options",
        "assets",
        "DELETE",
        "/api/media/options",
        JSON,
    ),
    SeedAction(
        "Delete Campaign",
        "delete_campaign",
        "campaigns",
        "DELETE",
        "/api/workflow/campaigns/{id}/",
        None,
    ),
    SeedAction(
        "Delete Collection",
        "delete_collection",
        "collections",
        "DELETE",
        "/api/v4/collections/{id}/",
        None,
    ),
    SeedAction("Delete Job", "delete_job", "jobs", "DELETE", "/api/workflow/jobs/{id}/", None),
    SeedAction("Delete User", "delete_user", "users", "DELETE", "/api/v4/users/{id}", None),
    SeedAction(
        "Download Specific Asset Item",
        "download_specific_asset_item",
        "assets",
        "GET",
        "/api/v4/media/{id}/download/{itemId}/",
        None,
    ),
    SeedAction(
        "Finalize Complete Upload",
        "finalize_complete_upload",
        "upload",
        "POST",
        "/api/v4/upload/{uploadId}/",
        FORM,
    ),
    SeedAction(
        "Finalize Complete Upload And Save As New Asset Additional",
        "finalize_complete_upload_and_save_as_new_asset_additional",
        "upload",
        "POST",
        "/api/v4/media/{assetId}/save/additional/{uploadId}/",
        FORM,
    ),
    SeedAction(
        "Generate Dynamic Asset Transformation",
        "generate_dynamic_asset_transformation",
        "transformations",
        "GET",
        "/transform/{id}/{name}",
        None,
    ),
    SeedAction(
        "Get Account Information",
        "get_account_information",
        "account",
        "GET",
        "/api/v4/account/",
        None,
    ),
    SeedAction("Get Asset", "get_asset", "assets", "GET", "/api/v4/media/{id}/", None),
    SeedAction(
        "Get Campaign", "get_campaign", "campaigns", "GET", "/api/workflow/campaigns/{id}/", None
    ),
    SeedAction(
        "Get Closest S3 Upload Endpoint",
        "get_closest_s3_upload_endpoint",
        "upload",
        "GET",
        "/api/upload/endpoint/",
        None,
    ),
    SeedAction(
        "Get Collection", "get_collection", "collections", "GET", "/api/v4/collections/{id}/", None
    ),
    SeedAction(
        "Get Current User", "get_current_user", "users", "GET", "/api/v4/currentUser/", None
    ),
    SeedAction("Get Job", "get_job", "jobs", "GET", "/api/workflow/jobs/{id}/", None),
    SeedAction(
        "Get Job Preset", "get_job_preset", "jobs", "GET", "/api/workflow/presets/job/{id}/", None
    ),
    SeedAction(
        "Get Media of Job",
        "get_media_of_job",
        "jobs",
        "GET",
        "/api/workflow/jobs/{id}/media/",
        None,
    ),
    # By id and by order number share one path: Bynder publishes no separate by-number path.
    SeedAction("Get Order", "get_order", "orders", "GET", "/api/store/order/{id}/products", None),
    SeedAction("Get Order Info", "get_order_info", "orders", "GET", "/api/store/order/{id}/", None),
    SeedAction(
        "Get Security Profile",
        "get_security_profile",
        "security_profiles",
        "GET",
        "/api/v4/profiles/{id}/",
        None,
    ),
    SeedAction("Get User", "get_user", "users", "GET", "/api/v4/users/{id}/", None),
    SeedAction(
        "Initialize Upload", "initialize_upload", "upload", "POST", "/api/upload/init/", FORM
    ),
    SeedAction("List Assets", "list_assets", "assets", "GET", "/api/v4/media/", None),
    SeedAction("List Brands", "list_brands", "brands", "GET", "/api/v4/brands/", None),
    SeedAction(
        "List Campaigns", "list_campaigns", "campaigns", "GET", "/api/workflow/campaigns/", None
    ),
    SeedAction(
        "List Collections", "list_collections", "collections", "GET", "/api/v4/collections/", None
    ),
    SeedAction("List Jobs", "list_jobs", "jobs", "GET", "/api/workflow/jobs/", None),
    SeedAction(
        "List Jobs By Campaign",
        "list_jobs_by_campaign",
        "jobs",
        "GET",
        "/api/workflow/campaigns/{id}/jobs/",
        None,
    ),
    SeedAction(
        "List Metaproperties",
        "list_metaproperties",
        "metaproperties",
        "GET",
        "/api/v4/metaproperties/",
        None,
    ),
    SeedAction("List Orders", "list_orders", "orders", "GET", "/api/store/order/", None),
    SeedAction(
        "List Security Profiles",
        "list_security_profiles",
        "security_profiles",
        "GET",
        "/api/v4/profiles/",
        None,
    ),
    SeedAction("List Users", "list_users", "users", "GET", "/api/v4/users/", None),
    # Register and finalise share POST /api/v4/upload/{uploadId}/ in the reference; the shipping
    # SDKs register on /api/v4/upload/ with the upload id in the body, which keeps the two apart.
    SeedAction(
        "Register Uploaded Chunk",
        "register_uploaded_chunk",
        "upload",
        "POST",
        "/api/v4/upload/",
        FORM,
    ),
    SeedAction(
        "Retrieve Poll State", "retrieve_poll_state", "upload", "GET", "/api/v4/upload/poll/", None
    ),
    SeedAction(
        "Save a New Asset",
        "save_a_new_asset",
        "upload",
        "POST",
        "/api/v4/media/save/{importId}/",
        FORM,
    ),
    SeedAction(
        "Save as a New Asset Version",
        "save_as_a_new_asset_version",
        "upload",
        "POST",
        "/api/v4/media/{assetId}/save/{importId}/",
        FORM,
    ),
    SeedAction(
        "Share Collection",
        "share_collection",
        "collections",
        "POST",
        "/api/v4/collections/{id}/share/",
        FORM,
    ),
    SeedAction("Update Asset", "update_asset", "assets", "POST", "/api/v4/media/{id}/", FORM),
    SeedAction(
        "Update Campaign",
        "update_campaign",
        "campaigns",
        "PUT",
        "/api/workflow/campaigns/{id}/",
        JSON,
    ),
    SeedAction(
        "Update Collection",
        "update_collection",
        "collections",
        "POST",
        "/api/v4/collections/{id}/",
        FORM,
    ),
    SeedAction("Update Job", "update_job", "jobs", "PUT", "/api/workflow/jobs/{id}/", JSON),
    SeedAction(
        "Update Order", "update_order", "orders", "POST", "/api/store/order/{id}/products", FORM
    ),
    SeedAction("Update User", "update_user", "users", "POST", "/api/v4/users/{id}/", FORM),
    # Goes to the S3 endpoint that get_closest_s3_upload_endpoint returns, never to the portal.
    SeedAction("Upload Chunk", "upload_chunk", "upload", "POST", "/", MULTIPART),
)

# Operations beyond the 52 actions that the connector's two OAuth connections need.
OAUTH_OPERATIONS: tuple[SeedAction, ...] = (
    SeedAction(
        "OAuth 2.0 authorize",
        "oauth2_authorize",
        "oauth",
        "GET",
        "/v6/authentication/oauth2/auth",
        None,
    ),
    SeedAction(
        "OAuth 2.0 token", "oauth2_token", "oauth", "POST", "/v6/authentication/oauth2/token", FORM
    ),
)

assert len(SEED_ACTIONS) == 52
