from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetUsageSync")


@_attrs_define
class AssetUsageSync:
    """Body of `sync_asset_usage`."""

    integration_id: str
    """ Id of the integration whose records are synchronised. """
    uris: list[str]
    """ The locations covered by this synchronisation. """
    usages: list[AssetUsageSyncItem]
    """ Every usage at those locations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        uris = self.uris

        usages = []
        for usages_item_data in self.usages:
            usages_item = usages_item_data.to_dict()
            usages.append(usages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["integration_id"] = integration_id
        field_dict["uris"] = uris
        field_dict["usages"] = usages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.integration_id = _d.pop("integration_id")

        _obj.uris = _d.pop("uris")

        _obj.usages = [AssetUsageSyncItem.from_dict(item) for item in _d.pop("usages")]

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


from ..models.asset_usage_sync_item import AssetUsageSyncItem
