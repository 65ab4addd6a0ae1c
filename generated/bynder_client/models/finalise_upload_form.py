from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinaliseUploadForm")


@_attrs_define
class FinaliseUploadForm:
    """Form fields of `finalize_complete_upload`."""

    targetid: str
    """ The `s3file.targetid` of the upload. """
    s3_filename: str
    """ The upload's `s3_filename`, or the key of the last part (`{s3_filename}/p{chunks}`);
    Bynder accepts both.
     """
    chunks: int
    """ Total number of parts. """
    original_filename: str | Unset = UNSET
    """ File name to show in Bynder, which may contain characters S3 keys avoid. """
    id: str | Unset = UNSET
    """ The upload id again (it is in the path already). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        targetid = self.targetid

        s3_filename = self.s3_filename

        chunks = self.chunks

        original_filename = self.original_filename

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["targetid"] = targetid
        field_dict["s3_filename"] = s3_filename
        field_dict["chunks"] = chunks
        if original_filename is not UNSET:
            field_dict["original_filename"] = original_filename
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.targetid = _d.pop("targetid")

        _obj.s3_filename = _d.pop("s3_filename")

        _obj.chunks = _d.pop("chunks")

        _obj.original_filename = _d.pop("original_filename", UNSET)

        _obj.id = _d.pop("id", UNSET)

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
