from typing import Literal

AssetTypeName = Literal["3d", "audio", "document", "image", "video"]

ASSET_TYPE_NAME_VALUES: set[AssetTypeName] = {
    "3d",
    "audio",
    "document",
    "image",
    "video",
}


def check_asset_type_name(value: str) -> AssetTypeName:
    if value in ASSET_TYPE_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_TYPE_NAME_VALUES!r}")
