from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A workflow job."""

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    deadline: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    date_finished: None | str | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    accountable_id: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    preset_id: None | str | Unset = UNSET
    based_on_preset: bool | int | None | str | Unset = UNSET
    """ Whether the job was created from a preset. """
    job_key: None | str | Unset = UNSET
    booked_minutes: int | None | Unset = UNSET
    job_finished_history: list[JobFinishedEntry] | None | Unset = UNSET
    job_metaproperties: JobJobMetapropertiesType0 | None | Unset = UNSET
    """ Workflow metaproperty values, keyed by metaproperty id. """
    job_stages: list[JobStage] | None | Unset = UNSET
    job_previous_stage: JobStage | None | Unset = UNSET
    job_active_stage: JobStage | None | Unset = UNSET
    job_next_stage: JobStage | None | Unset = UNSET
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

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        date_finished: None | str | Unset
        if isinstance(self.date_finished, Unset):
            date_finished = UNSET
        else:
            date_finished = self.date_finished

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        accountable_id: None | str | Unset
        if isinstance(self.accountable_id, Unset):
            accountable_id = UNSET
        else:
            accountable_id = self.accountable_id

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        preset_id: None | str | Unset
        if isinstance(self.preset_id, Unset):
            preset_id = UNSET
        else:
            preset_id = self.preset_id

        based_on_preset: bool | int | None | str | Unset
        if isinstance(self.based_on_preset, Unset):
            based_on_preset = UNSET
        else:
            based_on_preset = self.based_on_preset

        job_key: None | str | Unset
        if isinstance(self.job_key, Unset):
            job_key = UNSET
        else:
            job_key = self.job_key

        booked_minutes: int | None | Unset
        if isinstance(self.booked_minutes, Unset):
            booked_minutes = UNSET
        else:
            booked_minutes = self.booked_minutes

        job_finished_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.job_finished_history, Unset):
            job_finished_history = UNSET
        elif isinstance(self.job_finished_history, list):
            job_finished_history = []
            for job_finished_history_type_0_item_data in self.job_finished_history:
                job_finished_history_type_0_item = job_finished_history_type_0_item_data.to_dict()
                job_finished_history.append(job_finished_history_type_0_item)

        else:
            job_finished_history = self.job_finished_history

        job_metaproperties: dict[str, Any] | None | Unset
        if isinstance(self.job_metaproperties, Unset):
            job_metaproperties = UNSET
        elif isinstance(self.job_metaproperties, JobJobMetapropertiesType0):
            job_metaproperties = self.job_metaproperties.to_dict()
        else:
            job_metaproperties = self.job_metaproperties

        job_stages: list[dict[str, Any]] | None | Unset
        if isinstance(self.job_stages, Unset):
            job_stages = UNSET
        elif isinstance(self.job_stages, list):
            job_stages = []
            for job_stages_type_0_item_data in self.job_stages:
                job_stages_type_0_item = job_stages_type_0_item_data.to_dict()
                job_stages.append(job_stages_type_0_item)

        else:
            job_stages = self.job_stages

        job_previous_stage: dict[str, Any] | None | Unset
        if isinstance(self.job_previous_stage, Unset):
            job_previous_stage = UNSET
        elif isinstance(self.job_previous_stage, JobStage):
            job_previous_stage = self.job_previous_stage.to_dict()
        else:
            job_previous_stage = self.job_previous_stage

        job_active_stage: dict[str, Any] | None | Unset
        if isinstance(self.job_active_stage, Unset):
            job_active_stage = UNSET
        elif isinstance(self.job_active_stage, JobStage):
            job_active_stage = self.job_active_stage.to_dict()
        else:
            job_active_stage = self.job_active_stage

        job_next_stage: dict[str, Any] | None | Unset
        if isinstance(self.job_next_stage, Unset):
            job_next_stage = UNSET
        elif isinstance(self.job_next_stage, JobStage):
            job_next_stage = self.job_next_stage.to_dict()
        else:
            job_next_stage = self.job_next_stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if date_finished is not UNSET:
            field_dict["dateFinished"] = date_finished
        if created_by_id is not UNSET:
            field_dict["createdByID"] = created_by_id
        if accountable_id is not UNSET:
            field_dict["accountableID"] = accountable_id
        if campaign_id is not UNSET:
            field_dict["campaignID"] = campaign_id
        if preset_id is not UNSET:
            field_dict["presetID"] = preset_id
        if based_on_preset is not UNSET:
            field_dict["basedOnPreset"] = based_on_preset
        if job_key is not UNSET:
            field_dict["jobKey"] = job_key
        if booked_minutes is not UNSET:
            field_dict["bookedMinutes"] = booked_minutes
        if job_finished_history is not UNSET:
            field_dict["jobFinishedHistory"] = job_finished_history
        if job_metaproperties is not UNSET:
            field_dict["jobMetaproperties"] = job_metaproperties
        if job_stages is not UNSET:
            field_dict["job_stages"] = job_stages
        if job_previous_stage is not UNSET:
            field_dict["job_previous_stage"] = job_previous_stage
        if job_active_stage is not UNSET:
            field_dict["job_active_stage"] = job_active_stage
        if job_next_stage is not UNSET:
            field_dict["job_next_stage"] = job_next_stage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        deadline = d.pop("deadline", UNSET)

        date_created = d.pop("dateCreated", UNSET)

        date_modified = d.pop("dateModified", UNSET)

        date_finished = d.pop("dateFinished", UNSET)

        created_by_id = d.pop("createdByID", UNSET)

        accountable_id = d.pop("accountableID", UNSET)

        campaign_id = d.pop("campaignID", UNSET)

        preset_id = d.pop("presetID", UNSET)

        based_on_preset = d.pop("basedOnPreset", UNSET)

        job_key = d.pop("jobKey", UNSET)

        booked_minutes = d.pop("bookedMinutes", UNSET)

        job_finished_history: list[JobFinishedEntry] | None | Unset = d.pop("jobFinishedHistory", UNSET)
        if isinstance(job_finished_history, list):
            job_finished_history = [JobFinishedEntry.from_dict(item) for item in job_finished_history]

        job_metaproperties: JobJobMetapropertiesType0 | None | Unset = d.pop("jobMetaproperties", UNSET)
        if isinstance(job_metaproperties, dict):
            job_metaproperties = JobJobMetapropertiesType0.from_dict(job_metaproperties)

        job_stages: list[JobStage] | None | Unset = d.pop("job_stages", UNSET)
        if isinstance(job_stages, list):
            job_stages = [JobStage.from_dict(item) for item in job_stages]

        job_previous_stage: JobStage | None | Unset = d.pop("job_previous_stage", UNSET)
        if isinstance(job_previous_stage, dict):
            job_previous_stage = JobStage.from_dict(job_previous_stage)

        job_active_stage: JobStage | None | Unset = d.pop("job_active_stage", UNSET)
        if isinstance(job_active_stage, dict):
            job_active_stage = JobStage.from_dict(job_active_stage)

        job_next_stage: JobStage | None | Unset = d.pop("job_next_stage", UNSET)
        if isinstance(job_next_stage, dict):
            job_next_stage = JobStage.from_dict(job_next_stage)

        job = cls(
            id=id,
            name=name,
            description=description,
            deadline=deadline,
            date_created=date_created,
            date_modified=date_modified,
            date_finished=date_finished,
            created_by_id=created_by_id,
            accountable_id=accountable_id,
            campaign_id=campaign_id,
            preset_id=preset_id,
            based_on_preset=based_on_preset,
            job_key=job_key,
            booked_minutes=booked_minutes,
            job_finished_history=job_finished_history,
            job_metaproperties=job_metaproperties,
            job_stages=job_stages,
            job_previous_stage=job_previous_stage,
            job_active_stage=job_active_stage,
            job_next_stage=job_next_stage,
        )
        job.additional_properties = d
        return job

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


from ..models.job_finished_entry import JobFinishedEntry
from ..models.job_job_metaproperties_type_0 import JobJobMetapropertiesType0
from ..models.job_stage import JobStage
