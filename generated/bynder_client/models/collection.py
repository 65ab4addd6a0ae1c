from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A collection of assets. Its dates use a form such as `March, 08 2017 14:17:37 +0000`. Some
    payloads spell the public flag `IsPublic`; that key is kept as an additional property.

    Always present (required): `name`. Evidence: in every published example of
    `list_collections` and `get_collection`, and read unconditionally by the official SDKs'
    samples (Java `CollectionsSample.java` `getName()`, C# `CollectionsSample.cs`
    `collection.Name`). `id` is not required: Bynder's published example of `get_collection` has
    none.

    """

    name: None | str
    id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    """ Id of the owner. """
    user: CollectionOwner | None | Unset = UNSET
    filename: None | str | Unset = UNSET
    """ URL-friendly name. """
    collection_count: int | None | Unset = UNSET
    """ Number of assets in the collection. """
    views: int | None | Unset = UNSET
    is_public: bool | int | None | Unset = UNSET
    date_created: None | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    cover: CollectionCover | None | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, CollectionOwner):
            user = self.user.to_dict()
        else:
            user = self.user

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        collection_count: int | None | Unset
        if isinstance(self.collection_count, Unset):
            collection_count = UNSET
        else:
            collection_count = self.collection_count

        views: int | None | Unset
        if isinstance(self.views, Unset):
            views = UNSET
        else:
            views = self.views

        is_public: bool | int | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        cover: dict[str, Any] | None | Unset
        if isinstance(self.cover, Unset):
            cover = UNSET
        elif isinstance(self.cover, CollectionCover):
            cover = self.cover.to_dict()
        else:
            cover = self.cover

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if filename is not UNSET:
            field_dict["filename"] = filename
        if collection_count is not UNSET:
            field_dict["collectionCount"] = collection_count
        if views is not UNSET:
            field_dict["views"] = views
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if cover is not UNSET:
            field_dict["cover"] = cover
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.name = _d.pop("name")

        _obj.id = _d.pop("id", UNSET)

        _obj.description = _d.pop("description", UNSET)

        _obj.user_id = _d.pop("userId", UNSET)

        _user = _d.pop("user", UNSET)
        _obj.user = CollectionOwner.from_dict(_user) if isinstance(_user, dict) else _user

        _obj.filename = _d.pop("filename", UNSET)

        _obj.collection_count = _d.pop("collectionCount", UNSET)

        _obj.views = _d.pop("views", UNSET)

        _obj.is_public = _d.pop("isPublic", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.date_modified = _d.pop("dateModified", UNSET)

        _cover = _d.pop("cover", UNSET)
        _obj.cover = CollectionCover.from_dict(_cover) if isinstance(_cover, dict) else _cover

        _obj.thumbnail = _d.pop("thumbnail", UNSET)

        _obj.link = _d.pop("link", UNSET)

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


from ..models.collection_cover import CollectionCover
from ..models.collection_owner import CollectionOwner
