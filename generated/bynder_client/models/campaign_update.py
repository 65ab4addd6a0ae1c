from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignUpdate")


@_attrs_define
class CampaignUpdate:
    """Body of `update_campaign`. Extra keys are sent as they are."""

    name: str | Unset = UNSET
    key: str | Unset = UNSET
    description: str | Unset = UNSET
    responsible_id: str | Unset = UNSET
    date_start: str | Unset = UNSET
    deadline: str | Unset = UNSET
    closed: bool | Unset = UNSET
    """ True closes the campaign. """
    campaign_metaproperties: CampaignUpdateCampaignMetaproperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        description = self.description

        responsible_id = self.responsible_id

        date_start = self.date_start

        deadline = self.deadline

        closed = self.closed

        campaign_metaproperties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_metaproperties, Unset):
            campaign_metaproperties = self.campaign_metaproperties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if key is not UNSET:
            field_dict["key"] = key
        if description is not UNSET:
            field_dict["description"] = description
        if responsible_id is not UNSET:
            field_dict["responsibleID"] = responsible_id
        if date_start is not UNSET:
            field_dict["dateStart"] = date_start
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if closed is not UNSET:
            field_dict["closed"] = closed
        if campaign_metaproperties is not UNSET:
            field_dict["campaignMetaproperties"] = campaign_metaproperties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name", UNSET)

        _obj.key = _d.pop("key", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.responsible_id = _d.pop("responsibleID", UNSET)

        _obj.date_start = _d.pop("dateStart", UNSET)

        _obj.deadline = _d.pop("deadline", UNSET)

        _obj.closed = _d.pop("closed", UNSET)

        _campaign_metaproperties = _d.pop("campaignMetaproperties", UNSET)
        _obj.campaign_metaproperties = (
            CampaignUpdateCampaignMetaproperties.from_dict(_campaign_metaproperties)
            if isinstance(_campaign_metaproperties, dict)
            else _campaign_metaproperties
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


from ..models.campaign_update_campaign_metaproperties import (
    CampaignUpdateCampaignMetaproperties,
)
