from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiError")


@_attrs_define
class JsonApiError:
    """One error."""

    id: str | Unset = UNSET
    """ Id of this occurrence of the error. """
    status: int | str | Unset = UNSET
    """ The HTTP status, as a number or a string. """
    code: str | Unset = UNSET
    """ Machine-readable code. Known values `VALIDATION_ERROR`, `SERIALIZATION_ERROR`,
    `UNKNOWN_ERROR`, `AUTHENTICATION_ERROR`, `MISSING_ERROR`, `FORBIDDEN_ERROR`,
    `STORAGE_API_ERROR`.
     """
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    meta: JsonApiErrorMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        code = self.code

        title = self.title

        detail = self.detail

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.status = _d.pop("status", UNSET)

        _obj.code = _d.pop("code", UNSET)

        _obj.title = _d.pop("title", UNSET)

        _obj.detail = _d.pop("detail", UNSET)

        _meta = _d.pop("meta", UNSET)
        _obj.meta = JsonApiErrorMeta.from_dict(_meta) if isinstance(_meta, dict) else _meta

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


from ..models.json_api_error_meta import JsonApiErrorMeta
