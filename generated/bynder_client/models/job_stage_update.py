from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_stage_update_status import (
    JobStageUpdateStatus,
    check_job_stage_update_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStageUpdate")


@_attrs_define
class JobStageUpdate:
    """A change to one stage of a job."""

    id: str | Unset = UNSET
    """ Id of the stage. """
    deadline: None | str | Unset = UNSET
    """ New deadline (ISO 8601), or null to clear it. """
    status: JobStageUpdateStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        else:
            deadline = self.deadline

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.deadline = _d.pop("deadline", UNSET)

        _status = _d.pop("status", UNSET)
        status: JobStageUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_job_stage_update_status(_status)

        _obj.status = status

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
