from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobFileUpload")


@_attrs_define
class JobFileUpload:
    """Body of `upload_file_to_job`."""

    file_id: str
    """ Id of the file returned by the newer upload flow (`/v7/file_cmds/upload/...`). """
    name: str | Unset = UNSET
    """ File name to show in the job. """
    file_size: int | Unset = UNSET
    """ Size of the file in bytes. """
    asset_id: str | Unset = UNSET
    """ Id of the job file this file is a new version of. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        name = self.name

        file_size = self.file_size

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["fileId"] = file_id
        if name is not UNSET:
            field_dict["name"] = name
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.file_id = _d.pop("fileId")

        _obj.name = _d.pop("name", UNSET)

        _obj.file_size = _d.pop("fileSize", UNSET)

        _obj.asset_id = _d.pop("assetId", UNSET)

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
