from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentAccessPrincipalRef")


@_attrs_define
class ContentAccessPrincipalRef:
    """A principal that holds a rule."""

    principal_id: str | Unset = UNSET
    principal_type: None | str | Unset = UNSET
    """ Known values `user`, `group`, `profile`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        principal_id = self.principal_id

        principal_type: None | str | Unset
        if isinstance(self.principal_type, Unset):
            principal_type = UNSET
        else:
            principal_type = self.principal_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if principal_id is not UNSET:
            field_dict["principalId"] = principal_id
        if principal_type is not UNSET:
            field_dict["principalType"] = principal_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.principal_id = _d.pop("principalId", UNSET)

        _obj.principal_type = _d.pop("principalType", UNSET)

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
