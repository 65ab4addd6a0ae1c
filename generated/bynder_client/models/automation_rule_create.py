from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_step import AutomationStep


T = TypeVar("T", bound="AutomationRuleCreate")


@_attrs_define
class AutomationRuleCreate:
    """Body of `create_automation_rule`."""

    name: str
    triggers: list[str] | Unset = UNSET
    steps: list[AutomationStep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        triggers: list[str] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = self.triggers

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_step import AutomationStep  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        triggers = cast(list[str], d.pop("triggers", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: list[AutomationStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = AutomationStep.from_dict(steps_item_data)

                steps.append(steps_item)

        automation_rule_create = cls(
            name=name,
            triggers=triggers,
            steps=steps,
        )

        automation_rule_create.additional_properties = d
        return automation_rule_create

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
