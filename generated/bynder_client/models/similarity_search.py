from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimilaritySearch")


@_attrs_define
class SimilaritySearch:
    """Body of `search_similar_assets`; give exactly one of the four fields."""

    asset_ids: list[str] | Unset = UNSET
    """ Ids of assets (UUID form) to find look-alikes of. """
    image_url: str | Unset = UNSET
    """ URL of an image to find look-alikes of. """
    image_data: str | Unset = UNSET
    """ A base64 image, optionally as a `data:` URL. """
    text_query: str | Unset = UNSET
    """ A description of the image sought. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        image_url = self.image_url

        image_data = self.image_data

        text_query = self.text_query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if image_data is not UNSET:
            field_dict["imageData"] = image_data
        if text_query is not UNSET:
            field_dict["textQuery"] = text_query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_ids = d.pop("assetIds", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        image_data = d.pop("imageData", UNSET)

        text_query = d.pop("textQuery", UNSET)

        similarity_search = cls(
            asset_ids=asset_ids,
            image_url=image_url,
            image_data=image_data,
            text_query=text_query,
        )
        similarity_search.additional_properties = d
        return similarity_search

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
