"""Structural checks of openapi/bynder.yaml: the contract every other part of the project builds on."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_python_client.config import ConfigFile
from openapi_python_client.strings import PythonIdentifier, snake_case
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.seed_actions import OAUTH_OPERATIONS, SEED_ACTIONS, SeedAction

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "bynder.yaml"
GENERATOR_CONFIG = ROOT / "generator-config.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_URI = "urn:bynder-openapi"

TAGS = (
    "assets",
    "metaproperties",
    "collections",
    "campaigns",
    "jobs",
    "users",
    "security_profiles",
    "account",
    "brands",
    "orders",
    "upload",
    "transformations",
    "oauth",
)

# Bynder's documented OAuth scopes plus `offline`: the only scope names an operation may require.
OAUTH_SCOPES = frozenset(
    {
        "offline",
        "admin.profile:read",
        "admin.user:read",
        "admin.user:write",
        "current.profile:read",
        "current.user:read",
        "asset:read",
        "asset:write",
        "asset.usage:read",
        "asset.usage:write",
        "collection:read",
        "collection:write",
        "meta.assetbank:read",
        "meta.assetbank:write",
        "meta.workflow:read",
        "workflow.campaign:read",
        "workflow.campaign:write",
        "workflow.group:read",
        "workflow.group:write",
        "workflow.job:read",
        "workflow.job:write",
        "workflow.job:approve",
        "workflow.preset:read",
        "brandstore.order:read",
        "brandstore.order:write",
        "analytics.api:read",
        "antivirus.asset.audit:read",
        "antivirus.asset.audit:write",
        "webhooks.config:read",
        "webhooks.config:write",
    }
)

# The connector's default scope list (both connection types).
CONNECTOR_DEFAULT_SCOPES = [
    "asset:read",
    "asset:write",
    "collection:read",
    "collection:write",
    "current.user:read",
    "current.profile:read",
    "workflow.campaign:read",
    "workflow.campaign:write",
    "workflow.job:read",
    "workflow.job:write",
    "brandstore.order:read",
    "brandstore.order:write",
    "meta.assetbank:read",
    "meta.assetbank:write",
    "admin.profile:read",
    "admin.user:read",
    "admin.user:write",
    "workflow.preset:read",
    "offline",
]

# Every input the connector lists for an action, under Bynder's wire name. "*" means the action has a
# free-form "Data" input, which the spec models as additional properties of the body.
SEED_INPUTS: dict[str, set[str]] = {
    "add_asset_metaproperty_options": {"asset_id", "metaproperty_id", "metaproperty_option_ids"},
    "close_campaign": {"id"},
    "create_campaign": {"name", "key", "description", "responsibleID", "*"},
    "create_collection": {"name", "description"},
    "create_job": {"name", "campaignID", "accountableID", "presetID", "description", "*"},
    "create_user": {"email", "password", "profileId", "firstname", "lastname", "username", "*"},
    "delete_asset": {"id"},
    "delete_asset_metaproperty_options": {"asset_id", "metaproperty_id", "metaproperty_option_ids"},
    "delete_campaign": {"id"},
    "delete_collection": {"id"},
    "delete_job": {"id"},
    "delete_user": {"id"},
    "download_specific_asset_item": {"id", "itemId", "hash"},
    "finalize_complete_upload": {
        "uploadId",
        "targetid",
        "s3_filename",
        "chunks",
        "original_filename",
    },
    "finalize_complete_upload_and_save_as_new_asset_additional": {
        "assetId",
        "uploadId",
        "targetid",
        "s3_filename",
        "chunks",
    },
    "generate_dynamic_asset_transformation": {
        "id",
        "name",
        "io",
        "focuspoint",
        "format",
        "quality",
    },
    "get_account_information": set(),
    "get_asset": {"id", "versions", "stats"},
    "get_campaign": {"id"},
    "get_closest_s3_upload_endpoint": set(),
    "get_collection": {"id"},
    "get_current_user": set(),
    "get_job": {"id"},
    "get_job_preset": {"id"},
    "get_media_of_job": {"id"},
    "get_order": {"id"},
    "get_order_info": {"id"},
    "get_security_profile": {"id"},
    "get_user": {"id"},
    "initialize_upload": {"filename"},
    "list_assets": {"page", "limit", "count", "total", "propertyFilters"},
    "list_brands": set(),
    "list_campaigns": set(),
    "list_collections": {"page", "limit", "count"},
    "list_jobs": {"page", "limit"},
    "list_jobs_by_campaign": {"id", "page", "limit"},
    "list_metaproperties": {"count", "type", "options", "ids"},
    "list_orders": {"page"},
    "list_security_profiles": set(),
    "list_users": {"page", "limit", "includeInActive"},
    "register_uploaded_chunk": {"id", "chunkNumber", "targetid", "filename"},
    "retrieve_poll_state": {"items"},
    "save_a_new_asset": {"importId", "brandId", "name", "description", "copyright", "*"},
    "save_as_a_new_asset_version": {"assetId", "importId"},
    "share_collection": {"id", "collectionOptions", "recipients", "groups", "profiles", "*"},
    "update_asset": {"id", "name", "description", "copyright", "*"},
    "update_campaign": {"id", "name", "key", "responsibleID", "description", "*"},
    "update_collection": {"id", "name", "description", "isPublic"},
    "update_job": {"id", "name", "campaignID", "accountableID", "description", "*"},
    "update_order": {"id", "status", "message", "trackingnumber"},
    "update_user": {
        "id",
        "email",
        "password",
        "profileId",
        "firstname",
        "lastname",
        "username",
        "*",
    },
    "upload_chunk": {"file", "chunk", "chunks", "key", "Policy", "X-Amz-Signature"},
}

# Defaults the connector gives its inputs, as the spec must declare them. List Metaproperties'
# `options` follows Bynder (true) rather than the connector form (false); the description says so.
SEED_DEFAULTS: tuple[tuple[str, str, object], ...] = (
    ("download_specific_asset_item", "hash", False),
    ("get_asset", "versions", False),
    ("get_asset", "stats", False),
    ("list_assets", "count", False),
    ("list_assets", "total", False),
    ("list_assets", "limit", 50),
    ("list_collections", "count", False),
    ("list_metaproperties", "count", False),
    ("list_metaproperties", "options", True),
    ("list_users", "includeInActive", False),
)

# Where sources disagree, the operation's description must say what was chosen: a phrase that
# only an explanation of that choice contains.
CONFLICT_NOTES: tuple[tuple[str, str], ...] = (
    ("close_campaign", "/api/workflow/campaigns/{id}/close"),
    ("finalize_complete_upload_and_save_as_new_asset_additional", "itemId"),
    ("finalize_complete_upload_and_save_as_new_asset_additional", "targetId"),
    ("generate_dynamic_asset_transformation", "/api/transform/"),
    ("get_job_preset", "preset"),
    ("get_order", "order number"),
    ("register_uploaded_chunk", "/api/v4/upload/{uploadid}/"),
    ("finalize_complete_upload", "register_uploaded_chunk"),
    ("list_metaproperties", "connector's form"),
    ("update_collection", "isPublic"),
    ("get_asset_download_location", "/api/v4/media/{id}/download/"),
    ("get_asset_version_download_location", "string"),
    ("get_asset_public_links", "plain text"),
    ("list_smartfilters", "/api/v4/smartfilters/"),
    ("list_asset_usage", "/api/media/usage/"),
    ("create_asset_usage", "/api/media/usage/"),
    ("delete_asset_usage", "/api/media/usage/"),
    ("sync_asset_usage", "no trailing slash"),
    ("list_trashed_assets", "/api/trash/media/"),
    ("list_derivatives", "/api/v4/account/derivatives/"),
    ("add_option_dependency", "schemaless"),
    ("delete_metaproperty_option", "204"),
    ("add_tag_to_assets", "202"),
    ("finish_job", "makes the body optional"),
    ("upload_file_to_job", "/workflow-jobs/{id}/upload"),
    ("list_workflow_metaproperties", "single metaproperty object"),
    ("list_workflow_groups", "single group object"),
    ("create_workflow_group", "undescribed"),
    ("create_webhook_subscription", "/v7/webhooks/public/api/subscriptions/{id}"),
    ("list_automation_rules", "camelCase"),
    ("list_automation_conditions", "weight"),
    ("review_quarantined_asset", "REJECTED"),
    ("update_option_access", "metaproperty one"),
    ("get_authoring_document", "ProseMirror"),
    ("upload_file_chunk", "does not mention `Content-SHA256`"),
    ("finalise_file_upload", "also send `sha256`"),
    (
        "finalize_complete_upload_and_save_as_new_asset_additional",
        "body and its fields are optional",
    ),
)

# Query parameters and form fields that carry several values joined with commas.
COMMA_SEPARATED = frozenset(
    {
        "ids",
        "deleteIds",
        "tags",
        "items",
        "propertyOptionId",
        "recipients",
        "groups",
        "profiles",
        "groupIds",
        "categories",
        "accountableIDs",
        "resonsibleIDs",
    }
)

REQUIRED_SCHEMAS = (
    "Asset",
    "MediaItem",
    "Collection",
    "Campaign",
    "Job",
    "JobPreset",
    "User",
    "SecurityProfile",
    "Account",
    "Brand",
    "Metaproperty",
    "MetapropertyOption",
    "Order",
    "OrderLine",
    "OrderInfo",
    "UploadEndpoint",
    "UploadInit",
    "RegisterChunkResponse",
    "FinaliseResponse",
    "PollStatus",
    "SaveMediaResponse",
    "Token",
    "Error",
    "StoreStatus",
    "StatusMessage",
)

# Operations beyond the connector's actions, in the asset bank: where each one lives and how its body
# is encoded (None: no body). Trailing slashes follow the official SDKs where Bynder's reference
# leaves them out; each such operation's description says so (CONFLICT_NOTES).
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
ASSET_BANK_OPERATIONS: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("list_collection_assets", "collections", "GET", "/api/v4/collections/{id}/media/", None),
    ("add_assets_to_collection", "collections", "POST", "/api/v4/collections/{id}/media/", FORM),
    (
        "remove_assets_from_collection",
        "collections",
        "DELETE",
        "/api/v4/collections/{id}/media/",
        None,
    ),
    ("create_metaproperty", "metaproperties", "POST", "/api/v4/metaproperties/", FORM),
    ("get_metaproperty", "metaproperties", "GET", "/api/v4/metaproperties/{id}/", None),
    ("update_metaproperty", "metaproperties", "POST", "/api/v4/metaproperties/{id}/", FORM),
    ("delete_metaproperty", "metaproperties", "DELETE", "/api/v4/metaproperties/{id}/", None),
    (
        "list_metaproperty_options_by_ids",
        "metaproperties",
        "GET",
        "/api/v4/metaproperties/options/",
        None,
    ),
    (
        "list_metaproperty_options",
        "metaproperties",
        "GET",
        "/api/v4/metaproperties/{id}/options/",
        None,
    ),
    (
        "create_metaproperty_option",
        "metaproperties",
        "POST",
        "/api/v4/metaproperties/{id}/options/",
        FORM,
    ),
    (
        "update_metaproperty_option",
        "metaproperties",
        "POST",
        "/api/v4/metaproperties/{id}/options/{optionId}/",
        FORM,
    ),
    (
        "delete_metaproperty_option",
        "metaproperties",
        "DELETE",
        "/api/v4/metaproperties/{id}/options/{optionId}/",
        None,
    ),
    (
        "list_global_option_dependencies",
        "metaproperties",
        "GET",
        "/api/v4/metaproperties/options/dependencies/",
        None,
    ),
    (
        "list_metaproperty_option_dependencies",
        "metaproperties",
        "GET",
        "/api/v4/metaproperties/{id}/options/dependencies/",
        None,
    ),
    (
        "get_metaproperty_dependencies",
        "metaproperties",
        "GET",
        "/api/v4/metaproperties/{id}/dependencies/",
        None,
    ),
    (
        "get_option_dependencies",
        "metaproperties",
        "GET",
        "/api/v4/metaproperties/{id}/options/{optionId}/dependencies/",
        None,
    ),
    (
        "add_option_dependency",
        "metaproperties",
        "POST",
        "/api/v4/metaproperties/{id}/options/{optionId}/dependencies/{dependencyId}/",
        None,
    ),
    (
        "delete_option_dependency",
        "metaproperties",
        "DELETE",
        "/api/v4/metaproperties/{id}/options/{optionId}/dependencies/{dependencyId}/",
        None,
    ),
    (
        "create_option_dependency_group",
        "metaproperties",
        "POST",
        "/api/v4/metaproperties/{id}/options/{optionId}/dependencies/group/",
        FORM,
    ),
    (
        "update_option_dependency_group",
        "metaproperties",
        "POST",
        "/api/v4/metaproperties/{id}/options/{optionId}/dependencies/group/{groupId}/",
        FORM,
    ),
    (
        "add_option_to_dependency_group",
        "metaproperties",
        "POST",
        "/api/v4/metaproperties/{id}/options/{optionId}/dependencies/group/{groupId}/{dependencyId}/",
        FORM,
    ),
    (
        "remove_option_from_dependency_group",
        "metaproperties",
        "DELETE",
        "/api/v4/metaproperties/{id}/options/{optionId}/dependencies/group/{groupId}/{dependencyId}/",
        None,
    ),
    ("list_smartfilters", "smartfilters", "GET", "/api/v4/smartfilters/", None),
    ("list_tags", "tags", "GET", "/api/v4/tags/", None),
    ("add_tag_to_assets", "tags", "POST", "/api/v4/tags/{id}/media/", FORM),
    ("remove_tag_from_assets", "tags", "DELETE", "/api/v4/tags/{id}/media/", None),
    ("get_asset_download_location", "assets", "GET", "/api/v4/media/{id}/download/", None),
    (
        "get_asset_version_download_location",
        "assets",
        "GET",
        "/api/v4/media/{id}/{version}/download/",
        None,
    ),
    ("list_asset_usage", "asset_usage", "GET", "/api/media/usage/", None),
    ("create_asset_usage", "asset_usage", "POST", "/api/media/usage/", FORM),
    ("delete_asset_usage", "asset_usage", "DELETE", "/api/media/usage/", None),
    ("sync_asset_usage", "asset_usage", "POST", "/api/media/usage/sync", JSON),
    ("list_trashed_assets", "trash", "GET", "/api/trash/media/", None),
    ("list_derivatives", "account", "GET", "/api/v4/account/derivatives/", None),
    ("list_groups", "groups", "GET", "/api/groups/list/", None),
    (
        "get_asset_public_links",
        "public_links",
        "GET",
        "/api/1/assets/{asset_id}/public-links",
        None,
    ),
    ("list_oauth_scopes", "oauth", "GET", "/v6/authentication/oauth2/scopes", None),
)

# Form fields that carry JSON (Bynder's `data=` convention): operationId -> JSON type of the value.
JSON_IN_FORM: dict[str, str] = {
    "add_assets_to_collection": "array",
    "add_tag_to_assets": "array",
    "create_metaproperty": "object",
    "update_metaproperty": "object",
    "create_metaproperty_option": "object",
    "update_metaproperty_option": "object",
    "create_option_dependency_group": "array",
    "update_option_dependency_group": "array",
}

# Workflow beyond the connector and the newer services: where each operation lives, its tag and
# its body encoding (None: no body). All of these APIs take JSON.
WORKFLOW_AND_PLATFORM_OPERATIONS: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("list_job_stages", "jobs", "GET", "/api/workflow/jobs/{id}/stages", None),
    ("finish_job", "jobs", "PATCH", "/api/workflow/jobs/{id}/finish", JSON),
    ("upload_file_to_job", "jobs", "POST", "/api/workflow/jobs/{id}/upload", JSON),
    (
        "list_workflow_metaproperties",
        "workflow_metaproperties",
        "GET",
        "/api/workflow/metaproperties",
        None,
    ),
    (
        "get_workflow_metaproperty",
        "workflow_metaproperties",
        "GET",
        "/api/workflow/metaproperties/{id}",
        None,
    ),
    ("list_workflow_users", "workflow_users", "GET", "/api/workflow/users/", None),
    ("get_workflow_user", "workflow_users", "GET", "/api/workflow/users/{id}", None),
    ("list_workflow_groups", "workflow_groups", "GET", "/api/workflow/groups/", None),
    ("create_workflow_group", "workflow_groups", "POST", "/api/workflow/groups/", JSON),
    ("get_workflow_group", "workflow_groups", "GET", "/api/workflow/groups/{id}", None),
    ("update_workflow_group", "workflow_groups", "PUT", "/api/workflow/groups/{id}", JSON),
    ("delete_workflow_group", "workflow_groups", "DELETE", "/api/workflow/groups/{id}", None),
    ("get_order_line", "orders", "GET", "/api/store/orderproducts/{id}", None),
    ("update_order_line", "orders", "PATCH", "/api/store/orderproducts/{id}", JSON),
    (
        "create_webhook_subscription",
        "webhooks",
        "POST",
        "/v7/webhooks/public/api/subscriptions",
        JSON,
    ),
    *(
        (
            f"{verb}_webhook_subscription",
            "webhooks",
            method,
            "/v7/webhooks/public/api/subscriptions/{id}",
            body,
        )
        for verb, method, body in (
            ("get", "GET", None),
            ("update", "PUT", JSON),
            ("patch", "PATCH", JSON),
            ("delete", "DELETE", None),
        )
    ),
    ("list_automation_rules", "automation", "GET", "/api/1/automation-workflow/rules", None),
    ("create_automation_rule", "automation", "POST", "/api/1/automation-workflow/rules", JSON),
    *(
        (
            f"{verb}_automation_rule",
            "automation",
            method,
            "/api/1/automation-workflow/rules/{ruleId}",
            body,
        )
        for verb, method, body in (
            ("get", "GET", None),
            ("update", "PUT", JSON),
            ("delete", "DELETE", None),
        )
    ),
    (
        "update_automation_rule_status",
        "automation",
        "PATCH",
        "/api/1/automation-workflow/rules/{ruleId}/status",
        JSON,
    ),
    *(
        (f"list_automation_{what}", "automation", "GET", f"/api/1/automation-workflow/{what}", None)
        for what in ("triggers", "conditions", "actions")
    ),
    *(
        (operation_id, "analytics", "GET", f"/v7/analytics/api/{path}", None)
        for operation_id, path in (
            ("list_asset_views", "v2/asset/views"),
            ("list_asset_view_events", "v1/asset/view"),
            ("list_asset_download_events", "v1/asset/download"),
            ("list_asset_download_requests", "v1/asset/v2/download"),
            ("list_asset_create_events", "v1/asset/create"),
            ("list_asset_archive_events", "v1/asset/archive"),
            ("list_asset_remove_events", "v1/asset/remove"),
            ("list_asset_events", "v1/asset/{assetId}"),
            ("list_search_executions", "v1/search/executions"),
            ("list_search_keyword_events", "v1/search/keyword"),
            ("export_search_keyword_events", "v1/search/keyword.csv"),
            ("list_user_login_events", "v1/user/login"),
            ("list_user_events", "v1/user/{userId}"),
            ("list_collection_view_events", "v1/collection/views"),
            ("export_collection_view_events", "v1/collection/views.csv"),
            ("list_asset_reports", "v1/report/asset"),
            ("get_asset_report", "v1/report/asset/{assetId}"),
            ("export_historical_events", "v1/historical/{year}.csv"),
        )
    ),
    ("list_quarantined_assets", "quarantine", "GET", "/v7/quarantine/v1/assets", None),
    ("get_quarantined_asset", "quarantine", "GET", "/v7/quarantine/v1/assets/{asset_id}", None),
    ("review_quarantined_asset", "quarantine", "PUT", "/v7/quarantine/v1/assets/{asset_id}", JSON),
    ("review_quarantined_assets", "quarantine", "POST", "/v7/quarantine/v1/antivirus-audit", JSON),
    ("list_derivative_presets", "derivative_presets", "GET", "/api/1/derivative-presets/", None),
    (
        "get_derivative_preset",
        "derivative_presets",
        "GET",
        "/api/1/derivative-presets/{preset_id}",
        None,
    ),
    (
        "list_taxonomy_options",
        "taxonomy",
        "GET",
        "/api/1/taxonomy/metaproperties/{metapropertyId}/options",
        None,
    ),
    *(
        (
            f"{verb}_metaproperty_access",
            "content_access",
            method,
            "/api/content_access/metaproperties/{metaproperty_id}",
            body,
        )
        for verb, method, body in (
            ("get", "GET", None),
            ("create", "POST", JSON),
            ("delete", "DELETE", JSON),
        )
    ),
    (
        "get_option_access",
        "content_access",
        "GET",
        "/api/1/content-access/options/{optionId}",
        None,
    ),
    (
        "update_option_access",
        "content_access",
        "PUT",
        "/api/1/content-access/options/{optionId}",
        JSON,
    ),
    (
        "get_option_visibility",
        "content_access",
        "GET",
        "/api/1/content-access/options/{optionId}/visibility",
        None,
    ),
    (
        "update_option_visibility",
        "content_access",
        "PUT",
        "/api/1/content-access/options/{optionId}/visibility",
        JSON,
    ),
    ("list_pim_metaproperties", "product_layer", "GET", "/api/pim/metaproperties", None),
    ("get_pim_metaproperty", "product_layer", "GET", "/api/pim/metaproperties/{id}", None),
    (
        "list_pim_metaproperty_options",
        "product_layer",
        "GET",
        "/api/pim/metaproperties/{id}/options",
        None,
    ),
    (
        "update_pim_option_children",
        "product_layer",
        "PUT",
        "/api/pim/metapropertyoptions/{id}",
        JSON,
    ),
    (
        "search_similar_assets",
        "similarity_search",
        "POST",
        "/api/1/assets/similarity-search/",
        JSON,
    ),
    (
        "get_authoring_document",
        "authoring",
        "GET",
        "/api/1/authoring/documents/{document_uuid}",
        None,
    ),
)

# The files service's chunked upload (the v7 engine's flow): where each step lives and its encoding.
OCTET = "application/octet-stream"
FILES_SERVICE_OPERATIONS: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("prepare_file_upload", "upload", "POST", "/v7/file_cmds/upload/prepare", JSON),
    (
        "upload_file_chunk",
        "upload",
        "POST",
        "/v7/file_cmds/upload/{file_id}/chunk/{chunk_number}",
        OCTET,
    ),
    (
        "finalise_file_upload",
        "upload",
        "POST",
        "/v7/file_cmds/upload/{file_id}/finalise_api",
        FORM,
    ),
)

# Path families whose writes are JSON, besides /api/workflow and /api/media/options.
JSON_FAMILIES = (
    "/api/store/orderproducts/",
    "/v7/webhooks/",
    "/v7/quarantine/",
    "/api/1/automation-workflow/",
    "/api/1/content-access/",
    "/api/content_access/",
    "/api/pim/",
    "/api/1/assets/similarity-search/",
)

# Operations that accept OAuth access tokens only (the portal refuses permanent tokens there).
OAUTH_ONLY = frozenset({"search_similar_assets"})

# Operations whose errors are JSON:API documents (`application/vnd.api+json`), not Bynder's Error.
JSON_API_ERRORS = frozenset({"get_authoring_document"})

# Analytics operations that answer CSV: only CSV, or JSON by default and CSV on request.
CSV_ONLY = frozenset(
    {"export_search_keyword_events", "export_collection_view_events", "export_historical_events"}
)
JSON_OR_CSV = frozenset(
    {
        "list_asset_view_events",
        "list_asset_download_events",
        "list_asset_events",
        "list_user_login_events",
        "list_user_events",
    }
)

# The model API of generated classes; a property with one of these names breaks the model.
RESERVED_PROPERTY_NAMES = frozenset(
    {"additional_properties", "to_dict", "from_dict", "additional_keys"}
)

SCHEMA_KEYWORDS = ("type", "$ref", "oneOf", "anyOf", "allOf", "const", "enum")


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def resolve(node: Any) -> Any:
    """Follow local `$ref`s."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


