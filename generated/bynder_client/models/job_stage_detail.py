from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStageDetail")


@_attrs_define
class JobStageDetail:
    """One stage of a job, as `list_job_stages` returns it.

    Always present (required): `id`, `name`. Evidence: in every published example of
    `list_job_stages`.

    """

    id: str
    name: None | str
    description: None | str | Unset = UNSET
    deadline: None | str | Unset = UNSET
    """ ISO 8601 date-time, or null when the stage has no deadline. """
    date_created: None | str | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Stage status. Known values `Idle`, `Active`, `Approved`, `NeedsChanges`, `Cancelled`.
     """
    position: float | int | None | str | Unset = UNSET
    """ Position of the stage in the job, starting at 1. """
    responsible: JobStageResponsible | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        else:
            deadline = self.deadline

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        position: float | int | None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        responsible: dict[str, Any] | None | Unset
        if isinstance(self.responsible, Unset):
            responsible = UNSET
        elif isinstance(self.responsible, JobStageResponsible):
            responsible = self.responsible.to_dict()
        else:
            responsible = self.responsible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if created_by_id is not UNSET:
            field_dict["createdByID"] = created_by_id
        if status is not UNSET:
            field_dict["status"] = status
        if position is not UNSET:
            field_dict["position"] = position
        if responsible is not UNSET:
            field_dict["responsible"] = responsible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.name = _d.pop("name")

        _obj.description = _d.pop("description", UNSET)

        _obj.deadline = _d.pop("deadline", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.created_by_id = _d.pop("createdByID", UNSET)

        _obj.status = _d.pop("status", UNSET)

        _obj.position = _d.pop("position", UNSET)

        _responsible = _d.pop("responsible", UNSET)
        _obj.responsible = (
            JobStageResponsible.from_dict(_responsible) if isinstance(_responsible, dict) else _responsible
        )

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


from ..models.job_stage_responsible import JobStageResponsible
