from typing import Literal

OrderUpdateFormStatus = Literal[
    "CANCELED",
    "FAILED",
    "FINISHED",
    "FOR_ORDER",
    "IN_PRODUCTION",
    "IN_PROGRESS",
    "OUT_FOR_DELIVERY",
    "PRODUCTION_SUSPENDED",
    "WAITING_FOR_PAYMENT",
]

ORDER_UPDATE_FORM_STATUS_VALUES: set[OrderUpdateFormStatus] = {
    "CANCELED",
    "FAILED",
    "FINISHED",
    "FOR_ORDER",
    "IN_PRODUCTION",
    "IN_PROGRESS",
    "OUT_FOR_DELIVERY",
    "PRODUCTION_SUSPENDED",
    "WAITING_FOR_PAYMENT",
}


def check_order_update_form_status(value: str) -> OrderUpdateFormStatus:
    if value in ORDER_UPDATE_FORM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_UPDATE_FORM_STATUS_VALUES!r}")
