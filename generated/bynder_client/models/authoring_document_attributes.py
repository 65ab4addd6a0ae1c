from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthoringDocumentAttributes")


@_attrs_define
class AuthoringDocumentAttributes:
    """The document's text."""

    document: AuthoringDocumentAttributesDocumentType0 | str | Unset = UNSET
    """ The text as a ProseMirror document (a JSON object, or that object as a string). """
    html: None | str | Unset = UNSET
    """ The text as HTML. """
    document_group_id: None | str | Unset = UNSET
    """ The group of documents this one belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, AuthoringDocumentAttributesDocumentType0):
            document = self.document.to_dict()
        else:
            document = self.document

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        document_group_id: None | str | Unset
        if isinstance(self.document_group_id, Unset):
            document_group_id = UNSET
        else:
            document_group_id = self.document_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document is not UNSET:
            field_dict["document"] = document
        if html is not UNSET:
            field_dict["html"] = html
        if document_group_id is not UNSET:
            field_dict["documentGroupId"] = document_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)

        def _parse_document(data: object) -> AuthoringDocumentAttributesDocumentType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = AuthoringDocumentAttributesDocumentType0.from_dict(data)

                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthoringDocumentAttributesDocumentType0 | str | Unset, data)

        document = _parse_document(_d.pop("document", UNSET))

        _obj.document = document

        _obj.html = _d.pop("html", UNSET)

        _obj.document_group_id = _d.pop("documentGroupId", UNSET)

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


from ..models.authoring_document_attributes_document_type_0 import (
    AuthoringDocumentAttributesDocumentType0,
)
