from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowMetaproperty")


@_attrs_define
class WorkflowMetaproperty:
    """A custom field of workflow campaigns or jobs (`entity`). Its id is `ID` (upper case).
    Bynder sends `export` as the string `"true"` or `"false"`.

    Always present (required): `ID`, `label`. Evidence: in every published example of
    `get_workflow_metaproperty`; the official Python SDK's samples read `ID` unconditionally
    (`samples/workflow_metaproperties.py` `workflow_metaproperties[0]['ID']`).

    """

    id: str
    label: None | str
    short_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    export: bool | None | str | Unset = UNSET
    removed_by: None | str | Unset = UNSET
    dependency: None | str | Unset = UNSET
    position: float | int | None | Unset = UNSET
    default: bool | int | None | Unset = UNSET
    date_created: None | str | Unset = UNSET
    export_name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    """ Kind of field, for example `select`, `text` or `date`. """
    required: bool | int | None | Unset = UNSET
    dependency_value: None | str | Unset = UNSET
    assetbank_metaproperty: None | str | Unset = UNSET
    """ Id of the asset-bank metaproperty the field is linked to, if any. """
    entity: None | str | Unset = UNSET
    """ What the field belongs to. Known values `job` and `campaign`. """
    created_by: None | Unset | WorkflowUserRef = UNSET
    options: list[WorkflowMetapropertyOption] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label: None | str
        label = self.label

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        export: bool | None | str | Unset
        if isinstance(self.export, Unset):
            export = UNSET
        else:
            export = self.export

        removed_by: None | str | Unset
        if isinstance(self.removed_by, Unset):
            removed_by = UNSET
        else:
            removed_by = self.removed_by

        dependency: None | str | Unset
        if isinstance(self.dependency, Unset):
            dependency = UNSET
        else:
            dependency = self.dependency

        position: float | int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        default: bool | int | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        export_name: None | str | Unset
        if isinstance(self.export_name, Unset):
            export_name = UNSET
        else:
            export_name = self.export_name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        required: bool | int | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        dependency_value: None | str | Unset
        if isinstance(self.dependency_value, Unset):
            dependency_value = UNSET
        else:
            dependency_value = self.dependency_value

        assetbank_metaproperty: None | str | Unset
        if isinstance(self.assetbank_metaproperty, Unset):
            assetbank_metaproperty = UNSET
        else:
            assetbank_metaproperty = self.assetbank_metaproperty

        entity: None | str | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        else:
            entity = self.entity

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, WorkflowUserRef):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

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
        field_dict["ID"] = id
        field_dict["label"] = label
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if description is not UNSET:
            field_dict["description"] = description
        if export is not UNSET:
            field_dict["export"] = export
        if removed_by is not UNSET:
            field_dict["removed_by"] = removed_by
        if dependency is not UNSET:
            field_dict["dependency"] = dependency
        if position is not UNSET:
            field_dict["position"] = position
        if default is not UNSET:
            field_dict["default"] = default
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if export_name is not UNSET:
            field_dict["exportName"] = export_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if dependency_value is not UNSET:
            field_dict["dependencyValue"] = dependency_value
        if assetbank_metaproperty is not UNSET:
            field_dict["assetbank_metaproperty"] = assetbank_metaproperty
        if entity is not UNSET:
            field_dict["entity"] = entity
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("ID")

        _obj.label = _d.pop("label")

        _obj.short_name = _d.pop("short_name", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.export = _d.pop("export", UNSET)

        _obj.removed_by = _d.pop("removed_by", UNSET)

        _obj.dependency = _d.pop("dependency", UNSET)

        _obj.position = _d.pop("position", UNSET)

        _obj.default = _d.pop("default", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.export_name = _d.pop("exportName", UNSET)

        _obj.type_ = _d.pop("type", UNSET)

        _obj.required = _d.pop("required", UNSET)

        _obj.dependency_value = _d.pop("dependencyValue", UNSET)

        _obj.assetbank_metaproperty = _d.pop("assetbank_metaproperty", UNSET)

        _obj.entity = _d.pop("entity", UNSET)

        _created_by = _d.pop("created_by", UNSET)
        _obj.created_by = WorkflowUserRef.from_dict(_created_by) if isinstance(_created_by, dict) else _created_by

        _options = _d.pop("options", UNSET)
        _obj.options = (
            [WorkflowMetapropertyOption.from_dict(item) for item in _options]
            if isinstance(_options, list)
            else _options
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


from ..models.workflow_metaproperty_option import WorkflowMetapropertyOption
from ..models.workflow_user_ref import WorkflowUserRef
