from typing import Literal

UserUpdateFormActive = Literal[0, 1]

USER_UPDATE_FORM_ACTIVE_VALUES: set[UserUpdateFormActive] = {
    0,
    1,
}


def check_user_update_form_active(value: int) -> UserUpdateFormActive:
    if value in USER_UPDATE_FORM_ACTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_UPDATE_FORM_ACTIVE_VALUES!r}")
