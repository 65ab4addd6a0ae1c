from typing import Literal

SaveMediaFormAccessType = Literal["edit", "export", "shutterstock", "stock", "upload"]

SAVE_MEDIA_FORM_ACCESS_TYPE_VALUES: set[SaveMediaFormAccessType] = {
    "edit",
    "export",
    "shutterstock",
    "stock",
    "upload",
}


def check_save_media_form_access_type(value: str) -> SaveMediaFormAccessType:
    if value in SAVE_MEDIA_FORM_ACCESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVE_MEDIA_FORM_ACCESS_TYPE_VALUES!r}")
