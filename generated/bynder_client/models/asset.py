from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """An asset (Bynder calls it a medium). Besides the fields below, an asset carries one key per
    metaproperty that has a value, named `property_{metapropertyName}` (for example
    `property_Colour: ["red"]`); their values are lists of option names, or strings for text
    metaproperties, so they are kept as additional properties.

    Always present (required): `id`, `name`. Evidence: read unconditionally for every listed
    asset by the official SDKs' samples (PHP `sample/MediaSample.php` and `sample/sample.php`
    `$media['id']`, Java `MediaSample.java` `getId()`/`getName()`, C# `MediaSample.cs`
    `media.Id`/`media.Name`).

    """

    id: str
    """ Asset id (8-4-4-16 hexadecimal form). """
    name: None | str
    id_hash: None | str | Unset = UNSET
    """ Hash of the id, used in some public URLs. """
    description: None | str | Unset = UNSET
    copyright_: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    """ Asset type. Known values `image`, `document`, `audio`, `video`, `3d`. """
    brand_id: None | str | Unset = UNSET
    sub_brand_id: None | str | Unset = UNSET
    user_created: None | str | Unset = UNSET
    """ Display name of the user who uploaded the asset. """
    date_created: None | str | Unset = UNSET
    """ Creation date-time (ISO 8601, with or without an offset). """
    date_modified: None | str | Unset = UNSET
    """ Last modification date-time. """
    date_published: None | str | Unset = UNSET
    """ Publication date-time. """
    extension: list[str] | None | Unset = UNSET
    """ File extensions of the original, for example `["jpeg"]`. """
    file_size: int | None | Unset = UNSET
    """ Size of the original in bytes. """
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    orientation: None | str | Unset = UNSET
    """ Known values `landscape`, `portrait`, `square`. """
    tags: list[str] | None | Unset = UNSET
    property_options: list[str] | None | Unset = UNSET
    """ Ids of the metaproperty options set on the asset. """
    archive: bool | int | None | Unset = UNSET
    """ Archived; `0`/`1` or a boolean. """
    limited: bool | int | None | Unset = UNSET
    """ Limited usage; `0`/`1` or a boolean. """
    is_public: bool | int | None | Unset = UNSET
    """ Public; `0`/`1` or a boolean. """
    watermarked: bool | int | None | Unset = UNSET
    """ Watermarked; `0`/`1` or a boolean. """
    thumbnails: None | Thumbnails | Unset = UNSET
    transform_base_url: None | str | Unset = UNSET
    """ Base URL for dynamic asset transformations of this asset. """
    original: None | str | Unset = UNSET
    """ Public URL of the original (public assets on portals with an SEO base URL). """
    video_preview_ur_ls: list[str] | None | Unset = UNSET
    active_original_focus_point: FocusPoint | None | Unset = UNSET
    active_version: int | None | Unset = UNSET
    """ Number of the current version (with `includeVersionNumber`). """
    views: int | None | Unset = UNSET
    """ View count (with `stats`). """
    downloads: int | None | Unset = UNSET
    """ Download count (with `stats`). """
    related_assets: list[RelatedAssets] | None | Unset = UNSET
    media_items: list[MediaItem] | None | Unset = UNSET
    """ The asset's files (with `versions` or `includeMediaItems`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        id_hash: None | str | Unset
        if isinstance(self.id_hash, Unset):
            id_hash = UNSET
        else:
            id_hash = self.id_hash

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        copyright_: None | str | Unset
        if isinstance(self.copyright_, Unset):
            copyright_ = UNSET
        else:
            copyright_ = self.copyright_

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        brand_id: None | str | Unset
        if isinstance(self.brand_id, Unset):
            brand_id = UNSET
        else:
            brand_id = self.brand_id

        sub_brand_id: None | str | Unset
        if isinstance(self.sub_brand_id, Unset):
            sub_brand_id = UNSET
        else:
            sub_brand_id = self.sub_brand_id

        user_created: None | str | Unset
        if isinstance(self.user_created, Unset):
            user_created = UNSET
        else:
            user_created = self.user_created

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        date_published: None | str | Unset
        if isinstance(self.date_published, Unset):
            date_published = UNSET
        else:
            date_published = self.date_published

        extension: list[str] | None | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        elif isinstance(self.extension, list):
            extension = self.extension

        else:
            extension = self.extension

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        orientation: None | str | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        else:
            orientation = self.orientation

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        property_options: list[str] | None | Unset
        if isinstance(self.property_options, Unset):
            property_options = UNSET
        elif isinstance(self.property_options, list):
            property_options = self.property_options

        else:
            property_options = self.property_options

        archive: bool | int | None | Unset
        if isinstance(self.archive, Unset):
            archive = UNSET
        else:
            archive = self.archive

        limited: bool | int | None | Unset
        if isinstance(self.limited, Unset):
            limited = UNSET
        else:
            limited = self.limited

        is_public: bool | int | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        watermarked: bool | int | None | Unset
        if isinstance(self.watermarked, Unset):
            watermarked = UNSET
        else:
            watermarked = self.watermarked

        thumbnails: dict[str, Any] | None | Unset
        if isinstance(self.thumbnails, Unset):
            thumbnails = UNSET
        elif isinstance(self.thumbnails, Thumbnails):
            thumbnails = self.thumbnails.to_dict()
        else:
            thumbnails = self.thumbnails

        transform_base_url: None | str | Unset
        if isinstance(self.transform_base_url, Unset):
            transform_base_url = UNSET
        else:
            transform_base_url = self.transform_base_url

        original: None | str | Unset
        if isinstance(self.original, Unset):
            original = UNSET
        else:
            original = self.original

        video_preview_ur_ls: list[str] | None | Unset
        if isinstance(self.video_preview_ur_ls, Unset):
            video_preview_ur_ls = UNSET
        elif isinstance(self.video_preview_ur_ls, list):
            video_preview_ur_ls = self.video_preview_ur_ls

        else:
            video_preview_ur_ls = self.video_preview_ur_ls

        active_original_focus_point: dict[str, Any] | None | Unset
        if isinstance(self.active_original_focus_point, Unset):
            active_original_focus_point = UNSET
        elif isinstance(self.active_original_focus_point, FocusPoint):
            active_original_focus_point = self.active_original_focus_point.to_dict()
        else:
            active_original_focus_point = self.active_original_focus_point

        active_version: int | None | Unset
        if isinstance(self.active_version, Unset):
            active_version = UNSET
        else:
            active_version = self.active_version

        views: int | None | Unset
        if isinstance(self.views, Unset):
            views = UNSET
        else:
            views = self.views

        downloads: int | None | Unset
        if isinstance(self.downloads, Unset):
            downloads = UNSET
        else:
            downloads = self.downloads

        related_assets: list[dict[str, Any]] | None | Unset
        if isinstance(self.related_assets, Unset):
            related_assets = UNSET
        elif isinstance(self.related_assets, list):
            related_assets = []
            for related_assets_type_0_item_data in self.related_assets:
                related_assets_type_0_item = related_assets_type_0_item_data.to_dict()
                related_assets.append(related_assets_type_0_item)

        else:
            related_assets = self.related_assets

        media_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.media_items, Unset):
            media_items = UNSET
        elif isinstance(self.media_items, list):
            media_items = []
            for media_items_type_0_item_data in self.media_items:
                media_items_type_0_item = media_items_type_0_item_data.to_dict()
                media_items.append(media_items_type_0_item)

        else:
            media_items = self.media_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        if id_hash is not UNSET:
            field_dict["idHash"] = id_hash
        if description is not UNSET:
            field_dict["description"] = description
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if brand_id is not UNSET:
            field_dict["brandId"] = brand_id
        if sub_brand_id is not UNSET:
            field_dict["subBrandId"] = sub_brand_id
        if user_created is not UNSET:
            field_dict["userCreated"] = user_created
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if date_published is not UNSET:
            field_dict["datePublished"] = date_published
        if extension is not UNSET:
            field_dict["extension"] = extension
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if tags is not UNSET:
            field_dict["tags"] = tags
        if property_options is not UNSET:
            field_dict["propertyOptions"] = property_options
        if archive is not UNSET:
            field_dict["archive"] = archive
        if limited is not UNSET:
            field_dict["limited"] = limited
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if watermarked is not UNSET:
            field_dict["watermarked"] = watermarked
        if thumbnails is not UNSET:
            field_dict["thumbnails"] = thumbnails
        if transform_base_url is not UNSET:
            field_dict["transformBaseUrl"] = transform_base_url
        if original is not UNSET:
            field_dict["original"] = original
        if video_preview_ur_ls is not UNSET:
            field_dict["videoPreviewURLs"] = video_preview_ur_ls
        if active_original_focus_point is not UNSET:
            field_dict["activeOriginalFocusPoint"] = active_original_focus_point
        if active_version is not UNSET:
            field_dict["activeVersion"] = active_version
        if views is not UNSET:
            field_dict["views"] = views
        if downloads is not UNSET:
            field_dict["downloads"] = downloads
        if related_assets is not UNSET:
            field_dict["relatedAssets"] = related_assets
        if media_items is not UNSET:
            field_dict["mediaItems"] = media_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.name = _d.pop("name")

        _obj.id_hash = _d.pop("idHash", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.copyright_ = _d.pop("copyright", UNSET)

        _obj.type_ = _d.pop("type", UNSET)

        _obj.brand_id = _d.pop("brandId", UNSET)

        _obj.sub_brand_id = _d.pop("subBrandId", UNSET)

        _obj.user_created = _d.pop("userCreated", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.date_modified = _d.pop("dateModified", UNSET)

        _obj.date_published = _d.pop("datePublished", UNSET)

        _obj.extension = _d.pop("extension", UNSET)

        _obj.file_size = _d.pop("fileSize", UNSET)

        _obj.width = _d.pop("width", UNSET)

        _obj.height = _d.pop("height", UNSET)

        _obj.orientation = _d.pop("orientation", UNSET)

        _obj.tags = _d.pop("tags", UNSET)

        _obj.property_options = _d.pop("propertyOptions", UNSET)

        _obj.archive = _d.pop("archive", UNSET)

        _obj.limited = _d.pop("limited", UNSET)

        _obj.is_public = _d.pop("isPublic", UNSET)

        _obj.watermarked = _d.pop("watermarked", UNSET)

        _thumbnails = _d.pop("thumbnails", UNSET)
        _obj.thumbnails = Thumbnails.from_dict(_thumbnails) if isinstance(_thumbnails, dict) else _thumbnails

        _obj.transform_base_url = _d.pop("transformBaseUrl", UNSET)

        _obj.original = _d.pop("original", UNSET)

        _obj.video_preview_ur_ls = _d.pop("videoPreviewURLs", UNSET)

        _active_original_focus_point = _d.pop("activeOriginalFocusPoint", UNSET)
        _obj.active_original_focus_point = (
            FocusPoint.from_dict(_active_original_focus_point)
            if isinstance(_active_original_focus_point, dict)
            else _active_original_focus_point
        )

        _obj.active_version = _d.pop("activeVersion", UNSET)

        _obj.views = _d.pop("views", UNSET)

        _obj.downloads = _d.pop("downloads", UNSET)

        _related_assets = _d.pop("relatedAssets", UNSET)
        _obj.related_assets = (
            [RelatedAssets.from_dict(item) for item in _related_assets]
            if isinstance(_related_assets, list)
            else _related_assets
        )

        _media_items = _d.pop("mediaItems", UNSET)
        _obj.media_items = (
            [MediaItem.from_dict(item) for item in _media_items] if isinstance(_media_items, list) else _media_items
        )

        _obj.additional_properties = _d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.focus_point import FocusPoint
from ..models.media_item import MediaItem
from ..models.related_assets import RelatedAssets
from ..models.thumbnails import Thumbnails
