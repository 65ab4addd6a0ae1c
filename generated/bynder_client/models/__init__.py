"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .asset import Asset
from .asset_counts import AssetCounts
from .asset_metaproperty_options import AssetMetapropertyOptions
from .asset_page_with_count import AssetPageWithCount
from .asset_page_with_total import AssetPageWithTotal
from .asset_total import AssetTotal
from .asset_update_form import AssetUpdateForm
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
from .download_location import DownloadLocation
from .error import Error
from .finalise_file import FinaliseFile
from .finalise_response import FinaliseResponse
from .finalise_upload_form import FinaliseUploadForm
from .focus_point import FocusPoint
from .generate_dynamic_asset_transformation_format import (
    GenerateDynamicAssetTransformationFormat,
)
from .job import Job
from .job_action_response import JobActionResponse
from .job_create import JobCreate
from .job_create_job_metaproperties import JobCreateJobMetaproperties
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
from .job_stage_update import JobStageUpdate
from .job_stage_update_status import JobStageUpdateStatus
from .job_update import JobUpdate
from .job_update_job_metaproperties import JobUpdateJobMetaproperties
from .list_assets_order_by import ListAssetsOrderBy
from .list_assets_orientation import ListAssetsOrientation
from .list_collections_order_by import ListCollectionsOrderBy
from .media_item import MediaItem
from .metaproperty import Metaproperty
from .metaproperty_labels_type_0 import MetapropertyLabelsType0
from .metaproperty_map import MetapropertyMap
from .metaproperty_option import MetapropertyOption
from .metaproperty_option_descriptions_type_0 import MetapropertyOptionDescriptionsType0
from .metaproperty_option_labels_type_0 import MetapropertyOptionLabelsType0
from .multipart_params import MultipartParams
from .o_auth_error import OAuthError
from .oauth_2_authorize_code_challenge_method import Oauth2AuthorizeCodeChallengeMethod
from .oauth_2_authorize_response_type import Oauth2AuthorizeResponseType
from .order import Order
from .order_info import OrderInfo
from .order_line import OrderLine
from .order_line_metaproperties_type_0 import OrderLineMetapropertiesType0
from .order_line_metaproperties_type_1_item import OrderLineMetapropertiesType1Item
from .order_product import OrderProduct
from .order_update_form import OrderUpdateForm
from .order_update_form_status import OrderUpdateFormStatus
from .poll_status import PollStatus
from .property_filters import PropertyFilters
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
from .status_message import StatusMessage
from .store_status import StoreStatus
from .sub_brand import SubBrand
from .thumbnails import Thumbnails
from .token import Token
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
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

__all__ = (
    "Account",
    "Asset",
    "AssetCounts",
    "AssetMetapropertyOptions",
    "AssetPageWithCount",
    "AssetPageWithTotal",
    "AssetTotal",
    "AssetUpdateForm",
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
    "DownloadLocation",
    "Error",
    "FinaliseFile",
    "FinaliseResponse",
    "FinaliseUploadForm",
    "FocusPoint",
    "GenerateDynamicAssetTransformationFormat",
    "Job",
    "JobActionResponse",
    "JobCreate",
    "JobCreateJobMetaproperties",
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
    "JobStageUpdate",
    "JobStageUpdateStatus",
    "JobUpdate",
    "JobUpdateJobMetaproperties",
    "ListAssetsOrderBy",
    "ListAssetsOrientation",
    "ListCollectionsOrderBy",
    "MediaItem",
    "Metaproperty",
    "MetapropertyLabelsType0",
    "MetapropertyMap",
    "MetapropertyOption",
    "MetapropertyOptionDescriptionsType0",
    "MetapropertyOptionLabelsType0",
    "MultipartParams",
    "Oauth2AuthorizeCodeChallengeMethod",
    "Oauth2AuthorizeResponseType",
    "OAuthError",
    "Order",
    "OrderInfo",
    "OrderLine",
    "OrderLineMetapropertiesType0",
    "OrderLineMetapropertiesType1Item",
    "OrderProduct",
    "OrderUpdateForm",
    "OrderUpdateFormStatus",
    "PollStatus",
    "PropertyFilters",
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
    "StatusMessage",
    "StoreStatus",
    "SubBrand",
    "Thumbnails",
    "Token",
    "TokenRequest",
    "TokenRequestGrantType",
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
)
