from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """A Brandstore order as listed by `list_orders`."""

    id: str | Unset = UNSET
    order_ref: None | str | Unset = UNSET
    """ Order number. """
    net_price: float | None | Unset = UNSET
    date_created: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    order_status: None | str | Unset = UNSET
    """ Display status, for example `In production` or `Waiting for approval`. """
    currency_symbol: None | str | Unset = UNSET
    """ Decimal code point of the currency sign (`8364` is the euro sign). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_ref: None | str | Unset
        if isinstance(self.order_ref, Unset):
            order_ref = UNSET
        else:
            order_ref = self.order_ref

        net_price: float | None | Unset
        if isinstance(self.net_price, Unset):
            net_price = UNSET
        else:
            net_price = self.net_price

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        currency_symbol: None | str | Unset
        if isinstance(self.currency_symbol, Unset):
            currency_symbol = UNSET
        else:
            currency_symbol = self.currency_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if order_ref is not UNSET:
            field_dict["order_ref"] = order_ref
        if net_price is not UNSET:
            field_dict["net_price"] = net_price
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if username is not UNSET:
            field_dict["username"] = username
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.order_ref = _d.pop("order_ref", UNSET)

        _obj.net_price = _d.pop("net_price", UNSET)

        _obj.date_created = _d.pop("date_created", UNSET)

        _obj.username = _d.pop("username", UNSET)

        _obj.account_name = _d.pop("account_name", UNSET)

        _obj.order_status = _d.pop("order_status", UNSET)

        _obj.currency_symbol = _d.pop("currency_symbol", UNSET)

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
