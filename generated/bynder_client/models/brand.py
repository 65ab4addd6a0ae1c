from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Brand")


@_attrs_define
class Brand:
    """A brand and its sub-brands.

    Always present (required): `id`, `name`. Evidence: read unconditionally by the official
    SDKs' samples: `id` is passed as the upload's brand id (Python `samples/upload_file.py`
    `brands[0]['id']`, PHP `sample/UploadsSample.php`, Java `UploadSample.java`, C#
    `UploadSample.cs`, JS `samples/upload.js`), `name` is printed for every brand (Java
    `BrandsSample.java`, C# `BrandsSample.cs`).

    """

    id: str
    name: None | str
    description: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    """ URL of the brand's logo. """
    sub_brands: list[SubBrand] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        sub_brands: list[dict[str, Any]] | None | Unset
        if isinstance(self.sub_brands, Unset):
            sub_brands = UNSET
        elif isinstance(self.sub_brands, list):
            sub_brands = []
            for sub_brands_type_0_item_data in self.sub_brands:
                sub_brands_type_0_item = sub_brands_type_0_item_data.to_dict()
                sub_brands.append(sub_brands_type_0_item)

        else:
            sub_brands = self.sub_brands

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if sub_brands is not UNSET:
            field_dict["subBrands"] = sub_brands

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.name = _d.pop("name")

        _obj.description = _d.pop("description", UNSET)

        _obj.image = _d.pop("image", UNSET)

        _sub_brands = _d.pop("subBrands", UNSET)
        _obj.sub_brands = (
            [SubBrand.from_dict(item) for item in _sub_brands] if isinstance(_sub_brands, list) else _sub_brands
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


from ..models.sub_brand import SubBrand
