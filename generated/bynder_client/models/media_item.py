from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaItem")


@_attrs_define
class MediaItem:
    """One file of an asset (its original, an additional file, or an earlier version)."""

    id: str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    """ File name, on older payloads that do not send `fileName`. """
    type_: None | str | Unset = UNSET
    """ Role of the file. Known values `original`, `additional`. """
    date_created: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    """ Size in bytes. """
    width: int | None | Unset = UNSET
    """ Null for files without pixel dimensions, such as generated PDFs. """
    height: int | None | Unset = UNSET
    """ Null for files without pixel dimensions, such as generated PDFs. """
    version: int | None | Unset = UNSET
    active: bool | int | None | Unset = UNSET
    """ Whether this is the current version; `0`/`1` or a boolean. """
    is_public: bool | int | None | Unset = UNSET
    public_url: None | str | Unset = UNSET
    thumbnails: None | Thumbnails | Unset = UNSET
    focus_point: FocusPoint | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        active: bool | int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        is_public: bool | int | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        public_url: None | str | Unset
        if isinstance(self.public_url, Unset):
            public_url = UNSET
        else:
            public_url = self.public_url

        thumbnails: dict[str, Any] | None | Unset
        if isinstance(self.thumbnails, Unset):
            thumbnails = UNSET
        elif isinstance(self.thumbnails, Thumbnails):
            thumbnails = self.thumbnails.to_dict()
        else:
            thumbnails = self.thumbnails

        focus_point: dict[str, Any] | None | Unset
        if isinstance(self.focus_point, Unset):
            focus_point = UNSET
        elif isinstance(self.focus_point, FocusPoint):
            focus_point = self.focus_point.to_dict()
        else:
            focus_point = self.focus_point

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if size is not UNSET:
            field_dict["size"] = size
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if version is not UNSET:
            field_dict["version"] = version
        if active is not UNSET:
            field_dict["active"] = active
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if public_url is not UNSET:
            field_dict["publicUrl"] = public_url
        if thumbnails is not UNSET:
            field_dict["thumbnails"] = thumbnails
        if focus_point is not UNSET:
            field_dict["focusPoint"] = focus_point

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.file_name = _d.pop("fileName", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.type_ = _d.pop("type", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.size = _d.pop("size", UNSET)

        _obj.width = _d.pop("width", UNSET)

        _obj.height = _d.pop("height", UNSET)

        _obj.version = _d.pop("version", UNSET)

        _obj.active = _d.pop("active", UNSET)

        _obj.is_public = _d.pop("isPublic", UNSET)

        _obj.public_url = _d.pop("publicUrl", UNSET)

        _thumbnails = _d.pop("thumbnails", UNSET)
        _obj.thumbnails = Thumbnails.from_dict(_thumbnails) if isinstance(_thumbnails, dict) else _thumbnails

        _focus_point = _d.pop("focusPoint", UNSET)
        _obj.focus_point = FocusPoint.from_dict(_focus_point) if isinstance(_focus_point, dict) else _focus_point

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


from ..models.focus_point import FocusPoint
from ..models.thumbnails import Thumbnails
