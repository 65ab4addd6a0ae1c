from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quarantine_bulk_review_data_review_status import (
    QuarantineBulkReviewDataReviewStatus,
    check_quarantine_bulk_review_data_review_status,
)

T = TypeVar("T", bound="QuarantineBulkReviewData")


@_attrs_define
class QuarantineBulkReviewData:
    """The quarantine entries and the decision."""

    antivirus_asset_ids: list[str]
    """ Ids (`id`) of the quarantine entries. """
    review_status: QuarantineBulkReviewDataReviewStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        antivirus_asset_ids = self.antivirus_asset_ids

        review_status: str = self.review_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["antivirus_asset_ids"] = antivirus_asset_ids
        field_dict["review_status"] = review_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.antivirus_asset_ids = _d.pop("antivirus_asset_ids")

        review_status = check_quarantine_bulk_review_data_review_status(_d.pop("review_status"))

        _obj.review_status = review_status

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
