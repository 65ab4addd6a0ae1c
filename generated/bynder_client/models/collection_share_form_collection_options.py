from typing import Literal

CollectionShareFormCollectionOptions = Literal["edit", "readAccess", "readOnly", "view"]

COLLECTION_SHARE_FORM_COLLECTION_OPTIONS_VALUES: set[CollectionShareFormCollectionOptions] = {
    "edit",
    "readAccess",
    "readOnly",
    "view",
}


def check_collection_share_form_collection_options(value: str) -> CollectionShareFormCollectionOptions:
    if value in COLLECTION_SHARE_FORM_COLLECTION_OPTIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_SHARE_FORM_COLLECTION_OPTIONS_VALUES!r}")
