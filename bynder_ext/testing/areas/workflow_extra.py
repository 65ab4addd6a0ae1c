"""Workflow beyond campaigns and jobs: the stages of a job in detail, finishing a job (409 when it is
finished already or not on its last stage), files attached to a job, workflow metaproperties,
workflow users (the asset-bank users under their workflow ids) and workflow groups (create,
read, update, delete)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..platform_state import (
    JobFile,
    WorkflowGroup,
    WorkflowMetaproperty,
    WorkflowOption,
    canonical,
    workflow_user_id,
)
from ..router import route
from ..state import Job, User, iso_offset
from .common import json_object, json_str, portal_url
from .workflow import get_job_or_404, user_id_of

if TYPE_CHECKING:
    from ..core import FakeBynder

UUID_LIKE = re.compile(
    r"^[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}$"
)


def find_user(fake: FakeBynder, any_id: str) -> User | None:
    """The asset-bank user with this id, in its own form or its workflow (UUID) form."""
    found = user_id_of(fake, any_id)
    return None if found is None else fake.users[found]


def token_user_id(fake: FakeBynder, req: FakeRequest) -> str:
    """The asset-bank id of the user the request's token belongs to."""
    token = fake.bearer(req)
    info = fake.tokens.get(token) if token else None
    return info.user_id if info is not None else fake.current_user_id


# -- job stages ----------------------------------------------------------------------------------


