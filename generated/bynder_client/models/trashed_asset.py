from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrashedAsset")


@_attrs_define
class TrashedAsset:
    """An asset deleted in the last 30 days."""

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    """ When the asset was created (ISO 8601). """
    date_removed: None | str | Unset = UNSET
    """ When the asset was deleted (ISO 8601). """
    username: None | str | Unset = UNSET
    """ Who deleted it. """
    user_id: None | str | Unset = UNSET
    s3_filepointer: None | str | Unset = UNSET
    """ URL of the asset's thumbnail. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        date_removed: None | str | Unset
        if isinstance(self.date_removed, Unset):
            date_removed = UNSET
        else:
            date_removed = self.date_removed

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        s3_filepointer: None | str | Unset
        if isinstance(self.s3_filepointer, Unset):
            s3_filepointer = UNSET
        else:
            s3_filepointer = self.s3_filepointer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_removed is not UNSET:
            field_dict["dateRemoved"] = date_removed
        if username is not UNSET:
            field_dict["username"] = username
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if s3_filepointer is not UNSET:
            field_dict["S3_filepointer"] = s3_filepointer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.date_removed = _d.pop("dateRemoved", UNSET)

        _obj.username = _d.pop("username", UNSET)

        _obj.user_id = _d.pop("userId", UNSET)

        _obj.s3_filepointer = _d.pop("S3_filepointer", UNSET)

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
