from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset import Asset
    from ..models.asset_counts import AssetCounts


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
        field_dict.update(
            {
                "count": count,
                "media": media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset import Asset  # noqa: PLC0415
        from ..models.asset_counts import AssetCounts  # noqa: PLC0415

        d = dict(src_dict)
        count = AssetCounts.from_dict(d.pop("count"))

        media = []
        _media = d.pop("media")
        for media_item_data in _media:
            media_item = Asset.from_dict(media_item_data)

            media.append(media_item)

        asset_page_with_count = cls(
            count=count,
            media=media,
        )

        asset_page_with_count.additional_properties = d
        return asset_page_with_count

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
