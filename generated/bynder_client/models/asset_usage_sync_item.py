from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUsageSyncItem")


@_attrs_define
class AssetUsageSyncItem:
    """One usage in a synchronisation."""

    asset_id: str
    uri: str
    additional: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        uri = self.uri

        additional: None | str | Unset
        if isinstance(self.additional, Unset):
            additional = UNSET
        else:
            additional = self.additional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["asset_id"] = asset_id
        field_dict["uri"] = uri
        if additional is not UNSET:
            field_dict["additional"] = additional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        uri = d.pop("uri")

        additional = d.pop("additional", UNSET)

        asset_usage_sync_item = cls(
            asset_id=asset_id,
            uri=uri,
            additional=additional,
        )
        asset_usage_sync_item.additional_properties = d
        return asset_usage_sync_item

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
