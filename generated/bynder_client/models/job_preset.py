from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobPreset")


@_attrs_define
class JobPreset:
    """A template that jobs are created from."""

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    wf_uuid: None | str | Unset = UNSET
    ftp_settings: JobPresetFtpSettingsType0 | None | str | Unset = UNSET
    """ FTP delivery settings; often an empty object. """
    presetstages: list[JobPresetStage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        wf_uuid: None | str | Unset
        if isinstance(self.wf_uuid, Unset):
            wf_uuid = UNSET
        else:
            wf_uuid = self.wf_uuid

        ftp_settings: dict[str, Any] | None | str | Unset
        if isinstance(self.ftp_settings, Unset):
            ftp_settings = UNSET
        elif isinstance(self.ftp_settings, JobPresetFtpSettingsType0):
            ftp_settings = self.ftp_settings.to_dict()
        else:
            ftp_settings = self.ftp_settings

        presetstages: list[dict[str, Any]] | None | Unset
        if isinstance(self.presetstages, Unset):
            presetstages = UNSET
        elif isinstance(self.presetstages, list):
            presetstages = []
            for presetstages_type_0_item_data in self.presetstages:
                presetstages_type_0_item = presetstages_type_0_item_data.to_dict()
                presetstages.append(presetstages_type_0_item)

        else:
            presetstages = self.presetstages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["ID"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if wf_uuid is not UNSET:
            field_dict["wf_uuid"] = wf_uuid
        if ftp_settings is not UNSET:
            field_dict["ftp_settings"] = ftp_settings
        if presetstages is not UNSET:
            field_dict["presetstages"] = presetstages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _d = dict(src_dict)
        _obj.id = _d.pop("ID", UNSET)

        _obj.name = _d.pop("name", UNSET)

        _obj.wf_uuid = _d.pop("wf_uuid", UNSET)

        def _parse_ftp_settings(data: object) -> JobPresetFtpSettingsType0 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ftp_settings_type_0 = JobPresetFtpSettingsType0.from_dict(data)

                return ftp_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobPresetFtpSettingsType0 | None | str | Unset, data)

        ftp_settings = _parse_ftp_settings(_d.pop("ftp_settings", UNSET))

        _obj.ftp_settings = ftp_settings

        _presetstages = _d.pop("presetstages", UNSET)
        _obj.presetstages = (
            [JobPresetStage.from_dict(item) for item in _presetstages]
            if isinstance(_presetstages, list)
            else _presetstages
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


from ..models.job_preset_ftp_settings_type_0 import JobPresetFtpSettingsType0
from ..models.job_preset_stage import JobPresetStage
