from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        field_dict.update(
            {
                "id": id,
                "name": name,
                "externalReference": external_reference,
                "icon": icon,
                "metapropertyId": metaproperty_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_external_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_reference = _parse_external_reference(d.pop("externalReference"))

        def _parse_icon(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        icon = _parse_icon(d.pop("icon"))

        def _parse_metaproperty_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        metaproperty_id = _parse_metaproperty_id(d.pop("metapropertyId"))

        taxonomy_option = cls(
            id=id,
            name=name,
            external_reference=external_reference,
            icon=icon,
            metaproperty_id=metaproperty_id,
        )

        taxonomy_option.additional_properties = d
        return taxonomy_option

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
