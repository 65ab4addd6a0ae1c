from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderProduct")


@_attrs_define
class OrderProduct:
    """The product an order line is for."""

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_featured: bool | int | None | Unset = UNSET
    product_number: None | str | Unset = UNSET
    size_height: float | None | Unset = UNSET
    size_width: float | None | Unset = UNSET
    size_depth: float | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    min_quantity: int | None | Unset = UNSET
    max_quantity: int | None | Unset = UNSET
    default_quantity: int | None | Unset = UNSET
    datecreated: None | str | Unset = UNSET
    is_active: bool | int | None | Unset = UNSET
    product_type: None | str | Unset = UNSET
    """ For example `print`. """
    product_package: None | str | Unset = UNSET
    """ For example `unit`. """
    sku: None | str | Unset = UNSET
    step: int | None | Unset = UNSET
    display_length_unit: None | str | Unset = UNSET
    is_free: bool | int | None | Unset = UNSET
    is_shipping: bool | int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_featured: bool | int | None | Unset
        if isinstance(self.is_featured, Unset):
            is_featured = UNSET
        else:
            is_featured = self.is_featured

        product_number: None | str | Unset
        if isinstance(self.product_number, Unset):
            product_number = UNSET
        else:
            product_number = self.product_number

        size_height: float | None | Unset
        if isinstance(self.size_height, Unset):
            size_height = UNSET
        else:
            size_height = self.size_height

        size_width: float | None | Unset
        if isinstance(self.size_width, Unset):
            size_width = UNSET
        else:
            size_width = self.size_width

        size_depth: float | None | Unset
        if isinstance(self.size_depth, Unset):
            size_depth = UNSET
        else:
            size_depth = self.size_depth

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        min_quantity: int | None | Unset
        if isinstance(self.min_quantity, Unset):
            min_quantity = UNSET
        else:
            min_quantity = self.min_quantity

        max_quantity: int | None | Unset
        if isinstance(self.max_quantity, Unset):
            max_quantity = UNSET
        else:
            max_quantity = self.max_quantity

        default_quantity: int | None | Unset
        if isinstance(self.default_quantity, Unset):
            default_quantity = UNSET
        else:
            default_quantity = self.default_quantity

        datecreated: None | str | Unset
        if isinstance(self.datecreated, Unset):
            datecreated = UNSET
        else:
            datecreated = self.datecreated

        is_active: bool | int | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        product_type: None | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        else:
            product_type = self.product_type

        product_package: None | str | Unset
        if isinstance(self.product_package, Unset):
            product_package = UNSET
        else:
            product_package = self.product_package

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        step: int | None | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        display_length_unit: None | str | Unset
        if isinstance(self.display_length_unit, Unset):
            display_length_unit = UNSET
        else:
            display_length_unit = self.display_length_unit

        is_free: bool | int | None | Unset
        if isinstance(self.is_free, Unset):
            is_free = UNSET
        else:
            is_free = self.is_free

        is_shipping: bool | int | None | Unset
        if isinstance(self.is_shipping, Unset):
            is_shipping = UNSET
        else:
            is_shipping = self.is_shipping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_featured is not UNSET:
            field_dict["isFeatured"] = is_featured
        if product_number is not UNSET:
            field_dict["product_number"] = product_number
        if size_height is not UNSET:
            field_dict["size_height"] = size_height
        if size_width is not UNSET:
            field_dict["size_width"] = size_width
        if size_depth is not UNSET:
            field_dict["size_depth"] = size_depth
        if weight is not UNSET:
            field_dict["weight"] = weight
        if min_quantity is not UNSET:
            field_dict["min_quantity"] = min_quantity
        if max_quantity is not UNSET:
            field_dict["max_quantity"] = max_quantity
        if default_quantity is not UNSET:
            field_dict["default_quantity"] = default_quantity
        if datecreated is not UNSET:
            field_dict["datecreated"] = datecreated
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if product_package is not UNSET:
            field_dict["product_package"] = product_package
        if sku is not UNSET:
            field_dict["sku"] = sku
        if step is not UNSET:
            field_dict["step"] = step
        if display_length_unit is not UNSET:
            field_dict["display_length_unit"] = display_length_unit
        if is_free is not UNSET:
            field_dict["isFree"] = is_free
        if is_shipping is not UNSET:
            field_dict["isShipping"] = is_shipping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.is_featured = _d.pop("isFeatured", UNSET)

        _obj.product_number = _d.pop("product_number", UNSET)

        _obj.size_height = _d.pop("size_height", UNSET)

        _obj.size_width = _d.pop("size_width", UNSET)

        _obj.size_depth = _d.pop("size_depth", UNSET)

        _obj.weight = _d.pop("weight", UNSET)

        _obj.min_quantity = _d.pop("min_quantity", UNSET)

        _obj.max_quantity = _d.pop("max_quantity", UNSET)

        _obj.default_quantity = _d.pop("default_quantity", UNSET)

        _obj.datecreated = _d.pop("datecreated", UNSET)

        _obj.is_active = _d.pop("isActive", UNSET)

        _obj.product_type = _d.pop("product_type", UNSET)

        _obj.product_package = _d.pop("product_package", UNSET)

        _obj.sku = _d.pop("sku", UNSET)

        _obj.step = _d.pop("step", UNSET)

        _obj.display_length_unit = _d.pop("display_length_unit", UNSET)

        _obj.is_free = _d.pop("isFree", UNSET)

        _obj.is_shipping = _d.pop("isShipping", UNSET)

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
