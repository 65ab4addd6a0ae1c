from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        field_dict.update({})
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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_date_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_created = _parse_date_created(d.pop("dateCreated", UNSET))

        def _parse_date_removed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_removed = _parse_date_removed(d.pop("dateRemoved", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_s3_filepointer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_filepointer = _parse_s3_filepointer(d.pop("S3_filepointer", UNSET))

        trashed_asset = cls(
            id=id,
            name=name,
            date_created=date_created,
            date_removed=date_removed,
            username=username,
            user_id=user_id,
            s3_filepointer=s3_filepointer,
        )

        trashed_asset.additional_properties = d
        return trashed_asset

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
