from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        field_dict["name"] = name
        field_dict["campaignID"] = campaign_id
        field_dict["accountableID"] = accountable_id
        field_dict["presetID"] = preset_id
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
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name")

        _obj.campaign_id = _d.pop("campaignID")

        _obj.accountable_id = _d.pop("accountableID")

        _obj.preset_id = _d.pop("presetID")

        _obj.description = _d.pop("description", UNSET)

        _obj.deadline = _d.pop("deadline", UNSET)

        _job_metaproperties = _d.pop("jobMetaproperties", UNSET)
        _obj.job_metaproperties = (
            JobCreateJobMetaproperties.from_dict(_job_metaproperties)
            if isinstance(_job_metaproperties, dict)
            else _job_metaproperties
        )

        _stages = _d.pop("stages", UNSET)
        _obj.stages = [JobStageCreate.from_dict(item) for item in _stages] if isinstance(_stages, list) else _stages

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


from ..models.job_create_job_metaproperties import JobCreateJobMetaproperties
from ..models.job_stage_create import JobStageCreate
