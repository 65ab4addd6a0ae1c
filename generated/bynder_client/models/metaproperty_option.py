from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetapropertyOption")


@_attrs_define
class MetapropertyOption:
    """One option of a metaproperty.

    Always present (required): `id`, `name`, `label`. Evidence: in every published example of
    `list_metaproperties`, `get_metaproperty`, `list_metaproperty_options` and
    `list_metaproperty_options_by_ids`, and read unconditionally by the official SDKs' samples
    (Java `MetapropertiesSample.java`; C# `FindMediaSample.cs` sends an option's `Id` and `Name`
    as search filters).

    """

    id: str
    name: None | str
    label: None | str
    display_label: None | str | Unset = UNSET
    labels: MetapropertyOptionLabelsType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    descriptions: MetapropertyOptionDescriptionsType0 | None | Unset = UNSET
    date: None | str | Unset = UNSET
    """ Creation date, in a form such as `February, 15 2017 14:54:58 +0000`. """
    zindex: int | None | Unset = UNSET
    is_selectable: bool | int | None | Unset = UNSET
    active: bool | int | None | Unset = UNSET
    hide_by_default: bool | int | None | Unset = UNSET
    linked_option_ids: list[str] | None | Unset = UNSET
    image: None | str | Unset = UNSET
    """ URL of the option's image. """
    product_suffix: None | str | Unset = UNSET
    pregenerated_zip_file_size: int | None | Unset = UNSET
    media_count: int | None | Unset = UNSET
    """ Number of assets carrying the option (with `count=true`). """
    options: list[MetapropertyOption] | None | Unset = UNSET
    """ Child options, for hierarchical metaproperties. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        label: None | str
        label = self.label

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, MetapropertyOptionLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        descriptions: dict[str, Any] | None | Unset
        if isinstance(self.descriptions, Unset):
            descriptions = UNSET
        elif isinstance(self.descriptions, MetapropertyOptionDescriptionsType0):
            descriptions = self.descriptions.to_dict()
        else:
            descriptions = self.descriptions

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        zindex: int | None | Unset
        if isinstance(self.zindex, Unset):
            zindex = UNSET
        else:
            zindex = self.zindex

        is_selectable: bool | int | None | Unset
        if isinstance(self.is_selectable, Unset):
            is_selectable = UNSET
        else:
            is_selectable = self.is_selectable

        active: bool | int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        hide_by_default: bool | int | None | Unset
        if isinstance(self.hide_by_default, Unset):
            hide_by_default = UNSET
        else:
            hide_by_default = self.hide_by_default

        linked_option_ids: list[str] | None | Unset
        if isinstance(self.linked_option_ids, Unset):
            linked_option_ids = UNSET
        elif isinstance(self.linked_option_ids, list):
            linked_option_ids = self.linked_option_ids

        else:
            linked_option_ids = self.linked_option_ids

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        product_suffix: None | str | Unset
        if isinstance(self.product_suffix, Unset):
            product_suffix = UNSET
        else:
            product_suffix = self.product_suffix

        pregenerated_zip_file_size: int | None | Unset
        if isinstance(self.pregenerated_zip_file_size, Unset):
            pregenerated_zip_file_size = UNSET
        else:
            pregenerated_zip_file_size = self.pregenerated_zip_file_size

        media_count: int | None | Unset
        if isinstance(self.media_count, Unset):
            media_count = UNSET
        else:
            media_count = self.media_count

        options: list[dict[str, Any]] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["label"] = label
        if display_label is not UNSET:
            field_dict["displayLabel"] = display_label
        if labels is not UNSET:
            field_dict["labels"] = labels
        if description is not UNSET:
            field_dict["description"] = description
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if date is not UNSET:
            field_dict["date"] = date
        if zindex is not UNSET:
            field_dict["zindex"] = zindex
        if is_selectable is not UNSET:
            field_dict["isSelectable"] = is_selectable
        if active is not UNSET:
            field_dict["active"] = active
        if hide_by_default is not UNSET:
            field_dict["hideByDefault"] = hide_by_default
        if linked_option_ids is not UNSET:
            field_dict["linkedOptionIds"] = linked_option_ids
        if image is not UNSET:
            field_dict["image"] = image
        if product_suffix is not UNSET:
            field_dict["product_suffix"] = product_suffix
        if pregenerated_zip_file_size is not UNSET:
            field_dict["pregeneratedZipFileSize"] = pregenerated_zip_file_size
        if media_count is not UNSET:
            field_dict["mediaCount"] = media_count
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.name = _d.pop("name")

        _obj.label = _d.pop("label")

        _obj.display_label = _d.pop("displayLabel", UNSET)

        _labels = _d.pop("labels", UNSET)
        _obj.labels = MetapropertyOptionLabelsType0.from_dict(_labels) if isinstance(_labels, dict) else _labels

        _obj.description = _d.pop("description", UNSET)

        _descriptions = _d.pop("descriptions", UNSET)
        _obj.descriptions = (
            MetapropertyOptionDescriptionsType0.from_dict(_descriptions)
            if isinstance(_descriptions, dict)
            else _descriptions
        )

        _obj.date = _d.pop("date", UNSET)

        _obj.zindex = _d.pop("zindex", UNSET)

        _obj.is_selectable = _d.pop("isSelectable", UNSET)

        _obj.active = _d.pop("active", UNSET)

        _obj.hide_by_default = _d.pop("hideByDefault", UNSET)

        _obj.linked_option_ids = _d.pop("linkedOptionIds", UNSET)

        _obj.image = _d.pop("image", UNSET)

        _obj.product_suffix = _d.pop("product_suffix", UNSET)

        _obj.pregenerated_zip_file_size = _d.pop("pregeneratedZipFileSize", UNSET)

        _obj.media_count = _d.pop("mediaCount", UNSET)

        _options = _d.pop("options", UNSET)
        _obj.options = (
            [MetapropertyOption.from_dict(item) for item in _options] if isinstance(_options, list) else _options
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


from ..models.metaproperty_option_descriptions_type_0 import (
    MetapropertyOptionDescriptionsType0,
)
from ..models.metaproperty_option_labels_type_0 import MetapropertyOptionLabelsType0
