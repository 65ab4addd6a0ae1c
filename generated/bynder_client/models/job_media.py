from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_media_preview import JobMediaPreview


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
        field_dict.update(
            {
                "id": id,
            }
        )
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
        from ..models.job_media_preview import JobMediaPreview  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_uploader_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uploader_name = _parse_uploader_name(d.pop("uploader_name", UNSET))

        def _parse_responsible_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        responsible_name = _parse_responsible_name(d.pop("responsible_name", UNSET))

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

        def _parse_orientation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        orientation = _parse_orientation(d.pop("orientation", UNSET))

        def _parse_original_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_url = _parse_original_url(d.pop("original_url", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_version_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_parent_id = _parse_version_parent_id(d.pop("versionParentID", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_previews(data: object) -> list[JobMediaPreview] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                previews_type_0 = []
                _previews_type_0 = data
                for previews_type_0_item_data in _previews_type_0:
                    previews_type_0_item = JobMediaPreview.from_dict(previews_type_0_item_data)

                    previews_type_0.append(previews_type_0_item)

                return previews_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobMediaPreview] | None | Unset, data)

        previews = _parse_previews(d.pop("previews", UNSET))

        def _parse_sub_versions(data: object) -> list[JobMedia] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sub_versions_type_0 = []
                _sub_versions_type_0 = data
                for sub_versions_type_0_item_data in _sub_versions_type_0:
                    sub_versions_type_0_item = JobMedia.from_dict(sub_versions_type_0_item_data)

                    sub_versions_type_0.append(sub_versions_type_0_item)

                return sub_versions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobMedia] | None | Unset, data)

        sub_versions = _parse_sub_versions(d.pop("sub_versions", UNSET))

        job_media = cls(
            id=id,
            filename=filename,
            uploader_name=uploader_name,
            responsible_name=responsible_name,
            date_created=date_created,
            date_modified=date_modified,
            orientation=orientation,
            original_url=original_url,
            status=status,
            version_parent_id=version_parent_id,
            version=version,
            previews=previews,
            sub_versions=sub_versions,
        )

        job_media.additional_properties = d
        return job_media

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
