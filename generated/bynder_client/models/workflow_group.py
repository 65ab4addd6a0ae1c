from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowGroup")


@_attrs_define
class WorkflowGroup:
    """A workflow group (a named set of workflow users). Its id is `ID` (upper case).

    Always present (required): `ID`. Evidence: read unconditionally by the official Python SDK's
    samples (`samples/workflow_group.py` `workflow_groups[0]['ID']`).

    """

    id: str
    name: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    users: list[WorkflowGroupMember] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ID"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if account_id is not UNSET:
            field_dict["accountID"] = account_id
        if created_by_id is not UNSET:
            field_dict["createdByID"] = created_by_id
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("ID")

        _obj.name = _d.pop("name", UNSET)

        _obj.account_id = _d.pop("accountID", UNSET)

        _obj.created_by_id = _d.pop("createdByID", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _users = _d.pop("users", UNSET)
        _obj.users = [WorkflowGroupMember.from_dict(item) for item in _users] if isinstance(_users, list) else _users

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


from ..models.workflow_group_member import WorkflowGroupMember
