from typing import Literal

ListAssetsOrientation = Literal["landscape", "portrait", "square"]

LIST_ASSETS_ORIENTATION_VALUES: set[ListAssetsOrientation] = {
    "landscape",
    "portrait",
    "square",
}


def check_list_assets_orientation(value: str) -> ListAssetsOrientation:
    if value in LIST_ASSETS_ORIENTATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ASSETS_ORIENTATION_VALUES!r}")
