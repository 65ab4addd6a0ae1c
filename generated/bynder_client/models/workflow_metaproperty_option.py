from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowMetapropertyOption")


@_attrs_define
class WorkflowMetapropertyOption:
    """An option of a workflow metaproperty.

    Always present (required): `ID`, `label`. Evidence: in every published example of
    `get_workflow_metaproperty`.

    """

    id: str
    label: None | str
    position: float | int | None | Unset = UNSET
    default: bool | int | None | Unset = UNSET
    date_created: None | str | Unset = UNSET
    metaproperty_id: None | str | Unset = UNSET
    created_by: None | Unset | WorkflowUserRef = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label: None | str
        label = self.label

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

        metaproperty_id: None | str | Unset
        if isinstance(self.metaproperty_id, Unset):
            metaproperty_id = UNSET
        else:
            metaproperty_id = self.metaproperty_id

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, WorkflowUserRef):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ID"] = id
        field_dict["label"] = label
        if position is not UNSET:
            field_dict["position"] = position
        if default is not UNSET:
            field_dict["default"] = default
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if metaproperty_id is not UNSET:
            field_dict["metapropertyID"] = metaproperty_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("ID")

        _obj.label = _d.pop("label")

        _obj.position = _d.pop("position", UNSET)

        _obj.default = _d.pop("default", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.metaproperty_id = _d.pop("metapropertyID", UNSET)

        _created_by = _d.pop("created_by", UNSET)
        _obj.created_by = WorkflowUserRef.from_dict(_created_by) if isinstance(_created_by, dict) else _created_by

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


from ..models.workflow_user_ref import WorkflowUserRef
