from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegisterChunkForm")


@_attrs_define
class RegisterChunkForm:
    """Form fields of `register_uploaded_chunk`."""

    id: str
    """ The `s3file.uploadid` of the upload. """
    targetid: str
    """ The `s3file.targetid` of the upload. """
    filename: str
    """ S3 key of the part, `{s3_filename}/p{N}`. """
    chunk_number: int
    """ Number of the part, starting at 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        targetid = self.targetid

        filename = self.filename

        chunk_number = self.chunk_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["targetid"] = targetid
        field_dict["filename"] = filename
        field_dict["chunkNumber"] = chunk_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.targetid = _d.pop("targetid")

        _obj.filename = _d.pop("filename")

        _obj.chunk_number = _d.pop("chunkNumber")

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
