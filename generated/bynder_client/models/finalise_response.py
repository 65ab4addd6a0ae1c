from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinaliseResponse")


@_attrs_define
class FinaliseResponse:
    """Reply of `finalize_complete_upload`.

    Always present (required): `importId`. Evidence: read unconditionally by the official SDKs'
    uploads to poll and save (Python `UploadClient.upload` `finalise_data['importId']`, PHP
    `FileUploader`, Java `FileUploader` `FinaliseResponse::getImportId`, JS `uploadFile`).

    """

    import_id: str
    """ Id to poll with `retrieve_poll_state` and to save with. """
    batch_id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    """ S3 folder of the processed file. """
    filename: None | str | Unset = UNSET
    file: FinaliseFile | None | Unset = UNSET
    location_type: None | str | Unset = UNSET
    """ Storage of the file; `s3`. """
    success: bool | int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_id = self.import_id

        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        file: dict[str, Any] | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, FinaliseFile):
            file = self.file.to_dict()
        else:
            file = self.file

        location_type: None | str | Unset
        if isinstance(self.location_type, Unset):
            location_type = UNSET
        else:
            location_type = self.location_type

        success: bool | int | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["importId"] = import_id
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if output is not UNSET:
            field_dict["output"] = output
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file is not UNSET:
            field_dict["file"] = file
        if location_type is not UNSET:
            field_dict["locationType"] = location_type
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.import_id = _d.pop("importId")

        _obj.batch_id = _d.pop("batchId", UNSET)

        _obj.output = _d.pop("output", UNSET)

        _obj.filename = _d.pop("filename", UNSET)

        _file = _d.pop("file", UNSET)
        _obj.file = FinaliseFile.from_dict(_file) if isinstance(_file, dict) else _file

        _obj.location_type = _d.pop("locationType", UNSET)

        _obj.success = _d.pop("success", UNSET)

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


from ..models.finalise_file import FinaliseFile
