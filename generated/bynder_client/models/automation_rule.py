from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationRule")


@_attrs_define
class AutomationRule:
    """An automation rule. `status` is `DRAFT` when created, then `PUBLISHED` or `PAUSED`.

    Always present (required): `id`, `status`, `name`, `created_by_id`, `date_created`.
    Evidence: Bynder's published schemas of the rule list and of the single-rule reply both mark
    these required.

    """

    id: str
    status: None | str
    """ Known values `DRAFT`, `PUBLISHED`, `PAUSED`. """
    name: None | str
    created_by_id: None | str
    date_created: None | str
    edited_by_id: None | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    date_removed: None | str | Unset = UNSET
    triggers: list[str] | None | Unset = UNSET
    steps: list[AutomationStep] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: None | str
        status = self.status

        name: None | str
        name = self.name

        created_by_id: None | str
        created_by_id = self.created_by_id

        date_created: None | str
        date_created = self.date_created

        edited_by_id: None | str | Unset
        if isinstance(self.edited_by_id, Unset):
            edited_by_id = UNSET
        else:
            edited_by_id = self.edited_by_id

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        date_removed: None | str | Unset
        if isinstance(self.date_removed, Unset):
            date_removed = UNSET
        else:
            date_removed = self.date_removed

        triggers: list[str] | None | Unset
        if isinstance(self.triggers, Unset):
            triggers = UNSET
        elif isinstance(self.triggers, list):
            triggers = self.triggers

        else:
            triggers = self.triggers

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["status"] = status
        field_dict["name"] = name
        field_dict["created_by_id"] = created_by_id
        field_dict["date_created"] = date_created
        if edited_by_id is not UNSET:
            field_dict["edited_by_id"] = edited_by_id
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified
        if date_removed is not UNSET:
            field_dict["date_removed"] = date_removed
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.status = _d.pop("status")

        _obj.name = _d.pop("name")

        _obj.created_by_id = _d.pop("created_by_id")

        _obj.date_created = _d.pop("date_created")

        _obj.edited_by_id = _d.pop("edited_by_id", UNSET)

        _obj.date_modified = _d.pop("date_modified", UNSET)

        _obj.date_removed = _d.pop("date_removed", UNSET)

        _obj.triggers = _d.pop("triggers", UNSET)

        _steps = _d.pop("steps", UNSET)
        _obj.steps = [AutomationStep.from_dict(item) for item in _steps] if isinstance(_steps, list) else _steps

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


from ..models.automation_step import AutomationStep
