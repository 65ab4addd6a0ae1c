from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.saved_media_item import SavedMediaItem


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
        field_dict.update({})
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
        from ..models.saved_media_item import SavedMediaItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_id = _parse_item_id(d.pop("itemId", UNSET))

        def _parse_mediaid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mediaid = _parse_mediaid(d.pop("mediaid", UNSET))

        def _parse_batch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_id = _parse_batch_id(d.pop("batchId", UNSET))

        def _parse_success(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_mediaitems(data: object) -> list[SavedMediaItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mediaitems_type_0 = []
                _mediaitems_type_0 = data
                for mediaitems_type_0_item_data in _mediaitems_type_0:
                    mediaitems_type_0_item = SavedMediaItem.from_dict(mediaitems_type_0_item_data)

                    mediaitems_type_0.append(mediaitems_type_0_item)

                return mediaitems_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SavedMediaItem] | None | Unset, data)

        mediaitems = _parse_mediaitems(d.pop("mediaitems", UNSET))

        save_additional_response = cls(
            item_id=item_id,
            mediaid=mediaid,
            batch_id=batch_id,
            success=success,
            mediaitems=mediaitems,
        )

        save_additional_response.additional_properties = d
        return save_additional_response

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
