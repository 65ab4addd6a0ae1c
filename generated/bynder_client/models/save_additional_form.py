from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveAdditionalForm")


@_attrs_define
class SaveAdditionalForm:
    """Form fields of `finalize_complete_upload_and_save_as_new_asset_additional`. All three are
    required with an S3 upload id; a `file_id` of the files service needs none of them.

    """

    targetid: str | Unset = UNSET
    """ The `s3file.targetid` of the upload (S3 uploads). """
    s3_filename: str | Unset = UNSET
    """ The upload's `s3_filename`, or the key of the last part (S3 uploads). """
    chunks: int | Unset = UNSET
    """ Total number of parts (S3 uploads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        targetid = self.targetid

        s3_filename = self.s3_filename

        chunks = self.chunks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if targetid is not UNSET:
            field_dict["targetid"] = targetid
        if s3_filename is not UNSET:
            field_dict["s3_filename"] = s3_filename
        if chunks is not UNSET:
            field_dict["chunks"] = chunks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.targetid = _d.pop("targetid", UNSET)

        _obj.s3_filename = _d.pop("s3_filename", UNSET)

        _obj.chunks = _d.pop("chunks", UNSET)

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
