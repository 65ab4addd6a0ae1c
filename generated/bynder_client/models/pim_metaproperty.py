from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PimMetaproperty")


@_attrs_define
class PimMetaproperty:
    """A product-layer metaproperty with its options and their relations."""

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    mp_options: list[PimRelatedOption] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        mp_options: list[dict[str, Any]] | None | Unset
        if isinstance(self.mp_options, Unset):
            mp_options = UNSET
        elif isinstance(self.mp_options, list):
            mp_options = []
            for mp_options_type_0_item_data in self.mp_options:
                mp_options_type_0_item = mp_options_type_0_item_data.to_dict()
                mp_options.append(mp_options_type_0_item)

        else:
            mp_options = self.mp_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if mp_options is not UNSET:
            field_dict["mp_options"] = mp_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.label = _d.pop("label", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _mp_options = _d.pop("mp_options", UNSET)
        _obj.mp_options = (
            [PimRelatedOption.from_dict(item) for item in _mp_options] if isinstance(_mp_options, list) else _mp_options
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


from ..models.pim_related_option import PimRelatedOption
