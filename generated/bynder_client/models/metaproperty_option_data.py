from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetapropertyOptionData")


@_attrs_define
class MetapropertyOptionData:
    """A metaproperty option definition, sent JSON-encoded in the `data` form field of
    `create_metaproperty_option` (which needs `name`) and `update_metaproperty_option` (any
    subset; `name` cannot change). Flags accept `true`/`false` or `1`/`0`.

    """

    name: str | Unset = UNSET
    """ Technical name, unique within the metaproperty. """
    label: str | Unset = UNSET
    """ Display label in the portal's default language. """
    labels: MetapropertyOptionDataLabels | Unset = UNSET
    """ Display label per locale. """
    description: str | Unset = UNSET
    descriptions: MetapropertyOptionDataDescriptions | Unset = UNSET
    """ Description per locale. """
    zindex: int | Unset = UNSET
    """ Position among the metaproperty's options. """
    is_selectable: bool | int | Unset = UNSET
    """ Whether users may pick the option (a parent may only group its children). """
    hide_by_default: bool | int | Unset = UNSET
    external_reference: str | Unset = UNSET
    """ Free reference to the option in another system. """
    parent_id: None | str | Unset = UNSET
    """ Id of the parent option, for hierarchical metaproperties. """
    options: list[MetapropertyOptionData] | Unset = UNSET
    """ Child options to create with the option (`create_metaproperty_option` only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        description = self.description

        descriptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = self.descriptions.to_dict()

        zindex = self.zindex

        is_selectable: bool | int | Unset
        if isinstance(self.is_selectable, Unset):
            is_selectable = UNSET
        else:
            is_selectable = self.is_selectable

        hide_by_default: bool | int | Unset
        if isinstance(self.hide_by_default, Unset):
            hide_by_default = UNSET
        else:
            hide_by_default = self.hide_by_default

        external_reference = self.external_reference

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if labels is not UNSET:
            field_dict["labels"] = labels
        if description is not UNSET:
            field_dict["description"] = description
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if zindex is not UNSET:
            field_dict["zindex"] = zindex
        if is_selectable is not UNSET:
            field_dict["isSelectable"] = is_selectable
        if hide_by_default is not UNSET:
            field_dict["hideByDefault"] = hide_by_default
        if external_reference is not UNSET:
            field_dict["externalReference"] = external_reference
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name", UNSET)

        _obj.label = _d.pop("label", UNSET)

        _labels = _d.pop("labels", UNSET)
        _obj.labels = MetapropertyOptionDataLabels.from_dict(_labels) if isinstance(_labels, dict) else _labels

        _obj.description = _d.pop("description", UNSET)

        _descriptions = _d.pop("descriptions", UNSET)
        _obj.descriptions = (
            MetapropertyOptionDataDescriptions.from_dict(_descriptions)
            if isinstance(_descriptions, dict)
            else _descriptions
        )

        _obj.zindex = _d.pop("zindex", UNSET)

        _obj.is_selectable = _d.pop("isSelectable", UNSET)

        _obj.hide_by_default = _d.pop("hideByDefault", UNSET)

        _obj.external_reference = _d.pop("externalReference", UNSET)

        _obj.parent_id = _d.pop("parentId", UNSET)

        _options = _d.pop("options", UNSET)
        _obj.options = (
            [MetapropertyOptionData.from_dict(item) for item in _options] if isinstance(_options, list) else _options
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


from ..models.metaproperty_option_data_descriptions import (
    MetapropertyOptionDataDescriptions,
)
from ..models.metaproperty_option_data_labels import MetapropertyOptionDataLabels
