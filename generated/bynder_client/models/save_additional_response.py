from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveAdditionalResponse")


@_attrs_define
class SaveAdditionalResponse:
    """Reply of `finalize_complete_upload_and_save_as_new_asset_additional`. Bynder's reference
    shows the `SaveMediaResponse` fields, other clients read `itemId`; all are optional.

    """

    item_id: None | str | Unset = UNSET
    """ Id of the new media item. """
    mediaid: None | str | Unset = UNSET
    batch_id: None | str | Unset = UNSET
    success: bool | int | None | Unset = UNSET
    mediaitems: list[SavedMediaItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        mediaid: None | str | Unset
        if isinstance(self.mediaid, Unset):
            mediaid = UNSET
        else:
            mediaid = self.mediaid

        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        success: bool | int | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

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
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if mediaid is not UNSET:
            field_dict["mediaid"] = mediaid
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if success is not UNSET:
            field_dict["success"] = success
        if mediaitems is not UNSET:
            field_dict["mediaitems"] = mediaitems

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.item_id = _d.pop("itemId", UNSET)

        _obj.mediaid = _d.pop("mediaid", UNSET)

        _obj.batch_id = _d.pop("batchId", UNSET)

        _obj.success = _d.pop("success", UNSET)

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
