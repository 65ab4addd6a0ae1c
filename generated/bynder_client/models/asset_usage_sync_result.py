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
        d = dict(src_dict)
        accepted: list[AssetUsageSyncItem] | Unset = d.pop("accepted", UNSET)
        if isinstance(accepted, list):
            accepted = [AssetUsageSyncItem.from_dict(item) for item in accepted]

        new: list[AssetUsage] | Unset = d.pop("new", UNSET)
        if isinstance(new, list):
            new = [AssetUsage.from_dict(item) for item in new]

        rejected: list[AssetUsageSyncRejection] | Unset = d.pop("rejected", UNSET)
        if isinstance(rejected, list):
            rejected = [AssetUsageSyncRejection.from_dict(item) for item in rejected]

        removed: list[AssetUsageSyncItem] | Unset = d.pop("removed", UNSET)
        if isinstance(removed, list):
            removed = [AssetUsageSyncItem.from_dict(item) for item in removed]

        asset_usage_sync_result = cls(
            accepted=accepted,
            new=new,
            rejected=rejected,
            removed=removed,
        )
        asset_usage_sync_result.additional_properties = d
        return asset_usage_sync_result

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
