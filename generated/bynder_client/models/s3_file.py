from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="S3File")


@_attrs_define
class S3File:
    """Identifiers of an upload.

    Always present (required): `uploadid`, `targetid`. Evidence: read unconditionally by every
    official SDK's upload to register and finalise the parts (Python
    `UploadClient._register_part`, PHP `FileUploader::registerChunkAsync`, Java `FileUploader`,
    JS `registerChunk`).

    """

    uploadid: str
    """ Id of the upload, used in the register and finalise calls. """
    targetid: str
    """ Final location of the file, sent back in the register and finalise calls. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uploadid = self.uploadid

        targetid = self.targetid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["uploadid"] = uploadid
        field_dict["targetid"] = targetid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.uploadid = _d.pop("uploadid")

        _obj.targetid = _d.pop("targetid")

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
