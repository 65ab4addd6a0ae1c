from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_create_form_active import (
    UserCreateFormActive,
    check_user_create_form_active,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreateForm")


@_attrs_define
class UserCreateForm:
    """Form fields of `create_user`. Extra fields are sent as they are."""

    email: str
    """ E-mail address, also the login name unless `username` is given. """
    password: str
    profile_id: str
    """ Id of the security profile (see `list_security_profiles`). """
    firstname: str
    lastname: str
    username: str | Unset = UNSET
    """ Login name; defaults to the e-mail address. """
    active: UserCreateFormActive | Unset = UNSET
    """ 1 for an active user, 0 for a deactivated one. """
    is_sso_only: bool | Unset = UNSET
    """ The user can only log in through single sign-on. """
    language: str | Unset = UNSET
    """ Locale such as `en_US`. """
    infix: str | Unset = UNSET
    group_ids: str | Unset = UNSET
    """ Comma-separated group ids. """
    phone_number: str | Unset = UNSET
    company_name: str | Unset = UNSET
    department: str | Unset = UNSET
    job: str | Unset = UNSET
    cost_center: str | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["email"] = email
        field_dict["password"] = password
        field_dict["profileId"] = profile_id
        field_dict["firstname"] = firstname
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.email = _d.pop("email")

        _obj.password = _d.pop("password")

        _obj.profile_id = _d.pop("profileId")

        _obj.firstname = _d.pop("firstname")

        _obj.lastname = _d.pop("lastname")

        _obj.username = _d.pop("username", UNSET)

        _active = _d.pop("active", UNSET)
        active: UserCreateFormActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = check_user_create_form_active(_active)

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
