from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metaproperty_option_descriptions_type_0 import (
        MetapropertyOptionDescriptionsType0,
    )
    from ..models.metaproperty_option_labels_type_0 import MetapropertyOptionLabelsType0


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
        from ..models.metaproperty_option_descriptions_type_0 import (
            MetapropertyOptionDescriptionsType0,  # noqa: PLC0415
        )
        from ..models.metaproperty_option_labels_type_0 import (
            MetapropertyOptionLabelsType0,  # noqa: PLC0415
        )

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
        field_dict.update(
            {
                "id": id,
                "name": name,
                "label": label,
            }
        )
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
        from ..models.metaproperty_option_descriptions_type_0 import (
            MetapropertyOptionDescriptionsType0,  # noqa: PLC0415
        )
        from ..models.metaproperty_option_labels_type_0 import (
            MetapropertyOptionLabelsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_display_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_label = _parse_display_label(d.pop("displayLabel", UNSET))

        def _parse_labels(data: object) -> MetapropertyOptionLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = MetapropertyOptionLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetapropertyOptionLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_descriptions(data: object) -> MetapropertyOptionDescriptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                descriptions_type_0 = MetapropertyOptionDescriptionsType0.from_dict(data)

                return descriptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetapropertyOptionDescriptionsType0 | None | Unset, data)

        descriptions = _parse_descriptions(d.pop("descriptions", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_zindex(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        zindex = _parse_zindex(d.pop("zindex", UNSET))

        def _parse_is_selectable(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_selectable = _parse_is_selectable(d.pop("isSelectable", UNSET))

        def _parse_active(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_hide_by_default(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        hide_by_default = _parse_hide_by_default(d.pop("hideByDefault", UNSET))

        def _parse_linked_option_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                linked_option_ids_type_0 = cast(list[str], data)

                return linked_option_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        linked_option_ids = _parse_linked_option_ids(d.pop("linkedOptionIds", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_product_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_suffix = _parse_product_suffix(d.pop("product_suffix", UNSET))

        def _parse_pregenerated_zip_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pregenerated_zip_file_size = _parse_pregenerated_zip_file_size(d.pop("pregeneratedZipFileSize", UNSET))

        def _parse_media_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        media_count = _parse_media_count(d.pop("mediaCount", UNSET))

        def _parse_options(data: object) -> list[MetapropertyOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:
                    options_type_0_item = MetapropertyOption.from_dict(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetapropertyOption] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        metaproperty_option = cls(
            id=id,
            name=name,
            label=label,
            display_label=display_label,
            labels=labels,
            description=description,
            descriptions=descriptions,
            date=date,
            zindex=zindex,
            is_selectable=is_selectable,
            active=active,
            hide_by_default=hide_by_default,
            linked_option_ids=linked_option_ids,
            image=image,
            product_suffix=product_suffix,
            pregenerated_zip_file_size=pregenerated_zip_file_size,
            media_count=media_count,
            options=options,
        )

        metaproperty_option.additional_properties = d
        return metaproperty_option

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