@cache
def operation_index() -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        operation["operationId"]: (path, method, operation)
        for path, method, operation in operations()
    }


def parameters_of(operation_id: str) -> dict[tuple[str, str], dict[str, Any]]:
    path, _, operation = operation_index()[operation_id]
    declared = spec()["paths"][path].get("parameters", []) + operation.get("parameters", [])
    found = {}
    for parameter in declared:
        parameter = resolve(parameter)
        found[(parameter["in"], parameter["name"])] = parameter
    return found


def body_schema(operation_id: str) -> dict[str, Any] | None:
    _, _, operation = operation_index()[operation_id]
    if "requestBody" not in operation:
        return None
    content = resolve(operation["requestBody"])["content"]
    (media,) = content.values()
    schema: dict[str, Any] = resolve(media["schema"])
    return schema


def subschemas(schema: Any) -> Iterator[Any]:
    """The schema and every schema nested in it, without following references."""
    yield schema
    if not isinstance(schema, dict):
        return
    for key in ("items", "additionalProperties", "not", "propertyNames", "contains"):
        if isinstance(schema.get(key), dict):
            yield from subschemas(schema[key])
    for key in ("properties", "patternProperties", "$defs"):
        for child in schema.get(key, {}).values():
            yield from subschemas(child)
    for key in ("oneOf", "anyOf", "allOf", "prefixItems"):
        for child in schema.get(key, []):
            yield from subschemas(child)


