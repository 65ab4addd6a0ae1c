from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiError")


@_attrs_define
class JsonApiError:
    """One error.

    Always present (required): `status`, `code`, `title`, `detail`. Evidence: Bynder's published
    schema marks all four required, and they are in every published example of
    `get_authoring_document`'s errors.

    """

    status: int | str
    """ The HTTP status, as a number or a string. """
    code: str
    """ Machine-readable code. Known values `VALIDATION_ERROR`, `SERIALIZATION_ERROR`,
    `UNKNOWN_ERROR`, `AUTHENTICATION_ERROR`, `MISSING_ERROR`, `FORBIDDEN_ERROR`,
    `STORAGE_API_ERROR`.
     """
    title: str
    detail: str
    id: str | Unset = UNSET
    """ Id of this occurrence of the error. """
    meta: JsonApiErrorMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int | str
        status = self.status

        code = self.code

        title = self.title

        detail = self.detail

        id = self.id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["status"] = status
        field_dict["code"] = code
        field_dict["title"] = title
        field_dict["detail"] = detail
        if id is not UNSET:
            field_dict["id"] = id
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.status = _d.pop("status")

        _obj.code = _d.pop("code")

        _obj.title = _d.pop("title")

        _obj.detail = _d.pop("detail")

        _obj.id = _d.pop("id", UNSET)

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
