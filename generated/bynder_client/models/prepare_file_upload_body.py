from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PrepareFileUploadBody")


@_attrs_define
class PrepareFileUploadBody:
    """Body of `prepare_file_upload`: an empty JSON object. Bynder's reference requires a JSON
    body without defining any field.

    """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = src_dict
        return _obj
