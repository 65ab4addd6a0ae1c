from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssetPageWithCount")


@_attrs_define
class AssetPageWithCount:
    """A page of assets with facet counts (`count=true`).

    Always present (required): `count`, `media`. Evidence: the two keys that make this shape,
    documented in bynder-api.md (§9: `count=1` gives `{count: {...facets, total}, media}`); the
    official JS SDK reads `data.count.total` unconditionally.

    """

    count: AssetCounts
    """ Facet counts: `total` is the number of matches; every other key is a facet (such as `type`,
    `orientation`, `brandId`, `tags` or a `property_{name}`) mapping each value to the number of
    matching assets. The set of facets depends on the portal.

    Always present (required): `total`. Evidence: read unconditionally by the official JS SDK
    (`getMediaTotal` returns `data.count.total`).
     """
    media: list[Asset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count.to_dict()

        media = []
        for media_item_data in self.media:
            media_item = media_item_data.to_dict()
            media.append(media_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["count"] = count
        field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.count = AssetCounts.from_dict(_d.pop("count"))

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
from ..models.asset_counts import AssetCounts
