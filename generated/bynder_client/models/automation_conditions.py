from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationConditions")


@_attrs_define
class AutomationConditions:
    """Reply of `list_automation_conditions`.

    Always present (required): `max_conditions_count`. Evidence: Bynder's published schema of
    this reply marks it required, and it is in every published example of
    `list_automation_conditions`.

    """

    max_conditions_count: int
    """ The most conditions one step may have. """
    conditions: list[AutomationConditionInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_conditions_count = self.max_conditions_count

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["max_conditions_count"] = max_conditions_count
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.max_conditions_count = _d.pop("max_conditions_count")

        _conditions = _d.pop("conditions", UNSET)
        _obj.conditions = (
            [AutomationConditionInfo.from_dict(item) for item in _conditions]
            if isinstance(_conditions, list)
            else _conditions
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


from ..models.automation_condition_info import AutomationConditionInfo
