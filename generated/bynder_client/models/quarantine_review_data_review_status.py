from typing import Literal

QuarantineReviewDataReviewStatus = Literal["APPROVED", "DENIED"]

QUARANTINE_REVIEW_DATA_REVIEW_STATUS_VALUES: set[QuarantineReviewDataReviewStatus] = {
    "APPROVED",
    "DENIED",
}


def check_quarantine_review_data_review_status(value: str) -> QuarantineReviewDataReviewStatus:
    if value in QUARANTINE_REVIEW_DATA_REVIEW_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUARANTINE_REVIEW_DATA_REVIEW_STATUS_VALUES!r}")
