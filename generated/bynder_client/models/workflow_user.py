from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_bynder_user import WorkflowBynderUser


T = TypeVar("T", bound="WorkflowUser")


@_attrs_define
class WorkflowUser:
    """A user as workflow sees them. `ID` is the workflow id; `BynderUser.id` is the id of the
    same person in the asset bank (`/api/v4/users/`).

    Always present (required): `ID`. Evidence: read unconditionally by the official Python SDK's
    samples (`samples/campaign.py` `workflow_users[0]['ID']`, passed on as the responsible
    user).

    """

    id: str
    fullname: None | str | Unset = UNSET
    bynder_user: None | Unset | WorkflowBynderUser = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_bynder_user import WorkflowBynderUser  # noqa: PLC0415

        id = self.id

        fullname: None | str | Unset
        if isinstance(self.fullname, Unset):
            fullname = UNSET
        else:
            fullname = self.fullname

        bynder_user: dict[str, Any] | None | Unset
        if isinstance(self.bynder_user, Unset):
            bynder_user = UNSET
        elif isinstance(self.bynder_user, WorkflowBynderUser):
            bynder_user = self.bynder_user.to_dict()
        else:
            bynder_user = self.bynder_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
            }
        )
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if bynder_user is not UNSET:
            field_dict["BynderUser"] = bynder_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_bynder_user import WorkflowBynderUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID")

        def _parse_fullname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fullname = _parse_fullname(d.pop("fullname", UNSET))

        def _parse_bynder_user(data: object) -> None | Unset | WorkflowBynderUser:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bynder_user_type_0 = WorkflowBynderUser.from_dict(data)

                return bynder_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowBynderUser, data)

        bynder_user = _parse_bynder_user(d.pop("BynderUser", UNSET))

        workflow_user = cls(
            id=id,
            fullname=fullname,
            bynder_user=bynder_user,
        )

        workflow_user.additional_properties = d
        return workflow_user

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
