from typing import Literal

ListPimMetapropertyOptionsOrder = Literal["asc", "desc"]

LIST_PIM_METAPROPERTY_OPTIONS_ORDER_VALUES: set[ListPimMetapropertyOptionsOrder] = {
    "asc",
    "desc",
}


def check_list_pim_metaproperty_options_order(value: str) -> ListPimMetapropertyOptionsOrder:
    if value in LIST_PIM_METAPROPERTY_OPTIONS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PIM_METAPROPERTY_OPTIONS_ORDER_VALUES!r}")
