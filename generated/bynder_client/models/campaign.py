from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A workflow campaign. Its id is `ID` (upper case) here, while `create_campaign` returns it as
    `id`.

    Always present (required): `ID`. Evidence: read unconditionally by the official Python SDK's
    samples (`samples/campaign.py` and `samples/workflow_jobs.py` `campaigns[0]['ID']`, passed
    on as the campaign id).

    """

    id: str
    name: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    """ Short campaign key (about four characters). """
    description: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    responsible_id: None | str | Unset = UNSET
    preset_id: None | str | Unset = UNSET
    closed: bool | int | None | Unset = UNSET
    date_start: None | str | Unset = UNSET
    deadline: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    campaign_metaproperties: CampaignCampaignMetapropertiesType0 | None | Unset = UNSET
    """ Workflow metaproperty values, keyed by metaproperty id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        responsible_id: None | str | Unset
        if isinstance(self.responsible_id, Unset):
            responsible_id = UNSET
        else:
            responsible_id = self.responsible_id

        preset_id: None | str | Unset
        if isinstance(self.preset_id, Unset):
            preset_id = UNSET
        else:
            preset_id = self.preset_id

        closed: bool | int | None | Unset
        if isinstance(self.closed, Unset):
            closed = UNSET
        else:
            closed = self.closed

        date_start: None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        else:
            date_start = self.date_start

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

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        campaign_metaproperties: dict[str, Any] | None | Unset
        if isinstance(self.campaign_metaproperties, Unset):
            campaign_metaproperties = UNSET
        elif isinstance(self.campaign_metaproperties, CampaignCampaignMetapropertiesType0):
            campaign_metaproperties = self.campaign_metaproperties.to_dict()
        else:
            campaign_metaproperties = self.campaign_metaproperties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ID"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if key is not UNSET:
            field_dict["key"] = key
        if description is not UNSET:
            field_dict["description"] = description
        if account_id is not UNSET:
            field_dict["accountID"] = account_id
        if created_by_id is not UNSET:
            field_dict["createdByID"] = created_by_id
        if responsible_id is not UNSET:
            field_dict["responsibleID"] = responsible_id
        if preset_id is not UNSET:
            field_dict["presetID"] = preset_id
        if closed is not UNSET:
            field_dict["closed"] = closed
        if date_start is not UNSET:
            field_dict["dateStart"] = date_start
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if thumbnail_url is not UNSET:
            field_dict["thumbnailURL"] = thumbnail_url
        if campaign_metaproperties is not UNSET:
            field_dict["campaignMetaproperties"] = campaign_metaproperties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("ID")

        _obj.name = _d.pop("name", UNSET)

        _obj.key = _d.pop("key", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.account_id = _d.pop("accountID", UNSET)

        _obj.created_by_id = _d.pop("createdByID", UNSET)

        _obj.responsible_id = _d.pop("responsibleID", UNSET)

        _obj.preset_id = _d.pop("presetID", UNSET)

        _obj.closed = _d.pop("closed", UNSET)

        _obj.date_start = _d.pop("dateStart", UNSET)

        _obj.deadline = _d.pop("deadline", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.date_modified = _d.pop("dateModified", UNSET)

        _obj.thumbnail_url = _d.pop("thumbnailURL", UNSET)

        _campaign_metaproperties = _d.pop("campaignMetaproperties", UNSET)
        _obj.campaign_metaproperties = (
            CampaignCampaignMetapropertiesType0.from_dict(_campaign_metaproperties)
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


from ..models.campaign_campaign_metaproperties_type_0 import (
    CampaignCampaignMetapropertiesType0,
)
