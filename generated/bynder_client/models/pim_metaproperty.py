from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pim_related_option import PimRelatedOption


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
        field_dict.update({})
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
        from ..models.pim_related_option import PimRelatedOption  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_mp_options(data: object) -> list[PimRelatedOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mp_options_type_0 = []
                _mp_options_type_0 = data
                for mp_options_type_0_item_data in _mp_options_type_0:
                    mp_options_type_0_item = PimRelatedOption.from_dict(mp_options_type_0_item_data)

                    mp_options_type_0.append(mp_options_type_0_item)

                return mp_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PimRelatedOption] | None | Unset, data)

        mp_options = _parse_mp_options(d.pop("mp_options", UNSET))

        pim_metaproperty = cls(
            id=id,
            name=name,
            label=label,
            description=description,
            mp_options=mp_options,
        )

        pim_metaproperty.additional_properties = d
        return pim_metaproperty

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
