from typing import Literal

ListGroupsSortOrder = Literal["asc", "desc"]

LIST_GROUPS_SORT_ORDER_VALUES: set[ListGroupsSortOrder] = {
    "asc",
    "desc",
}


def check_list_groups_sort_order(value: str) -> ListGroupsSortOrder:
    if value in LIST_GROUPS_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_SORT_ORDER_VALUES!r}")
