from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobUpdate")


@_attrs_define
class JobUpdate:
    """Body of `update_job`; send the fields to change. Extra keys are sent as they are."""

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    deadline: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    accountable_id: str | Unset = UNSET
    preset_id: str | Unset = UNSET
    job_metaproperties: JobUpdateJobMetaproperties | Unset = UNSET
    active_stage: JobStageUpdate | Unset = UNSET
    """ A change to one stage of a job. """
    next_stage: JobStageUpdate | Unset = UNSET
    """ A change to one stage of a job. """
    previous_stage: JobStageUpdate | Unset = UNSET
    """ A change to one stage of a job. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        deadline = self.deadline

        campaign_id = self.campaign_id

        accountable_id = self.accountable_id

        preset_id = self.preset_id

        job_metaproperties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_metaproperties, Unset):
            job_metaproperties = self.job_metaproperties.to_dict()

        active_stage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_stage, Unset):
            active_stage = self.active_stage.to_dict()

        next_stage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_stage, Unset):
            next_stage = self.next_stage.to_dict()

        previous_stage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_stage, Unset):
            previous_stage = self.previous_stage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if campaign_id is not UNSET:
            field_dict["campaignID"] = campaign_id
        if accountable_id is not UNSET:
            field_dict["accountableID"] = accountable_id
        if preset_id is not UNSET:
            field_dict["presetID"] = preset_id
        if job_metaproperties is not UNSET:
            field_dict["jobMetaproperties"] = job_metaproperties
        if active_stage is not UNSET:
            field_dict["activeStage"] = active_stage
        if next_stage is not UNSET:
            field_dict["nextStage"] = next_stage
        if previous_stage is not UNSET:
            field_dict["previousStage"] = previous_stage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        deadline = d.pop("deadline", UNSET)

        campaign_id = d.pop("campaignID", UNSET)

        accountable_id = d.pop("accountableID", UNSET)

        preset_id = d.pop("presetID", UNSET)

        job_metaproperties: JobUpdateJobMetaproperties | Unset = d.pop("jobMetaproperties", UNSET)
        if isinstance(job_metaproperties, dict):
            job_metaproperties = JobUpdateJobMetaproperties.from_dict(job_metaproperties)

        active_stage: JobStageUpdate | Unset = d.pop("activeStage", UNSET)
        if isinstance(active_stage, dict):
            active_stage = JobStageUpdate.from_dict(active_stage)

        next_stage: JobStageUpdate | Unset = d.pop("nextStage", UNSET)
        if isinstance(next_stage, dict):
            next_stage = JobStageUpdate.from_dict(next_stage)

        previous_stage: JobStageUpdate | Unset = d.pop("previousStage", UNSET)
        if isinstance(previous_stage, dict):
            previous_stage = JobStageUpdate.from_dict(previous_stage)

        job_update = cls(
            name=name,
            description=description,
            deadline=deadline,
            campaign_id=campaign_id,
            accountable_id=accountable_id,
            preset_id=preset_id,
            job_metaproperties=job_metaproperties,
            active_stage=active_stage,
            next_stage=next_stage,
            previous_stage=previous_stage,
        )
        job_update.additional_properties = d
        return job_update

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


from ..models.job_stage_update import JobStageUpdate
from ..models.job_update_job_metaproperties import JobUpdateJobMetaproperties
