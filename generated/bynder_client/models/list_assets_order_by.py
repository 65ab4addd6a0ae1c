from typing import Literal

ListAssetsOrderBy = Literal[
    "dateCreated asc",
    "dateCreated desc",
    "dateModified asc",
    "dateModified desc",
    "datePublished asc",
    "datePublished desc",
    "name asc",
    "name desc",
]

LIST_ASSETS_ORDER_BY_VALUES: set[ListAssetsOrderBy] = {
    "dateCreated asc",
    "dateCreated desc",
    "dateModified asc",
    "dateModified desc",
    "datePublished asc",
    "datePublished desc",
    "name asc",
    "name desc",
}


def check_list_assets_order_by(value: str) -> ListAssetsOrderBy:
    if value in LIST_ASSETS_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ASSETS_ORDER_BY_VALUES!r}")
