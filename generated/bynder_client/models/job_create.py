from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_create_job_metaproperties import JobCreateJobMetaproperties
    from ..models.job_stage_create import JobStageCreate


T = TypeVar("T", bound="JobCreate")


@_attrs_define
class JobCreate:
    """Body of `create_job`. Extra keys are sent as they are."""

    name: str
    campaign_id: str
    """ Id of the campaign the job belongs to. """
    accountable_id: str
    """ Id of the user accountable for the job. """
    preset_id: str
    """ Id of the preset the job is created from. """
    description: str | Unset = UNSET
    deadline: str | Unset = UNSET
    """ Deadline date (ISO 8601). """
    job_metaproperties: JobCreateJobMetaproperties | Unset = UNSET
    """ Workflow metaproperty values, keyed by metaproperty id. """
    stages: list[JobStageCreate] | Unset = UNSET
    """ Stage settings that override the preset's. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        campaign_id = self.campaign_id

        accountable_id = self.accountable_id

        preset_id = self.preset_id

        description = self.description

        deadline = self.deadline

        job_metaproperties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_metaproperties, Unset):
            job_metaproperties = self.job_metaproperties.to_dict()

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = stages_item_data.to_dict()
                stages.append(stages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "campaignID": campaign_id,
                "accountableID": accountable_id,
                "presetID": preset_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if job_metaproperties is not UNSET:
            field_dict["jobMetaproperties"] = job_metaproperties
        if stages is not UNSET:
            field_dict["stages"] = stages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_create_job_metaproperties import JobCreateJobMetaproperties  # noqa: PLC0415
        from ..models.job_stage_create import JobStageCreate  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        campaign_id = d.pop("campaignID")

        accountable_id = d.pop("accountableID")

        preset_id = d.pop("presetID")

        description = d.pop("description", UNSET)

        deadline = d.pop("deadline", UNSET)

        _job_metaproperties = d.pop("jobMetaproperties", UNSET)
        job_metaproperties: JobCreateJobMetaproperties | Unset
        if isinstance(_job_metaproperties, Unset):
            job_metaproperties = UNSET
        else:
            job_metaproperties = JobCreateJobMetaproperties.from_dict(_job_metaproperties)

        _stages = d.pop("stages", UNSET)
        stages: list[JobStageCreate] | Unset = UNSET
        if _stages is not UNSET:
            stages = []
            for stages_item_data in _stages:
                stages_item = JobStageCreate.from_dict(stages_item_data)

                stages.append(stages_item)

        job_create = cls(
            name=name,
            campaign_id=campaign_id,
            accountable_id=accountable_id,
            preset_id=preset_id,
            description=description,
            deadline=deadline,
            job_metaproperties=job_metaproperties,
            stages=stages,
        )

        job_create.additional_properties = d
        return job_create

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
