from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUpdateForm")


@_attrs_define
class AssetUpdateForm:
    """Form fields of `update_asset`. Extra fields named `metaproperty.{metapropertyId}` set
    metaproperty values (comma-separated option ids, or the raw value).

    """

    name: str | Unset = UNSET
    """ New name. Sending an empty value clears the name. """
    description: str | Unset = UNSET
    copyright_: str | Unset = UNSET
    brand_id: str | Unset = UNSET
    """ Move the asset to this brand. """
    tags: str | Unset = UNSET
    """ Comma-separated tags; replaces the whole tag list. """
    date_published: str | Unset = UNSET
    """ Publication date-time (ISO 8601). """
    archive: bool | Unset = UNSET
    archive_date: str | Unset = UNSET
    """ Date-time at which the asset gets archived (ISO 8601). """
    limited: bool | Unset = UNSET
    limited_date: str | Unset = UNSET
    """ Date-time at which the asset becomes limited (ISO 8601). """
    watermark_date: str | Unset = UNSET
    """ Date-time at which the asset gets watermarked (ISO 8601). """
    is_public: bool | Unset = UNSET
    """ Make the asset public. Cannot be undone; needs the MARKPUBLIC role. """
    custom_thumbnail_file_id: str | Unset = UNSET
    """ File id of an uploaded image to use as the thumbnail. """
    remove_custom_thumbnail: bool | Unset = UNSET
    """ Go back to the generated thumbnail. Not together with `customThumbnailFileId`. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        copyright_ = self.copyright_

        brand_id = self.brand_id

        tags = self.tags

        date_published = self.date_published

        archive = self.archive

        archive_date = self.archive_date

        limited = self.limited

        limited_date = self.limited_date

        watermark_date = self.watermark_date

        is_public = self.is_public

        custom_thumbnail_file_id = self.custom_thumbnail_file_id

        remove_custom_thumbnail = self.remove_custom_thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if brand_id is not UNSET:
            field_dict["brandId"] = brand_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if date_published is not UNSET:
            field_dict["datePublished"] = date_published
        if archive is not UNSET:
            field_dict["archive"] = archive
        if archive_date is not UNSET:
            field_dict["archiveDate"] = archive_date
        if limited is not UNSET:
            field_dict["limited"] = limited
        if limited_date is not UNSET:
            field_dict["limitedDate"] = limited_date
        if watermark_date is not UNSET:
            field_dict["watermarkDate"] = watermark_date
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if custom_thumbnail_file_id is not UNSET:
            field_dict["customThumbnailFileId"] = custom_thumbnail_file_id
        if remove_custom_thumbnail is not UNSET:
            field_dict["removeCustomThumbnail"] = remove_custom_thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.copyright_ = _d.pop("copyright", UNSET)

        _obj.brand_id = _d.pop("brandId", UNSET)

        _obj.tags = _d.pop("tags", UNSET)

        _obj.date_published = _d.pop("datePublished", UNSET)

        _obj.archive = _d.pop("archive", UNSET)

        _obj.archive_date = _d.pop("archiveDate", UNSET)

        _obj.limited = _d.pop("limited", UNSET)

        _obj.limited_date = _d.pop("limitedDate", UNSET)

        _obj.watermark_date = _d.pop("watermarkDate", UNSET)

        _obj.is_public = _d.pop("isPublic", UNSET)

        _obj.custom_thumbnail_file_id = _d.pop("customThumbnailFileId", UNSET)

        _obj.remove_custom_thumbnail = _d.pop("removeCustomThumbnail", UNSET)

        _obj.additional_properties = _d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
