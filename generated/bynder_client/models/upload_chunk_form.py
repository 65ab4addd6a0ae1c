from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File

T = TypeVar("T", bound="UploadChunkForm")


@_attrs_define
class UploadChunkForm:
    """Multipart fields of one part sent to S3. Every field is required and `file` is declared
    last, because S3 ignores whatever follows the file in the body.

    """

    key: str
    """ `{multipart_params.key}/p{N}`. """
    acl: str
    success_action_status: str
    content_type: str
    policy: str
    x_amz_signature: str
    x_amz_credential: str
    x_amz_algorithm: str
    x_amz_date: str
    filename: str
    """ Same value as `key`. """
    name: str
    """ Name of the file. """
    chunk: str
    """ Number of this part, starting at 1. """
    chunks: str
    """ Total number of parts. """
    file: File
    """ The bytes of this part. Must be the last field. """

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        acl = self.acl

        success_action_status = self.success_action_status

        content_type = self.content_type

        policy = self.policy

        x_amz_signature = self.x_amz_signature

        x_amz_credential = self.x_amz_credential

        x_amz_algorithm = self.x_amz_algorithm

        x_amz_date = self.x_amz_date

        filename = self.filename

        name = self.name

        chunk = self.chunk

        chunks = self.chunks

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict["key"] = key
        field_dict["acl"] = acl
        field_dict["success_action_status"] = success_action_status
        field_dict["Content-Type"] = content_type
        field_dict["Policy"] = policy
        field_dict["X-Amz-Signature"] = x_amz_signature
        field_dict["x-amz-credential"] = x_amz_credential
        field_dict["x-amz-algorithm"] = x_amz_algorithm
        field_dict["x-amz-date"] = x_amz_date
        field_dict["Filename"] = filename
        field_dict["name"] = name
        field_dict["chunk"] = chunk
        field_dict["chunks"] = chunks
        field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("key", (None, str(self.key).encode(), "text/plain")))

        files.append(("acl", (None, str(self.acl).encode(), "text/plain")))

        files.append(("success_action_status", (None, str(self.success_action_status).encode(), "text/plain")))

        files.append(("Content-Type", (None, str(self.content_type).encode(), "text/plain")))

        files.append(("Policy", (None, str(self.policy).encode(), "text/plain")))

        files.append(("X-Amz-Signature", (None, str(self.x_amz_signature).encode(), "text/plain")))

        files.append(("x-amz-credential", (None, str(self.x_amz_credential).encode(), "text/plain")))

        files.append(("x-amz-algorithm", (None, str(self.x_amz_algorithm).encode(), "text/plain")))

        files.append(("x-amz-date", (None, str(self.x_amz_date).encode(), "text/plain")))

        files.append(("Filename", (None, str(self.filename).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("chunk", (None, str(self.chunk).encode(), "text/plain")))

        files.append(("chunks", (None, str(self.chunks).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = src_dict
        _obj.key = _d["key"]

        _obj.acl = _d["acl"]

        _obj.success_action_status = _d["success_action_status"]

        _obj.content_type = _d["Content-Type"]

        _obj.policy = _d["Policy"]

        _obj.x_amz_signature = _d["X-Amz-Signature"]

        _obj.x_amz_credential = _d["x-amz-credential"]

        _obj.x_amz_algorithm = _d["x-amz-algorithm"]

        _obj.x_amz_date = _d["x-amz-date"]

        _obj.filename = _d["Filename"]

        _obj.name = _d["name"]

        _obj.chunk = _d["chunk"]

        _obj.chunks = _d["chunks"]

        file = File(payload=BytesIO(_d["file"]))

        _obj.file = file

        return _obj
