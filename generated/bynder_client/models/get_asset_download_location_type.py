from typing import Literal

GetAssetDownloadLocationType = Literal["additional", "original"]

GET_ASSET_DOWNLOAD_LOCATION_TYPE_VALUES: set[GetAssetDownloadLocationType] = {
    "additional",
    "original",
}


def check_get_asset_download_location_type(value: str) -> GetAssetDownloadLocationType:
    if value in GET_ASSET_DOWNLOAD_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ASSET_DOWNLOAD_LOCATION_TYPE_VALUES!r}")
