from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUsageSyncResult")


@_attrs_define
class AssetUsageSyncResult:
    """What `sync_asset_usage` did."""

    accepted: list[AssetUsageSyncItem] | Unset = UNSET
    """ Every valid usage of the request. """
    new: list[AssetUsage] | Unset = UNSET
    """ The records created. """
    rejected: list[AssetUsageSyncRejection] | Unset = UNSET
    """ The usages refused. """
    removed: list[AssetUsageSyncItem] | Unset = UNSET
    """ The records deleted because the request no longer lists them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accepted, Unset):
            accepted = []
            for accepted_item_data in self.accepted:
                accepted_item = accepted_item_data.to_dict()
                accepted.append(accepted_item)

        new: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.new, Unset):
            new = []
            for new_item_data in self.new:
                new_item = new_item_data.to_dict()
                new.append(new_item)

        rejected: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rejected, Unset):
            rejected = []
            for rejected_item_data in self.rejected:
                rejected_item = rejected_item_data.to_dict()
                rejected.append(rejected_item)

        removed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.removed, Unset):
            removed = []
            for removed_item_data in self.removed:
                removed_item = removed_item_data.to_dict()
                removed.append(removed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if new is not UNSET:
            field_dict["new"] = new
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if removed is not UNSET:
            field_dict["removed"] = removed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _accepted = _d.pop("accepted", UNSET)
        _obj.accepted = (
            [AssetUsageSyncItem.from_dict(item) for item in _accepted] if isinstance(_accepted, list) else _accepted
        )

        _new = _d.pop("new", UNSET)
        _obj.new = [AssetUsage.from_dict(item) for item in _new] if isinstance(_new, list) else _new

        _rejected = _d.pop("rejected", UNSET)
        _obj.rejected = (
            [AssetUsageSyncRejection.from_dict(item) for item in _rejected]
            if isinstance(_rejected, list)
            else _rejected
        )

        _removed = _d.pop("removed", UNSET)
        _obj.removed = (
            [AssetUsageSyncItem.from_dict(item) for item in _removed] if isinstance(_removed, list) else _removed
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


from ..models.asset_usage import AssetUsage
from ..models.asset_usage_sync_item import AssetUsageSyncItem
from ..models.asset_usage_sync_rejection import AssetUsageSyncRejection
