from typing import Literal

ListTagsOrderBy = Literal["mediaCount asc", "mediaCount desc", "tag asc", "tag desc"]

LIST_TAGS_ORDER_BY_VALUES: set[ListTagsOrderBy] = {
    "mediaCount asc",
    "mediaCount desc",
    "tag asc",
    "tag desc",
}


def check_list_tags_order_by(value: str) -> ListTagsOrderBy:
    if value in LIST_TAGS_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TAGS_ORDER_BY_VALUES!r}")
