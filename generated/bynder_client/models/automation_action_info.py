from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutomationActionInfo")


@_attrs_define
class AutomationActionInfo:
    """An action a step can take.

    Always present (required): `action_type`. Evidence: Bynder's published schema marks it
    required, and it is in every published example of `list_automation_actions`.

    """

    action_type: str
    """ Known values `ADD_TO_COLLECTION`, `AGENT_ENRICHMENT`, `AGENT_TRANSFORMATION`,
    `AGENT_BRAND_COMPLIANCE`, `AGENT_GOVERNANCE`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_type = self.action_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["action_type"] = action_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.action_type = _d.pop("action_type")

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
