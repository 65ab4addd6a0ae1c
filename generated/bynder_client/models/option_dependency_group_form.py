from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OptionDependencyGroupForm")


@_attrs_define
class OptionDependencyGroupForm:
    """Form fields of `create_option_dependency_group` and `update_option_dependency_group`. Only
    `data` is needed; the other fields repeat the path and must agree with it when sent.

    """

    data: str
    """ JSON array of the ids of the options in the group. """
    id: str | Unset = UNSET
    """ The metaproperty id again; optional. """
    option_id: str | Unset = UNSET
    """ The option id again; optional. """
    group_id: str | Unset = UNSET
    """ The dependency group id again (`update_option_dependency_group`); optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        id = self.id

        option_id = self.option_id

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = data
        if id is not UNSET:
            field_dict["id"] = id
        if option_id is not UNSET:
            field_dict["optionId"] = option_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.data = _d.pop("data")

        _obj.id = _d.pop("id", UNSET)

        _obj.option_id = _d.pop("optionId", UNSET)

        _obj.group_id = _d.pop("groupId", UNSET)

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
