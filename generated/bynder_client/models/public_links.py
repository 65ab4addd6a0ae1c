from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicLinks")


@_attrs_define
class PublicLinks:
    """The public streaming links of a video asset.

    Always present (required): `hls`, `dash`, `embedCode`. Evidence: Bynder's published schema
    of this reply marks all three required.

    """

    hls: str
    """ URL of the HLS manifest. """
    dash: str
    """ URL of the DASH manifest. """
    embed_code: str
    """ HTML that embeds Bynder's video player for the asset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hls = self.hls

        dash = self.dash

        embed_code = self.embed_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["hls"] = hls
        field_dict["dash"] = dash
        field_dict["embedCode"] = embed_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.hls = _d.pop("hls")

        _obj.dash = _d.pop("dash")

        _obj.embed_code = _d.pop("embedCode")

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