def schema_roots() -> Iterator[tuple[str, Any]]:
    """Every schema written in the spec, with a label saying where it is."""
    components = spec()["components"]
    for name, schema in components["schemas"].items():
        yield f"components/schemas/{name}", schema
    for name, parameter in components.get("parameters", {}).items():
        yield f"components/parameters/{name}", parameter["schema"]
    for name, header in components.get("headers", {}).items():
        yield f"components/headers/{name}", header["schema"]
    for name, response in components.get("responses", {}).items():
        for media_type, media in response.get("content", {}).items():
            yield f"components/responses/{name} {media_type}", media["schema"]
        for header_name, header in response.get("headers", {}).items():
            if "schema" in header:
                yield f"components/responses/{name} header {header_name}", header["schema"]
    for path, method, operation in operations():
        label = f"{method.upper()} {path}"
        for parameter in spec()["paths"][path].get("parameters", []) + operation.get(
            "parameters", []
        ):
            if "schema" in parameter:
                yield f"{label} parameter {parameter['name']}", parameter["schema"]
        body = operation.get("requestBody", {})
        for media_type, media in body.get("content", {}).items():
            yield f"{label} body {media_type}", media["schema"]
        for status, response in operation["responses"].items():
            for media_type, media in response.get("content", {}).items():
                yield f"{label} {status} {media_type}", media["schema"]
            for header_name, header in response.get("headers", {}).items():
                if "schema" in header:
                    yield f"{label} {status} header {header_name}", header["schema"]


