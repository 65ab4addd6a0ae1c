from typing import Literal

ListCollectionsOrderBy = Literal["dateCreated asc", "dateCreated desc", "name asc", "name desc"]

LIST_COLLECTIONS_ORDER_BY_VALUES: set[ListCollectionsOrderBy] = {
    "dateCreated asc",
    "dateCreated desc",
    "name asc",
    "name desc",
}


def check_list_collections_order_by(value: str) -> ListCollectionsOrderBy:
    if value in LIST_COLLECTIONS_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_COLLECTIONS_ORDER_BY_VALUES!r}")
