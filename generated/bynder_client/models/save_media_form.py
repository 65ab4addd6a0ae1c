from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.save_media_form_access_type import (
    SaveMediaFormAccessType,
    check_save_media_form_access_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveMediaForm")


@_attrs_define
class SaveMediaForm:
    """Form fields of `save_a_new_asset`. Extra fields named `metaproperty.{metapropertyId}` set
    metaproperty values.

    """

    brand_id: str
    """ Brand the asset belongs to. """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    copyright_: str | Unset = UNSET
    tags: str | Unset = UNSET
    """ Comma-separated tags. """
    categories: str | Unset = UNSET
    """ Comma-separated category ids. """
    audit: bool | Unset = UNSET
    """ Send the asset to the waiting room for approval. """
    is_public: bool | Unset = UNSET
    access_request_id: str | Unset = UNSET
    """ With `audit`, groups several uploads in one waiting-room request. """
    requestor_id: str | Unset = UNSET
    """ With `audit`, the user on whose behalf the asset is uploaded. """
    access_type: SaveMediaFormAccessType | Unset = UNSET
    """ With `audit`, the waiting-room location. """
    iso_publication_date: str | Unset = UNSET
    """ Publication date-time (ISO 8601). """
    publication_date: str | Unset = UNSET
    """ Publication date in the portal's locale format; use `ISOPublicationDate`. """
    archive_date: str | Unset = UNSET
    """ Date-time at which the asset gets archived (ISO 8601). """
    watermark_date: str | Unset = UNSET
    """ Date-time at which the asset gets watermarked (ISO 8601). """
    crc32: int | Unset = UNSET
    """ CRC-32 checksum of the file; Bynder rejects the save when it does not match. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        name = self.name

        description = self.description

        copyright_ = self.copyright_

        tags = self.tags

        categories = self.categories

        audit = self.audit

        is_public = self.is_public

        access_request_id = self.access_request_id

        requestor_id = self.requestor_id

        access_type: str | Unset = UNSET
        if not isinstance(self.access_type, Unset):
            access_type = self.access_type

        iso_publication_date = self.iso_publication_date

        publication_date = self.publication_date

        archive_date = self.archive_date

        watermark_date = self.watermark_date

        crc32 = self.crc32

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["brandId"] = brand_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if tags is not UNSET:
            field_dict["tags"] = tags
        if categories is not UNSET:
            field_dict["categories"] = categories
        if audit is not UNSET:
            field_dict["audit"] = audit
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if access_request_id is not UNSET:
            field_dict["accessRequestId"] = access_request_id
        if requestor_id is not UNSET:
            field_dict["requestorId"] = requestor_id
        if access_type is not UNSET:
            field_dict["accessType"] = access_type
        if iso_publication_date is not UNSET:
            field_dict["ISOPublicationDate"] = iso_publication_date
        if publication_date is not UNSET:
            field_dict["publicationDate"] = publication_date
        if archive_date is not UNSET:
            field_dict["archiveDate"] = archive_date
        if watermark_date is not UNSET:
            field_dict["watermarkDate"] = watermark_date
        if crc32 is not UNSET:
            field_dict["crc32"] = crc32

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.brand_id = _d.pop("brandId")

        _obj.name = _d.pop("name", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.copyright_ = _d.pop("copyright", UNSET)

        _obj.tags = _d.pop("tags", UNSET)

        _obj.categories = _d.pop("categories", UNSET)

        _obj.audit = _d.pop("audit", UNSET)

        _obj.is_public = _d.pop("isPublic", UNSET)

        _obj.access_request_id = _d.pop("accessRequestId", UNSET)

        _obj.requestor_id = _d.pop("requestorId", UNSET)

        _access_type = _d.pop("accessType", UNSET)
        access_type: SaveMediaFormAccessType | Unset
        if isinstance(_access_type, Unset):
            access_type = UNSET
        else:
            access_type = check_save_media_form_access_type(_access_type)

        _obj.access_type = access_type

        _obj.iso_publication_date = _d.pop("ISOPublicationDate", UNSET)

        _obj.publication_date = _d.pop("publicationDate", UNSET)

        _obj.archive_date = _d.pop("archiveDate", UNSET)

        _obj.watermark_date = _d.pop("watermarkDate", UNSET)

        _obj.crc32 = _d.pop("crc32", UNSET)

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
