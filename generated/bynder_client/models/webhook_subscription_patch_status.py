from typing import Literal

WebhookSubscriptionPatchStatus = Literal[0, 1]

WEBHOOK_SUBSCRIPTION_PATCH_STATUS_VALUES: set[WebhookSubscriptionPatchStatus] = {
    0,
    1,
}


def check_webhook_subscription_patch_status(value: int) -> WebhookSubscriptionPatchStatus:
    if value in WEBHOOK_SUBSCRIPTION_PATCH_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_SUBSCRIPTION_PATCH_STATUS_VALUES!r}")
