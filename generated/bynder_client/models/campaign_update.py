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
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        key = d.pop("key", UNSET)

        description = d.pop("description", UNSET)

        responsible_id = d.pop("responsibleID", UNSET)

        date_start = d.pop("dateStart", UNSET)

        deadline = d.pop("deadline", UNSET)

        closed = d.pop("closed", UNSET)

        campaign_metaproperties: CampaignUpdateCampaignMetaproperties | Unset = d.pop("campaignMetaproperties", UNSET)
        if isinstance(campaign_metaproperties, dict):
            campaign_metaproperties = CampaignUpdateCampaignMetaproperties.from_dict(campaign_metaproperties)

        campaign_update = cls(
            name=name,
            key=key,
            description=description,
            responsible_id=responsible_id,
            date_start=date_start,
            deadline=deadline,
            closed=closed,
            campaign_metaproperties=campaign_metaproperties,
        )
        campaign_update.additional_properties = d
        return campaign_update

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
