from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobPresetStage")


@_attrs_define
class JobPresetStage:
    """A stage of a job preset."""

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    position: float | int | None | str | Unset = UNSET
    editable_by: None | str | Unset = UNSET
    restrict_to_group_id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    """ Kind of stage, for example `download` or `approval`. """
    responsible_id: None | str | Unset = UNSET
    responsible_group_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        position: float | int | None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        editable_by: None | str | Unset
        if isinstance(self.editable_by, Unset):
            editable_by = UNSET
        else:
            editable_by = self.editable_by

        restrict_to_group_id: None | str | Unset
        if isinstance(self.restrict_to_group_id, Unset):
            restrict_to_group_id = UNSET
        else:
            restrict_to_group_id = self.restrict_to_group_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        responsible_id: None | str | Unset
        if isinstance(self.responsible_id, Unset):
            responsible_id = UNSET
        else:
            responsible_id = self.responsible_id

        responsible_group_id: None | str | Unset
        if isinstance(self.responsible_group_id, Unset):
            responsible_group_id = UNSET
        else:
            responsible_group_id = self.responsible_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["ID"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if position is not UNSET:
            field_dict["position"] = position
        if editable_by is not UNSET:
            field_dict["editableBy"] = editable_by
        if restrict_to_group_id is not UNSET:
            field_dict["restrictToGroupID"] = restrict_to_group_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if responsible_id is not UNSET:
            field_dict["responsibleID"] = responsible_id
        if responsible_group_id is not UNSET:
            field_dict["responsibleGroupID"] = responsible_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("ID", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.position = _d.pop("position", UNSET)

        _obj.editable_by = _d.pop("editableBy", UNSET)

        _obj.restrict_to_group_id = _d.pop("restrictToGroupID", UNSET)

        _obj.type_ = _d.pop("type", UNSET)

        _obj.responsible_id = _d.pop("responsibleID", UNSET)

        _obj.responsible_group_id = _d.pop("responsibleGroupID", UNSET)

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
