from typing import Literal

AutomationRuleStatusStatus = Literal["PAUSED", "PUBLISHED"]

AUTOMATION_RULE_STATUS_STATUS_VALUES: set[AutomationRuleStatusStatus] = {
    "PAUSED",
    "PUBLISHED",
}


def check_automation_rule_status_status(value: str) -> AutomationRuleStatusStatus:
    if value in AUTOMATION_RULE_STATUS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTOMATION_RULE_STATUS_STATUS_VALUES!r}")
