from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadLocation")


@_attrs_define
class DownloadLocation:
    """Where to download a file from.

    Always present (required): `s3_file`. Evidence: the only thing this reply is for: in the
    published examples of all three download-location operations, and read unconditionally by
    the official Java SDK's sample (`MediaSample.java` `getS3File().getFile()`).

    """

    s3_file: str
    """ Temporary signed URL of the file. Fetch it without the Bynder token. """
    disclaimer: None | str | Unset = UNSET
    """ HTML disclaimer to show before the download, when the portal defines one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s3_file = self.s3_file

        disclaimer: None | str | Unset
        if isinstance(self.disclaimer, Unset):
            disclaimer = UNSET
        else:
            disclaimer = self.disclaimer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["s3_file"] = s3_file
        if disclaimer is not UNSET:
            field_dict["disclaimer"] = disclaimer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.s3_file = _d.pop("s3_file")

        _obj.disclaimer = _d.pop("disclaimer", UNSET)

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
