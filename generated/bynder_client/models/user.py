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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        email2 = d.pop("email2", UNSET)

        name = d.pop("name", UNSET)

        firstname = d.pop("firstname", UNSET)

        infix = d.pop("infix", UNSET)

        lastname = d.pop("lastname", UNSET)

        profile_id = d.pop("profileId", UNSET)

        active = d.pop("active", UNSET)

        is_sso_only = d.pop("isSSOOnly", UNSET)

        last_login = d.pop("lastLogin", UNSET)

        language = d.pop("language", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        cellphone_number = d.pop("cellphoneNumber", UNSET)

        company_name = d.pop("companyName", UNSET)

        department = d.pop("department", UNSET)

        department_code = d.pop("departmentCode", UNSET)

        job = d.pop("job", UNSET)

        cost_center = d.pop("costCenter", UNSET)

        employee_number = d.pop("employeeNumber", UNSET)

        legal_entity = d.pop("legalEntity", UNSET)

        address = d.pop("address", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        county = d.pop("county", UNSET)

        country = d.pop("country", UNSET)

        gender = d.pop("gender", UNSET)

        website = d.pop("website", UNSET)

        salesrep_id = d.pop("salesrepId", UNSET)

        persisted = d.pop("persisted", UNSET)

        terms = d.pop("terms", UNSET)

        groups: list[UserGroup] | None | Unset = d.pop("groups", UNSET)
        if isinstance(groups, list):
            groups = [UserGroup.from_dict(item) for item in groups]

        user = cls(
            id=id,
            username=username,
            email=email,
            email2=email2,
            name=name,
            firstname=firstname,
            infix=infix,
            lastname=lastname,
            profile_id=profile_id,
            active=active,
            is_sso_only=is_sso_only,
            last_login=last_login,
            language=language,
            time_zone=time_zone,
            phone_number=phone_number,
            cellphone_number=cellphone_number,
            company_name=company_name,
            department=department,
            department_code=department_code,
            job=job,
            cost_center=cost_center,
            employee_number=employee_number,
            legal_entity=legal_entity,
            address=address,
            postal_code=postal_code,
            city=city,
            state=state,
            county=county,
            country=country,
            gender=gender,
            website=website,
            salesrep_id=salesrep_id,
            persisted=persisted,
            terms=terms,
            groups=groups,
        )
        user.additional_properties = d
        return user

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
