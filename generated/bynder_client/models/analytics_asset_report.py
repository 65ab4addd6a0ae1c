from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsAssetReport")


@_attrs_define
class AnalyticsAssetReport:
    """A readable report of one asset. `metaproperties` maps metaproperty names to the labels of
    the chosen options, joined with `, ` (an empty string when none is chosen).

    Always present (required): `assetId`. Evidence: in every published example of
    `get_asset_report` and `list_asset_reports`.

    """

    asset_id: str
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_archived: bool | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    audit: None | str | Unset = UNSET
    copyright_: None | str | Unset = UNSET
    is_limited: bool | None | Unset = UNSET
    date_published: None | str | Unset = UNSET
    is_removed: bool | None | Unset = UNSET
    date_removed: None | str | Unset = UNSET
    id_hash: None | str | Unset = UNSET
    phash: None | str | Unset = UNSET
    user_created: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    user_modified: None | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    is_watermarked: bool | None | Unset = UNSET
    is_public: bool | None | Unset = UNSET
    metaproperties: AnalyticsAssetReportMetapropertiesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_archived: bool | None | Unset
        if isinstance(self.is_archived, Unset):
            is_archived = UNSET
        else:
            is_archived = self.is_archived

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        audit: None | str | Unset
        if isinstance(self.audit, Unset):
            audit = UNSET
        else:
            audit = self.audit

        copyright_: None | str | Unset
        if isinstance(self.copyright_, Unset):
            copyright_ = UNSET
        else:
            copyright_ = self.copyright_

        is_limited: bool | None | Unset
        if isinstance(self.is_limited, Unset):
            is_limited = UNSET
        else:
            is_limited = self.is_limited

        date_published: None | str | Unset
        if isinstance(self.date_published, Unset):
            date_published = UNSET
        else:
            date_published = self.date_published

        is_removed: bool | None | Unset
        if isinstance(self.is_removed, Unset):
            is_removed = UNSET
        else:
            is_removed = self.is_removed

        date_removed: None | str | Unset
        if isinstance(self.date_removed, Unset):
            date_removed = UNSET
        else:
            date_removed = self.date_removed

        id_hash: None | str | Unset
        if isinstance(self.id_hash, Unset):
            id_hash = UNSET
        else:
            id_hash = self.id_hash

        phash: None | str | Unset
        if isinstance(self.phash, Unset):
            phash = UNSET
        else:
            phash = self.phash

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

        user_modified: None | str | Unset
        if isinstance(self.user_modified, Unset):
            user_modified = UNSET
        else:
            user_modified = self.user_modified

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        is_watermarked: bool | None | Unset
        if isinstance(self.is_watermarked, Unset):
            is_watermarked = UNSET
        else:
            is_watermarked = self.is_watermarked

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        metaproperties: dict[str, Any] | None | Unset
        if isinstance(self.metaproperties, Unset):
            metaproperties = UNSET
        elif isinstance(self.metaproperties, AnalyticsAssetReportMetapropertiesType0):
            metaproperties = self.metaproperties.to_dict()
        else:
            metaproperties = self.metaproperties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["assetId"] = asset_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_archived is not UNSET:
            field_dict["isArchived"] = is_archived
        if type_ is not UNSET:
            field_dict["type"] = type_
        if audit is not UNSET:
            field_dict["audit"] = audit
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if is_limited is not UNSET:
            field_dict["isLimited"] = is_limited
        if date_published is not UNSET:
            field_dict["datePublished"] = date_published
        if is_removed is not UNSET:
            field_dict["isRemoved"] = is_removed
        if date_removed is not UNSET:
            field_dict["dateRemoved"] = date_removed
        if id_hash is not UNSET:
            field_dict["idHash"] = id_hash
        if phash is not UNSET:
            field_dict["phash"] = phash
        if user_created is not UNSET:
            field_dict["userCreated"] = user_created
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if user_modified is not UNSET:
            field_dict["userModified"] = user_modified
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if is_watermarked is not UNSET:
            field_dict["isWatermarked"] = is_watermarked
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if metaproperties is not UNSET:
            field_dict["metaproperties"] = metaproperties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.asset_id = _d.pop("assetId")

        _obj.name = _d.pop("name", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.is_archived = _d.pop("isArchived", UNSET)

        _obj.type_ = _d.pop("type", UNSET)

        _obj.audit = _d.pop("audit", UNSET)

        _obj.copyright_ = _d.pop("copyright", UNSET)

        _obj.is_limited = _d.pop("isLimited", UNSET)

        _obj.date_published = _d.pop("datePublished", UNSET)

        _obj.is_removed = _d.pop("isRemoved", UNSET)

        _obj.date_removed = _d.pop("dateRemoved", UNSET)

        _obj.id_hash = _d.pop("idHash", UNSET)

        _obj.phash = _d.pop("phash", UNSET)

        _obj.user_created = _d.pop("userCreated", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.user_modified = _d.pop("userModified", UNSET)

        _obj.date_modified = _d.pop("dateModified", UNSET)

        _obj.is_watermarked = _d.pop("isWatermarked", UNSET)

        _obj.is_public = _d.pop("isPublic", UNSET)

        _metaproperties = _d.pop("metaproperties", UNSET)
        _obj.metaproperties = (
            AnalyticsAssetReportMetapropertiesType0.from_dict(_metaproperties)
            if isinstance(_metaproperties, dict)
            else _metaproperties
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


from ..models.analytics_asset_report_metaproperties_type_0 import (
    AnalyticsAssetReportMetapropertiesType0,
)
