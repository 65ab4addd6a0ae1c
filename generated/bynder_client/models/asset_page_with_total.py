from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetPageWithTotal")


@_attrs_define
class AssetPageWithTotal:
    """A page of assets with the total number of matches (`total=true`).

    Always present (required): `total`, `media`. Evidence: the two keys that make this shape,
    documented in bynder-api.md (§9: `total=1` gives `{total: {count}, media}`).

    """

    total: AssetTotal
    """ Number of assets matching the filters, over all pages. """
    media: list[Asset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total.to_dict()

        media = []
        for media_item_data in self.media:
            media_item = media_item_data.to_dict()
            media.append(media_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["total"] = total
        field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.total = AssetTotal.from_dict(_d.pop("total"))

        _obj.media = [Asset.from_dict(item) for item in _d.pop("media")]

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


from ..models.asset import Asset
from ..models.asset_total import AssetTotal
