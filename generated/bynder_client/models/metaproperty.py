from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Metaproperty")


@_attrs_define
class Metaproperty:
    """A custom metadata field of the asset bank.

    Always present (required): `id`, `name`, `label`. Evidence: in every published example of
    `list_metaproperties` and `get_metaproperty`, and read unconditionally by the official SDKs'
    samples (Java `MetapropertiesSample.java` `getId()`/`getName()`/`getLabel()`, C#
    `MetapropertiesSample.cs`; C# `ModifyMediaSample.cs` finds a metaproperty by `Name` and
    sends its `Id`).

    """

    id: str
    name: None | str
    """ Technical name, used in `property_{name}` keys and filters. """
    label: None | str
    """ Display label in the portal's default language. """
    labels: MetapropertyLabelsType0 | None | Unset = UNSET
    """ Display label per locale, for example `{"nl_NL": "Kleur"}`. """
    type_: None | str | Unset = UNSET
    """ Kind of field. Known values `select`, `select2`, `autocomplete`, `text`, `longtext`,
    `date`, `sidebar`, `button`.
     """
    zindex: int | None | Unset = UNSET
    """ Position in the portal's lists. """
    is_multiselect: bool | int | None | Unset = UNSET
    is_multifilter: bool | int | None | Unset = UNSET
    is_required: bool | int | None | Unset = UNSET
    is_mainfilter: bool | int | None | Unset = UNSET
    is_filterable: bool | int | None | Unset = UNSET
    is_api_field: bool | int | None | Unset = UNSET
    is_display_field: bool | int | None | Unset = UNSET
    is_drilldown: bool | int | None | Unset = UNSET
    is_editable: bool | int | None | Unset = UNSET
    show_in_list_view: bool | int | None | Unset = UNSET
    show_in_grid_view: bool | int | None | Unset = UNSET
    show_in_duplicate_view: bool | int | None | Unset = UNSET
    use_dependencies: bool | int | None | Unset = UNSET
    options: list[MetapropertyOption] | None | Unset = UNSET
    """ The options (with `options=true`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        label: None | str
        label = self.label

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, MetapropertyLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        zindex: int | None | Unset
        if isinstance(self.zindex, Unset):
            zindex = UNSET
        else:
            zindex = self.zindex

        is_multiselect: bool | int | None | Unset
        if isinstance(self.is_multiselect, Unset):
            is_multiselect = UNSET
        else:
            is_multiselect = self.is_multiselect

        is_multifilter: bool | int | None | Unset
        if isinstance(self.is_multifilter, Unset):
            is_multifilter = UNSET
        else:
            is_multifilter = self.is_multifilter

        is_required: bool | int | None | Unset
        if isinstance(self.is_required, Unset):
            is_required = UNSET
        else:
            is_required = self.is_required

        is_mainfilter: bool | int | None | Unset
        if isinstance(self.is_mainfilter, Unset):
            is_mainfilter = UNSET
        else:
            is_mainfilter = self.is_mainfilter

        is_filterable: bool | int | None | Unset
        if isinstance(self.is_filterable, Unset):
            is_filterable = UNSET
        else:
            is_filterable = self.is_filterable

        is_api_field: bool | int | None | Unset
        if isinstance(self.is_api_field, Unset):
            is_api_field = UNSET
        else:
            is_api_field = self.is_api_field

        is_display_field: bool | int | None | Unset
        if isinstance(self.is_display_field, Unset):
            is_display_field = UNSET
        else:
            is_display_field = self.is_display_field

        is_drilldown: bool | int | None | Unset
        if isinstance(self.is_drilldown, Unset):
            is_drilldown = UNSET
        else:
            is_drilldown = self.is_drilldown

        is_editable: bool | int | None | Unset
        if isinstance(self.is_editable, Unset):
            is_editable = UNSET
        else:
            is_editable = self.is_editable

        show_in_list_view: bool | int | None | Unset
        if isinstance(self.show_in_list_view, Unset):
            show_in_list_view = UNSET
        else:
            show_in_list_view = self.show_in_list_view

        show_in_grid_view: bool | int | None | Unset
        if isinstance(self.show_in_grid_view, Unset):
            show_in_grid_view = UNSET
        else:
            show_in_grid_view = self.show_in_grid_view

        show_in_duplicate_view: bool | int | None | Unset
        if isinstance(self.show_in_duplicate_view, Unset):
            show_in_duplicate_view = UNSET
        else:
            show_in_duplicate_view = self.show_in_duplicate_view

        use_dependencies: bool | int | None | Unset
        if isinstance(self.use_dependencies, Unset):
            use_dependencies = UNSET
        else:
            use_dependencies = self.use_dependencies

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
        if labels is not UNSET:
            field_dict["labels"] = labels
        if type_ is not UNSET:
            field_dict["type"] = type_
        if zindex is not UNSET:
            field_dict["zindex"] = zindex
        if is_multiselect is not UNSET:
            field_dict["isMultiselect"] = is_multiselect
        if is_multifilter is not UNSET:
            field_dict["isMultifilter"] = is_multifilter
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if is_mainfilter is not UNSET:
            field_dict["isMainfilter"] = is_mainfilter
        if is_filterable is not UNSET:
            field_dict["isFilterable"] = is_filterable
        if is_api_field is not UNSET:
            field_dict["isApiField"] = is_api_field
        if is_display_field is not UNSET:
            field_dict["isDisplayField"] = is_display_field
        if is_drilldown is not UNSET:
            field_dict["isDrilldown"] = is_drilldown
        if is_editable is not UNSET:
            field_dict["isEditable"] = is_editable
        if show_in_list_view is not UNSET:
            field_dict["showInListView"] = show_in_list_view
        if show_in_grid_view is not UNSET:
            field_dict["showInGridView"] = show_in_grid_view
        if show_in_duplicate_view is not UNSET:
            field_dict["showInDuplicateView"] = show_in_duplicate_view
        if use_dependencies is not UNSET:
            field_dict["useDependencies"] = use_dependencies
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

        _labels = _d.pop("labels", UNSET)
        _obj.labels = MetapropertyLabelsType0.from_dict(_labels) if isinstance(_labels, dict) else _labels

        _obj.type_ = _d.pop("type", UNSET)

        _obj.zindex = _d.pop("zindex", UNSET)

        _obj.is_multiselect = _d.pop("isMultiselect", UNSET)

        _obj.is_multifilter = _d.pop("isMultifilter", UNSET)

        _obj.is_required = _d.pop("isRequired", UNSET)

        _obj.is_mainfilter = _d.pop("isMainfilter", UNSET)

        _obj.is_filterable = _d.pop("isFilterable", UNSET)

        _obj.is_api_field = _d.pop("isApiField", UNSET)

        _obj.is_display_field = _d.pop("isDisplayField", UNSET)

        _obj.is_drilldown = _d.pop("isDrilldown", UNSET)

        _obj.is_editable = _d.pop("isEditable", UNSET)

        _obj.show_in_list_view = _d.pop("showInListView", UNSET)

        _obj.show_in_grid_view = _d.pop("showInGridView", UNSET)

        _obj.show_in_duplicate_view = _d.pop("showInDuplicateView", UNSET)

        _obj.use_dependencies = _d.pop("useDependencies", UNSET)

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


from ..models.metaproperty_labels_type_0 import MetapropertyLabelsType0
from ..models.metaproperty_option import MetapropertyOption