@route("GET", "/api/workflow/jobs/{id}/stages", "list_job_stages", scopes=("workflow.job:read",))
def list_job_stages(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    job = get_job_or_404(fake, req.path_params["id"])
    out = []
    for stage in sorted(job.stages, key=lambda s: s.position):
        responsible: dict[str, str] | None = None
        if stage.responsible_id:
            group = stage.responsible_type == "group"
            responsible = {
                "id": stage.responsible_id if group else workflow_user_id(stage.responsible_id),
                "type": "group" if group else "user",
            }
        out.append(
            {
                "id": stage.id,
                "name": stage.name,
                "description": stage.description,
                "deadline": stage.deadline,
                "dateCreated": iso_offset(job.date_created),
                "createdByID": workflow_user_id(job.created_by_id),
                "status": stage.status,
                "position": stage.position,
                "responsible": responsible,
            }
        )
    return json_response(200, out)


@route("PATCH", "/api/workflow/jobs/{id}/finish", "finish_job", scopes=("workflow.job:approve",))
def finish_job(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    job = get_job_or_404(fake, req.path_params["id"])
    if req.body:
        body = json_object(req)
        sent_id = json_str(body, "job_id")
        if sent_id is not None and sent_id != job.id:
            raise HTTPError(400, "job_id does not match the job in the path")
        json_str(body, "status")
    if job.date_finished is not None:
        return _conflict("Job already finished.", "Re-open the job to finish again.")
    stages = sorted(job.stages, key=lambda s: s.position)
    active = [s for s in stages if s.status in ("Active", "NeedsChanges")]
    if not stages or not active or active[-1] is not stages[-1]:
        return _conflict(
            "Job not on last stage.",
            f"Advance the job {job.id} to the last stage to finish.",
        )
    now = fake.clock()
    stages[-1].status = "Approved"
    job.status = "Approved"
    job.date_finished = now
    job.date_modified = now
    job.finished_history.append((token_user_id(fake, req), now))
    return json_response(200, {"status": "Finished", "job_id": job.id})


def _conflict(status: str, message: str) -> FakeResponse:
    return json_response(409, {"status": status, "message": message, "statuscode": 409})


# -- files attached to a job ---------------------------------------------------------------------


def _root_of(fake: FakeBynder, job_file: JobFile) -> JobFile:
    while job_file.parent_id is not None and job_file.parent_id in fake.platform.job_files:
        job_file = fake.platform.job_files[job_file.parent_id]
    return job_file


@route(
    "POST", "/api/workflow/jobs/{id}/upload", "upload_file_to_job", scopes=("workflow.job:write",)
)
def upload_file_to_job(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    job = get_job_or_404(fake, req.path_params["id"])
    body = json_object(req)
    file_id = json_str(body, "fileId", required=True) or ""
    if not UUID_LIKE.match(file_id):
        raise HTTPError(400, "fileId must be the id of an uploaded file (a UUID)")
    uploaded = fake.file_uploads.get(file_id)
    if uploaded is None or not uploaded.finalised:
        raise HTTPError(400, "fileId is not a file finalised through /v7/file_cmds/upload")
    size = body.get("fileSize", uploaded.size or 0)
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise HTTPError(400, "fileSize must be a whole number of bytes")
    name = json_str(body, "name") or uploaded.filename or f"{file_id}.bin"
    parent_id = json_str(body, "assetId")
    version = 1
    if parent_id is not None:
        parent = fake.platform.job_files.get(canonical(parent_id))
        if parent is None or parent.job_id != job.id:
            raise HTTPError(400, "assetId is not a file of this job")
        versions = [
            f
            for f in fake.platform.job_files.values()
            if _root_of(fake, f).id == _root_of(fake, parent).id
        ]
        version = max(f.version for f in versions) + 1
    media_id = fake.platform.ids.hex(32)
    fake.platform.job_files[media_id] = JobFile(
        id=media_id,
        job_id=job.id,
        file_id=file_id,
        name=name,
        size=size,
        uploader_id=token_user_id(fake, req),
        date_created=fake.clock(),
        parent_id=canonical(parent_id) if parent_id is not None else None,
        version=version,
    )
    job.date_modified = fake.clock()
    return json_response(200, {"mediaId": media_id})


def _render_job_file(fake: FakeBynder, req: FakeRequest, f: JobFile) -> dict[str, Any]:
    uploader = fake.users.get(f.uploader_id)
    return {
        "id": f.id,
        "filename": f.name,
        "uploader_name": uploader.name if uploader else "",
        "responsible_name": uploader.name if uploader else "",
        "dateCreated": iso_offset(f.date_created),
        "dateModified": iso_offset(f.date_created),
        "orientation": None,
        "original_url": portal_url(req, f"/workflow/files/{f.id}/{f.name}"),
        "status": "AwaitingApproval",
        "versionParentID": f.parent_id,
        "version": f.version,
        "previews": [],
        "sub_versions": [],
    }


def render_job_files(fake: FakeBynder, req: FakeRequest, job: Job) -> list[dict[str, Any]]:
    """The job's attached files: the latest version of each, earlier ones in `sub_versions`."""
    families: dict[str, list[JobFile]] = {}
    for f in fake.platform.job_files.values():
        if f.job_id == job.id:
            families.setdefault(_root_of(fake, f).id, []).append(f)
    out = []
    for versions in families.values():
        versions.sort(key=lambda f: f.version)
        latest = _render_job_file(fake, req, versions[-1])
        latest["sub_versions"] = [_render_job_file(fake, req, f) for f in versions[:-1]]
        out.append(latest)
    return out


# -- workflow metaproperties ---------------------------------------------------------------------


def _user_ref(fake: FakeBynder, user_id: str) -> dict[str, Any]:
    user = fake.users.get(user_id)
    return {"ID": workflow_user_id(user_id), "fullName": user.name if user else ""}


def _render_option(fake: FakeBynder, mp: WorkflowMetaproperty, o: WorkflowOption) -> dict[str, Any]:
    return {
        "ID": o.id,
        "position": o.position,
        "default": o.default,
        "label": o.label,
        "dateCreated": iso_offset(o.date_created),
        "metapropertyID": mp.id,
        "created_by": _user_ref(fake, mp.created_by),
    }


def render_workflow_metaproperty(fake: FakeBynder, mp: WorkflowMetaproperty) -> dict[str, Any]:
    return {
        "ID": mp.id,
        "label": mp.label,
        "short_name": mp.short_name,
        "description": mp.description,
        "export": "false",
        "removed_by": None,
        "dependency": None,
        "position": mp.position,
        "default": mp.default,
        "dateCreated": iso_offset(mp.date_created),
        "exportName": "",
        "type": mp.type,
        "required": mp.required,
        "dependencyValue": None,
        "assetbank_metaproperty": None,
        "entity": mp.entity,
        "created_by": _user_ref(fake, mp.created_by),
        "options": [_render_option(fake, mp, o) for o in mp.options],
    }


@route(
    "GET",
    "/api/workflow/metaproperties",
    "list_workflow_metaproperties",
    scopes=("meta.workflow:read",),
)
def list_workflow_metaproperties(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    items = sorted(fake.platform.workflow_metaproperties.values(), key=lambda m: m.position)
    return json_response(200, [render_workflow_metaproperty(fake, m) for m in items])


@route(
    "GET",
    "/api/workflow/metaproperties/{id}",
    "get_workflow_metaproperty",
    scopes=("meta.workflow:read",),
)
def get_workflow_metaproperty(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp = fake.platform.workflow_metaproperties.get(req.path_params["id"])
    if mp is None:
        raise HTTPError(404, "Metaproperty not found")
    return json_response(200, render_workflow_metaproperty(fake, mp))


# -- workflow users ------------------------------------------------------------------------------


def _bynder_user(user: User) -> dict[str, Any]:
    return {
        "firstName": user.firstname,
        "lastName": user.lastname,
        "infix": user.infix,
        "email": user.email,
        "id": user.id,
    }


def render_workflow_user(user: User) -> dict[str, Any]:
    return {
        "ID": workflow_user_id(user.id),
        "fullname": user.name,
        "BynderUser": _bynder_user(user),
    }


@route("GET", "/api/workflow/users/", "list_workflow_users", scopes=("admin.user:read",))
def list_workflow_users(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    users = sorted(fake.users.values(), key=lambda u: (u.name.lower(), u.id))
    return json_response(200, [render_workflow_user(u) for u in users if u.active])


@route("GET", "/api/workflow/users/{id}", "get_workflow_user", scopes=("admin.user:read",))
def get_workflow_user(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    user = find_user(fake, req.path_params["id"])
    if user is None:
        raise HTTPError(404, "User not found")
    return json_response(200, render_workflow_user(user))


# -- workflow groups -----------------------------------------------------------------------------


def render_workflow_group(fake: FakeBynder, group: WorkflowGroup) -> dict[str, Any]:
    members = []
    for user_id in group.user_ids:
        user = fake.users.get(user_id)
        if user is None:
            continue
        member = _bynder_user(user)
        member["infix"] = user.infix or None
        members.append(
            {"ID": workflow_user_id(user.id), "fullName": user.name, "bynderUser": member}
        )
    return {
        "ID": group.id,
        "name": group.name,
        "accountID": fake.account_id,
        "createdByID": workflow_user_id(group.created_by),
        "dateCreated": iso_offset(group.date_created),
        "users": members,
    }


def _group_or_404(fake: FakeBynder, group_id: str) -> WorkflowGroup:
    group = fake.platform.workflow_groups.get(group_id)
    if group is None:
        raise HTTPError(404, "Group not found")
    return group


def _member_ids(fake: FakeBynder, body: dict[str, Any]) -> list[str] | None:
    value = body.get("user_ids")
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise HTTPError(400, "user_ids must be an array of user ids")
    members: list[str] = []
    for any_id in value:
        user = find_user(fake, any_id)
        if user is None:
            raise HTTPError(400, f"user_ids: {any_id} is not a user")
        if user.id not in members:
            members.append(user.id)
    return members


@route("GET", "/api/workflow/groups/", "list_workflow_groups", scopes=("workflow.group:read",))
def list_workflow_groups(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    groups = sorted(fake.platform.workflow_groups.values(), key=lambda g: (g.date_created, g.id))
    return json_response(200, [render_workflow_group(fake, g) for g in groups])


@route("POST", "/api/workflow/groups/", "create_workflow_group", scopes=("workflow.group:write",))
def create_workflow_group(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    body = json_object(req)
    name = json_str(body, "name", required=True) or ""
    members = _member_ids(fake, body) or []
    group = WorkflowGroup(
        fake.platform.ids.uuid(), name.strip(), token_user_id(fake, req), fake.clock(), members
    )
    fake.platform.workflow_groups[group.id] = group
    return json_response(200, render_workflow_group(fake, group))


@route("GET", "/api/workflow/groups/{id}", "get_workflow_group", scopes=("workflow.group:read",))
def get_workflow_group(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(
        200, render_workflow_group(fake, _group_or_404(fake, req.path_params["id"]))
    )


@route(
    "PUT", "/api/workflow/groups/{id}", "update_workflow_group", scopes=("workflow.group:write",)
)
def update_workflow_group(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    group = _group_or_404(fake, req.path_params["id"])
    body = json_object(req)
    name = json_str(body, "name")
    if name is not None and not name.strip():
        raise HTTPError(400, "Field name must not be empty")
    members = _member_ids(fake, body)
    if name is not None:
        group.name = name.strip()
    if members is not None:
        group.user_ids = members
    return json_response(200, render_workflow_group(fake, group))


@route(
    "DELETE",
    "/api/workflow/groups/{id}",
    "delete_workflow_group",
    scopes=("workflow.group:write",),
)
def delete_workflow_group(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    group = _group_or_404(fake, req.path_params["id"])
    del fake.platform.workflow_groups[group.id]
    for job in fake.jobs.values():
        for stage in job.stages:
            if stage.responsible_type == "group" and stage.responsible_id == group.id:
                stage.responsible_id = None
                stage.responsible_type = "user"
    for preset in fake.presets.values():
        for preset_stage in preset.stages:
            if preset_stage.responsible_group_id == group.id:
                preset_stage.responsible_group_id = None
    return empty_response(204)
