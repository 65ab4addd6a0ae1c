from typing import Literal

UserCreateFormActive = Literal[0, 1]

USER_CREATE_FORM_ACTIVE_VALUES: set[UserCreateFormActive] = {
    0,
    1,
}


def check_user_create_form_active(value: int) -> UserCreateFormActive:
    if value in USER_CREATE_FORM_ACTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_CREATE_FORM_ACTIVE_VALUES!r}")
