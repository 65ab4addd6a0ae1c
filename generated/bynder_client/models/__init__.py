"""Contains all the data models used in inputs/outputs"""

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
from .campaign_campaign_metaproperties_type_0 import CampaignCampaignMetapropertiesType0
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
from .content_access_principal_principal_type import ContentAccessPrincipalPrincipalType
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
from .metaproperty_option_data_descriptions import MetapropertyOptionDataDescriptions
from .metaproperty_option_data_labels import MetapropertyOptionDataLabels
from .metaproperty_option_dependencies import MetapropertyOptionDependencies
from .metaproperty_option_descriptions_type_0 import MetapropertyOptionDescriptionsType0
from .metaproperty_option_labels_type_0 import MetapropertyOptionLabelsType0
from .metaproperty_option_update_form import MetapropertyOptionUpdateForm
from .metaproperty_update_form import MetapropertyUpdateForm
from .multipart_params import MultipartParams
from .o_auth_error import OAuthError
from .o_auth_scope_catalogue import OAuthScopeCatalogue
from .o_auth_scope_group import OAuthScopeGroup
from .o_auth_scope_info import OAuthScopeInfo
from .oauth_2_authorize_code_challenge_method import Oauth2AuthorizeCodeChallengeMethod
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
