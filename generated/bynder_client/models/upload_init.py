from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multipart_params import MultipartParams
    from ..models.s3_file import S3File


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
        field_dict.update(
            {
                "s3file": s3file,
                "s3_filename": s3_filename,
                "multipart_params": multipart_params,
            }
        )
        if target_key is not UNSET:
            field_dict["target_key"] = target_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multipart_params import MultipartParams  # noqa: PLC0415
        from ..models.s3_file import S3File  # noqa: PLC0415

        d = dict(src_dict)
        s3file = S3File.from_dict(d.pop("s3file"))

        s3_filename = d.pop("s3_filename")

        multipart_params = MultipartParams.from_dict(d.pop("multipart_params"))

        def _parse_target_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_key = _parse_target_key(d.pop("target_key", UNSET))

        upload_init = cls(
            s3file=s3file,
            s3_filename=s3_filename,
            multipart_params=multipart_params,
            target_key=target_key,
        )

        upload_init.additional_properties = d
        return upload_init

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
