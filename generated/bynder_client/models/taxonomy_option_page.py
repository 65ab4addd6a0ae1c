from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaxonomyOptionPage")


@_attrs_define
class TaxonomyOptionPage:
    """One page of options with the cursors of the neighbouring pages.

    Always present (required): `options`, `metadata`. Evidence: Bynder's published schema of
    this reply marks both required.

    """

    options: list[TaxonomyOption]
    metadata: TaxonomyPageLinks
    """ `nextPage` is the `start` of the following page and `prevPage` the `before` of the
    preceding one; absent at either end.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["options"] = options
        field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.options = [TaxonomyOption.from_dict(item) for item in _d.pop("options")]

        _obj.metadata = TaxonomyPageLinks.from_dict(_d.pop("metadata"))

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


from ..models.taxonomy_option import TaxonomyOption
from ..models.taxonomy_page_links import TaxonomyPageLinks
