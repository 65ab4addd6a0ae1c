from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaxonomyOption")


@_attrs_define
class TaxonomyOption:
    """A metaproperty option as the taxonomy API gives it (ids in UUID form).

    Always present (required): `id`, `name`, `externalReference`, `icon`, `metapropertyId`.
    Evidence: Bynder's published schema of this reply marks all five required.

    """

    id: str
    name: None | str
    external_reference: None | str
    icon: None | str
    """ URL of the option's image, or an empty string. """
    metaproperty_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        external_reference: None | str
        external_reference = self.external_reference

        icon: None | str
        icon = self.icon

        metaproperty_id: None | str
        metaproperty_id = self.metaproperty_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["externalReference"] = external_reference
        field_dict["icon"] = icon
        field_dict["metapropertyId"] = metaproperty_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.name = _d.pop("name")

        _obj.external_reference = _d.pop("externalReference")

        _obj.icon = _d.pop("icon")

        _obj.metaproperty_id = _d.pop("metapropertyId")

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
