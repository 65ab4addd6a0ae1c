from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        field_dict["ID"] = id
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if bynder_user is not UNSET:
            field_dict["BynderUser"] = bynder_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("ID")

        _obj.fullname = _d.pop("fullname", UNSET)

        _bynder_user = _d.pop("BynderUser", UNSET)
        _obj.bynder_user = (
            WorkflowBynderUser.from_dict(_bynder_user) if isinstance(_bynder_user, dict) else _bynder_user
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


from ..models.workflow_bynder_user import WorkflowBynderUser