def reachable(schema: Any, seen: set[str] | None = None) -> Iterator[Any]:
    """Every schema reachable from `schema`, following references (each component once)."""
    seen = set() if seen is None else seen
    for node in subschemas(schema):
        if isinstance(node, dict) and "$ref" in node:
            if node["$ref"] in seen:
                continue
            seen.add(node["$ref"])
            yield from reachable(resolve(node), seen)
        else:
            yield node


def validator_for(pointer: str) -> jsonschema.Draft202012Validator:
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return jsonschema.Draft202012Validator({"$ref": f"{SPEC_URI}{pointer}"}, registry=registry)


def is_s3(operation: dict[str, Any]) -> bool:
    return any("s3.amazonaws.com" in server["url"] for server in operation.get("servers", []))


# ------------------------------------------------------------------------------------------------
# the document
# ------------------------------------------------------------------------------------------------


def test_spec_is_valid_openapi_3_1() -> None:
    assert spec()["openapi"] == "3.1.0"
    validate(spec())


def test_info_and_server() -> None:
    info = spec()["info"]
    assert info["title"]
    assert info["version"]
    assert info["description"].strip()
    (server,) = spec()["servers"]
    assert server["url"] == "https://{domain}"
    assert server["variables"]["domain"]["default"] == "example.bynder.com"


