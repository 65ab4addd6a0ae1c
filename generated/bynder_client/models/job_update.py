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
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.deadline = _d.pop("deadline", UNSET)

        _obj.campaign_id = _d.pop("campaignID", UNSET)

        _obj.accountable_id = _d.pop("accountableID", UNSET)

        _obj.preset_id = _d.pop("presetID", UNSET)

        _job_metaproperties = _d.pop("jobMetaproperties", UNSET)
        _obj.job_metaproperties = (
            JobUpdateJobMetaproperties.from_dict(_job_metaproperties)
            if isinstance(_job_metaproperties, dict)
            else _job_metaproperties
        )

        _active_stage = _d.pop("activeStage", UNSET)
        _obj.active_stage = (
            JobStageUpdate.from_dict(_active_stage) if isinstance(_active_stage, dict) else _active_stage
        )

        _next_stage = _d.pop("nextStage", UNSET)
        _obj.next_stage = JobStageUpdate.from_dict(_next_stage) if isinstance(_next_stage, dict) else _next_stage

        _previous_stage = _d.pop("previousStage", UNSET)
        _obj.previous_stage = (
            JobStageUpdate.from_dict(_previous_stage) if isinstance(_previous_stage, dict) else _previous_stage
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


from ..models.job_stage_update import JobStageUpdate
from ..models.job_update_job_metaproperties import JobUpdateJobMetaproperties
