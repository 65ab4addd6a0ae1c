from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_step import AutomationStep


T = TypeVar("T", bound="AutomationRule")


@_attrs_define
class AutomationRule:
    """An automation rule. `status` is `DRAFT` when created, then `PUBLISHED` or `PAUSED`.

    Always present (required): `id`, `status`, `name`, `created_by_id`, `date_created`.
    Evidence: Bynder's published schemas of the rule list and of the single-rule reply both mark
    these required.

    """

    id: str
    status: None | str
    """ Known values `DRAFT`, `PUBLISHED`, `PAUSED`. """
    name: None | str
    created_by_id: None | str
    date_created: None | str
    edited_by_id: None | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    date_removed: None | str | Unset = UNSET
    triggers: list[str] | None | Unset = UNSET
    steps: list[AutomationStep] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: None | str
        status = self.status

        name: None | str
        name = self.name

        created_by_id: None | str
        created_by_id = self.created_by_id

        date_created: None | str
        date_created = self.date_created

        edited_by_id: None | str | Unset
        if isinstance(self.edited_by_id, Unset):
            edited_by_id = UNSET
        else:
            edited_by_id = self.edited_by_id

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        date_removed: None | str | Unset
        if isinstance(self.date_removed, Unset):
            date_removed = UNSET
        else:
            date_removed = self.date_removed

        triggers: list[str] | None | Unset
        if isinstance(self.triggers, Unset):
            triggers = UNSET
        elif isinstance(self.triggers, list):
            triggers = self.triggers

        else:
            triggers = self.triggers

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "name": name,
                "created_by_id": created_by_id,
                "date_created": date_created,
            }
        )
        if edited_by_id is not UNSET:
            field_dict["edited_by_id"] = edited_by_id
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified
        if date_removed is not UNSET:
            field_dict["date_removed"] = date_removed
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_step import AutomationStep  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_created_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id"))

        def _parse_date_created(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_created = _parse_date_created(d.pop("date_created"))

        def _parse_edited_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        edited_by_id = _parse_edited_by_id(d.pop("edited_by_id", UNSET))

        def _parse_date_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_modified = _parse_date_modified(d.pop("date_modified", UNSET))

        def _parse_date_removed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_removed = _parse_date_removed(d.pop("date_removed", UNSET))

        def _parse_triggers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                triggers_type_0 = cast(list[str], data)

                return triggers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        triggers = _parse_triggers(d.pop("triggers", UNSET))

        def _parse_steps(data: object) -> list[AutomationStep] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0:
                    steps_type_0_item = AutomationStep.from_dict(steps_type_0_item_data)

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutomationStep] | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

        automation_rule = cls(
            id=id,
            status=status,
            name=name,
            created_by_id=created_by_id,
            date_created=date_created,
            edited_by_id=edited_by_id,
            date_modified=date_modified,
            date_removed=date_removed,
            triggers=triggers,
            steps=steps,
        )

        automation_rule.additional_properties = d
        return automation_rule

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
