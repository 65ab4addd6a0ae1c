from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metaproperty_labels_type_0 import MetapropertyLabelsType0
    from ..models.metaproperty_option import MetapropertyOption


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
        from ..models.metaproperty_labels_type_0 import MetapropertyLabelsType0  # noqa: PLC0415

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
        field_dict.update(
            {
                "id": id,
                "name": name,
                "label": label,
            }
        )
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
        from ..models.metaproperty_labels_type_0 import MetapropertyLabelsType0  # noqa: PLC0415
        from ..models.metaproperty_option import MetapropertyOption  # noqa: PLC0415

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

        def _parse_labels(data: object) -> MetapropertyLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = MetapropertyLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetapropertyLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_zindex(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        zindex = _parse_zindex(d.pop("zindex", UNSET))

        def _parse_is_multiselect(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_multiselect = _parse_is_multiselect(d.pop("isMultiselect", UNSET))

        def _parse_is_multifilter(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_multifilter = _parse_is_multifilter(d.pop("isMultifilter", UNSET))

        def _parse_is_required(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_required = _parse_is_required(d.pop("isRequired", UNSET))

        def _parse_is_mainfilter(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_mainfilter = _parse_is_mainfilter(d.pop("isMainfilter", UNSET))

        def _parse_is_filterable(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_filterable = _parse_is_filterable(d.pop("isFilterable", UNSET))

        def _parse_is_api_field(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_api_field = _parse_is_api_field(d.pop("isApiField", UNSET))

        def _parse_is_display_field(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_display_field = _parse_is_display_field(d.pop("isDisplayField", UNSET))

        def _parse_is_drilldown(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_drilldown = _parse_is_drilldown(d.pop("isDrilldown", UNSET))

        def _parse_is_editable(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_editable = _parse_is_editable(d.pop("isEditable", UNSET))

        def _parse_show_in_list_view(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        show_in_list_view = _parse_show_in_list_view(d.pop("showInListView", UNSET))

        def _parse_show_in_grid_view(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        show_in_grid_view = _parse_show_in_grid_view(d.pop("showInGridView", UNSET))

        def _parse_show_in_duplicate_view(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        show_in_duplicate_view = _parse_show_in_duplicate_view(d.pop("showInDuplicateView", UNSET))

        def _parse_use_dependencies(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        use_dependencies = _parse_use_dependencies(d.pop("useDependencies", UNSET))

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

        metaproperty = cls(
            id=id,
            name=name,
            label=label,
            labels=labels,
            type_=type_,
            zindex=zindex,
            is_multiselect=is_multiselect,
            is_multifilter=is_multifilter,
            is_required=is_required,
            is_mainfilter=is_mainfilter,
            is_filterable=is_filterable,
            is_api_field=is_api_field,
            is_display_field=is_display_field,
            is_drilldown=is_drilldown,
            is_editable=is_editable,
            show_in_list_view=show_in_list_view,
            show_in_grid_view=show_in_grid_view,
            show_in_duplicate_view=show_in_duplicate_view,
            use_dependencies=use_dependencies,
            options=options,
        )

        metaproperty.additional_properties = d
        return metaproperty

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
