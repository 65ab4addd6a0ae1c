from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        field_dict.update(
            {
                "eventId": event_id,
            }
        )
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
        d = dict(src_dict)
        event_id = d.pop("eventId")

        def _parse_event_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_type = _parse_event_type(d.pop("eventType", UNSET))

        def _parse_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_time = _parse_date_time(d.pop("dateTime", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_id = _parse_asset_id(d.pop("assetId", UNSET))

        def _parse_download_reasons(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                download_reasons_type_0 = cast(list[str], data)

                return download_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        download_reasons = _parse_download_reasons(d.pop("downloadReasons", UNSET))

        analytics_download_request = cls(
            event_id=event_id,
            event_type=event_type,
            date_time=date_time,
            user_id=user_id,
            asset_id=asset_id,
            download_reasons=download_reasons,
        )

        analytics_download_request.additional_properties = d
        return analytics_download_request

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
