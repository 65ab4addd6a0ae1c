from typing import Literal

OrderLineUpdateStatus = Literal["approved", "rejected"]

ORDER_LINE_UPDATE_STATUS_VALUES: set[OrderLineUpdateStatus] = {
    "approved",
    "rejected",
}


def check_order_line_update_status(value: str) -> OrderLineUpdateStatus:
    if value in ORDER_LINE_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_LINE_UPDATE_STATUS_VALUES!r}")
