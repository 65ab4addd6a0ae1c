from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationActions")


@_attrs_define
class AutomationActions:
    """Reply of `list_automation_actions`.

    Always present (required): `max_actions_limit`. Evidence: Bynder's published schema of this
    reply marks it required, and it is in every published example of `list_automation_actions`.

    """

    max_actions_limit: int
    """ The most actions one step may have. """
    actions: list[AutomationActionInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_actions_limit = self.max_actions_limit

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["max_actions_limit"] = max_actions_limit
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.max_actions_limit = _d.pop("max_actions_limit")

        _actions = _d.pop("actions", UNSET)
        _obj.actions = (
            [AutomationActionInfo.from_dict(item) for item in _actions] if isinstance(_actions, list) else _actions
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


from ..models.automation_action_info import AutomationActionInfo
