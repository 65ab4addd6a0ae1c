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
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.asset_ids = _d.pop("assetIds", UNSET)

        _obj.image_url = _d.pop("imageUrl", UNSET)

        _obj.image_data = _d.pop("imageData", UNSET)

        _obj.text_query = _d.pop("textQuery", UNSET)

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
