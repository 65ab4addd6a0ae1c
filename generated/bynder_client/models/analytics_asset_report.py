from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_asset_report_metaproperties_type_0 import (
        AnalyticsAssetReportMetapropertiesType0,
    )


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
        from ..models.analytics_asset_report_metaproperties_type_0 import (
            AnalyticsAssetReportMetapropertiesType0,  # noqa: PLC0415
        )

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
        field_dict.update(
            {
                "assetId": asset_id,
            }
        )
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
        from ..models.analytics_asset_report_metaproperties_type_0 import (
            AnalyticsAssetReportMetapropertiesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        asset_id = d.pop("assetId")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_is_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_archived = _parse_is_archived(d.pop("isArchived", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_audit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audit = _parse_audit(d.pop("audit", UNSET))

        def _parse_copyright_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copyright_ = _parse_copyright_(d.pop("copyright", UNSET))

        def _parse_is_limited(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_limited = _parse_is_limited(d.pop("isLimited", UNSET))

        def _parse_date_published(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_published = _parse_date_published(d.pop("datePublished", UNSET))

        def _parse_is_removed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_removed = _parse_is_removed(d.pop("isRemoved", UNSET))

        def _parse_date_removed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_removed = _parse_date_removed(d.pop("dateRemoved", UNSET))

        def _parse_id_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_hash = _parse_id_hash(d.pop("idHash", UNSET))

        def _parse_phash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phash = _parse_phash(d.pop("phash", UNSET))

        def _parse_user_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_created = _parse_user_created(d.pop("userCreated", UNSET))

        def _parse_date_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_created = _parse_date_created(d.pop("dateCreated", UNSET))

        def _parse_user_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_modified = _parse_user_modified(d.pop("userModified", UNSET))

        def _parse_date_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_modified = _parse_date_modified(d.pop("dateModified", UNSET))

        def _parse_is_watermarked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_watermarked = _parse_is_watermarked(d.pop("isWatermarked", UNSET))

        def _parse_is_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_public = _parse_is_public(d.pop("isPublic", UNSET))

        def _parse_metaproperties(data: object) -> AnalyticsAssetReportMetapropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metaproperties_type_0 = AnalyticsAssetReportMetapropertiesType0.from_dict(data)

                return metaproperties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsAssetReportMetapropertiesType0 | None | Unset, data)

        metaproperties = _parse_metaproperties(d.pop("metaproperties", UNSET))

        analytics_asset_report = cls(
            asset_id=asset_id,
            name=name,
            description=description,
            is_archived=is_archived,
            type_=type_,
            audit=audit,
            copyright_=copyright_,
            is_limited=is_limited,
            date_published=date_published,
            is_removed=is_removed,
            date_removed=date_removed,
            id_hash=id_hash,
            phash=phash,
            user_created=user_created,
            date_created=date_created,
            user_modified=user_modified,
            date_modified=date_modified,
            is_watermarked=is_watermarked,
            is_public=is_public,
            metaproperties=metaproperties,
        )

        analytics_asset_report.additional_properties = d
        return analytics_asset_report

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
