from typing import Literal

ListTrashedAssetsField = Literal["media.dateCreated", "media.dateRemoved", "media.name", "media.username"]

LIST_TRASHED_ASSETS_FIELD_VALUES: set[ListTrashedAssetsField] = {
    "media.dateCreated",
    "media.dateRemoved",
    "media.name",
    "media.username",
}


def check_list_trashed_assets_field(value: str) -> ListTrashedAssetsField:
    if value in LIST_TRASHED_ASSETS_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TRASHED_ASSETS_FIELD_VALUES!r}")
