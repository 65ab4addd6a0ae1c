from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsCollectionView")


@_attrs_define
class AnalyticsCollectionView:
    """A collection view (`CollectionViewed`).

    Always present (required): `eventId`. Evidence: in every published example of
    `list_collection_view_events`.

    """

    event_id: str
    collection_id: None | str | Unset = UNSET
    event_type: None | str | Unset = UNSET
    date_time: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    """ Empty for views of a shared collection by someone without an account. """
    is_owner: bool | None | Unset = UNSET
    view_origin: None | str | Unset = UNSET
    """ Known values `internal`, `embed`, `share`. """
    ip_address: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    is_bynder_support: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        collection_id: None | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        else:
            collection_id = self.collection_id

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

        is_owner: bool | None | Unset
        if isinstance(self.is_owner, Unset):
            is_owner = UNSET
        else:
            is_owner = self.is_owner

        view_origin: None | str | Unset
        if isinstance(self.view_origin, Unset):
            view_origin = UNSET
        else:
            view_origin = self.view_origin

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        is_bynder_support: bool | None | Unset
        if isinstance(self.is_bynder_support, Unset):
            is_bynder_support = UNSET
        else:
            is_bynder_support = self.is_bynder_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["eventId"] = event_id
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if date_time is not UNSET:
            field_dict["dateTime"] = date_time
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if is_owner is not UNSET:
            field_dict["isOwner"] = is_owner
        if view_origin is not UNSET:
            field_dict["viewOrigin"] = view_origin
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if is_bynder_support is not UNSET:
            field_dict["isBynderSupport"] = is_bynder_support

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.event_id = _d.pop("eventId")

        _obj.collection_id = _d.pop("collectionId", UNSET)

        _obj.event_type = _d.pop("eventType", UNSET)

        _obj.date_time = _d.pop("dateTime", UNSET)

        _obj.user_id = _d.pop("userId", UNSET)

        _obj.is_owner = _d.pop("isOwner", UNSET)

        _obj.view_origin = _d.pop("viewOrigin", UNSET)

        _obj.ip_address = _d.pop("ipAddress", UNSET)

        _obj.user_agent = _d.pop("userAgent", UNSET)

        _obj.is_bynder_support = _d.pop("isBynderSupport", UNSET)

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
