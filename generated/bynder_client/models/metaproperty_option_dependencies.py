from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetapropertyOptionDependencies")


@_attrs_define
class MetapropertyOptionDependencies:
    """The dependencies of a metaproperty's options, keyed by option id."""

    additional_properties: dict[str, OptionDependencyGroups] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        additional_properties = {}
        for prop_name, prop_dict in _d.items():
            additional_property = OptionDependencyGroups.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> OptionDependencyGroups:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: OptionDependencyGroups) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.option_dependency_groups import OptionDependencyGroups
