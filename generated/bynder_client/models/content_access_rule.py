from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentAccessRule")


@_attrs_define
class ContentAccessRule:
    """An access rule of a metaproperty or an option for one principal."""

    id: str | Unset = UNSET
    content_id: None | str | Unset = UNSET
    """ Id of the metaproperty or option. """
    content_type: None | str | Unset = UNSET
    """ Known values `metaproperty` and `option`. """
    level: None | str | Unset = UNSET
    """ What the rule does, for example `metaproperty.hide`. """
    rule_type: None | str | Unset = UNSET
    """ Known value `allow`. """
    principal_id: None | str | Unset = UNSET
    principal_type: None | str | Unset = UNSET
    """ Known values `user`, `group`, `profile`. """
    principal_name: None | str | Unset = UNSET
    principal_extra_information: ContentAccessRulePrincipalExtraInformationType0 | None | Unset = UNSET
    """ More about the principal; `email` for users. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content_id: None | str | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        rule_type: None | str | Unset
        if isinstance(self.rule_type, Unset):
            rule_type = UNSET
        else:
            rule_type = self.rule_type

        principal_id: None | str | Unset
        if isinstance(self.principal_id, Unset):
            principal_id = UNSET
        else:
            principal_id = self.principal_id

        principal_type: None | str | Unset
        if isinstance(self.principal_type, Unset):
            principal_type = UNSET
        else:
            principal_type = self.principal_type

        principal_name: None | str | Unset
        if isinstance(self.principal_name, Unset):
            principal_name = UNSET
        else:
            principal_name = self.principal_name

        principal_extra_information: dict[str, Any] | None | Unset
        if isinstance(self.principal_extra_information, Unset):
            principal_extra_information = UNSET
        elif isinstance(self.principal_extra_information, ContentAccessRulePrincipalExtraInformationType0):
            principal_extra_information = self.principal_extra_information.to_dict()
        else:
            principal_extra_information = self.principal_extra_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if content_id is not UNSET:
            field_dict["contentId"] = content_id
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if level is not UNSET:
            field_dict["level"] = level
        if rule_type is not UNSET:
            field_dict["ruleType"] = rule_type
        if principal_id is not UNSET:
            field_dict["principalId"] = principal_id
        if principal_type is not UNSET:
            field_dict["principalType"] = principal_type
        if principal_name is not UNSET:
            field_dict["principalName"] = principal_name
        if principal_extra_information is not UNSET:
            field_dict["principalExtraInformation"] = principal_extra_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.content_id = _d.pop("contentId", UNSET)

        _obj.content_type = _d.pop("contentType", UNSET)

        _obj.level = _d.pop("level", UNSET)

        _obj.rule_type = _d.pop("ruleType", UNSET)

        _obj.principal_id = _d.pop("principalId", UNSET)

        _obj.principal_type = _d.pop("principalType", UNSET)

        _obj.principal_name = _d.pop("principalName", UNSET)

        _principal_extra_information = _d.pop("principalExtraInformation", UNSET)
        _obj.principal_extra_information = (
            ContentAccessRulePrincipalExtraInformationType0.from_dict(_principal_extra_information)
            if isinstance(_principal_extra_information, dict)
            else _principal_extra_information
        )

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


from ..models.content_access_rule_principal_extra_information_type_0 import (
    ContentAccessRulePrincipalExtraInformationType0,
)
