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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        content_id = d.pop("contentId", UNSET)

        content_type = d.pop("contentType", UNSET)

        level = d.pop("level", UNSET)

        rule_type = d.pop("ruleType", UNSET)

        principal_id = d.pop("principalId", UNSET)

        principal_type = d.pop("principalType", UNSET)

        principal_name = d.pop("principalName", UNSET)

        principal_extra_information: ContentAccessRulePrincipalExtraInformationType0 | None | Unset = d.pop(
            "principalExtraInformation", UNSET
        )
        if isinstance(principal_extra_information, dict):
            principal_extra_information = ContentAccessRulePrincipalExtraInformationType0.from_dict(
                principal_extra_information
            )

        content_access_rule = cls(
            id=id,
            content_id=content_id,
            content_type=content_type,
            level=level,
            rule_type=rule_type,
            principal_id=principal_id,
            principal_type=principal_type,
            principal_name=principal_name,
            principal_extra_information=principal_extra_information,
        )
        content_access_rule.additional_properties = d
        return content_access_rule

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