def test_tags_start_with_the_thirteen_connector_areas_and_are_described() -> None:
    tags = spec()["tags"]
    names = [tag["name"] for tag in tags]
    assert tuple(names[: len(TAGS)]) == TAGS
    assert len(set(names)) == len(names)
    for tag in tags:
        assert tag.get("description", "").strip(), tag["name"]
    used = {operation["tags"][0] for _, _, operation in operations()}
    assert used == set(names), "every declared tag is used, and only declared tags are used"


# ------------------------------------------------------------------------------------------------
# operations against the connector's actions
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "action", SEED_ACTIONS + OAUTH_OPERATIONS, ids=lambda action: action.operation_id
)
def test_action_maps_to_exactly_one_operation(action: SeedAction) -> None:
    matching = [
        (path, method, operation)
        for path, method, operation in operations()
        if operation["operationId"] == action.operation_id
    ]
    assert len(matching) == 1, f"{action.operation_id}: {len(matching)} operations"
    ((path, method, operation),) = matching
    assert method.upper() == action.method
    assert path == action.path
    assert operation["tags"] == [action.tag]
    if action.encoding is None:
        assert "requestBody" not in operation
    else:
        content = resolve(operation["requestBody"])["content"]
        assert list(content) == [action.encoding]


def test_every_action_and_oauth_operation_is_in_the_spec() -> None:
    expected = {action.operation_id for action in SEED_ACTIONS + OAUTH_OPERATIONS}
    declared = {operation["operationId"] for _, _, operation in operations()}
    assert len(SEED_ACTIONS) == 52
    assert expected <= declared


def test_every_operation_is_claimed_by_exactly_one_operations_test() -> None:
    """Each test_fake_operations* module claims the operations it exercises on the fake (and
    checks it did); together the claims must cover the spec exactly once."""
    claims: dict[str, str] = {}
    for path in sorted((ROOT / "tests").glob("test_fake_operations*.py")):
        module = importlib.import_module(f"tests.{path.stem}")
        for operation_id in module.OPERATIONS:
            assert operation_id not in claims, f"{operation_id} claimed twice"
            claims[operation_id] = path.stem
    declared = {operation["operationId"] for _, _, operation in operations()}
    assert set(claims) == declared


def test_operation_ids_are_snake_case_and_unique_after_snake_casing() -> None:
    ids = [operation["operationId"] for _, _, operation in operations()]
    for operation_id in ids:
        assert snake_case(operation_id) == operation_id
    names = [snake_case(operation_id) for operation_id in ids]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("operation_id", sorted(SEED_INPUTS))
def test_every_connector_input_is_declared_under_its_wire_name(operation_id: str) -> None:
    declared = {name for _, name in parameters_of(operation_id)}
    body = body_schema(operation_id)
    if body is not None:
        declared |= set(body.get("properties", {}))
        if body.get("additionalProperties") not in (None, False):
            declared.add("*")
    missing = SEED_INPUTS[operation_id] - declared
    assert not missing, f"{operation_id} lacks {sorted(missing)}"


@pytest.mark.parametrize(("operation_id", "name", "default"), SEED_DEFAULTS)
def test_connector_defaults(operation_id: str, name: str, default: object) -> None:
    parameter = parameters_of(operation_id)[("query", name)]
    assert "default" in parameter["schema"]
    assert parameter["schema"]["default"] == default
    assert type(parameter["schema"]["default"]) is type(default)


def test_update_collection_does_not_default_is_public() -> None:
    # The connector pre-fills true; a default would make every updated collection public.
    field = body_schema("update_collection")["properties"]["isPublic"]
    assert field["type"] == "boolean"
    assert "default" not in field


@pytest.mark.parametrize(("operation_id", "phrase"), CONFLICT_NOTES)
def test_conflict_decisions_are_explained(operation_id: str, phrase: str) -> None:
    _, _, operation = operation_index()[operation_id]
    assert phrase in operation["description"]


@pytest.mark.parametrize(
    ("operation_id", "tag", "method", "path", "encoding"),
    ASSET_BANK_OPERATIONS,
    ids=[row[0] for row in ASSET_BANK_OPERATIONS],
)
def test_asset_bank_operation_lives_where_bynder_takes_it(
    operation_id: str, tag: str, method: str, path: str, encoding: str | None
) -> None:
    declared_path, declared_method, operation = operation_index()[operation_id]
    assert (declared_method.upper(), declared_path) == (method, path)
    assert operation["tags"] == [tag]
    if encoding is None:
        assert "requestBody" not in operation
    else:
        assert list(resolve(operation["requestBody"])["content"]) == [encoding]


@pytest.mark.parametrize(("operation_id", "json_type"), sorted(JSON_IN_FORM.items()))
def test_json_in_form_fields(operation_id: str, json_type: str) -> None:
    """Bynder's `data=` writes: one required form field whose value is a JSON document."""
    schema = body_schema(operation_id)
    assert schema is not None
    assert "data" in schema["required"]
    field = schema["properties"]["data"]
    assert field["type"] == "string"
    assert field["contentMediaType"] == "application/json"
    assert resolve(field["contentSchema"])["type"] == json_type


def test_json_in_form_covers_every_data_field() -> None:
    found = set()
    for _, _, operation in operations():
        if "requestBody" not in operation:
            continue
        content = resolve(operation["requestBody"])["content"]
        if list(content) != ["application/x-www-form-urlencoded"]:
            continue
        body = resolve(content["application/x-www-form-urlencoded"]["schema"])
        if "data" in body.get("properties", {}):
            found.add(operation["operationId"])
    assert found == set(JSON_IN_FORM)


@pytest.mark.parametrize(
    ("operation_id", "tag", "method", "path", "encoding"),
    WORKFLOW_AND_PLATFORM_OPERATIONS,
    ids=[row[0] for row in WORKFLOW_AND_PLATFORM_OPERATIONS],
)
def test_workflow_and_platform_operation_lives_where_bynder_takes_it(
    operation_id: str, tag: str, method: str, path: str, encoding: str | None
) -> None:
    declared_path, declared_method, operation = operation_index()[operation_id]
    assert (declared_method.upper(), declared_path) == (method, path)
    assert operation["tags"] == [tag]
    if encoding is None:
        assert "requestBody" not in operation
    else:
        assert list(resolve(operation["requestBody"])["content"]) == [encoding]


@pytest.mark.parametrize(
    ("operation_id", "tag", "method", "path", "encoding"),
    FILES_SERVICE_OPERATIONS,
    ids=[row[0] for row in FILES_SERVICE_OPERATIONS],
)
def test_files_service_operation_lives_where_bynder_takes_it(
    operation_id: str, tag: str, method: str, path: str, encoding: str | None
) -> None:
    declared_path, declared_method, operation = operation_index()[operation_id]
    assert (declared_method.upper(), declared_path) == (method, path)
    assert operation["tags"] == [tag]
    assert resolve(operation["requestBody"])["required"] is True
    assert list(resolve(operation["requestBody"])["content"]) == [encoding]
    assert operation["security"] == [{"OAuth2": ["asset:write"]}, {"BearerToken": []}]


