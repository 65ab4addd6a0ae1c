from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderLine")


@_attrs_define
class OrderLine:
    """One line of an order."""

    id: str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    product: None | OrderProduct | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    item_price: float | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    supplier: None | str | Unset = UNSET
    customer_reference: None | str | Unset = UNSET
    metaproperties: list[OrderLineMetapropertiesType1Item] | None | OrderLineMetapropertiesType0 | Unset = UNSET
    """ Metaproperty values chosen for the product. The shape varies by product; an empty set
    may arrive as an empty array.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, OrderProduct):
            product = self.product.to_dict()
        else:
            product = self.product

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

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

        item_price: float | None | Unset
        if isinstance(self.item_price, Unset):
            item_price = UNSET
        else:
            item_price = self.item_price

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        supplier: None | str | Unset
        if isinstance(self.supplier, Unset):
            supplier = UNSET
        else:
            supplier = self.supplier

        customer_reference: None | str | Unset
        if isinstance(self.customer_reference, Unset):
            customer_reference = UNSET
        else:
            customer_reference = self.customer_reference

        metaproperties: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.metaproperties, Unset):
            metaproperties = UNSET
        elif isinstance(self.metaproperties, OrderLineMetapropertiesType0):
            metaproperties = self.metaproperties.to_dict()
        elif isinstance(self.metaproperties, list):
            metaproperties = []
            for metaproperties_type_1_item_data in self.metaproperties:
                metaproperties_type_1_item = metaproperties_type_1_item_data.to_dict()
                metaproperties.append(metaproperties_type_1_item)

        else:
            metaproperties = self.metaproperties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if product is not UNSET:
            field_dict["product"] = product
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if item_price is not UNSET:
            field_dict["itemPrice"] = item_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if customer_reference is not UNSET:
            field_dict["customerReference"] = customer_reference
        if metaproperties is not UNSET:
            field_dict["metaproperties"] = metaproperties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.order_id = _d.pop("orderId", UNSET)

        _product = _d.pop("product", UNSET)
        _obj.product = OrderProduct.from_dict(_product) if isinstance(_product, dict) else _product

        _obj.reference_id = _d.pop("referenceId", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.item_price = _d.pop("itemPrice", UNSET)

        _obj.quantity = _d.pop("quantity", UNSET)

        _obj.supplier = _d.pop("supplier", UNSET)

        _obj.customer_reference = _d.pop("customerReference", UNSET)

        def _parse_metaproperties(
            data: object,
        ) -> list[OrderLineMetapropertiesType1Item] | None | OrderLineMetapropertiesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metaproperties_type_0 = OrderLineMetapropertiesType0.from_dict(data)

                return metaproperties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                metaproperties_type_1 = []
                _metaproperties_type_1 = data
                for metaproperties_type_1_item_data in _metaproperties_type_1:
                    metaproperties_type_1_item = OrderLineMetapropertiesType1Item.from_dict(
                        metaproperties_type_1_item_data
                    )

                    metaproperties_type_1.append(metaproperties_type_1_item)

                return metaproperties_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderLineMetapropertiesType1Item] | None | OrderLineMetapropertiesType0 | Unset, data)

        metaproperties = _parse_metaproperties(_d.pop("metaproperties", UNSET))

        _obj.metaproperties = metaproperties

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


from ..models.order_line_metaproperties_type_0 import OrderLineMetapropertiesType0
from ..models.order_line_metaproperties_type_1_item import (
    OrderLineMetapropertiesType1Item,
)
from ..models.order_product import OrderProduct
