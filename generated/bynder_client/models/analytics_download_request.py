from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsDownloadRequest")


@_attrs_define
class AnalyticsDownloadRequest:
    """A download request (`AssetDownloadRequested`) with the reasons given.

    Always present (required): `eventId`. Evidence: in every published example of
    `list_asset_download_requests`.

    """

    event_id: str
    event_type: None | str | Unset = UNSET
    date_time: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    asset_id: None | str | Unset = UNSET
    download_reasons: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        date_time: None | str | Unset
        if isinstance(self.date_time, Unset):
            date_time = UNSET
        else:
            date_time = self.date_time

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id

        download_reasons: list[str] | None | Unset
        if isinstance(self.download_reasons, Unset):
            download_reasons = UNSET
        elif isinstance(self.download_reasons, list):
            download_reasons = self.download_reasons

        else:
            download_reasons = self.download_reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["eventId"] = event_id
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if date_time is not UNSET:
            field_dict["dateTime"] = date_time
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if download_reasons is not UNSET:
            field_dict["downloadReasons"] = download_reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.event_id = _d.pop("eventId")

        _obj.event_type = _d.pop("eventType", UNSET)

        _obj.date_time = _d.pop("dateTime", UNSET)

        _obj.user_id = _d.pop("userId", UNSET)

        _obj.asset_id = _d.pop("assetId", UNSET)

        _obj.download_reasons = _d.pop("downloadReasons", UNSET)

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
