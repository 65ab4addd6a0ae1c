from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationConditionInfo")


@_attrs_define
class AutomationConditionInfo:
    """A condition a step can test.

    Always present (required): `name`. Evidence: Bynder's published schema marks it required,
    and it is in every published example of `list_automation_conditions` (`weight`, which the
    published schema also marks required, is missing from those examples, so it is not required
    here).

    """

    name: str
    weight: int | None | Unset = UNSET
    operators: list[str] | Unset = UNSET
    terms: list[AutomationTerm] | Unset = UNSET
    """ The predefined terms the condition takes, when it only takes those. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        weight: int | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        operators: list[str] | Unset = UNSET
        if not isinstance(self.operators, Unset):
            operators = self.operators

        terms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = []
            for terms_item_data in self.terms:
                terms_item = terms_item_data.to_dict()
                terms.append(terms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        if weight is not UNSET:
            field_dict["weight"] = weight
        if operators is not UNSET:
            field_dict["operators"] = operators
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name")

        _obj.weight = _d.pop("weight", UNSET)

        _obj.operators = _d.pop("operators", UNSET)

        _terms = _d.pop("terms", UNSET)
        _obj.terms = [AutomationTerm.from_dict(item) for item in _terms] if isinstance(_terms, list) else _terms

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
