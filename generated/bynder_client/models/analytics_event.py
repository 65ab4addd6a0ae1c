from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsEvent")


@_attrs_define
class AnalyticsEvent:
    """An analytics event of the v1 operations. `eventType` is `asset.view`, `asset.download`,
    `asset.create`, `asset.archive`, `asset.remove` or `user.login`; the asset fields are
    empty for logins, and `mediaItemId` / `mediaItemType` are set for downloads only.

    Always present (required): `id`. Evidence: in every published example of the eight v1 event
    operations (`list_asset_events`, `list_asset_view_events`, `list_asset_download_events`,
    `list_asset_create_events`, `list_asset_archive_events`, `list_asset_remove_events`,
    `list_user_events`, `list_user_login_events`).

    """

    id: str
    event_type: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    date_time: None | str | Unset = UNSET
    asset_id: None | str | Unset = UNSET
    asset_type: None | str | Unset = UNSET
    asset_name: None | str | Unset = UNSET
    asset_audit: None | str | Unset = UNSET
    """ Audit state of the asset, for example `ACCEPTED`. """
    file_name: None | str | Unset = UNSET
    media_item_id: None | str | Unset = UNSET
    media_item_type: None | str | Unset = UNSET
    """ Which file was downloaded, for example `original` or `web`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        date_time: None | str | Unset
        if isinstance(self.date_time, Unset):
            date_time = UNSET
        else:
            date_time = self.date_time

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id

        asset_type: None | str | Unset
        if isinstance(self.asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = self.asset_type

        asset_name: None | str | Unset
        if isinstance(self.asset_name, Unset):
            asset_name = UNSET
        else:
            asset_name = self.asset_name

        asset_audit: None | str | Unset
        if isinstance(self.asset_audit, Unset):
            asset_audit = UNSET
        else:
            asset_audit = self.asset_audit

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        media_item_id: None | str | Unset
        if isinstance(self.media_item_id, Unset):
            media_item_id = UNSET
        else:
            media_item_id = self.media_item_id

        media_item_type: None | str | Unset
        if isinstance(self.media_item_type, Unset):
            media_item_type = UNSET
        else:
            media_item_type = self.media_item_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if date_time is not UNSET:
            field_dict["dateTime"] = date_time
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if asset_audit is not UNSET:
            field_dict["assetAudit"] = asset_audit
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if media_item_id is not UNSET:
            field_dict["mediaItemId"] = media_item_id
        if media_item_type is not UNSET:
            field_dict["mediaItemType"] = media_item_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_event_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_type = _parse_event_type(d.pop("eventType", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_time = _parse_date_time(d.pop("dateTime", UNSET))

        def _parse_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_id = _parse_asset_id(d.pop("assetId", UNSET))

        def _parse_asset_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_type = _parse_asset_type(d.pop("assetType", UNSET))

        def _parse_asset_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_name = _parse_asset_name(d.pop("assetName", UNSET))

        def _parse_asset_audit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_audit = _parse_asset_audit(d.pop("assetAudit", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

        def _parse_media_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_item_id = _parse_media_item_id(d.pop("mediaItemId", UNSET))

        def _parse_media_item_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_item_type = _parse_media_item_type(d.pop("mediaItemType", UNSET))

        analytics_event = cls(
            id=id,
            event_type=event_type,
            user_id=user_id,
            date_time=date_time,
            asset_id=asset_id,
            asset_type=asset_type,
            asset_name=asset_name,
            asset_audit=asset_audit,
            file_name=file_name,
            media_item_id=media_item_id,
            media_item_type=media_item_type,
        )

        analytics_event.additional_properties = d
        return analytics_event

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
