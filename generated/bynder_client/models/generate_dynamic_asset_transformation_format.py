from typing import Literal

GenerateDynamicAssetTransformationFormat = Literal["jpg", "png"]

GENERATE_DYNAMIC_ASSET_TRANSFORMATION_FORMAT_VALUES: set[GenerateDynamicAssetTransformationFormat] = {
    "jpg",
    "png",
}


def check_generate_dynamic_asset_transformation_format(value: str) -> GenerateDynamicAssetTransformationFormat:
    if value in GENERATE_DYNAMIC_ASSET_TRANSFORMATION_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_DYNAMIC_ASSET_TRANSFORMATION_FORMAT_VALUES!r}"
    )
