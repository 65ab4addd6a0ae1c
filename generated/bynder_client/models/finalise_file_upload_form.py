from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinaliseFileUploadForm")


@_attrs_define
class FinaliseFileUploadForm:
    """Form fields of `finalise_file_upload`."""

    file_name: str
    """ Name of the file, with its extension; Bynder shows it. """
    file_size: int
    """ Size of the whole file in bytes. """
    chunks_count: int
    """ Number of chunks sent (numbered 0 to `chunksCount - 1`). """
    sha256: str | Unset = UNSET
    """ SHA-256 of the whole file, as 64 hexadecimal digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_size = self.file_size

        chunks_count = self.chunks_count

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["fileName"] = file_name
        field_dict["fileSize"] = file_size
        field_dict["chunksCount"] = chunks_count
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.file_name = _d.pop("fileName")

        _obj.file_size = _d.pop("fileSize")

        _obj.chunks_count = _d.pop("chunksCount")

        _obj.sha256 = _d.pop("sha256", UNSET)

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
