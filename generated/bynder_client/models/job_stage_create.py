from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStageCreate")


@_attrs_define
class JobStageCreate:
    """Settings of one stage when creating a job."""

    preset_stage_id: str | Unset = UNSET
    """ Id of the preset stage these settings apply to. """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    responsible_group_id: str | Unset = UNSET
    responsible_id: str | Unset = UNSET
    deadline: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preset_stage_id = self.preset_stage_id

        name = self.name

        description = self.description

        responsible_group_id = self.responsible_group_id

        responsible_id = self.responsible_id

        deadline = self.deadline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if preset_stage_id is not UNSET:
            field_dict["preset_stage_id"] = preset_stage_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if responsible_group_id is not UNSET:
            field_dict["responsibleGroupID"] = responsible_group_id
        if responsible_id is not UNSET:
            field_dict["responsibleID"] = responsible_id
        if deadline is not UNSET:
            field_dict["deadline"] = deadline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.preset_stage_id = _d.pop("preset_stage_id", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.responsible_group_id = _d.pop("responsibleGroupID", UNSET)

        _obj.responsible_id = _d.pop("responsibleID", UNSET)

        _obj.deadline = _d.pop("deadline", UNSET)

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
