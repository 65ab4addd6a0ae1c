"""Contains all the data models used in inputs/outputs (each imported on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .analytics_asset_report import AnalyticsAssetReport
    from .analytics_asset_report_metaproperties_type_0 import (
        AnalyticsAssetReportMetapropertiesType0,
    )
    from .analytics_asset_view import AnalyticsAssetView
    from .analytics_collection_view import AnalyticsCollectionView
    from .analytics_download_request import AnalyticsDownloadRequest
    from .analytics_event import AnalyticsEvent
    from .analytics_keyword_event import AnalyticsKeywordEvent
    from .analytics_search_execution import AnalyticsSearchExecution
    from .analytics_search_filter import AnalyticsSearchFilter
    from .analytics_search_results import AnalyticsSearchResults
    from .analytics_sort_order import AnalyticsSortOrder
    from .asset import Asset
    from .asset_counts import AssetCounts
    from .asset_ids_data_form import AssetIdsDataForm
    from .asset_metaproperty_options import AssetMetapropertyOptions
    from .asset_page_with_count import AssetPageWithCount
    from .asset_page_with_total import AssetPageWithTotal
    from .asset_total import AssetTotal
    from .asset_type_name import AssetTypeName
    from .asset_update_form import AssetUpdateForm
    from .asset_usage import AssetUsage
    from .asset_usage_form import AssetUsageForm
    from .asset_usage_integration import AssetUsageIntegration
    from .asset_usage_sync import AssetUsageSync
    from .asset_usage_sync_item import AssetUsageSyncItem
    from .asset_usage_sync_rejection import AssetUsageSyncRejection
    from .asset_usage_sync_result import AssetUsageSyncResult
    from .authoring_document import AuthoringDocument
    from .authoring_document_attributes import AuthoringDocumentAttributes
    from .authoring_document_attributes_document_type_0 import (
        AuthoringDocumentAttributesDocumentType0,
    )
    from .authoring_document_resource import AuthoringDocumentResource
    from .automation_action import AutomationAction
    from .automation_action_data import AutomationActionData
    from .automation_action_info import AutomationActionInfo
    from .automation_actions import AutomationActions
    from .automation_condition_group import AutomationConditionGroup
    from .automation_condition_info import AutomationConditionInfo
    from .automation_conditions import AutomationConditions
    from .automation_expression import AutomationExpression
    from .automation_leaf_condition import AutomationLeafCondition
    from .automation_page_links import AutomationPageLinks
    from .automation_rule import AutomationRule
    from .automation_rule_create import AutomationRuleCreate
    from .automation_rule_created import AutomationRuleCreated
    from .automation_rule_edit import AutomationRuleEdit
    from .automation_rule_page import AutomationRulePage
    from .automation_rule_status import AutomationRuleStatus
    from .automation_rule_status_status import AutomationRuleStatusStatus
    from .automation_step import AutomationStep
    from .automation_term import AutomationTerm
    from .automation_trigger import AutomationTrigger
    from .automation_triggers import AutomationTriggers
    from .brand import Brand
    from .campaign import Campaign
    from .campaign_campaign_metaproperties_type_0 import (
        CampaignCampaignMetapropertiesType0,
    )
    from .campaign_create import CampaignCreate
    from .campaign_create_campaign_metaproperties import (
        CampaignCreateCampaignMetaproperties,
    )
    from .campaign_id import CampaignId
    from .campaign_update import CampaignUpdate
    from .campaign_update_campaign_metaproperties import (
        CampaignUpdateCampaignMetaproperties,
    )
    from .collection import Collection
    from .collection_cover import CollectionCover
    from .collection_create_form import CollectionCreateForm
    from .collection_owner import CollectionOwner
    from .collection_page import CollectionPage
    from .collection_share_form import CollectionShareForm
    from .collection_share_form_collection_options import (
        CollectionShareFormCollectionOptions,
    )
    from .collection_update_form import CollectionUpdateForm
    from .content_access_grant import ContentAccessGrant
    from .content_access_principal import ContentAccessPrincipal
    from .content_access_principal_principal_type import (
        ContentAccessPrincipalPrincipalType,
    )
    from .content_access_principal_ref import ContentAccessPrincipalRef
    from .content_access_removal import ContentAccessRemoval
    from .content_access_rule import ContentAccessRule
    from .content_access_rule_principal_extra_information_type_0 import (
        ContentAccessRulePrincipalExtraInformationType0,
    )
    from .dependency_group_option_form import DependencyGroupOptionForm
    from .derivative import Derivative
    from .derivative_preset import DerivativePreset
    from .download_location import DownloadLocation
    from .error import Error
    from .finalise_file import FinaliseFile
    from .finalise_file_upload_form import FinaliseFileUploadForm
    from .finalise_response import FinaliseResponse
    from .finalise_upload_form import FinaliseUploadForm
    from .focus_point import FocusPoint
    from .generate_dynamic_asset_transformation_format import (
        GenerateDynamicAssetTransformationFormat,
    )
    from .get_asset_download_location_type import GetAssetDownloadLocationType
    from .global_option_dependencies import GlobalOptionDependencies
    from .job import Job
    from .job_action_response import JobActionResponse
    from .job_create import JobCreate
    from .job_create_job_metaproperties import JobCreateJobMetaproperties
    from .job_file_upload import JobFileUpload
    from .job_file_upload_response import JobFileUploadResponse
    from .job_finish_body import JobFinishBody
    from .job_finished_entry import JobFinishedEntry
    from .job_job_metaproperties_type_0 import JobJobMetapropertiesType0
    from .job_media import JobMedia
    from .job_media_preview import JobMediaPreview
    from .job_preset import JobPreset
    from .job_preset_envelope import JobPresetEnvelope
    from .job_preset_ftp_settings_type_0 import JobPresetFtpSettingsType0
    from .job_preset_stage import JobPresetStage
    from .job_stage import JobStage
    from .job_stage_create import JobStageCreate
    from .job_stage_detail import JobStageDetail
    from .job_stage_responsible import JobStageResponsible
    from .job_stage_update import JobStageUpdate
    from .job_stage_update_status import JobStageUpdateStatus
    from .job_update import JobUpdate
    from .job_update_job_metaproperties import JobUpdateJobMetaproperties
    from .json_api_error import JsonApiError
    from .json_api_error_meta import JsonApiErrorMeta
    from .json_api_errors import JsonApiErrors
    from .list_assets_order_by import ListAssetsOrderBy
    from .list_assets_orientation import ListAssetsOrientation
    from .list_collections_order_by import ListCollectionsOrderBy
    from .list_groups_sort_order import ListGroupsSortOrder
    from .list_pim_metaproperty_options_order import ListPimMetapropertyOptionsOrder
    from .list_tags_order_by import ListTagsOrderBy
    from .list_trashed_assets_field import ListTrashedAssetsField
    from .list_trashed_assets_order import ListTrashedAssetsOrder
    from .media_item import MediaItem
    from .metaproperty import Metaproperty
    from .metaproperty_create_form import MetapropertyCreateForm
    from .metaproperty_data import MetapropertyData
    from .metaproperty_data_labels import MetapropertyDataLabels
    from .metaproperty_labels_type_0 import MetapropertyLabelsType0
    from .metaproperty_map import MetapropertyMap
    from .metaproperty_option import MetapropertyOption
    from .metaproperty_option_create_form import MetapropertyOptionCreateForm
    from .metaproperty_option_data import MetapropertyOptionData
    from .metaproperty_option_data_descriptions import (
        MetapropertyOptionDataDescriptions,
    )
    from .metaproperty_option_data_labels import MetapropertyOptionDataLabels
    from .metaproperty_option_dependencies import MetapropertyOptionDependencies
    from .metaproperty_option_descriptions_type_0 import (
        MetapropertyOptionDescriptionsType0,
    )
    from .metaproperty_option_labels_type_0 import MetapropertyOptionLabelsType0
    from .metaproperty_option_update_form import MetapropertyOptionUpdateForm
    from .metaproperty_update_form import MetapropertyUpdateForm
    from .multipart_params import MultipartParams
    from .o_auth_error import OAuthError
    from .o_auth_scope_catalogue import OAuthScopeCatalogue
    from .o_auth_scope_group import OAuthScopeGroup
    from .o_auth_scope_info import OAuthScopeInfo
    from .oauth_2_authorize_code_challenge_method import (
        Oauth2AuthorizeCodeChallengeMethod,
    )
    from .oauth_2_authorize_response_type import Oauth2AuthorizeResponseType
    from .option_dependency_group_form import OptionDependencyGroupForm
    from .option_dependency_groups import OptionDependencyGroups
    from .option_visibility import OptionVisibility
    from .option_visibility_update import OptionVisibilityUpdate
    from .order import Order
    from .order_info import OrderInfo
    from .order_line import OrderLine
    from .order_line_metaproperties_type_0 import OrderLineMetapropertiesType0
    from .order_line_metaproperties_type_1_item import OrderLineMetapropertiesType1Item
    from .order_line_status import OrderLineStatus
    from .order_line_update import OrderLineUpdate
    from .order_line_update_status import OrderLineUpdateStatus
    from .order_product import OrderProduct
    from .order_update_form import OrderUpdateForm
    from .order_update_form_status import OrderUpdateFormStatus
    from .pim_metaproperty import PimMetaproperty
    from .pim_option import PimOption
    from .pim_option_children import PimOptionChildren
    from .pim_option_ref import PimOptionRef
    from .pim_related_option import PimRelatedOption
    from .poll_status import PollStatus
    from .prepare_file_upload_body import PrepareFileUploadBody
    from .prepared_file_upload import PreparedFileUpload
    from .property_filters import PropertyFilters
    from .public_links import PublicLinks
    from .quarantine_bulk_review import QuarantineBulkReview
    from .quarantine_bulk_review_data import QuarantineBulkReviewData
    from .quarantine_bulk_review_data_review_status import (
        QuarantineBulkReviewDataReviewStatus,
    )
    from .quarantine_review import QuarantineReview
    from .quarantine_review_data import QuarantineReviewData
    from .quarantine_review_data_review_status import QuarantineReviewDataReviewStatus
    from .quarantined_asset import QuarantinedAsset
    from .quarantined_asset_page import QuarantinedAssetPage
    from .register_chunk_form import RegisterChunkForm
    from .register_chunk_response import RegisterChunkResponse
    from .related_assets import RelatedAssets
    from .s3_file import S3File
    from .save_additional_form import SaveAdditionalForm
    from .save_additional_response import SaveAdditionalResponse
    from .save_media_form import SaveMediaForm
    from .save_media_form_access_type import SaveMediaFormAccessType
    from .save_media_response import SaveMediaResponse
    from .save_version_form import SaveVersionForm
    from .saved_media_item import SavedMediaItem
    from .security_profile import SecurityProfile
    from .similar_asset import SimilarAsset
    from .similarity_search import SimilaritySearch
    from .similarity_search_result import SimilaritySearchResult
    from .smartfilter import Smartfilter
    from .smartfilter_labels_type_0 import SmartfilterLabelsType0
    from .status_message import StatusMessage
    from .status_message_with_id import StatusMessageWithId
    from .store_status import StoreStatus
    from .sub_brand import SubBrand
    from .tag import Tag
    from .taxonomy_option import TaxonomyOption
    from .taxonomy_option_page import TaxonomyOptionPage
    from .taxonomy_page_links import TaxonomyPageLinks
    from .thumbnails import Thumbnails
    from .token import Token
    from .token_request import TokenRequest
    from .token_request_grant_type import TokenRequestGrantType
    from .trashed_asset import TrashedAsset
    from .upload_chunk_form import UploadChunkForm
    from .upload_init import UploadInit
    from .upload_init_form import UploadInitForm
    from .user import User
    from .user_create_form import UserCreateForm
    from .user_create_form_active import UserCreateFormActive
    from .user_group import UserGroup
    from .user_ref import UserRef
    from .user_update_form import UserUpdateForm
    from .user_update_form_active import UserUpdateFormActive
    from .webhook_subscription import WebhookSubscription
    from .webhook_subscription_create import WebhookSubscriptionCreate
    from .webhook_subscription_id import WebhookSubscriptionId
    from .webhook_subscription_patch import WebhookSubscriptionPatch
    from .webhook_subscription_patch_status import WebhookSubscriptionPatchStatus
    from .webhook_subscription_update import WebhookSubscriptionUpdate
    from .workflow_bynder_user import WorkflowBynderUser
    from .workflow_group import WorkflowGroup
    from .workflow_group_body import WorkflowGroupBody
    from .workflow_group_member import WorkflowGroupMember
    from .workflow_metaproperty import WorkflowMetaproperty
    from .workflow_metaproperty_option import WorkflowMetapropertyOption
    from .workflow_user import WorkflowUser
    from .workflow_user_ref import WorkflowUserRef

_MODULES: dict[str, str] = {
    "Account": ".account",
    "AnalyticsAssetReport": ".analytics_asset_report",
    "AnalyticsAssetReportMetapropertiesType0": ".analytics_asset_report_metaproperties_type_0",
    "AnalyticsAssetView": ".analytics_asset_view",
    "AnalyticsCollectionView": ".analytics_collection_view",
    "AnalyticsDownloadRequest": ".analytics_download_request",
    "AnalyticsEvent": ".analytics_event",
    "AnalyticsKeywordEvent": ".analytics_keyword_event",
    "AnalyticsSearchExecution": ".analytics_search_execution",
    "AnalyticsSearchFilter": ".analytics_search_filter",
    "AnalyticsSearchResults": ".analytics_search_results",
    "AnalyticsSortOrder": ".analytics_sort_order",
    "Asset": ".asset",
    "AssetCounts": ".asset_counts",
    "AssetIdsDataForm": ".asset_ids_data_form",
    "AssetMetapropertyOptions": ".asset_metaproperty_options",
    "AssetPageWithCount": ".asset_page_with_count",
    "AssetPageWithTotal": ".asset_page_with_total",
    "AssetTotal": ".asset_total",
    "AssetTypeName": ".asset_type_name",
    "AssetUpdateForm": ".asset_update_form",
    "AssetUsage": ".asset_usage",
    "AssetUsageForm": ".asset_usage_form",
    "AssetUsageIntegration": ".asset_usage_integration",
    "AssetUsageSync": ".asset_usage_sync",
    "AssetUsageSyncItem": ".asset_usage_sync_item",
    "AssetUsageSyncRejection": ".asset_usage_sync_rejection",
    "AssetUsageSyncResult": ".asset_usage_sync_result",
    "AuthoringDocument": ".authoring_document",
    "AuthoringDocumentAttributes": ".authoring_document_attributes",
    "AuthoringDocumentAttributesDocumentType0": ".authoring_document_attributes_document_type_0",
    "AuthoringDocumentResource": ".authoring_document_resource",
    "AutomationAction": ".automation_action",
    "AutomationActionData": ".automation_action_data",
    "AutomationActionInfo": ".automation_action_info",
    "AutomationActions": ".automation_actions",
    "AutomationConditionGroup": ".automation_condition_group",
    "AutomationConditionInfo": ".automation_condition_info",
    "AutomationConditions": ".automation_conditions",
    "AutomationExpression": ".automation_expression",
    "AutomationLeafCondition": ".automation_leaf_condition",
    "AutomationPageLinks": ".automation_page_links",
    "AutomationRule": ".automation_rule",
    "AutomationRuleCreate": ".automation_rule_create",
    "AutomationRuleCreated": ".automation_rule_created",
    "AutomationRuleEdit": ".automation_rule_edit",
    "AutomationRulePage": ".automation_rule_page",
    "AutomationRuleStatus": ".automation_rule_status",
    "AutomationRuleStatusStatus": ".automation_rule_status_status",
    "AutomationStep": ".automation_step",
    "AutomationTerm": ".automation_term",
    "AutomationTrigger": ".automation_trigger",
    "AutomationTriggers": ".automation_triggers",
    "Brand": ".brand",
    "Campaign": ".campaign",
    "CampaignCampaignMetapropertiesType0": ".campaign_campaign_metaproperties_type_0",
    "CampaignCreate": ".campaign_create",
    "CampaignCreateCampaignMetaproperties": ".campaign_create_campaign_metaproperties",
    "CampaignId": ".campaign_id",
    "CampaignUpdate": ".campaign_update",
    "CampaignUpdateCampaignMetaproperties": ".campaign_update_campaign_metaproperties",
    "Collection": ".collection",
    "CollectionCover": ".collection_cover",
    "CollectionCreateForm": ".collection_create_form",
    "CollectionOwner": ".collection_owner",
    "CollectionPage": ".collection_page",
    "CollectionShareForm": ".collection_share_form",
    "CollectionShareFormCollectionOptions": ".collection_share_form_collection_options",
    "CollectionUpdateForm": ".collection_update_form",
    "ContentAccessGrant": ".content_access_grant",
    "ContentAccessPrincipal": ".content_access_principal",
    "ContentAccessPrincipalPrincipalType": ".content_access_principal_principal_type",
    "ContentAccessPrincipalRef": ".content_access_principal_ref",
    "ContentAccessRemoval": ".content_access_removal",
    "ContentAccessRule": ".content_access_rule",
    "ContentAccessRulePrincipalExtraInformationType0": ".content_access_rule_principal_extra_information_type_0",
    "DependencyGroupOptionForm": ".dependency_group_option_form",
    "Derivative": ".derivative",
    "DerivativePreset": ".derivative_preset",
    "DownloadLocation": ".download_location",
    "Error": ".error",
    "FinaliseFile": ".finalise_file",
    "FinaliseFileUploadForm": ".finalise_file_upload_form",
    "FinaliseResponse": ".finalise_response",
    "FinaliseUploadForm": ".finalise_upload_form",
    "FocusPoint": ".focus_point",
    "GenerateDynamicAssetTransformationFormat": ".generate_dynamic_asset_transformation_format",
    "GetAssetDownloadLocationType": ".get_asset_download_location_type",
    "GlobalOptionDependencies": ".global_option_dependencies",
    "Job": ".job",
    "JobActionResponse": ".job_action_response",
    "JobCreate": ".job_create",
    "JobCreateJobMetaproperties": ".job_create_job_metaproperties",
    "JobFileUpload": ".job_file_upload",
    "JobFileUploadResponse": ".job_file_upload_response",
    "JobFinishBody": ".job_finish_body",
    "JobFinishedEntry": ".job_finished_entry",
    "JobJobMetapropertiesType0": ".job_job_metaproperties_type_0",
    "JobMedia": ".job_media",
    "JobMediaPreview": ".job_media_preview",
    "JobPreset": ".job_preset",
    "JobPresetEnvelope": ".job_preset_envelope",
    "JobPresetFtpSettingsType0": ".job_preset_ftp_settings_type_0",
    "JobPresetStage": ".job_preset_stage",
    "JobStage": ".job_stage",
    "JobStageCreate": ".job_stage_create",
    "JobStageDetail": ".job_stage_detail",
    "JobStageResponsible": ".job_stage_responsible",
    "JobStageUpdate": ".job_stage_update",
    "JobStageUpdateStatus": ".job_stage_update_status",
    "JobUpdate": ".job_update",
    "JobUpdateJobMetaproperties": ".job_update_job_metaproperties",
    "JsonApiError": ".json_api_error",
    "JsonApiErrorMeta": ".json_api_error_meta",
    "JsonApiErrors": ".json_api_errors",
    "ListAssetsOrderBy": ".list_assets_order_by",
    "ListAssetsOrientation": ".list_assets_orientation",
    "ListCollectionsOrderBy": ".list_collections_order_by",
    "ListGroupsSortOrder": ".list_groups_sort_order",
    "ListPimMetapropertyOptionsOrder": ".list_pim_metaproperty_options_order",
    "ListTagsOrderBy": ".list_tags_order_by",
    "ListTrashedAssetsField": ".list_trashed_assets_field",
    "ListTrashedAssetsOrder": ".list_trashed_assets_order",
    "MediaItem": ".media_item",
    "Metaproperty": ".metaproperty",
    "MetapropertyCreateForm": ".metaproperty_create_form",
    "MetapropertyData": ".metaproperty_data",
    "MetapropertyDataLabels": ".metaproperty_data_labels",
    "MetapropertyLabelsType0": ".metaproperty_labels_type_0",
    "MetapropertyMap": ".metaproperty_map",
    "MetapropertyOption": ".metaproperty_option",
    "MetapropertyOptionCreateForm": ".metaproperty_option_create_form",
    "MetapropertyOptionData": ".metaproperty_option_data",
    "MetapropertyOptionDataDescriptions": ".metaproperty_option_data_descriptions",
    "MetapropertyOptionDataLabels": ".metaproperty_option_data_labels",
    "MetapropertyOptionDependencies": ".metaproperty_option_dependencies",
    "MetapropertyOptionDescriptionsType0": ".metaproperty_option_descriptions_type_0",
    "MetapropertyOptionLabelsType0": ".metaproperty_option_labels_type_0",
    "MetapropertyOptionUpdateForm": ".metaproperty_option_update_form",
    "MetapropertyUpdateForm": ".metaproperty_update_form",
    "MultipartParams": ".multipart_params",
    "OAuthError": ".o_auth_error",
    "OAuthScopeCatalogue": ".o_auth_scope_catalogue",
    "OAuthScopeGroup": ".o_auth_scope_group",
    "OAuthScopeInfo": ".o_auth_scope_info",
    "Oauth2AuthorizeCodeChallengeMethod": ".oauth_2_authorize_code_challenge_method",
    "Oauth2AuthorizeResponseType": ".oauth_2_authorize_response_type",
    "OptionDependencyGroupForm": ".option_dependency_group_form",
    "OptionDependencyGroups": ".option_dependency_groups",
    "OptionVisibility": ".option_visibility",
    "OptionVisibilityUpdate": ".option_visibility_update",
    "Order": ".order",
    "OrderInfo": ".order_info",
    "OrderLine": ".order_line",
    "OrderLineMetapropertiesType0": ".order_line_metaproperties_type_0",
    "OrderLineMetapropertiesType1Item": ".order_line_metaproperties_type_1_item",
    "OrderLineStatus": ".order_line_status",
    "OrderLineUpdate": ".order_line_update",
    "OrderLineUpdateStatus": ".order_line_update_status",
    "OrderProduct": ".order_product",
    "OrderUpdateForm": ".order_update_form",
    "OrderUpdateFormStatus": ".order_update_form_status",
    "PimMetaproperty": ".pim_metaproperty",
    "PimOption": ".pim_option",
    "PimOptionChildren": ".pim_option_children",
    "PimOptionRef": ".pim_option_ref",
    "PimRelatedOption": ".pim_related_option",
    "PollStatus": ".poll_status",
    "PrepareFileUploadBody": ".prepare_file_upload_body",
    "PreparedFileUpload": ".prepared_file_upload",
    "PropertyFilters": ".property_filters",
    "PublicLinks": ".public_links",
    "QuarantineBulkReview": ".quarantine_bulk_review",
    "QuarantineBulkReviewData": ".quarantine_bulk_review_data",
    "QuarantineBulkReviewDataReviewStatus": ".quarantine_bulk_review_data_review_status",
    "QuarantineReview": ".quarantine_review",
    "QuarantineReviewData": ".quarantine_review_data",
    "QuarantineReviewDataReviewStatus": ".quarantine_review_data_review_status",
    "QuarantinedAsset": ".quarantined_asset",
    "QuarantinedAssetPage": ".quarantined_asset_page",
    "RegisterChunkForm": ".register_chunk_form",
    "RegisterChunkResponse": ".register_chunk_response",
    "RelatedAssets": ".related_assets",
    "S3File": ".s3_file",
    "SaveAdditionalForm": ".save_additional_form",
    "SaveAdditionalResponse": ".save_additional_response",
    "SaveMediaForm": ".save_media_form",
    "SaveMediaFormAccessType": ".save_media_form_access_type",
    "SaveMediaResponse": ".save_media_response",
    "SaveVersionForm": ".save_version_form",
    "SavedMediaItem": ".saved_media_item",
    "SecurityProfile": ".security_profile",
    "SimilarAsset": ".similar_asset",
    "SimilaritySearch": ".similarity_search",
    "SimilaritySearchResult": ".similarity_search_result",
    "Smartfilter": ".smartfilter",
    "SmartfilterLabelsType0": ".smartfilter_labels_type_0",
    "StatusMessage": ".status_message",
    "StatusMessageWithId": ".status_message_with_id",
    "StoreStatus": ".store_status",
    "SubBrand": ".sub_brand",
    "Tag": ".tag",
    "TaxonomyOption": ".taxonomy_option",
    "TaxonomyOptionPage": ".taxonomy_option_page",
    "TaxonomyPageLinks": ".taxonomy_page_links",
    "Thumbnails": ".thumbnails",
    "Token": ".token",
    "TokenRequest": ".token_request",
    "TokenRequestGrantType": ".token_request_grant_type",
    "TrashedAsset": ".trashed_asset",
    "UploadChunkForm": ".upload_chunk_form",
    "UploadInit": ".upload_init",
    "UploadInitForm": ".upload_init_form",
    "User": ".user",
    "UserCreateForm": ".user_create_form",
    "UserCreateFormActive": ".user_create_form_active",
    "UserGroup": ".user_group",
    "UserRef": ".user_ref",
    "UserUpdateForm": ".user_update_form",
    "UserUpdateFormActive": ".user_update_form_active",
    "WebhookSubscription": ".webhook_subscription",
    "WebhookSubscriptionCreate": ".webhook_subscription_create",
    "WebhookSubscriptionId": ".webhook_subscription_id",
    "WebhookSubscriptionPatch": ".webhook_subscription_patch",
    "WebhookSubscriptionPatchStatus": ".webhook_subscription_patch_status",
    "WebhookSubscriptionUpdate": ".webhook_subscription_update",
    "WorkflowBynderUser": ".workflow_bynder_user",
    "WorkflowGroup": ".workflow_group",
    "WorkflowGroupBody": ".workflow_group_body",
    "WorkflowGroupMember": ".workflow_group_member",
    "WorkflowMetaproperty": ".workflow_metaproperty",
    "WorkflowMetapropertyOption": ".workflow_metaproperty_option",
    "WorkflowUser": ".workflow_user",
    "WorkflowUserRef": ".workflow_user_ref",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "Account",
    "AnalyticsAssetReport",
    "AnalyticsAssetReportMetapropertiesType0",
    "AnalyticsAssetView",
    "AnalyticsCollectionView",
    "AnalyticsDownloadRequest",
    "AnalyticsEvent",
    "AnalyticsKeywordEvent",
    "AnalyticsSearchExecution",
    "AnalyticsSearchFilter",
    "AnalyticsSearchResults",
    "AnalyticsSortOrder",
    "Asset",
    "AssetCounts",
    "AssetIdsDataForm",
    "AssetMetapropertyOptions",
    "AssetPageWithCount",
    "AssetPageWithTotal",
    "AssetTotal",
    "AssetTypeName",
    "AssetUpdateForm",
    "AssetUsage",
    "AssetUsageForm",
    "AssetUsageIntegration",
    "AssetUsageSync",
    "AssetUsageSyncItem",
    "AssetUsageSyncRejection",
    "AssetUsageSyncResult",
    "AuthoringDocument",
    "AuthoringDocumentAttributes",
    "AuthoringDocumentAttributesDocumentType0",
    "AuthoringDocumentResource",
    "AutomationAction",
    "AutomationActionData",
    "AutomationActionInfo",
    "AutomationActions",
    "AutomationConditionGroup",
    "AutomationConditionInfo",
    "AutomationConditions",
    "AutomationExpression",
    "AutomationLeafCondition",
    "AutomationPageLinks",
    "AutomationRule",
    "AutomationRuleCreate",
    "AutomationRuleCreated",
    "AutomationRuleEdit",
    "AutomationRulePage",
    "AutomationRuleStatus",
    "AutomationRuleStatusStatus",
    "AutomationStep",
    "AutomationTerm",
    "AutomationTrigger",
    "AutomationTriggers",
    "Brand",
    "Campaign",
    "CampaignCampaignMetapropertiesType0",
    "CampaignCreate",
    "CampaignCreateCampaignMetaproperties",
    "CampaignId",
    "CampaignUpdate",
    "CampaignUpdateCampaignMetaproperties",
    "Collection",
    "CollectionCover",
    "CollectionCreateForm",
    "CollectionOwner",
    "CollectionPage",
    "CollectionShareForm",
    "CollectionShareFormCollectionOptions",
    "CollectionUpdateForm",
    "ContentAccessGrant",
    "ContentAccessPrincipal",
    "ContentAccessPrincipalPrincipalType",
    "ContentAccessPrincipalRef",
    "ContentAccessRemoval",
    "ContentAccessRule",
    "ContentAccessRulePrincipalExtraInformationType0",
    "DependencyGroupOptionForm",
    "Derivative",
    "DerivativePreset",
    "DownloadLocation",
    "Error",
    "FinaliseFile",
    "FinaliseFileUploadForm",
    "FinaliseResponse",
    "FinaliseUploadForm",
    "FocusPoint",
    "GenerateDynamicAssetTransformationFormat",
    "GetAssetDownloadLocationType",
    "GlobalOptionDependencies",
    "Job",
    "JobActionResponse",
    "JobCreate",
    "JobCreateJobMetaproperties",
    "JobFileUpload",
    "JobFileUploadResponse",
    "JobFinishBody",
    "JobFinishedEntry",
    "JobJobMetapropertiesType0",
    "JobMedia",
    "JobMediaPreview",
    "JobPreset",
    "JobPresetEnvelope",
    "JobPresetFtpSettingsType0",
    "JobPresetStage",
    "JobStage",
    "JobStageCreate",
    "JobStageDetail",
    "JobStageResponsible",
    "JobStageUpdate",
    "JobStageUpdateStatus",
    "JobUpdate",
    "JobUpdateJobMetaproperties",
    "JsonApiError",
    "JsonApiErrorMeta",
    "JsonApiErrors",
    "ListAssetsOrderBy",
    "ListAssetsOrientation",
    "ListCollectionsOrderBy",
    "ListGroupsSortOrder",
    "ListPimMetapropertyOptionsOrder",
    "ListTagsOrderBy",
    "ListTrashedAssetsField",
    "ListTrashedAssetsOrder",
    "MediaItem",
    "Metaproperty",
    "MetapropertyCreateForm",
    "MetapropertyData",
    "MetapropertyDataLabels",
    "MetapropertyLabelsType0",
    "MetapropertyMap",
    "MetapropertyOption",
    "MetapropertyOptionCreateForm",
    "MetapropertyOptionData",
    "MetapropertyOptionDataDescriptions",
    "MetapropertyOptionDataLabels",
    "MetapropertyOptionDependencies",
    "MetapropertyOptionDescriptionsType0",
    "MetapropertyOptionLabelsType0",
    "MetapropertyOptionUpdateForm",
    "MetapropertyUpdateForm",
    "MultipartParams",
    "Oauth2AuthorizeCodeChallengeMethod",
    "Oauth2AuthorizeResponseType",
    "OAuthError",
    "OAuthScopeCatalogue",
    "OAuthScopeGroup",
    "OAuthScopeInfo",
    "OptionDependencyGroupForm",
    "OptionDependencyGroups",
    "OptionVisibility",
    "OptionVisibilityUpdate",
    "Order",
    "OrderInfo",
    "OrderLine",
    "OrderLineMetapropertiesType0",
    "OrderLineMetapropertiesType1Item",
    "OrderLineStatus",
    "OrderLineUpdate",
    "OrderLineUpdateStatus",
    "OrderProduct",
    "OrderUpdateForm",
    "OrderUpdateFormStatus",
    "PimMetaproperty",
    "PimOption",
    "PimOptionChildren",
    "PimOptionRef",
    "PimRelatedOption",
    "PollStatus",
    "PreparedFileUpload",
    "PrepareFileUploadBody",
    "PropertyFilters",
    "PublicLinks",
    "QuarantineBulkReview",
    "QuarantineBulkReviewData",
    "QuarantineBulkReviewDataReviewStatus",
    "QuarantinedAsset",
    "QuarantinedAssetPage",
    "QuarantineReview",
    "QuarantineReviewData",
    "QuarantineReviewDataReviewStatus",
    "RegisterChunkForm",
    "RegisterChunkResponse",
    "RelatedAssets",
    "S3File",
    "SaveAdditionalForm",
    "SaveAdditionalResponse",
    "SavedMediaItem",
    "SaveMediaForm",
    "SaveMediaFormAccessType",
    "SaveMediaResponse",
    "SaveVersionForm",
    "SecurityProfile",
    "SimilarAsset",
    "SimilaritySearch",
    "SimilaritySearchResult",
    "Smartfilter",
    "SmartfilterLabelsType0",
    "StatusMessage",
    "StatusMessageWithId",
    "StoreStatus",
    "SubBrand",
    "Tag",
    "TaxonomyOption",
    "TaxonomyOptionPage",
    "TaxonomyPageLinks",
    "Thumbnails",
    "Token",
    "TokenRequest",
    "TokenRequestGrantType",
    "TrashedAsset",
    "UploadChunkForm",
    "UploadInit",
    "UploadInitForm",
    "User",
    "UserCreateForm",
    "UserCreateFormActive",
    "UserGroup",
    "UserRef",
    "UserUpdateForm",
    "UserUpdateFormActive",
    "WebhookSubscription",
    "WebhookSubscriptionCreate",
    "WebhookSubscriptionId",
    "WebhookSubscriptionPatch",
    "WebhookSubscriptionPatchStatus",
    "WebhookSubscriptionUpdate",
    "WorkflowBynderUser",
    "WorkflowGroup",
    "WorkflowGroupBody",
    "WorkflowGroupMember",
    "WorkflowMetaproperty",
    "WorkflowMetapropertyOption",
    "WorkflowUser",
    "WorkflowUserRef",
)
