from typing import Literal

JobStageUpdateStatus = Literal["Active", "Approved", "Cancelled", "Idle", "NeedsChanges"]

JOB_STAGE_UPDATE_STATUS_VALUES: set[JobStageUpdateStatus] = {
    "Active",
    "Approved",
    "Cancelled",
    "Idle",
    "NeedsChanges",
}


def check_job_stage_update_status(value: str) -> JobStageUpdateStatus:
    if value in JOB_STAGE_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_STAGE_UPDATE_STATUS_VALUES!r}")
