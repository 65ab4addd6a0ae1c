from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_access_principal_principal_type import (
    ContentAccessPrincipalPrincipalType,
    check_content_access_principal_principal_type,
)

T = TypeVar("T", bound="ContentAccessPrincipal")


@_attrs_define
class ContentAccessPrincipal:
    """A user, group or security profile that a rule applies to."""

    principal_id: str
    principal_type: ContentAccessPrincipalPrincipalType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        principal_id = self.principal_id

        principal_type: str = self.principal_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["principalId"] = principal_id
        field_dict["principalType"] = principal_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.principal_id = _d.pop("principalId")

        principal_type = check_content_access_principal_principal_type(_d.pop("principalType"))

        _obj.principal_type = principal_type

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
