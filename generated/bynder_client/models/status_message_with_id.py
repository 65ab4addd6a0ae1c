from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusMessageWithId")


@_attrs_define
class StatusMessageWithId:
    """The status envelope of a write that creates something (a metaproperty, an option, a
    dependency group), with the new object's id.

    Always present (required): `id`. Evidence: in every published example of
    `create_metaproperty` and `create_option_dependency_group`.

    """

    id: str
    """ Id of the created object. """
    message: str | Unset = UNSET
    """ Short status text, `Created`. """
    statuscode: int | str | Unset = UNSET
    """ The HTTP status, as a number or a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        statuscode: int | str | Unset
        if isinstance(self.statuscode, Unset):
            statuscode = UNSET
        else:
            statuscode = self.statuscode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if statuscode is not UNSET:
            field_dict["statuscode"] = statuscode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.message = _d.pop("message", UNSET)

        _obj.statuscode = _d.pop("statuscode", UNSET)

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
