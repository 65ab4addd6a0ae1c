from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationExpression")


@_attrs_define
class AutomationExpression:
    """An operator and the terms it applies to."""

    operator: str
    """ Known values `CONTAINS`, `DOES_NOT_CONTAIN`, `STARTS_IN`. """
    term: list[AutomationTerm] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator

        term: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.term, Unset):
            term = []
            for term_item_data in self.term:
                term_item = term_item_data.to_dict()
                term.append(term_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["operator"] = operator
        if term is not UNSET:
            field_dict["term"] = term

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.operator = _d.pop("operator")

        _term = _d.pop("term", UNSET)
        _obj.term = [AutomationTerm.from_dict(item) for item in _term] if isinstance(_term, list) else _term

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


from ..models.automation_term import AutomationTerm
