from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationRuleCreated")


@_attrs_define
class AutomationRuleCreated:
    """Reply of `create_automation_rule`.

    Always present (required): `id`, `status`, `name`, `account_id`, `created_by_id`,
    `date_created`, `date_modified`. Evidence: Bynder's published schema of this reply marks all
    seven required.

    """

    id: str
    status: None | str
    name: None | str
    account_id: None | str
    created_by_id: None | str
    date_created: None | str
    date_modified: None | str
    edited_by_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: None | str
        status = self.status

        name: None | str
        name = self.name

        account_id: None | str
        account_id = self.account_id

        created_by_id: None | str
        created_by_id = self.created_by_id

        date_created: None | str
        date_created = self.date_created

        date_modified: None | str
        date_modified = self.date_modified

        edited_by_id: None | str | Unset
        if isinstance(self.edited_by_id, Unset):
            edited_by_id = UNSET
        else:
            edited_by_id = self.edited_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["status"] = status
        field_dict["name"] = name
        field_dict["account_id"] = account_id
        field_dict["created_by_id"] = created_by_id
        field_dict["date_created"] = date_created
        field_dict["date_modified"] = date_modified
        if edited_by_id is not UNSET:
            field_dict["edited_by_id"] = edited_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.status = _d.pop("status")

        _obj.name = _d.pop("name")

        _obj.account_id = _d.pop("account_id")

        _obj.created_by_id = _d.pop("created_by_id")

        _obj.date_created = _d.pop("date_created")

        _obj.date_modified = _d.pop("date_modified")

        _obj.edited_by_id = _d.pop("edited_by_id", UNSET)

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
