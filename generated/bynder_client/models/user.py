from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A portal user. Single-user replies carry the detailed fields; list items carry a shorter set
    (`name`, `email2`, `website`, `salesrepId`, ...). `active` is a boolean in single-user
    replies and `0`/`1` in lists.

    """

    id: str | Unset = UNSET
    username: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    email2: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    """ Full name (list items). """
    firstname: None | str | Unset = UNSET
    infix: None | str | Unset = UNSET
    lastname: None | str | Unset = UNSET
    profile_id: None | str | Unset = UNSET
    """ Id of the user's security profile. """
    active: bool | int | None | Unset = UNSET
    is_sso_only: bool | int | None | Unset = UNSET
    last_login: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    cellphone_number: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    department_code: None | str | Unset = UNSET
    job: None | str | Unset = UNSET
    cost_center: None | str | Unset = UNSET
    employee_number: None | str | Unset = UNSET
    legal_entity: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    county: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    salesrep_id: None | str | Unset = UNSET
    persisted: bool | int | None | Unset = UNSET
    terms: None | str | Unset = UNSET
    """ The terms the user accepted (HTML). """
    groups: list[UserGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email2: None | str | Unset
        if isinstance(self.email2, Unset):
            email2 = UNSET
        else:
            email2 = self.email2

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        firstname: None | str | Unset
        if isinstance(self.firstname, Unset):
            firstname = UNSET
        else:
            firstname = self.firstname

        infix: None | str | Unset
        if isinstance(self.infix, Unset):
            infix = UNSET
        else:
            infix = self.infix

        lastname: None | str | Unset
        if isinstance(self.lastname, Unset):
            lastname = UNSET
        else:
            lastname = self.lastname

        profile_id: None | str | Unset
        if isinstance(self.profile_id, Unset):
            profile_id = UNSET
        else:
            profile_id = self.profile_id

        active: bool | int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        is_sso_only: bool | int | None | Unset
        if isinstance(self.is_sso_only, Unset):
            is_sso_only = UNSET
        else:
            is_sso_only = self.is_sso_only

        last_login: None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        else:
            last_login = self.last_login

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        cellphone_number: None | str | Unset
        if isinstance(self.cellphone_number, Unset):
            cellphone_number = UNSET
        else:
            cellphone_number = self.cellphone_number

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        department_code: None | str | Unset
        if isinstance(self.department_code, Unset):
            department_code = UNSET
        else:
            department_code = self.department_code

        job: None | str | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        else:
            job = self.job

        cost_center: None | str | Unset
        if isinstance(self.cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = self.cost_center

        employee_number: None | str | Unset
        if isinstance(self.employee_number, Unset):
            employee_number = UNSET
        else:
            employee_number = self.employee_number

        legal_entity: None | str | Unset
        if isinstance(self.legal_entity, Unset):
            legal_entity = UNSET
        else:
            legal_entity = self.legal_entity

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        county: None | str | Unset
        if isinstance(self.county, Unset):
            county = UNSET
        else:
            county = self.county

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        salesrep_id: None | str | Unset
        if isinstance(self.salesrep_id, Unset):
            salesrep_id = UNSET
        else:
            salesrep_id = self.salesrep_id

        persisted: bool | int | None | Unset
        if isinstance(self.persisted, Unset):
            persisted = UNSET
        else:
            persisted = self.persisted

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = groups_type_0_item_data.to_dict()
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if email2 is not UNSET:
            field_dict["email2"] = email2
        if name is not UNSET:
            field_dict["name"] = name
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if infix is not UNSET:
            field_dict["infix"] = infix
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if active is not UNSET:
            field_dict["active"] = active
        if is_sso_only is not UNSET:
            field_dict["isSSOOnly"] = is_sso_only
        if last_login is not UNSET:
            field_dict["lastLogin"] = last_login
        if language is not UNSET:
            field_dict["language"] = language
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if cellphone_number is not UNSET:
            field_dict["cellphoneNumber"] = cellphone_number
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if department is not UNSET:
            field_dict["department"] = department
        if department_code is not UNSET:
            field_dict["departmentCode"] = department_code
        if job is not UNSET:
            field_dict["job"] = job
        if cost_center is not UNSET:
            field_dict["costCenter"] = cost_center
        if employee_number is not UNSET:
            field_dict["employeeNumber"] = employee_number
        if legal_entity is not UNSET:
            field_dict["legalEntity"] = legal_entity
        if address is not UNSET:
            field_dict["address"] = address
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if county is not UNSET:
            field_dict["county"] = county
        if country is not UNSET:
            field_dict["country"] = country
        if gender is not UNSET:
            field_dict["gender"] = gender
        if website is not UNSET:
            field_dict["website"] = website
        if salesrep_id is not UNSET:
            field_dict["salesrepId"] = salesrep_id
        if persisted is not UNSET:
            field_dict["persisted"] = persisted
        if terms is not UNSET:
            field_dict["terms"] = terms
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.username = _d.pop("username", UNSET)

        _obj.email = _d.pop("email", UNSET)

        _obj.email2 = _d.pop("email2", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.firstname = _d.pop("firstname", UNSET)

        _obj.infix = _d.pop("infix", UNSET)

        _obj.lastname = _d.pop("lastname", UNSET)

        _obj.profile_id = _d.pop("profileId", UNSET)

        _obj.active = _d.pop("active", UNSET)

        _obj.is_sso_only = _d.pop("isSSOOnly", UNSET)

        _obj.last_login = _d.pop("lastLogin", UNSET)

        _obj.language = _d.pop("language", UNSET)

        _obj.time_zone = _d.pop("timeZone", UNSET)

        _obj.phone_number = _d.pop("phoneNumber", UNSET)

        _obj.cellphone_number = _d.pop("cellphoneNumber", UNSET)

        _obj.company_name = _d.pop("companyName", UNSET)

        _obj.department = _d.pop("department", UNSET)

        _obj.department_code = _d.pop("departmentCode", UNSET)

        _obj.job = _d.pop("job", UNSET)

        _obj.cost_center = _d.pop("costCenter", UNSET)

        _obj.employee_number = _d.pop("employeeNumber", UNSET)

        _obj.legal_entity = _d.pop("legalEntity", UNSET)

        _obj.address = _d.pop("address", UNSET)

        _obj.postal_code = _d.pop("postalCode", UNSET)

        _obj.city = _d.pop("city", UNSET)

        _obj.state = _d.pop("state", UNSET)

        _obj.county = _d.pop("county", UNSET)

        _obj.country = _d.pop("country", UNSET)

        _obj.gender = _d.pop("gender", UNSET)

        _obj.website = _d.pop("website", UNSET)

        _obj.salesrep_id = _d.pop("salesrepId", UNSET)

        _obj.persisted = _d.pop("persisted", UNSET)

        _obj.terms = _d.pop("terms", UNSET)

        _groups = _d.pop("groups", UNSET)
        _obj.groups = [UserGroup.from_dict(item) for item in _groups] if isinstance(_groups, list) else _groups

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


from ..models.user_group import UserGroup
