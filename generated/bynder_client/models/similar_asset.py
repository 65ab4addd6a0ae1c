from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimilarAsset")


@_attrs_define
class SimilarAsset:
    """An asset found by a similarity search."""

    asset_id: str | Unset = UNSET
    """ Id of the asset (UUID form). """
    similarity_score: float | None | Unset = UNSET
    """ Between 0 and 1; higher is more alike. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        similarity_score: float | None | Unset
        if isinstance(self.similarity_score, Unset):
            similarity_score = UNSET
        else:
            similarity_score = self.similarity_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if similarity_score is not UNSET:
            field_dict["similarityScore"] = similarity_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.asset_id = _d.pop("assetId", UNSET)

        _obj.similarity_score = _d.pop("similarityScore", UNSET)

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