def test_files_service_wire_details() -> None:
    """Chunks count from 0 and carry their SHA-256 in a header; the finalise sends the size, the
    count and the whole file's SHA-256 and answers with a correlation id; the body of prepare is
    an empty JSON object."""
    prepare = body_schema("prepare_file_upload")
    assert prepare is not None
    assert (prepare["type"], prepare["maxProperties"]) == ("object", 0)
    parameters = parameters_of("upload_file_chunk")
    assert parameters[("path", "chunk_number")]["schema"] == {"type": "integer", "minimum": 0}
    header = parameters[("header", "Content-SHA256")]
    assert header["required"] is False
    assert re.match(header["schema"]["pattern"], "ab" * 32)
    assert not re.match(header["schema"]["pattern"], "ab" * 31)
    assert body_schema("upload_file_chunk") == {"type": "string", "format": "binary"}
    _, _, chunk = operation_index()["upload_file_chunk"]
    assert "content" not in chunk["responses"]["201"]
    form = body_schema("finalise_file_upload")
    assert form is not None
    assert form["required"] == ["fileName", "fileSize", "chunksCount"]
    assert set(form["properties"]) == {"fileName", "fileSize", "chunksCount", "sha256"}
    _, _, finalise = operation_index()["finalise_file_upload"]
    headers = finalise["responses"]["201"]["headers"]
    assert headers["x-api-correlation-id"]["schema"] == {"type": "string"}
    _, _, prepared = operation_index()["prepare_file_upload"]
    reply = prepared["responses"]["200"]["content"]["application/json"]["schema"]
    assert resolve(reply)["required"] == ["file_id"]


def test_the_saves_take_a_file_id_of_the_files_service() -> None:
    for operation_id in (
        "save_a_new_asset",
        "save_as_a_new_asset_version",
        "finalize_complete_upload_and_save_as_new_asset_additional",
    ):
        _, _, operation = operation_index()[operation_id]
        assert "finalise_file_upload" in operation["description"], operation_id
        assert "303" in operation["responses"], operation_id
    additional = body_schema("finalize_complete_upload_and_save_as_new_asset_additional")
    assert additional is not None
    assert "required" not in additional
    _, _, operation = operation_index()["finalize_complete_upload_and_save_as_new_asset_additional"]
    assert resolve(operation["requestBody"])["required"] is False


def test_analytics_csv_replies() -> None:
    """CSV is a text/csv string; where JSON is offered too it comes first (the generated client
    parses the first type), and every analytics list pages with Next-Cursor / Next-Url."""
    checked: set[str] = set()
    for _, _, operation in operations():
        if operation["tags"] != ["analytics"]:
            continue
        operation_id = operation["operationId"]
        checked.add(operation_id)
        content = operation["responses"]["200"]["content"]
        if operation_id in CSV_ONLY:
            assert list(content) == ["text/csv"], operation_id
        elif operation_id in JSON_OR_CSV:
            assert list(content) == ["application/json", "text/csv"], operation_id
            assert "text/csv" in operation["description"], operation_id
        else:
            assert list(content) == ["application/json"], operation_id
        if "text/csv" in content:
            assert resolve(content["text/csv"]["schema"])["type"] == "string"
        if operation_id not in ("get_asset_report", "export_historical_events"):
            headers = operation["responses"]["200"]["headers"]
            assert {"Next-Cursor", "Next-Url"} <= set(headers), operation_id
    assert set(CSV_ONLY) | set(JSON_OR_CSV) <= checked


# ------------------------------------------------------------------------------------------------
# every operation
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "operation_id", sorted(operation["operationId"] for _, _, operation in operations())
)
def test_operation_is_documented(operation_id: str) -> None:
    _, _, operation = operation_index()[operation_id]
    assert operation.get("summary", "").strip()
    assert operation.get("description", "").strip()
    assert len(operation["tags"]) == 1
    assert operation["tags"][0] in {tag["name"] for tag in spec()["tags"]}
    responses = operation["responses"]
    assert any(str(status).startswith("2") or str(status).startswith("3") for status in responses)
    assert any(str(status).startswith("4") for status in responses)
    assert "default" in responses
    if not is_s3(operation):
        # S3 never answers 401 or 429 (it throttles with 503); the portal may answer all of them.
        assert {"400", "401", "429"} <= set(responses)


@pytest.mark.parametrize(
    "operation_id", sorted(operation["operationId"] for _, _, operation in operations())
)
def test_error_responses_use_the_error_schemas(operation_id: str) -> None:
    _, _, operation = operation_index()[operation_id]
    allowed = {"#/components/schemas/Error", "#/components/schemas/StoreStatus"}
    if operation["tags"] == ["oauth"]:
        allowed.add("#/components/schemas/OAuthError")
    for status, response in operation["responses"].items():
        if not (status == "default" or status[0] in "45"):
            continue
        content = dict(resolve(response)["content"])
        if operation_id in JSON_API_ERRORS:
            assert list(content) == ["application/vnd.api+json"], f"{operation_id} {status}"
            schema = content["application/vnd.api+json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/JsonApiErrors"}, status
            continue
        if is_s3(operation):
            assert list(content) == ["application/xml"], status
            assert content["application/xml"]["schema"] == {"$ref": "#/components/schemas/S3Error"}
            continue
        if status == "401" and "text/plain" in content:
            # Bynder answers an invalid or expired token with plain text.
            assert content.pop("text/plain")["schema"] == {"type": "string"}, operation_id
        assert list(content) == ["application/json"], f"{operation_id} {status}"
        assert content["application/json"]["schema"].get("$ref") in allowed, (
            f"{operation_id} {status}"
        )


def test_item_operations_document_not_found() -> None:
    checked = 0
    for path, method, operation in operations():
        if "{" in path and not operation["operationId"].startswith("oauth"):
            assert "404" in operation["responses"], f"{method.upper()} {path}"
            checked += 1
    assert checked >= 50  # the spec's item operations, not an empty selection


def test_request_bodies_use_the_family_encoding() -> None:
    files_service = {path: encoding for _, _, _, path, encoding in FILES_SERVICE_OPERATIONS}
    for path, method, operation in operations():
        if "requestBody" not in operation:
            continue
        (encoding,) = resolve(operation["requestBody"])["content"]
        if path in files_service:
            expected = files_service[path]
        elif path.startswith(("/api/workflow/", *JSON_FAMILIES)) or path in (
            "/api/media/options",
            "/api/media/usage/sync",
        ):
            expected = "application/json"
        elif path == "/":
            expected = "multipart/form-data"
        else:
            expected = "application/x-www-form-urlencoded"
        assert encoding == expected, f"{method.upper()} {path}"


def test_delete_of_metaproperty_options_carries_a_json_body() -> None:
    path, method, operation = operation_index()["delete_asset_metaproperty_options"]
    assert (method, path) == ("delete", "/api/media/options")
    body = resolve(operation["requestBody"])
    assert body["required"] is True
    schema = resolve(body["content"]["application/json"]["schema"])
    assert set(schema["required"]) == {"asset_id", "metaproperty_id", "metaproperty_option_ids"}
    assert schema["properties"]["metaproperty_option_ids"]["type"] == "array"


