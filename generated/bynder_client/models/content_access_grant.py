from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContentAccessGrant")


@_attrs_define
class ContentAccessGrant:
    """Body of `create_metaproperty_access` and `update_option_access`."""

    principals: list[ContentAccessPrincipal]
    level: str
    """ What the rules do. Known value `metaproperty.hide`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        principals = []
        for principals_item_data in self.principals:
            principals_item = principals_item_data.to_dict()
            principals.append(principals_item)

        level = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["principals"] = principals
        field_dict["level"] = level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.principals = [ContentAccessPrincipal.from_dict(item) for item in _d.pop("principals")]

        _obj.level = _d.pop("level")

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


from ..models.content_access_principal import ContentAccessPrincipal
