from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionPage")


@_attrs_define
class CollectionPage:
    """A page of collections with the total number of collections (`count=true`).

    Always present (required): `count`, `collections`. Evidence: the two keys that make this
    shape, documented in bynder-api.md (§9: `count=1` gives `{count, collections}`).

    """

    count: int
    collections: list[Collection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        collections = []
        for collections_item_data in self.collections:
            collections_item = collections_item_data.to_dict()
            collections.append(collections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["count"] = count
        field_dict["collections"] = collections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.count = _d.pop("count")

        _obj.collections = [Collection.from_dict(item) for item in _d.pop("collections")]

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


from ..models.collection import Collection
