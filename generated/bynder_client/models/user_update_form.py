from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_update_form_active import (
    UserUpdateFormActive,
    check_user_update_form_active,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdateForm")


@_attrs_define
class UserUpdateForm:
    """Form fields of `update_user`; send the fields to change. Extra fields are sent as they are."""

    email: str | Unset = UNSET
    password: str | Unset = UNSET
    profile_id: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    username: str | Unset = UNSET
    active: UserUpdateFormActive | Unset = UNSET
    is_sso_only: bool | Unset = UNSET
    language: str | Unset = UNSET
    infix: str | Unset = UNSET
    group_ids: str | Unset = UNSET
    """ Comma-separated group ids. """
    phone_number: str | Unset = UNSET
    company_name: str | Unset = UNSET
    department: str | Unset = UNSET
    job: str | Unset = UNSET
    cost_center: str | Unset = UNSET
    terms_accepted: bool | Unset = UNSET
    """ Record that the user accepted the portal's terms. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        profile_id = self.profile_id

        firstname = self.firstname

        lastname = self.lastname

        username = self.username

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active

        is_sso_only = self.is_sso_only

        language = self.language

        infix = self.infix

        group_ids = self.group_ids

        phone_number = self.phone_number

        company_name = self.company_name

        department = self.department

        job = self.job

        cost_center = self.cost_center

        terms_accepted = self.terms_accepted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if username is not UNSET:
            field_dict["username"] = username
        if active is not UNSET:
            field_dict["active"] = active
        if is_sso_only is not UNSET:
            field_dict["isSSOOnly"] = is_sso_only
        if language is not UNSET:
            field_dict["language"] = language
        if infix is not UNSET:
            field_dict["infix"] = infix
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if department is not UNSET:
            field_dict["department"] = department
        if job is not UNSET:
            field_dict["job"] = job
        if cost_center is not UNSET:
            field_dict["costCenter"] = cost_center
        if terms_accepted is not UNSET:
            field_dict["termsAccepted"] = terms_accepted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.email = _d.pop("email", UNSET)

        _obj.password = _d.pop("password", UNSET)

        _obj.profile_id = _d.pop("profileId", UNSET)

        _obj.firstname = _d.pop("firstname", UNSET)

        _obj.lastname = _d.pop("lastname", UNSET)

        _obj.username = _d.pop("username", UNSET)

        _active = _d.pop("active", UNSET)
        active: UserUpdateFormActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = check_user_update_form_active(_active)

        _obj.active = active

        _obj.is_sso_only = _d.pop("isSSOOnly", UNSET)

        _obj.language = _d.pop("language", UNSET)

        _obj.infix = _d.pop("infix", UNSET)

        _obj.group_ids = _d.pop("groupIds", UNSET)

        _obj.phone_number = _d.pop("phoneNumber", UNSET)

        _obj.company_name = _d.pop("companyName", UNSET)

        _obj.department = _d.pop("department", UNSET)

        _obj.job = _d.pop("job", UNSET)

        _obj.cost_center = _d.pop("costCenter", UNSET)

        _obj.terms_accepted = _d.pop("termsAccepted", UNSET)

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
