from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadInit")


@_attrs_define
class UploadInit:
    """Reply of `initialize_upload`.

    Always present (required): `s3file`, `s3_filename`, `multipart_params`. Evidence: read
    unconditionally by every official SDK's upload (Python `UploadClient._init_upload`, PHP
    `FileUploader`, Java `FileUploader`, JS `registerChunk`/`uploadFileInChunks`); the upload
    cannot proceed without them.

    """

    s3file: S3File
    """ Identifiers of an upload.

    Always present (required): `uploadid`, `targetid`. Evidence: read unconditionally by every
    official SDK's upload to register and finalise the parts (Python
    `UploadClient._register_part`, PHP `FileUploader::registerChunkAsync`, Java `FileUploader`,
    JS `registerChunk`).
     """
    s3_filename: str
    """ Base S3 key of the upload; parts are `{s3_filename}/p{N}`. """
    multipart_params: MultipartParams
    """ Signed S3 POST-policy fields. Send every one of them with each part (`key` gets the `/p{N}`
    suffix). Other fields that Bynder adds are kept as additional properties.

    Always present (required): `key`. Evidence: read unconditionally by the official SDKs'
    uploads to build each part's key (PHP `AmazonApi::uploadPartToAmazon`, JS
    `uploadFileInChunks` `init.multipart_params.key`).
     """
    target_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s3file = self.s3file.to_dict()

        s3_filename = self.s3_filename

        multipart_params = self.multipart_params.to_dict()

        target_key: None | str | Unset
        if isinstance(self.target_key, Unset):
            target_key = UNSET
        else:
            target_key = self.target_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["s3file"] = s3file
        field_dict["s3_filename"] = s3_filename
        field_dict["multipart_params"] = multipart_params
        if target_key is not UNSET:
            field_dict["target_key"] = target_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.s3file = S3File.from_dict(_d.pop("s3file"))

        _obj.s3_filename = _d.pop("s3_filename")

        _obj.multipart_params = MultipartParams.from_dict(_d.pop("multipart_params"))

        _obj.target_key = _d.pop("target_key", UNSET)

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


from ..models.multipart_params import MultipartParams
from ..models.s3_file import S3File
