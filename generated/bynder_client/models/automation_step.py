from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationStep")


@_attrs_define
class AutomationStep:
    """One step of a rule; when its conditions hold, its actions run."""

    step_triggers: list[str] | None | Unset = UNSET
    conditions: list[AutomationConditionGroup] | None | Unset = UNSET
    """ Alternatives; the step runs when all conditions of one of them hold. """
    actions: list[AutomationAction] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_triggers: list[str] | None | Unset
        if isinstance(self.step_triggers, Unset):
            step_triggers = UNSET
        elif isinstance(self.step_triggers, list):
            step_triggers = self.step_triggers

        else:
            step_triggers = self.step_triggers

        conditions: list[dict[str, Any]] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, list):
            conditions = []
            for conditions_type_0_item_data in self.conditions:
                conditions_type_0_item = conditions_type_0_item_data.to_dict()
                conditions.append(conditions_type_0_item)

        else:
            conditions = self.conditions

        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item = actions_type_0_item_data.to_dict()
                actions.append(actions_type_0_item)

        else:
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if step_triggers is not UNSET:
            field_dict["step_triggers"] = step_triggers
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.step_triggers = _d.pop("step_triggers", UNSET)

        _conditions = _d.pop("conditions", UNSET)
        _obj.conditions = (
            [AutomationConditionGroup.from_dict(item) for item in _conditions]
            if isinstance(_conditions, list)
            else _conditions
        )

        _actions = _d.pop("actions", UNSET)
        _obj.actions = (
            [AutomationAction.from_dict(item) for item in _actions] if isinstance(_actions, list) else _actions
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


from ..models.automation_action import AutomationAction
from ..models.automation_condition_group import AutomationConditionGroup
