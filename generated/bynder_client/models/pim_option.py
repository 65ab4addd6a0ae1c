from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PimOption")


@_attrs_define
class PimOption:
    """An option of a product-layer metaproperty with its children."""

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    metapropertyid: None | str | Unset = UNSET
    product_options: list[PimOptionRef] | None | Unset = UNSET
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

        metapropertyid: None | str | Unset
        if isinstance(self.metapropertyid, Unset):
            metapropertyid = UNSET
        else:
            metapropertyid = self.metapropertyid

        product_options: list[dict[str, Any]] | None | Unset
        if isinstance(self.product_options, Unset):
            product_options = UNSET
        elif isinstance(self.product_options, list):
            product_options = []
            for product_options_type_0_item_data in self.product_options:
                product_options_type_0_item = product_options_type_0_item_data.to_dict()
                product_options.append(product_options_type_0_item)

        else:
            product_options = self.product_options

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
        if metapropertyid is not UNSET:
            field_dict["metapropertyid"] = metapropertyid
        if product_options is not UNSET:
            field_dict["product_options"] = product_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.label = _d.pop("label", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.metapropertyid = _d.pop("metapropertyid", UNSET)

        _product_options = _d.pop("product_options", UNSET)
        _obj.product_options = (
            [PimOptionRef.from_dict(item) for item in _product_options]
            if isinstance(_product_options, list)
            else _product_options
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


from ..models.pim_option_ref import PimOptionRef
