from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_stage_responsible import JobStageResponsible


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
        from ..models.job_stage_responsible import JobStageResponsible  # noqa: PLC0415

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
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
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
        from ..models.job_stage_responsible import JobStageResponsible  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_deadline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_date_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_created = _parse_date_created(d.pop("dateCreated", UNSET))

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("createdByID", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_position(data: object) -> float | int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_responsible(data: object) -> JobStageResponsible | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                responsible_type_0 = JobStageResponsible.from_dict(data)

                return responsible_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStageResponsible | None | Unset, data)

        responsible = _parse_responsible(d.pop("responsible", UNSET))

        job_stage_detail = cls(
            id=id,
            name=name,
            description=description,
            deadline=deadline,
            date_created=date_created,
            created_by_id=created_by_id,
            status=status,
            position=position,
            responsible=responsible,
        )

        job_stage_detail.additional_properties = d
        return job_stage_detail

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