def test_response_headers() -> None:
    for operation_id in ("create_collection", "create_campaign"):
        _, _, operation = operation_index()[operation_id]
        assert "Location" in operation["responses"]["201"]["headers"], operation_id
    for operation_id in ("list_users", "list_jobs", "list_jobs_by_campaign"):
        _, _, operation = operation_index()[operation_id]
        headers = resolve(operation["responses"]["200"])["headers"]
        for name in ("TotalRecords", "TotalPages", "Page", "Limit"):
            schema = resolve(headers[f"X-Pagination-{name}"])["schema"]
            assert schema == {"type": "integer"}, (operation_id, name)
    _, _, list_assets = operation_index()["list_assets"]
    assert "X-Bynder-NextCursor" in list_assets["responses"]["200"]["headers"]


# ------------------------------------------------------------------------------------------------
# security
# ------------------------------------------------------------------------------------------------


def test_security_schemes() -> None:
    schemes = spec()["components"]["securitySchemes"]
    assert set(schemes) == {"OAuth2", "BearerToken"}
    assert schemes["BearerToken"] == {**schemes["BearerToken"], "type": "http", "scheme": "bearer"}
    flows = schemes["OAuth2"]["flows"]
    assert set(flows) == {"authorizationCode", "clientCredentials"}
    code = flows["authorizationCode"]
    assert code["authorizationUrl"] == "/v6/authentication/oauth2/auth"
    assert code["tokenUrl"] == code["refreshUrl"] == "/v6/authentication/oauth2/token"
    assert flows["clientCredentials"]["tokenUrl"] == "/v6/authentication/oauth2/token"
    for flow in flows.values():
        assert set(flow["scopes"]) == OAUTH_SCOPES
        assert all(description.strip() for description in flow["scopes"].values())
    assert set(CONNECTOR_DEFAULT_SCOPES) <= OAUTH_SCOPES
    assert spec()["security"] == [{"OAuth2": []}, {"BearerToken": []}]


def test_scopes_are_oauth_scopes_not_security_roles() -> None:
    """Bynder's OAuth scopes (``area:read``), not its security-profile roles (``MEDIAUPLOAD``)."""
    assert OAUTH_SCOPES
    for scope in OAUTH_SCOPES:
        assert scope == "offline" or re.fullmatch(r"[a-z]+(\.[a-z]+)*:[a-z]+", scope), scope


@pytest.mark.parametrize(
    "operation_id", sorted(operation["operationId"] for _, _, operation in operations())
)
def test_operation_security(operation_id: str) -> None:
    _, _, operation = operation_index()[operation_id]
    assert "security" in operation
    if operation["tags"] == ["oauth"] or is_s3(operation):
        assert operation["security"] == []
        return
    schemes = spec()["components"]["securitySchemes"]
    declared = set(schemes["OAuth2"]["flows"]["authorizationCode"]["scopes"]) & set(
        schemes["OAuth2"]["flows"]["clientCredentials"]["scopes"]
    )
    if operation_id in OAUTH_ONLY:
        assert [list(requirement) for requirement in operation["security"]] == [["OAuth2"]]
    else:
        assert {"BearerToken": []} in operation["security"]
    for requirement in operation["security"]:
        for scheme, scopes in requirement.items():
            assert scheme in schemes
            assert set(scopes) <= declared, operation_id
            assert "offline" not in scopes


# ------------------------------------------------------------------------------------------------
# schemas and generator rules
# ------------------------------------------------------------------------------------------------


def test_named_schemas_exist() -> None:
    schemas = spec()["components"]["schemas"]
    missing = [name for name in REQUIRED_SCHEMAS if name not in schemas]
    assert not missing


def test_no_schema_is_empty() -> None:
    for label, root in schema_roots():
        # Property names are strings by definition; their schema only needs a constraint.
        name_schemas = {
            id(node["propertyNames"]) for node in subschemas(root) if "propertyNames" in node
        }
        for node in subschemas(root):
            assert isinstance(node, dict), label
            assert node, f"empty schema in {label}"
            if id(node) not in name_schemas:
                assert any(key in node for key in SCHEMA_KEYWORDS), (
                    f"schema without a type in {label}: {node}"
                )


def test_no_reference_has_siblings() -> None:
    # openapi-python-client ignores the siblings of $ref (nullable, description, ...).
    for label, root in schema_roots():
        for node in subschemas(root):
            if "$ref" in node:
                assert set(node) == {"$ref"}, label


def test_no_closed_enum_in_responses() -> None:
    for path, method, operation in operations():
        for status, response in operation["responses"].items():
            for media in resolve(response).get("content", {}).values():
                for node in reachable(media["schema"]):
                    where = f"{method.upper()} {path} {status}"
                    assert "enum" not in node, where
                    assert "const" not in node, where


def test_no_date_formats() -> None:
    # Bynder mixes date formats; a format would make the generated parser raise.
    for label, root in schema_roots():
        for node in subschemas(root):
            assert node.get("format") not in ("date", "date-time", "time", "uuid"), label


def test_property_names_are_safe_for_the_generated_models() -> None:
    for label, root in schema_roots():
        for node in subschemas(root):
            names = list(node.get("properties", {}))
            python_names = [PythonIdentifier(name, prefix="field_") for name in names]
            assert len(python_names) == len(set(python_names)), f"{label}: {names}"
            assert not RESERVED_PROPERTY_NAMES & set(python_names), label


def test_comma_separated_values_are_strings() -> None:
    seen = set()
    for _, _, operation in operations():
        operation_id = operation["operationId"]
        for (location, name), parameter in parameters_of(operation_id).items():
            if location == "query" and name in COMMA_SEPARATED:
                seen.add(name)
                assert parameter["schema"]["type"] == "string", (operation_id, name)
                assert "comma-separated" in parameter["description"].lower(), (operation_id, name)
        body = body_schema(operation_id)
        for name, field in (body or {}).get("properties", {}).items():
            if name in COMMA_SEPARATED:
                seen.add(name)
                assert field["type"] == "string", (operation_id, name)
                assert "comma-separated" in field["description"].lower(), (operation_id, name)
    assert seen == COMMA_SEPARATED


def test_list_filters_named_status_and_type_are_comma_separated_strings() -> None:
    for operation_id, name in (
        ("list_jobs", "status"),
        ("list_jobs_by_campaign", "status"),
        ("list_assets", "type"),
        ("list_metaproperties", "type"),
    ):
        parameter = parameters_of(operation_id)[("query", name)]
        assert parameter["schema"] == {"type": "string"}
        assert "comma-separated" in parameter["description"].lower()


def test_list_assets_shapes_and_property_filters() -> None:
    _, _, operation = operation_index()["list_assets"]
    one_of = operation["responses"]["200"]["content"]["application/json"]["schema"]["oneOf"]
    assert one_of[0]["type"] == "array"
    assert [branch.get("$ref") for branch in one_of[1:]] == [
        "#/components/schemas/AssetPageWithTotal",
        "#/components/schemas/AssetPageWithCount",
    ]
    filters = parameters_of("list_assets")[("query", "propertyFilters")]
    assert (filters["style"], filters["explode"]) == ("form", True)
    schema = resolve(filters["schema"])
    assert schema["type"] == "object"
    assert schema["propertyNames"] == {"pattern": "^property_"}
    assert schema["additionalProperties"] == {"type": "string"}
    asset = spec()["components"]["schemas"]["Asset"]
    assert asset["additionalProperties"] is True


