from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStage")


@_attrs_define
class JobStage:
    """A stage of a job.

    Always present (required): `id`. Evidence: in every published example of `get_job`,
    `list_jobs` and `list_jobs_by_campaign`.

    """

    id: str
    name: None | str | Unset = UNSET
    position: float | int | None | str | Unset = UNSET
    """ Position of the stage in the job, starting at 1. """
    status: None | str | Unset = UNSET
    """ Stage status. Known values `Idle`, `Active`, `Approved`, `NeedsChanges`, `Cancelled`.
     """
    booked_minutes: int | None | Unset = UNSET
    deadline: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        position: float | int | None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        booked_minutes: int | None | Unset
        if isinstance(self.booked_minutes, Unset):
            booked_minutes = UNSET
        else:
            booked_minutes = self.booked_minutes

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        else:
            deadline = self.deadline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if status is not UNSET:
            field_dict["status"] = status
        if booked_minutes is not UNSET:
            field_dict["bookedMinutes"] = booked_minutes
        if deadline is not UNSET:
            field_dict["deadline"] = deadline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.name = _d.pop("name", UNSET)

        _obj.position = _d.pop("position", UNSET)

        _obj.status = _d.pop("status", UNSET)

        _obj.booked_minutes = _d.pop("bookedMinutes", UNSET)

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
