from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUsage")


@_attrs_define
class AssetUsage:
    """A record of an asset used outside Bynder, reported by an integration."""

    id: str | Unset = UNSET
    asset_id: None | str | Unset = UNSET
    integration: AssetUsageIntegration | None | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    """ When the asset was used (ISO 8601). """
    uri: None | str | Unset = UNSET
    """ Where the asset is used. """
    additional: None | str | Unset = UNSET
    """ Free text from the integration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id

        integration: dict[str, Any] | None | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        elif isinstance(self.integration, AssetUsageIntegration):
            integration = self.integration.to_dict()
        else:
            integration = self.integration

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        additional: None | str | Unset
        if isinstance(self.additional, Unset):
            additional = UNSET
        else:
            additional = self.additional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if integration is not UNSET:
            field_dict["integration"] = integration
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if uri is not UNSET:
            field_dict["uri"] = uri
        if additional is not UNSET:
            field_dict["additional"] = additional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.asset_id = _d.pop("asset_id", UNSET)

        _integration = _d.pop("integration", UNSET)
        _obj.integration = (
            AssetUsageIntegration.from_dict(_integration) if isinstance(_integration, dict) else _integration
        )

        _obj.timestamp = _d.pop("timestamp", UNSET)

        _obj.uri = _d.pop("uri", UNSET)

        _obj.additional = _d.pop("additional", UNSET)

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


from ..models.asset_usage_integration import AssetUsageIntegration
