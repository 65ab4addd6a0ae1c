from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.taxonomy_option import TaxonomyOption
    from ..models.taxonomy_page_links import TaxonomyPageLinks


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
        field_dict.update(
            {
                "options": options,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.taxonomy_option import TaxonomyOption  # noqa: PLC0415
        from ..models.taxonomy_page_links import TaxonomyPageLinks  # noqa: PLC0415

        d = dict(src_dict)
        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = TaxonomyOption.from_dict(options_item_data)

            options.append(options_item)

        metadata = TaxonomyPageLinks.from_dict(d.pop("metadata"))

        taxonomy_option_page = cls(
            options=options,
            metadata=metadata,
        )

        taxonomy_option_page.additional_properties = d
        return taxonomy_option_page

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
