from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """A webhook subscription, saying where events go and which ones."""

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    """ URL, Amazon SNS/SQS ARN or e-mail address the events are delivered to. """
    protocol: None | str | Unset = UNSET
    """ How events are delivered. Known values `HTTPS`, `SQS`, `EMAIL`. """
    events: list[str] | None | Unset = UNSET
    """ Event names. Known values `asset_bank.media.create`, `asset_bank.media.updated`,
    `asset_bank.media.meta_updated`, `asset_bank.media.deleted`,
    `asset_bank.media.archived`, `asset_bank.media.pre_archived`, `workflow.job.create`,
    `antivirus.scan.failed`.
     """
    status: int | None | Unset = UNSET
    """ `1` when the subscription is active, `0` when it is paused. """
    pre_archived_notification_days: int | None | Unset = UNSET
    """ How many days before archiving `asset_bank.media.pre_archived` is sent. """
    confirmed: bool | None | Unset = UNSET
    """ Whether the endpoint confirmed the subscription. """
    antivirus_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        protocol: None | str | Unset
        if isinstance(self.protocol, Unset):
            protocol = UNSET
        else:
            protocol = self.protocol

        events: list[str] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = self.events

        else:
            events = self.events

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        pre_archived_notification_days: int | None | Unset
        if isinstance(self.pre_archived_notification_days, Unset):
            pre_archived_notification_days = UNSET
        else:
            pre_archived_notification_days = self.pre_archived_notification_days

        confirmed: bool | None | Unset
        if isinstance(self.confirmed, Unset):
            confirmed = UNSET
        else:
            confirmed = self.confirmed

        antivirus_enabled: bool | None | Unset
        if isinstance(self.antivirus_enabled, Unset):
            antivirus_enabled = UNSET
        else:
            antivirus_enabled = self.antivirus_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if events is not UNSET:
            field_dict["events"] = events
        if status is not UNSET:
            field_dict["status"] = status
        if pre_archived_notification_days is not UNSET:
            field_dict["preArchivedNotificationDays"] = pre_archived_notification_days
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if antivirus_enabled is not UNSET:
            field_dict["antivirusEnabled"] = antivirus_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.endpoint = _d.pop("endpoint", UNSET)

        _obj.protocol = _d.pop("protocol", UNSET)

        _obj.events = _d.pop("events", UNSET)

        _obj.status = _d.pop("status", UNSET)

        _obj.pre_archived_notification_days = _d.pop("preArchivedNotificationDays", UNSET)

        _obj.confirmed = _d.pop("confirmed", UNSET)

        _obj.antivirus_enabled = _d.pop("antivirusEnabled", UNSET)

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
