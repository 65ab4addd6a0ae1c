from typing import Literal

ContentAccessPrincipalPrincipalType = Literal["group", "profile", "user"]

CONTENT_ACCESS_PRINCIPAL_PRINCIPAL_TYPE_VALUES: set[ContentAccessPrincipalPrincipalType] = {
    "group",
    "profile",
    "user",
}


def check_content_access_principal_principal_type(value: str) -> ContentAccessPrincipalPrincipalType:
    if value in CONTENT_ACCESS_PRINCIPAL_PRINCIPAL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_ACCESS_PRINCIPAL_PRINCIPAL_TYPE_VALUES!r}")
