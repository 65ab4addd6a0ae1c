from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DependencyGroupOptionForm")


@_attrs_define
class DependencyGroupOptionForm:
    """Optional form body of `add_option_to_dependency_group`; it only repeats the ids of the path,
    and each one sent must agree with it.

    """

    id: str | Unset = UNSET
    """ The metaproperty id. """
    option_id: str | Unset = UNSET
    """ The option id. """
    group_id: str | Unset = UNSET
    """ The dependency group id. """
    dependency_id: str | Unset = UNSET
    """ The id of the option to add to the group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        option_id = self.option_id

        group_id = self.group_id

        dependency_id = self.dependency_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if option_id is not UNSET:
            field_dict["optionId"] = option_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if dependency_id is not UNSET:
            field_dict["dependencyId"] = dependency_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.option_id = _d.pop("optionId", UNSET)

        _obj.group_id = _d.pop("groupId", UNSET)

        _obj.dependency_id = _d.pop("dependencyId", UNSET)

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