def test_upload_chunk_form_puts_the_file_last() -> None:
    path, _, operation = operation_index()["upload_chunk"]
    assert path == "/"
    (server,) = operation["servers"]
    assert server["url"] == "https://{bucket}.s3.amazonaws.com"
    assert server["variables"]["bucket"]["default"] == "bynder-public-us-east-1"
    schema = body_schema("upload_chunk")
    assert schema is not None
    properties = list(schema["properties"])
    assert schema["required"] == properties
    assert properties[-1] == "file"
    assert schema["properties"]["file"] == {
        **schema["properties"]["file"],
        "type": "string",
        "format": "binary",
    }
    assert schema["additionalProperties"] is False
    for name in properties[:-1]:
        assert schema["properties"][name]["type"] == "string", name


def test_transformation_parameters() -> None:
    parameters = parameters_of("generate_dynamic_asset_transformation")
    io = parameters[("query", "io")]
    assert io["explode"] is True
    assert io["schema"]["type"] == "array"
    assert parameters[("query", "format")]["schema"]["enum"] == ["jpg", "png"]
    quality = parameters[("query", "quality")]["schema"]
    assert (quality["minimum"], quality["maximum"]) == (1, 100)
    pattern = re.compile(parameters[("query", "focuspoint")]["schema"]["pattern"])
    assert pattern.search("0.5,0.25")
    assert pattern.search("1,0")
    assert not pattern.search("2,0.5")
    assert not pattern.search("0.5")
    _, _, operation = operation_index()["generate_dynamic_asset_transformation"]
    assert list(operation["responses"]["200"]["content"]) == [
        "image/webp",
        "image/jpeg",
        "image/png",
    ]


def test_schema_examples_validate() -> None:
    checked = 0
    for name, schema in spec()["components"]["schemas"].items():
        for example in schema.get("examples", []):
            errors = list(validator_for(f"#/components/schemas/{name}").iter_errors(example))
            assert not errors, f"{name}: {errors[0].message}"
            checked += 1
    for name in (
        "Asset",
        "MediaItem",
        "Collection",
        "Campaign",
        "Job",
        "User",
        "Metaproperty",
        "Token",
    ):
        assert spec()["components"]["schemas"][name].get("examples"), name
    assert checked >= len(REQUIRED_SCHEMAS)


def test_media_type_examples_validate() -> None:
    def escape(token: str) -> str:
        return token.replace("~", "~0").replace("/", "~1")

    checked = 0
    for name, response in spec()["components"]["responses"].items():
        for media_type, media in response.get("content", {}).items():
            if "example" in media:
                pointer = f"#/components/responses/{name}/content/{escape(media_type)}/schema"
                assert not list(validator_for(pointer).iter_errors(media["example"])), name
                checked += 1
    for path, method, operation in operations():
        for status, response in operation["responses"].items():
            for media_type, media in response.get("content", {}).items():
                if "example" in media:
                    pointer = f"#/paths/{escape(path)}/{method}/responses/{status}/content/{escape(media_type)}/schema"
                    assert not list(validator_for(pointer).iter_errors(media["example"])), (
                        f"{path} {status}"
                    )
                    checked += 1
    assert checked > 0


# ------------------------------------------------------------------------------------------------
# generator settings
# ------------------------------------------------------------------------------------------------


def test_generator_config_uses_only_known_keys() -> None:
    config = yaml.safe_load(GENERATOR_CONFIG.read_text())
    unknown = set(config) - set(ConfigFile.model_fields)
    assert not unknown, f"openapi-python-client ignores unknown keys silently: {sorted(unknown)}"
    ConfigFile(**config)


def test_generator_config_maps_every_binary_response_type() -> None:
    overrides = yaml.safe_load(GENERATOR_CONFIG.read_text())["content_type_overrides"]
    generated_types = {"application/json", "application/octet-stream", "text/plain"}
    for _, _, operation in operations():
        for response in operation["responses"].values():
            for media_type in resolve(response).get("content", {}):
                if media_type.startswith("text/") or media_type in generated_types:
                    continue
                assert media_type in overrides, media_type


# ------------------------------------------------------------------------------------------------
# paging: every list operation declares how it pages (x-bynder-paging)
# ------------------------------------------------------------------------------------------------

#: Query parameters that move through a list.
POSITION_PARAMETERS = frozenset({"page", "start", "offset", "cursor"})


def _success_schema(operation: dict[str, Any]) -> Any:
    for status, response in operation["responses"].items():
        if status.startswith("2"):
            content = resolve(response).get("content", {})
            media = content.get("application/json")
            return resolve(media["schema"]) if media else None
    return None


def _is_list_response(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("type") == "array":
        return True
    members = [resolve(m) for m in schema.get("oneOf", [])]
    return any(m.get("type") == "array" for m in members)


def list_operations() -> list[str]:
    """GET operations that answer JSON holding a list (an array, or a choice that includes one),
    or JSON that they move through with a position parameter (CSV exports are not lists)."""
    found = []
    for _, method, operation in operations():
        if method != "get":
            continue
        names = {
            name for (where, name) in parameters_of(operation["operationId"]) if where == "query"
        }
        schema = _success_schema(operation)
        if schema is not None and (_is_list_response(schema) or names & POSITION_PARAMETERS):
            found.append(operation["operationId"])
    return found


def test_every_list_operation_declares_its_paging() -> None:
    listed = list_operations()
    assert len(listed) >= 45
    missing = [op for op in listed if "x-bynder-paging" not in operation_index()[op][2]]
    assert missing == []


def test_only_reads_declare_paging() -> None:
    writes = [
        operation["operationId"]
        for _, method, operation in operations()
        if method != "get" and "x-bynder-paging" in operation
    ]
    assert writes == []


def test_the_paging_table_holds_every_declared_operation() -> None:
    from bynder_ext.pagination import PAGING

    declared = {
        operation["operationId"]
        for _, _, operation in operations()
        if "x-bynder-paging" in operation
    }
    assert {paging.operation for paging in PAGING.values()} == declared


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"size": "pageSize"}, "'pageSize', which is not one of its parameters"),
        ({"style": "pages"}, "style must be one of"),
        ({"items": "assets"}, "no page model of its 2xx response has a list 'assets'"),
        ({"colour": "red"}, "unknown x-bynder-paging keys"),
        ({"max_size": 0}, "max_size must be a positive integer"),
        ({"next": "footer:X"}, "next must be header:<name>, body:<path> or last:<key>"),
    ],
)
def test_the_paging_table_refuses_an_extension_it_cannot_honour(
    paging_inputs: tuple[Any, dict[str, dict[str, Any]]], change: dict[str, Any], message: str
) -> None:
    from scripts import paging_table

    data, extensions = paging_inputs
    broken = {name: dict(extension) for name, extension in extensions.items()}
    broken["list_assets"].update(change)
    with pytest.raises(paging_table.SpecError, match=re.escape(message)):
        paging_table.render_for(data, broken)
    assert paging_table.render_for(data, extensions).startswith('"""The paging table')


@pytest.fixture(scope="module")
def paging_inputs() -> tuple[Any, dict[str, dict[str, Any]]]:
    """What the generator makes of the spec, and the spec's paging extensions (read once)."""
    from scripts import paging_table

    return paging_table.generator_data(), paging_table.extensions_of(spec())
