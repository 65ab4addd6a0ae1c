from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_finished_entry import JobFinishedEntry
    from ..models.job_job_metaproperties_type_0 import JobJobMetapropertiesType0
    from ..models.job_stage import JobStage


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
        from ..models.job_job_metaproperties_type_0 import JobJobMetapropertiesType0  # noqa: PLC0415
        from ..models.job_stage import JobStage  # noqa: PLC0415

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
        field_dict.update(
            {
                "id": id,
                "name": name,
                "accountableID": accountable_id,
                "campaignID": campaign_id,
                "presetID": preset_id,
            }
        )
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
        from ..models.job_finished_entry import JobFinishedEntry  # noqa: PLC0415
        from ..models.job_job_metaproperties_type_0 import JobJobMetapropertiesType0  # noqa: PLC0415
        from ..models.job_stage import JobStage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_accountable_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        accountable_id = _parse_accountable_id(d.pop("accountableID"))

        def _parse_campaign_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        campaign_id = _parse_campaign_id(d.pop("campaignID"))

        def _parse_preset_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preset_id = _parse_preset_id(d.pop("presetID"))

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

        def _parse_date_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_modified = _parse_date_modified(d.pop("dateModified", UNSET))

        def _parse_date_finished(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_finished = _parse_date_finished(d.pop("dateFinished", UNSET))

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("createdByID", UNSET))

        def _parse_based_on_preset(data: object) -> bool | int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | str | Unset, data)

        based_on_preset = _parse_based_on_preset(d.pop("basedOnPreset", UNSET))

        def _parse_job_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_key = _parse_job_key(d.pop("jobKey", UNSET))

        def _parse_booked_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        booked_minutes = _parse_booked_minutes(d.pop("bookedMinutes", UNSET))

        def _parse_job_finished_history(data: object) -> list[JobFinishedEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                job_finished_history_type_0 = []
                _job_finished_history_type_0 = data
                for job_finished_history_type_0_item_data in _job_finished_history_type_0:
                    job_finished_history_type_0_item = JobFinishedEntry.from_dict(job_finished_history_type_0_item_data)

                    job_finished_history_type_0.append(job_finished_history_type_0_item)

                return job_finished_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobFinishedEntry] | None | Unset, data)

        job_finished_history = _parse_job_finished_history(d.pop("jobFinishedHistory", UNSET))

        def _parse_job_metaproperties(data: object) -> JobJobMetapropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_metaproperties_type_0 = JobJobMetapropertiesType0.from_dict(data)

                return job_metaproperties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobJobMetapropertiesType0 | None | Unset, data)

        job_metaproperties = _parse_job_metaproperties(d.pop("jobMetaproperties", UNSET))

        def _parse_job_stages(data: object) -> list[JobStage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                job_stages_type_0 = []
                _job_stages_type_0 = data
                for job_stages_type_0_item_data in _job_stages_type_0:
                    job_stages_type_0_item = JobStage.from_dict(job_stages_type_0_item_data)

                    job_stages_type_0.append(job_stages_type_0_item)

                return job_stages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobStage] | None | Unset, data)

        job_stages = _parse_job_stages(d.pop("job_stages", UNSET))

        def _parse_job_previous_stage(data: object) -> JobStage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_previous_stage_type_0 = JobStage.from_dict(data)

                return job_previous_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStage | None | Unset, data)

        job_previous_stage = _parse_job_previous_stage(d.pop("job_previous_stage", UNSET))

        def _parse_job_active_stage(data: object) -> JobStage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_active_stage_type_0 = JobStage.from_dict(data)

                return job_active_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStage | None | Unset, data)

        job_active_stage = _parse_job_active_stage(d.pop("job_active_stage", UNSET))

        def _parse_job_next_stage(data: object) -> JobStage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_next_stage_type_0 = JobStage.from_dict(data)

                return job_next_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStage | None | Unset, data)

        job_next_stage = _parse_job_next_stage(d.pop("job_next_stage", UNSET))

        job = cls(
            id=id,
            name=name,
            accountable_id=accountable_id,
            campaign_id=campaign_id,
            preset_id=preset_id,
            description=description,
            deadline=deadline,
            date_created=date_created,
            date_modified=date_modified,
            date_finished=date_finished,
            created_by_id=created_by_id,
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
