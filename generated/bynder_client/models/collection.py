from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_cover import CollectionCover
    from ..models.collection_owner import CollectionOwner


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
        from ..models.collection_cover import CollectionCover  # noqa: PLC0415
        from ..models.collection_owner import CollectionOwner  # noqa: PLC0415

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
        field_dict.update(
            {
                "name": name,
            }
        )
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
        from ..models.collection_cover import CollectionCover  # noqa: PLC0415
        from ..models.collection_owner import CollectionOwner  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        id = d.pop("id", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_user(data: object) -> CollectionOwner | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = CollectionOwner.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollectionOwner | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_collection_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        collection_count = _parse_collection_count(d.pop("collectionCount", UNSET))

        def _parse_views(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        views = _parse_views(d.pop("views", UNSET))

        def _parse_is_public(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        is_public = _parse_is_public(d.pop("isPublic", UNSET))

        def _parse_date_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_created = _parse_date_created(d.pop("dateCreated", UNSET))

        def _parse_date_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_modified = _parse_date_modified(d.pop("dateModified", UNSET))

        def _parse_cover(data: object) -> CollectionCover | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cover_type_0 = CollectionCover.from_dict(data)

                return cover_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollectionCover | None | Unset, data)

        cover = _parse_cover(d.pop("cover", UNSET))

        def _parse_thumbnail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail = _parse_thumbnail(d.pop("thumbnail", UNSET))

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        collection = cls(
            name=name,
            id=id,
            description=description,
            user_id=user_id,
            user=user,
            filename=filename,
            collection_count=collection_count,
            views=views,
            is_public=is_public,
            date_created=date_created,
            date_modified=date_modified,
            cover=cover,
            thumbnail=thumbnail,
            link=link,
        )

        collection.additional_properties = d
        return collection

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
