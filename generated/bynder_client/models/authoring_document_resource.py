from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.authoring_document_attributes import AuthoringDocumentAttributes


T = TypeVar("T", bound="AuthoringDocumentResource")


@_attrs_define
class AuthoringDocumentResource:
    """The document resource.

    Always present (required): `id`, `type`, `attributes`. Evidence: Bynder's published schema
    marks all three required.

    """

    id: str
    type_: str
    """ Always `document`. """
    attributes: AuthoringDocumentAttributes
    """ The document's text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authoring_document_attributes import AuthoringDocumentAttributes  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        attributes = AuthoringDocumentAttributes.from_dict(d.pop("attributes"))

        authoring_document_resource = cls(
            id=id,
            type_=type_,
            attributes=attributes,
        )

        authoring_document_resource.additional_properties = d
        return authoring_document_resource

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
