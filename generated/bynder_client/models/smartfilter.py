from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Smartfilter")


@_attrs_define
class Smartfilter:
    """A smartfilter, a labelled group of metaproperties in the asset bank's filters.

    Always present (required): `id`. Evidence: in every published example of
    `list_smartfilters`, and read unconditionally by the official SDKs' samples (PHP
    `sample/SmartFiltersSample.php`, Java `SmartFiltersSample.java`).

    """

    id: str
    icon: None | str | Unset = UNSET
    """ CSS classes of the icon, for example `fa fa-group`. """
    labels: None | SmartfilterLabelsType0 | Unset = UNSET
    """ Label per locale. """
    zindex: int | None | Unset = UNSET
    """ Position among the smartfilters. """
    metaproperties: list[str] | None | Unset = UNSET
    """ Ids of the metaproperties in the smartfilter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, SmartfilterLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        zindex: int | None | Unset
        if isinstance(self.zindex, Unset):
            zindex = UNSET
        else:
            zindex = self.zindex

        metaproperties: list[str] | None | Unset
        if isinstance(self.metaproperties, Unset):
            metaproperties = UNSET
        elif isinstance(self.metaproperties, list):
            metaproperties = self.metaproperties

        else:
            metaproperties = self.metaproperties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if icon is not UNSET:
            field_dict["icon"] = icon
        if labels is not UNSET:
            field_dict["labels"] = labels
        if zindex is not UNSET:
            field_dict["zindex"] = zindex
        if metaproperties is not UNSET:
            field_dict["metaproperties"] = metaproperties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.icon = _d.pop("icon", UNSET)

        _labels = _d.pop("labels", UNSET)
        _obj.labels = SmartfilterLabelsType0.from_dict(_labels) if isinstance(_labels, dict) else _labels

        _obj.zindex = _d.pop("zindex", UNSET)

        _obj.metaproperties = _d.pop("metaproperties", UNSET)

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


from ..models.smartfilter_labels_type_0 import SmartfilterLabelsType0
