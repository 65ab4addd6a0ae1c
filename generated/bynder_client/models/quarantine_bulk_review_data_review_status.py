from typing import Literal

QuarantineBulkReviewDataReviewStatus = Literal["APPROVED", "DENIED"]

QUARANTINE_BULK_REVIEW_DATA_REVIEW_STATUS_VALUES: set[QuarantineBulkReviewDataReviewStatus] = {
    "APPROVED",
    "DENIED",
}


def check_quarantine_bulk_review_data_review_status(value: str) -> QuarantineBulkReviewDataReviewStatus:
    if value in QUARANTINE_BULK_REVIEW_DATA_REVIEW_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUARANTINE_BULK_REVIEW_DATA_REVIEW_STATUS_VALUES!r}")
