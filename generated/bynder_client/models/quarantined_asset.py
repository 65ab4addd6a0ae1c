from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuarantinedAsset")


@_attrs_define
class QuarantinedAsset:
    """An upload held back by the antivirus scan, and its review."""

    id: str | Unset = UNSET
    """ Id of the quarantine entry. """
    account_id: None | str | Unset = UNSET
    asset_id: None | str | Unset = UNSET
    asset_name: None | str | Unset = UNSET
    requester_id: None | str | Unset = UNSET
    """ The user who uploaded the file. """
    scan_status: None | str | Unset = UNSET
    """ Known values `PENDING`, `CLEARED`, `INFECTED`, `SKIPPED`. """
    date_added: None | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    upload_event_type: None | str | Unset = UNSET
    """ Which upload flow brought the file in, for example `LEGACY`. """
    file_type: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    scan_failure_reason: None | str | Unset = UNSET
    review_status: None | str | Unset = UNSET
    """ The review decision; null until reviewed. Known values `APPROVED`, `DENIED` and
    `REJECTED`.
     """
    reviewed_by_id: None | str | Unset = UNSET
    is_removed: bool | None | Unset = UNSET
    is_safe: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id

        asset_name: None | str | Unset
        if isinstance(self.asset_name, Unset):
            asset_name = UNSET
        else:
            asset_name = self.asset_name

        requester_id: None | str | Unset
        if isinstance(self.requester_id, Unset):
            requester_id = UNSET
        else:
            requester_id = self.requester_id

        scan_status: None | str | Unset
        if isinstance(self.scan_status, Unset):
            scan_status = UNSET
        else:
            scan_status = self.scan_status

        date_added: None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        upload_event_type: None | str | Unset
        if isinstance(self.upload_event_type, Unset):
            upload_event_type = UNSET
        else:
            upload_event_type = self.upload_event_type

        file_type: None | str | Unset
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        scan_failure_reason: None | str | Unset
        if isinstance(self.scan_failure_reason, Unset):
            scan_failure_reason = UNSET
        else:
            scan_failure_reason = self.scan_failure_reason

        review_status: None | str | Unset
        if isinstance(self.review_status, Unset):
            review_status = UNSET
        else:
            review_status = self.review_status

        reviewed_by_id: None | str | Unset
        if isinstance(self.reviewed_by_id, Unset):
            reviewed_by_id = UNSET
        else:
            reviewed_by_id = self.reviewed_by_id

        is_removed: bool | None | Unset
        if isinstance(self.is_removed, Unset):
            is_removed = UNSET
        else:
            is_removed = self.is_removed

        is_safe: bool | None | Unset
        if isinstance(self.is_safe, Unset):
            is_safe = UNSET
        else:
            is_safe = self.is_safe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if requester_id is not UNSET:
            field_dict["requesterId"] = requester_id
        if scan_status is not UNSET:
            field_dict["scanStatus"] = scan_status
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if upload_event_type is not UNSET:
            field_dict["uploadEventType"] = upload_event_type
        if file_type is not UNSET:
            field_dict["fileType"] = file_type
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if scan_failure_reason is not UNSET:
            field_dict["scanFailureReason"] = scan_failure_reason
        if review_status is not UNSET:
            field_dict["reviewStatus"] = review_status
        if reviewed_by_id is not UNSET:
            field_dict["reviewedById"] = reviewed_by_id
        if is_removed is not UNSET:
            field_dict["isRemoved"] = is_removed
        if is_safe is not UNSET:
            field_dict["isSafe"] = is_safe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("id", UNSET)

        _obj.account_id = _d.pop("accountId", UNSET)

        _obj.asset_id = _d.pop("assetId", UNSET)

        _obj.asset_name = _d.pop("assetName", UNSET)

        _obj.requester_id = _d.pop("requesterId", UNSET)

        _obj.scan_status = _d.pop("scanStatus", UNSET)

        _obj.date_added = _d.pop("dateAdded", UNSET)

        _obj.date_modified = _d.pop("dateModified", UNSET)

        _obj.upload_event_type = _d.pop("uploadEventType", UNSET)

        _obj.file_type = _d.pop("fileType", UNSET)

        _obj.file_size = _d.pop("fileSize", UNSET)

        _obj.scan_failure_reason = _d.pop("scanFailureReason", UNSET)

        _obj.review_status = _d.pop("reviewStatus", UNSET)

        _obj.reviewed_by_id = _d.pop("reviewedById", UNSET)

        _obj.is_removed = _d.pop("isRemoved", UNSET)

        _obj.is_safe = _d.pop("isSafe", UNSET)

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
