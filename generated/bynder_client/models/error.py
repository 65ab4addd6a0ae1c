from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Bynder's error body. `statuscode` is a number on some endpoints and a string on others.
    Upload failures add `retry` and `success`; some newer services add `status`, `reason` or
    `errorCode`; other keys may appear and are kept.

    """

    message: str | Unset = UNSET
    """ Human-readable reason. """
    statuscode: int | str | Unset = UNSET
    """ The HTTP status, as a number or a string. """
    retry: bool | int | Unset = UNSET
    """ Upload failures only. Set when the call may be repeated later. """
    success: bool | int | Unset = UNSET
    """ Upload failures only. Always false or 0. """
    status: int | str | Unset = UNSET
    """ A short status line, next to `message` (workflow conflicts such as `finish_job`). """
    reason: str | Unset = UNSET
    """ A machine-readable reason (similarity search, for example `MULTIPLE_SEARCH_PARAMETERS`). """
    error_code: str | Unset = UNSET
    """ A machine-readable code (the taxonomy API, for example `metaproperty-not-existing`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        statuscode: int | str | Unset
        if isinstance(self.statuscode, Unset):
            statuscode = UNSET
        else:
            statuscode = self.statuscode

        retry: bool | int | Unset
        if isinstance(self.retry, Unset):
            retry = UNSET
        else:
            retry = self.retry

        success: bool | int | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        reason = self.reason

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not UNSET:
            field_dict["message"] = message
        if statuscode is not UNSET:
            field_dict["statuscode"] = statuscode
        if retry is not UNSET:
            field_dict["retry"] = retry
        if success is not UNSET:
            field_dict["success"] = success
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.message = _d.pop("message", UNSET)

        _obj.statuscode = _d.pop("statuscode", UNSET)

        _obj.retry = _d.pop("retry", UNSET)

        _obj.success = _d.pop("success", UNSET)

        _obj.status = _d.pop("status", UNSET)

        _obj.reason = _d.pop("reason", UNSET)

        _obj.error_code = _d.pop("errorCode", UNSET)

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
