from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_user_ref import WorkflowUserRef


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
        from ..models.workflow_user_ref import WorkflowUserRef  # noqa: PLC0415

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
        field_dict.update(
            {
                "ID": id,
                "label": label,
            }
        )
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
        from ..models.workflow_user_ref import WorkflowUserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_position(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_default(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        default = _parse_default(d.pop("default", UNSET))

        def _parse_date_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_created = _parse_date_created(d.pop("dateCreated", UNSET))

        def _parse_metaproperty_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metaproperty_id = _parse_metaproperty_id(d.pop("metapropertyID", UNSET))

        def _parse_created_by(data: object) -> None | Unset | WorkflowUserRef:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = WorkflowUserRef.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowUserRef, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        workflow_metaproperty_option = cls(
            id=id,
            label=label,
            position=position,
            default=default,
            date_created=date_created,
            metaproperty_id=metaproperty_id,
            created_by=created_by,
        )

        workflow_metaproperty_option.additional_properties = d
        return workflow_metaproperty_option

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
