from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_usage_integration import AssetUsageIntegration


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
        from ..models.asset_usage_integration import AssetUsageIntegration  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.asset_usage_integration import AssetUsageIntegration  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_id = _parse_asset_id(d.pop("asset_id", UNSET))

        def _parse_integration(data: object) -> AssetUsageIntegration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                integration_type_0 = AssetUsageIntegration.from_dict(data)

                return integration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetUsageIntegration | None | Unset, data)

        integration = _parse_integration(d.pop("integration", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uri = _parse_uri(d.pop("uri", UNSET))

        def _parse_additional(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional = _parse_additional(d.pop("additional", UNSET))

        asset_usage = cls(
            id=id,
            asset_id=asset_id,
            integration=integration,
            timestamp=timestamp,
            uri=uri,
            additional=additional,
        )

        asset_usage.additional_properties = d
        return asset_usage

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
