from typing import Literal

ListTrashedAssetsOrder = Literal["asc", "desc"]

LIST_TRASHED_ASSETS_ORDER_VALUES: set[ListTrashedAssetsOrder] = {
    "asc",
    "desc",
}


def check_list_trashed_assets_order(value: str) -> ListTrashedAssetsOrder:
    if value in LIST_TRASHED_ASSETS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TRASHED_ASSETS_ORDER_VALUES!r}")
