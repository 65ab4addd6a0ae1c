from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PollStatus")


@_attrs_define
class PollStatus:
    """Processing state of the polled imports; each id ends up in one of the lists.

    Always present (required): `itemsDone`, `itemsFailed`. Evidence: in every published example
    of `retrieve_poll_state`, and read unconditionally by the official SDKs (Python
    `UploadClient._save_media`/`_poll_status`, JS `waitForUploadDone` `itemsDone.length`,
    `itemsFailed.length`).

    """

    items_done: list[str]
    """ Imports ready to be saved. """
    items_failed: list[str]
    """ Imports whose processing failed. """
    items_rejected: list[str] | Unset = UNSET
    """ Imports Bynder refused (for example by file type). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items_done = self.items_done

        items_failed = self.items_failed

        items_rejected: list[str] | Unset = UNSET
        if not isinstance(self.items_rejected, Unset):
            items_rejected = self.items_rejected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["itemsDone"] = items_done
        field_dict["itemsFailed"] = items_failed
        if items_rejected is not UNSET:
            field_dict["itemsRejected"] = items_rejected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.items_done = _d.pop("itemsDone")

        _obj.items_failed = _d.pop("itemsFailed")

        _obj.items_rejected = _d.pop("itemsRejected", UNSET)

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
