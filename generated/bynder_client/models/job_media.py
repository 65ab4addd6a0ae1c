from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMedia")


@_attrs_define
class JobMedia:
    """A file attached to a job, with its earlier versions in `sub_versions`.

    Always present (required): `id`. Evidence: in every published example of `get_media_of_job`.

    """

    id: str
    filename: None | str | Unset = UNSET
    uploader_name: None | str | Unset = UNSET
    responsible_name: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    orientation: None | str | Unset = UNSET
    original_url: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Review status. Known values `AwaitingApproval`, `Processing`, `Approved`, `Rejected`,
    `Failed`, `Done`.
     """
    version_parent_id: None | str | Unset = UNSET
    version: int | None | Unset = UNSET
    previews: list[JobMediaPreview] | None | Unset = UNSET
    sub_versions: list[JobMedia] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        uploader_name: None | str | Unset
        if isinstance(self.uploader_name, Unset):
            uploader_name = UNSET
        else:
            uploader_name = self.uploader_name

        responsible_name: None | str | Unset
        if isinstance(self.responsible_name, Unset):
            responsible_name = UNSET
        else:
            responsible_name = self.responsible_name

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

        orientation: None | str | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        else:
            orientation = self.orientation

        original_url: None | str | Unset
        if isinstance(self.original_url, Unset):
            original_url = UNSET
        else:
            original_url = self.original_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        version_parent_id: None | str | Unset
        if isinstance(self.version_parent_id, Unset):
            version_parent_id = UNSET
        else:
            version_parent_id = self.version_parent_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        previews: list[dict[str, Any]] | None | Unset
        if isinstance(self.previews, Unset):
            previews = UNSET
        elif isinstance(self.previews, list):
            previews = []
            for previews_type_0_item_data in self.previews:
                previews_type_0_item = previews_type_0_item_data.to_dict()
                previews.append(previews_type_0_item)

        else:
            previews = self.previews

        sub_versions: list[dict[str, Any]] | None | Unset
        if isinstance(self.sub_versions, Unset):
            sub_versions = UNSET
        elif isinstance(self.sub_versions, list):
            sub_versions = []
            for sub_versions_type_0_item_data in self.sub_versions:
                sub_versions_type_0_item = sub_versions_type_0_item_data.to_dict()
                sub_versions.append(sub_versions_type_0_item)

        else:
            sub_versions = self.sub_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if uploader_name is not UNSET:
            field_dict["uploader_name"] = uploader_name
        if responsible_name is not UNSET:
            field_dict["responsible_name"] = responsible_name
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if original_url is not UNSET:
            field_dict["original_url"] = original_url
        if status is not UNSET:
            field_dict["status"] = status
        if version_parent_id is not UNSET:
            field_dict["versionParentID"] = version_parent_id
        if version is not UNSET:
            field_dict["version"] = version
        if previews is not UNSET:
            field_dict["previews"] = previews
        if sub_versions is not UNSET:
            field_dict["sub_versions"] = sub_versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id")

        _obj.filename = _d.pop("filename", UNSET)

        _obj.uploader_name = _d.pop("uploader_name", UNSET)

        _obj.responsible_name = _d.pop("responsible_name", UNSET)

        _obj.date_created = _d.pop("dateCreated", UNSET)

        _obj.date_modified = _d.pop("dateModified", UNSET)

        _obj.orientation = _d.pop("orientation", UNSET)

        _obj.original_url = _d.pop("original_url", UNSET)

        _obj.status = _d.pop("status", UNSET)

        _obj.version_parent_id = _d.pop("versionParentID", UNSET)

        _obj.version = _d.pop("version", UNSET)

        _previews = _d.pop("previews", UNSET)
        _obj.previews = (
            [JobMediaPreview.from_dict(item) for item in _previews] if isinstance(_previews, list) else _previews
        )

        _sub_versions = _d.pop("sub_versions", UNSET)
        _obj.sub_versions = (
            [JobMedia.from_dict(item) for item in _sub_versions] if isinstance(_sub_versions, list) else _sub_versions
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


from ..models.job_media_preview import JobMediaPreview
