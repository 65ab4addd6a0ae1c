from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        field_dict.update(
            {
                "id": id,
                "status": status,
                "name": name,
                "account_id": account_id,
                "created_by_id": created_by_id,
                "date_created": date_created,
                "date_modified": date_modified,
            }
        )
        if edited_by_id is not UNSET:
            field_dict["edited_by_id"] = edited_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_id = _parse_account_id(d.pop("account_id"))

        def _parse_created_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id"))

        def _parse_date_created(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_created = _parse_date_created(d.pop("date_created"))

        def _parse_date_modified(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_modified = _parse_date_modified(d.pop("date_modified"))

        def _parse_edited_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        edited_by_id = _parse_edited_by_id(d.pop("edited_by_id", UNSET))

        automation_rule_created = cls(
            id=id,
            status=status,
            name=name,
            account_id=account_id,
            created_by_id=created_by_id,
            date_created=date_created,
            date_modified=date_modified,
            edited_by_id=edited_by_id,
        )

        automation_rule_created.additional_properties = d
        return automation_rule_created

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
