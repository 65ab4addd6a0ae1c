from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        field_dict["id"] = id
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
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.event_type = _d.pop("eventType", UNSET)

        _obj.user_id = _d.pop("userId", UNSET)

        _obj.date_time = _d.pop("dateTime", UNSET)

        _obj.asset_id = _d.pop("assetId", UNSET)

        _obj.asset_type = _d.pop("assetType", UNSET)

        _obj.asset_name = _d.pop("assetName", UNSET)

        _obj.asset_audit = _d.pop("assetAudit", UNSET)

        _obj.file_name = _d.pop("fileName", UNSET)

        _obj.media_item_id = _d.pop("mediaItemId", UNSET)

        _obj.media_item_type = _d.pop("mediaItemType", UNSET)

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
