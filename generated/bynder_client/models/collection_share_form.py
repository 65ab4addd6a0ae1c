from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_share_form_collection_options import (
    CollectionShareFormCollectionOptions,
    check_collection_share_form_collection_options,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionShareForm")


@_attrs_define
class CollectionShareForm:
    """Form fields of `share_collection`. At least one of `recipients`, `groups` and `profiles`
    must be non-empty. Extra fields are sent as they are.

    """

    collection_options: CollectionShareFormCollectionOptions
    """ What the recipients may do. """
    recipients: str | Unset = UNSET
    """ Comma-separated e-mail addresses. """
    groups: str | Unset = UNSET
    """ Comma-separated group ids. """
    profiles: str | Unset = UNSET
    """ Comma-separated security profile ids. """
    login_required: bool | Unset = UNSET
    """ Recipients must log in to see the collection. """
    date_start: str | Unset = UNSET
    """ Start of the sharing period (ISO 8601). """
    date_end: str | Unset = UNSET
    """ End of the sharing period (ISO 8601). """
    send_mail: bool | Unset = UNSET
    """ Notify the recipients by e-mail. """
    message: str | Unset = UNSET
    """ Message included in the notification. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_options: str = self.collection_options

        recipients = self.recipients

        groups = self.groups

        profiles = self.profiles

        login_required = self.login_required

        date_start = self.date_start

        date_end = self.date_end

        send_mail = self.send_mail

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["collectionOptions"] = collection_options
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if groups is not UNSET:
            field_dict["groups"] = groups
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if login_required is not UNSET:
            field_dict["loginRequired"] = login_required
        if date_start is not UNSET:
            field_dict["dateStart"] = date_start
        if date_end is not UNSET:
            field_dict["dateEnd"] = date_end
        if send_mail is not UNSET:
            field_dict["sendMail"] = send_mail
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        collection_options = check_collection_share_form_collection_options(_d.pop("collectionOptions"))

        _obj.collection_options = collection_options

        _obj.recipients = _d.pop("recipients", UNSET)

        _obj.groups = _d.pop("groups", UNSET)

        _obj.profiles = _d.pop("profiles", UNSET)

        _obj.login_required = _d.pop("loginRequired", UNSET)

        _obj.date_start = _d.pop("dateStart", UNSET)

        _obj.date_end = _d.pop("dateEnd", UNSET)

        _obj.send_mail = _d.pop("sendMail", UNSET)

        _obj.message = _d.pop("message", UNSET)

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
