"""Workflow: campaigns (create 201 `{"id"}`, get with upper-case `ID`, update 201, close 204,
delete 204), jobs (create 201, update 200, delete 204, list with `X-Pagination-*` headers, media
of a job) and job presets (`{"preset": {...}}`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..platform_state import canonical, workflow_user_id
from ..router import route
from ..state import Campaign, Job, JobStage, iso_offset, parse_date, split_csv
from .assets import orientation
from .common import (
    json_object,
    json_str,
    page_of,
    pagination_headers,
    portal_url,
    query_int,
)

if TYPE_CHECKING:
    from ..core import FakeBynder

STAGE_STATUSES = {"Idle", "Active", "Cancelled", "Approved", "NeedsChanges"}
JOB_ORDER = {"deadline", "dateCreated", "dateModified", "name"}


# -- campaigns ---------------------------------------------------------------------------------


def render_campaign(fake: FakeBynder, req: FakeRequest, c: Campaign) -> dict[str, Any]:
    return {
        "ID": c.id,
        "name": c.name,
        "key": c.key,
        "description": c.description,
        "accountID": c.account_id,
        "createdByID": c.created_by_id,
        "responsibleID": c.responsible_id,
        "presetID": c.preset_id,
        "closed": c.closed,
        "dateStart": c.date_start,
        "deadline": c.deadline,
        "dateCreated": iso_offset(c.date_created),
        "dateModified": iso_offset(c.date_modified),
        "thumbnailURL": portal_url(req, f"/workflow/campaigns/{c.id}/thumbnail.png"),
        "campaignMetaproperties": dict(c.metaproperties),
    }


def get_campaign_or_404(fake: FakeBynder, campaign_id: str) -> Campaign:
    campaign = fake.campaigns.get(campaign_id)
    if campaign is None:
        raise HTTPError(404, "Campaign not found")
    return campaign


def _date_field(body: dict[str, Any], name: str) -> str | None:
    value = json_str(body, name)
    if value is not None and value != "" and parse_date(value) is None:
        raise HTTPError(400, f"Field {name} must be an ISO 8601 date")
    return value or None


def user_id_of(fake: FakeBynder, any_id: str) -> str | None:
    """The asset-bank id of the user that ``any_id`` names, in the asset-bank form or in the
    workflow (standard UUID) form that ``/api/workflow/users/`` lists; None for no user."""
    if any_id in fake.users:
        return any_id
    wanted = canonical(any_id)
    return next((u.id for u in fake.users.values() if canonical(u.id) == wanted), None)


def _user_field(fake: FakeBynder, body: dict[str, Any], name: str) -> str | None:
    """The asset-bank id of the user in field ``name`` (either form); 400 for no user."""
    given = json_str(body, name)
    if not given:
        return given
    found = user_id_of(fake, given)
    if found is None:
        raise HTTPError(400, f"{name} is not a user")
    return found


def _apply_campaign_fields(fake: FakeBynder, campaign: Campaign, body: dict[str, Any]) -> None:
    responsible = _user_field(fake, body, "responsibleID")
    closed = body.get("closed")
    if closed is not None and not isinstance(closed, bool):
        raise HTTPError(400, "Field closed must be a boolean")
    metaproperties = body.get("campaignMetaproperties")
    if metaproperties is not None and not isinstance(metaproperties, dict):
        raise HTTPError(400, "Field campaignMetaproperties must be an object")
    date_start = _date_field(body, "dateStart")
    deadline = _date_field(body, "deadline")
    for name, attr in (("name", "name"), ("key", "key"), ("description", "description")):
        value = json_str(body, name)
        if value is not None:
            setattr(campaign, attr, value)
    if responsible is not None:
        campaign.responsible_id = responsible or None
    if "dateStart" in body:
        campaign.date_start = date_start
    if "deadline" in body:
        campaign.deadline = deadline
    if closed is not None:
        campaign.closed = closed
    if metaproperties is not None:
        campaign.metaproperties = dict(metaproperties)
    campaign.date_modified = fake.clock()


@route("GET", "/api/workflow/campaigns/", "list_campaigns", scopes=("workflow.campaign:read",))
def list_campaigns(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    items = sorted(fake.campaigns.values(), key=lambda c: (c.date_created, c.id))
    return json_response(200, [render_campaign(fake, req, c) for c in items])


@route("GET", "/api/workflow/campaigns/{id}/", "get_campaign", scopes=("workflow.campaign:read",))
def get_campaign(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(
        200, render_campaign(fake, req, get_campaign_or_404(fake, req.path_params["id"]))
    )


def new_campaign(fake: FakeBynder, name: str, key: str) -> Campaign:
    now = fake.clock()
    campaign = Campaign(
        id=fake.ids.uuid(),
        name=name,
        key=key,
        account_id=fake.account_id,
        created_by_id=fake.current_user_id,
        date_created=now,
        date_modified=now,
    )
    fake.campaigns[campaign.id] = campaign
    return campaign


@route("POST", "/api/workflow/campaigns/", "create_campaign", scopes=("workflow.campaign:write",))
def create_campaign(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    body = json_object(req)
    name = json_str(body, "name", required=True) or ""
    key = json_str(body, "key", required=True) or ""
    probe = Campaign("", name, key, "", "", 0.0, 0.0)
    _apply_campaign_fields(fake, probe, body)  # validates before anything is stored
    campaign = new_campaign(fake, name, key)
    _apply_campaign_fields(fake, campaign, body)
    location = portal_url(req, f"/api/workflow/campaigns/{campaign.id}/")
    return json_response(201, {"id": campaign.id}, [("Location", location)])


@route(
    "PUT", "/api/workflow/campaigns/{id}/", "update_campaign", scopes=("workflow.campaign:write",)
)
def update_campaign(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    campaign = get_campaign_or_404(fake, req.path_params["id"])
    body = json_object(req)
    for name in ("name", "key"):
        if name in body and not (json_str(body, name) or "").strip():
            raise HTTPError(400, f"Field {name} must not be empty")
    _apply_campaign_fields(fake, campaign, body)
    return json_response(201, {"id": campaign.id})


@route(
    "POST", "/api/workflow/campaigns/{id}", "close_campaign", scopes=("workflow.campaign:write",)
)
def close_campaign(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    campaign = get_campaign_or_404(fake, req.path_params["id"])
    campaign.closed = True
    campaign.date_modified = fake.clock()
    return empty_response(204)


@route(
    "DELETE",
    "/api/workflow/campaigns/{id}/",
    "delete_campaign",
    scopes=("workflow.campaign:write",),
)
def delete_campaign(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    campaign = get_campaign_or_404(fake, req.path_params["id"])
    del fake.campaigns[campaign.id]
    for job_id in [j.id for j in fake.jobs.values() if j.campaign_id == campaign.id]:
        del fake.jobs[job_id]
    return empty_response(204)


# -- jobs ----------------------------------------------------------------------------------------


def _stage_ref(stage: JobStage | None) -> dict[str, Any] | None:
    if stage is None:
        return None
    return {"id": stage.id, "position": stage.position, "status": stage.status}


def render_job(fake: FakeBynder, job: Job) -> dict[str, Any]:
    active_index = next((i for i, s in enumerate(job.stages) if s.status == "Active"), None)
    previous = job.stages[active_index - 1] if active_index else None
    nxt = (
        job.stages[active_index + 1]
        if active_index is not None and active_index + 1 < len(job.stages)
        else None
    )
    return {
        "id": job.id,
        "name": job.name,
        "description": job.description,
        "deadline": job.deadline,
        "dateCreated": iso_offset(job.date_created),
        "dateModified": iso_offset(job.date_modified),
        "createdByID": job.created_by_id,
        "accountableID": job.accountable_id,
        "campaignID": job.campaign_id,
        "presetID": job.preset_id,
        "basedOnPreset": job.preset_id,
        "jobKey": job.job_key,
        "bookedMinutes": 0,
        "dateFinished": iso_offset(job.date_finished) if job.date_finished is not None else None,
        "jobFinishedHistory": [
            {"userId": workflow_user_id(user_id), "date": iso_offset(when)}
            for user_id, when in job.finished_history
        ],
        "jobMetaproperties": dict(job.metaproperties),
        "job_stages": [_stage_ref(s) for s in job.stages],
        "job_previous_stage": _stage_ref(previous),
        "job_active_stage": _stage_ref(job.stages[active_index])
        if active_index is not None
        else None,
        "job_next_stage": _stage_ref(nxt),
    }


def get_job_or_404(fake: FakeBynder, job_id: str) -> Job:
    job = fake.jobs.get(job_id)
    if job is None:
        raise HTTPError(404, "Job not found")
    return job


def _filter_jobs(fake: FakeBynder, req: FakeRequest, jobs: list[Job]) -> list[Job]:
    for name, attr, op in (
        ("dateCreatedFrom", "date_created", "ge"),
        ("dateCreatedTo", "date_created", "le"),
        ("dateModifiedFrom", "date_modified", "ge"),
        ("dateModifiedTo", "date_modified", "le"),
    ):
        raw = req.query_value(name)
        if raw:
            moment = parse_date(raw)
            if moment is None:
                raise HTTPError(400, f"Query parameter {name} must be an ISO 8601 date")
            jobs = [
                j
                for j in jobs
                if (getattr(j, attr) >= moment if op == "ge" else getattr(j, attr) <= moment)
            ]
    for name, op in (("deadlineFrom", "ge"), ("deadlineTo", "le")):
        raw = req.query_value(name)
        if raw:
            moment = parse_date(raw)
            if moment is None:
                raise HTTPError(400, f"Query parameter {name} must be an ISO 8601 date")
            kept = []
            for job in jobs:
                due = parse_date(job.deadline) if job.deadline else None
                if due is not None and (due >= moment if op == "ge" else due <= moment):
                    kept.append(job)
            jobs = kept
    accountable = set(split_csv(req.query_value("accountableIDs")))
    if accountable:
        jobs = [j for j in jobs if j.accountable_id in accountable]
    responsible = set(split_csv(req.query_value("resonsibleIDs")))
    if responsible:
        jobs = [
            j for j in jobs if j.created_by_id in responsible or j.accountable_id in responsible
        ]
    statuses = set(split_csv(req.query_value("status")))
    if statuses:
        jobs = [
            j for j in jobs if j.status in statuses or any(s.status in statuses for s in j.stages)
        ]
    field_name, _, direction = (req.query_value("orderBy") or "dateCreated asc").partition(" ")
    direction = direction.strip().lower() or "asc"
    if field_name not in JOB_ORDER or direction not in ("asc", "desc"):
        raise HTTPError(400, f"orderBy must be one of {sorted(JOB_ORDER)} with asc or desc")
    keys: dict[str, Any] = {
        "deadline": lambda j: (j.deadline or "", j.id),
        "dateCreated": lambda j: (j.date_created, j.id),
        "dateModified": lambda j: (j.date_modified, j.id),
        "name": lambda j: (j.name.lower(), j.id),
    }
    return sorted(jobs, key=keys[field_name], reverse=direction == "desc")


def _job_page(fake: FakeBynder, req: FakeRequest, jobs: list[Job]) -> FakeResponse:
    page = query_int(req, "page", 1, minimum=1)
    limit = query_int(req, "limit", 50, minimum=1, maximum=1000)
    matched = _filter_jobs(fake, req, jobs)
    body = [render_job(fake, j) for j in page_of(matched, page, limit)]
    return json_response(200, body, pagination_headers(len(matched), page, limit))


@route("GET", "/api/workflow/jobs/", "list_jobs", scopes=("workflow.job:read",))
def list_jobs(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return _job_page(fake, req, list(fake.jobs.values()))


@route(
    "GET",
    "/api/workflow/campaigns/{id}/jobs/",
    "list_jobs_by_campaign",
    scopes=("workflow.job:read",),
)
def list_jobs_by_campaign(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    campaign = get_campaign_or_404(fake, req.path_params["id"])
    return _job_page(fake, req, [j for j in fake.jobs.values() if j.campaign_id == campaign.id])


@route("GET", "/api/workflow/jobs/{id}/", "get_job", scopes=("workflow.job:read",))
def get_job(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(200, render_job(fake, get_job_or_404(fake, req.path_params["id"])))


def _job_key(fake: FakeBynder, campaign: Campaign) -> str:
    count = sum(1 for j in fake.jobs.values() if j.campaign_id == campaign.id)
    return f"{campaign.key or 'JOB'}-{count + 1}"


def new_job(
    fake: FakeBynder, name: str, campaign: Campaign, accountable_id: str, preset_id: str
) -> Job:
    now = fake.clock()
    preset = fake.presets[preset_id]
    stages = [
        JobStage(
            id=fake.ids.uuid(),
            position=s.position,
            status="Active" if i == 0 else "Idle",
            name=s.name,
            description=s.description,
            responsible_id=s.responsible_group_id or s.responsible_id,
            responsible_type="group" if s.responsible_group_id else "user",
        )
        for i, s in enumerate(sorted(preset.stages, key=lambda s: s.position))
    ]
    job = Job(
        id=fake.ids.uuid(),
        name=name,
        campaign_id=campaign.id,
        accountable_id=accountable_id,
        preset_id=preset_id,
        created_by_id=fake.current_user_id,
        date_created=now,
        date_modified=now,
        job_key=_job_key(fake, campaign),
        stages=stages,
    )
    fake.jobs[job.id] = job
    return job


def _check_metaproperties(body: dict[str, Any]) -> dict[str, Any] | None:
    value = body.get("jobMetaproperties")
    if value is not None and not isinstance(value, dict):
        raise HTTPError(400, "Field jobMetaproperties must be an object")
    return value


@route("POST", "/api/workflow/jobs/", "create_job", scopes=("workflow.job:write",))
def create_job(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    body = json_object(req)
    name = json_str(body, "name", required=True) or ""
    campaign_id = json_str(body, "campaignID", required=True) or ""
    json_str(body, "accountableID", required=True)
    preset_id = json_str(body, "presetID", required=True) or ""
    campaign = fake.campaigns.get(campaign_id)
    if campaign is None:
        raise HTTPError(400, "campaignID is not a campaign")
    accountable_id = _user_field(fake, body, "accountableID") or ""
    if preset_id not in fake.presets:
        raise HTTPError(400, "presetID is not a job preset")
    deadline = _date_field(body, "deadline")
    metaproperties = _check_metaproperties(body)
    stages = body.get("stages")
    if stages is not None and not isinstance(stages, list):
        raise HTTPError(400, "Field stages must be an array")
    job = new_job(fake, name, campaign, accountable_id, preset_id)
    job.description = json_str(body, "description") or ""
    job.deadline = deadline
    job.metaproperties = dict(metaproperties or {})
    return json_response(201, {"status": "Created", "job_id": job.id})


def _apply_stage(job: Job, value: Any, name: str) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        raise HTTPError(400, f"Field {name} must be an object")
    stage_id = value.get("id")
    status = value.get("status")
    stage = next((s for s in job.stages if s.id == stage_id), None)
    if stage is None:
        raise HTTPError(400, f"{name}.id is not a stage of this job")
    if status is not None:
        if status not in STAGE_STATUSES:
            raise HTTPError(400, f"{name}.status must be one of {sorted(STAGE_STATUSES)}")
        stage.status = status
        if status in ("Active", "NeedsChanges"):
            job.date_finished = None  # work on a stage reopens a finished job
            job.status = "Active"
    deadline = value.get("deadline")
    if deadline is not None:
        if not isinstance(deadline, str) or parse_date(deadline) is None:
            raise HTTPError(400, f"{name}.deadline must be an ISO 8601 date")
        stage.deadline = deadline


@route("PUT", "/api/workflow/jobs/{id}/", "update_job", scopes=("workflow.job:write",))
def update_job(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    job = get_job_or_404(fake, req.path_params["id"])
    body = json_object(req)
    campaign_id = json_str(body, "campaignID")
    if campaign_id is not None and campaign_id not in fake.campaigns:
        raise HTTPError(400, "campaignID is not a campaign")
    accountable_id = _user_field(fake, body, "accountableID")
    if accountable_id == "":
        raise HTTPError(400, "accountableID is not a user")
    preset_id = json_str(body, "presetID")
    if preset_id is not None and preset_id not in fake.presets:
        raise HTTPError(400, "presetID is not a job preset")
    deadline = _date_field(body, "deadline")
    metaproperties = _check_metaproperties(body)
    name = json_str(body, "name")
    if name is not None and not name.strip():
        raise HTTPError(400, "Field name must not be empty")
    for stage_field in ("previousStage", "activeStage", "nextStage"):
        _apply_stage(job, body.get(stage_field), stage_field)
    if name is not None:
        job.name = name
    description = json_str(body, "description")
    if description is not None:
        job.description = description
    if "deadline" in body:
        job.deadline = deadline
    if campaign_id is not None:
        job.campaign_id = campaign_id
    if accountable_id is not None:
        job.accountable_id = accountable_id
    if preset_id is not None:
        job.preset_id = preset_id
    if metaproperties is not None:
        job.metaproperties = dict(metaproperties)
    job.date_modified = fake.clock()
    return json_response(200, {"status": "Updated", "job_id": job.id})


@route("DELETE", "/api/workflow/jobs/{id}/", "delete_job", scopes=("workflow.job:write",))
def delete_job(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    job = get_job_or_404(fake, req.path_params["id"])
    del fake.jobs[job.id]
    return empty_response(204)


@route("GET", "/api/workflow/jobs/{id}/media/", "get_media_of_job", scopes=("workflow.job:read",))
def get_media_of_job(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    job = get_job_or_404(fake, req.path_params["id"])
    uploader = fake.users.get(job.created_by_id)
    responsible = fake.users.get(job.accountable_id)
    out = []
    for asset_id in job.media:
        asset = fake.assets.get(asset_id)
        if asset is None:
            continue
        original = asset.original()
        out.append(
            {
                "id": asset.id,
                "filename": original.file_name if original else asset.name,
                "uploader_name": uploader.name if uploader else "",
                "responsible_name": responsible.name if responsible else "",
                "dateCreated": iso_offset(asset.date_created),
                "dateModified": iso_offset(asset.date_modified),
                "orientation": orientation(
                    original.width if original else None, original.height if original else None
                ),
                "original_url": portal_url(req, f"/m/{asset.id_hash}/original/{asset.name}"),
                "status": "Approved" if job.status == "Approved" else "AwaitingApproval",
                "versionParentID": None,
                "version": asset.version,
                "previews": [
                    {"type": "thumbnail", "url": portal_url(req, f"/m/{asset.id_hash}/thul.jpg")},
                    {"type": "preview", "url": portal_url(req, f"/m/{asset.id_hash}/webimage.jpg")},
                ],
                "sub_versions": [],
            }
        )
    from .workflow_extra import render_job_files

    out.extend(render_job_files(fake, req, job))
    return json_response(200, out)


# -- presets -------------------------------------------------------------------------------------


@route("GET", "/api/workflow/presets/job/{id}/", "get_job_preset", scopes=("workflow.preset:read",))
def get_job_preset(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    preset = fake.presets.get(req.path_params["id"])
    if preset is None:
        raise HTTPError(404, "Preset not found")
    return json_response(
        200,
        {
            "preset": {
                "ID": preset.id,
                "name": preset.name,
                "wf_uuid": preset.wf_uuid,
                "ftp_settings": {},
                "presetstages": [
                    {
                        "ID": s.id,
                        "name": s.name,
                        "description": s.description,
                        "position": s.position,
                        "editableBy": "responsible",
                        "restrictToGroupID": None,
                        "type": s.type,
                        "responsibleID": s.responsible_id,
                        "responsibleGroupID": s.responsible_group_id,
                    }
                    for s in sorted(preset.stages, key=lambda s: s.position)
                ],
            }
        },
    )
