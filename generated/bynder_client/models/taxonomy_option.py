from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxonomyOption")


@_attrs_define
class TaxonomyOption:
    """A metaproperty option as the taxonomy API gives it (ids in UUID form)."""

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    external_reference: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    """ URL of the option's image, or an empty string. """
    metaproperty_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        external_reference: None | str | Unset
        if isinstance(self.external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = self.external_reference

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        metaproperty_id: None | str | Unset
        if isinstance(self.metaproperty_id, Unset):
            metaproperty_id = UNSET
        else:
            metaproperty_id = self.metaproperty_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if external_reference is not UNSET:
            field_dict["externalReference"] = external_reference
        if icon is not UNSET:
            field_dict["icon"] = icon
        if metaproperty_id is not UNSET:
            field_dict["metapropertyId"] = metaproperty_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.external_reference = _d.pop("externalReference", UNSET)

        _obj.icon = _d.pop("icon", UNSET)

        _obj.metaproperty_id = _d.pop("metapropertyId", UNSET)

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
