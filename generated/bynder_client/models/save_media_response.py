from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveMediaResponse")


@_attrs_define
class SaveMediaResponse:
    """Reply of `save_a_new_asset` and `save_as_a_new_asset_version`.

    Always present (required): `mediaid`, `success`. Evidence: in every published example of
    `save_a_new_asset` and `save_as_a_new_asset_version`, and read unconditionally by the
    official SDKs' samples (Java `UploadSample.java` tests `getSuccess()` and prints
    `getMediaId()`; C# `UploadSample.cs` `response.MediaId`).

    """

    mediaid: str
    """ Id of the asset. """
    success: bool | int | None
    batch_id: None | str | Unset = UNSET
    access_request_id: None | str | Unset = UNSET
    """ Waiting-room request id (with `audit`). """
    mediaitems: list[SavedMediaItem] | None | Unset = UNSET
    """ Files generated for the asset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mediaid = self.mediaid

        success: bool | int | None
        success = self.success

        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        access_request_id: None | str | Unset
        if isinstance(self.access_request_id, Unset):
            access_request_id = UNSET
        else:
            access_request_id = self.access_request_id

        mediaitems: list[dict[str, Any]] | None | Unset
        if isinstance(self.mediaitems, Unset):
            mediaitems = UNSET
        elif isinstance(self.mediaitems, list):
            mediaitems = []
            for mediaitems_type_0_item_data in self.mediaitems:
                mediaitems_type_0_item = mediaitems_type_0_item_data.to_dict()
                mediaitems.append(mediaitems_type_0_item)

        else:
            mediaitems = self.mediaitems

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["mediaid"] = mediaid
        field_dict["success"] = success
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if access_request_id is not UNSET:
            field_dict["accessRequestId"] = access_request_id
        if mediaitems is not UNSET:
            field_dict["mediaitems"] = mediaitems

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.mediaid = _d.pop("mediaid")

        _obj.success = _d.pop("success")

        _obj.batch_id = _d.pop("batchId", UNSET)

        _obj.access_request_id = _d.pop("accessRequestId", UNSET)

        _mediaitems = _d.pop("mediaitems", UNSET)
        _obj.mediaitems = (
            [SavedMediaItem.from_dict(item) for item in _mediaitems] if isinstance(_mediaitems, list) else _mediaitems
        )

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


from ..models.saved_media_item import SavedMediaItem
