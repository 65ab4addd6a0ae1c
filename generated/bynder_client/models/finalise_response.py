from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finalise_file import FinaliseFile


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
        from ..models.finalise_file import FinaliseFile  # noqa: PLC0415

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
        field_dict.update(
            {
                "importId": import_id,
            }
        )
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
        from ..models.finalise_file import FinaliseFile  # noqa: PLC0415

        d = dict(src_dict)
        import_id = d.pop("importId")

        def _parse_batch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_id = _parse_batch_id(d.pop("batchId", UNSET))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_file(data: object) -> FinaliseFile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_type_0 = FinaliseFile.from_dict(data)

                return file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinaliseFile | None | Unset, data)

        file = _parse_file(d.pop("file", UNSET))

        def _parse_location_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_type = _parse_location_type(d.pop("locationType", UNSET))

        def _parse_success(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        finalise_response = cls(
            import_id=import_id,
            batch_id=batch_id,
            output=output,
            filename=filename,
            file=file,
            location_type=location_type,
            success=success,
        )

        finalise_response.additional_properties = d
        return finalise_response

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
