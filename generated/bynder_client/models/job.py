from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A workflow job.

    Always present (required): `id`, `name`, `campaignID`, `accountableID`, `presetID`.
    Evidence: in every published example of `get_job`, `list_jobs` and `list_jobs_by_campaign`;
    the official Python SDK's samples read `id`, `campaignID`, `accountableID` and `presetID`
    unconditionally (`samples/workflow_jobs.py` `jobs[0]['id']`, `job_info['campaignID']` ...).

    """

    id: str
    name: None | str
    accountable_id: None | str
    campaign_id: None | str
    preset_id: None | str
    description: None | str | Unset = UNSET
    deadline: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    date_finished: None | str | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
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

        name: None | str
        name = self.name

        accountable_id: None | str
        accountable_id = self.accountable_id

        campaign_id: None | str
        campaign_id = self.campaign_id

        preset_id: None | str
        preset_id = self.preset_id

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
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["accountableID"] = accountable_id
        field_dict["campaignID"] = campaign_id
        field_dict["presetID"] = preset_id
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
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.name = _d.pop("name")

        _obj.accountable_id = _d.pop("accountableID")

        _obj.campaign_id = _d.pop("campaignID")

        _obj.preset_id = _d.pop("presetID")

        _obj.description = _d.pop("description", UNSET)

        _obj.deadline = _d.pop("deadline", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.date_modified = _d.pop("dateModified", UNSET)

        _obj.date_finished = _d.pop("dateFinished", UNSET)

        _obj.created_by_id = _d.pop("createdByID", UNSET)

        _obj.based_on_preset = _d.pop("basedOnPreset", UNSET)

        _obj.job_key = _d.pop("jobKey", UNSET)

        _obj.booked_minutes = _d.pop("bookedMinutes", UNSET)

        _job_finished_history = _d.pop("jobFinishedHistory", UNSET)
        _obj.job_finished_history = (
            [JobFinishedEntry.from_dict(item) for item in _job_finished_history]
            if isinstance(_job_finished_history, list)
            else _job_finished_history
        )

        _job_metaproperties = _d.pop("jobMetaproperties", UNSET)
        _obj.job_metaproperties = (
            JobJobMetapropertiesType0.from_dict(_job_metaproperties)
            if isinstance(_job_metaproperties, dict)
            else _job_metaproperties
        )

        _job_stages = _d.pop("job_stages", UNSET)
        _obj.job_stages = (
            [JobStage.from_dict(item) for item in _job_stages] if isinstance(_job_stages, list) else _job_stages
        )

        _job_previous_stage = _d.pop("job_previous_stage", UNSET)
        _obj.job_previous_stage = (
            JobStage.from_dict(_job_previous_stage) if isinstance(_job_previous_stage, dict) else _job_previous_stage
        )

        _job_active_stage = _d.pop("job_active_stage", UNSET)
        _obj.job_active_stage = (
            JobStage.from_dict(_job_active_stage) if isinstance(_job_active_stage, dict) else _job_active_stage
        )

        _job_next_stage = _d.pop("job_next_stage", UNSET)
        _obj.job_next_stage = (
            JobStage.from_dict(_job_next_stage) if isinstance(_job_next_stage, dict) else _job_next_stage
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


from ..models.job_finished_entry import JobFinishedEntry
from ..models.job_job_metaproperties_type_0 import JobJobMetapropertiesType0
from ..models.job_stage import JobStage
