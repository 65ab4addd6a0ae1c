"""Workflow beyond the connector's actions, and Brandstore order lines, called through the generated
client against the fake (both front ends, strict requests, checked responses): job stages,
finishing a job, files attached to a job, workflow metaproperties, workflow users and groups."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import pytest
from bynder_client.api.jobs import (
    create_job,
    finish_job,
    get_job,
    get_media_of_job,
    list_job_stages,
    update_job,
    upload_file_to_job,
)
from bynder_client.api.orders import get_order_line, update_order_line
from bynder_client.api.upload import finalise_file_upload, prepare_file_upload, upload_file_chunk
from bynder_client.api.workflow_groups import (
    create_workflow_group,
    delete_workflow_group,
    get_workflow_group,
    list_workflow_groups,
    update_workflow_group,
)
from bynder_client.api.workflow_metaproperties import (
    get_workflow_metaproperty,
    list_workflow_metaproperties,
)
from bynder_client.api.workflow_users import get_workflow_user, list_workflow_users
from bynder_client.models import (
    Error,
    FinaliseFileUploadForm,
    Job,
    JobCreate,
    JobFileUpload,
    JobFinishBody,
    JobStageDetail,
    JobStageUpdate,
    JobUpdate,
    OrderLineStatus,
    OrderLineUpdate,
    PreparedFileUpload,
    PrepareFileUploadBody,
    StoreStatus,
    WorkflowGroup,
    WorkflowGroupBody,
    WorkflowMetaproperty,
    WorkflowUser,
)
from bynder_client.types import File

from bynder_ext.testing.state import standard_uuid
from tests.portal import Portal, missing_operations

# The last test checks that every claimed operation ran over both front ends, as recorded in
# this process: under pytest-xdist (make test) the whole module runs in one worker.
pytestmark = pytest.mark.xdist_group("test_fake_operations_workflow")

OPERATIONS = {
    "list_job_stages",
    "finish_job",
    "upload_file_to_job",
    "list_workflow_metaproperties",
    "get_workflow_metaproperty",
    "list_workflow_users",
    "get_workflow_user",
    "list_workflow_groups",
    "create_workflow_group",
    "get_workflow_group",
    "update_workflow_group",
    "delete_workflow_group",
    "get_order_line",
    "update_order_line",
}


def _status(response: Any) -> int:
    return int(response.status_code)


def _new_job(p: Portal) -> str:
    campaign_id = next(iter(p.fake.campaigns))
    body = JobCreate(
        name="Finish me",
        campaign_id=campaign_id,
        accountable_id=p.fake.current_user_id,
        preset_id=p.fake.default_preset_id,
    )
    r = create_job.sync_detailed(client=p.api, body=body)
    assert _status(r) == 201
    return str(r.parsed.job_id)  # type: ignore[union-attr]


def _stages(p: Portal, job_id: str) -> list[JobStageDetail]:
    r = list_job_stages.sync_detailed(job_id, client=p.api)
    assert _status(r) == 200
    assert isinstance(r.parsed, list)
    return r.parsed


def test_job_stages_follow_the_job(portal: Portal) -> None:
    p = portal
    job_id = _new_job(p)
    stages = _stages(p, job_id)
    preset = p.fake.presets[p.fake.default_preset_id]
    assert [s.name for s in stages] == [s.name for s in preset.stages]
    assert [s.position for s in stages] == [1, 2]
    assert [s.status for s in stages] == ["Active", "Idle"]
    assert stages[0].responsible is not None
    assert stages[0].responsible.type_ == "user"  # type: ignore[union-attr]
    assert stages[0].responsible.id == standard_uuid(p.fake.current_user_id)  # type: ignore[union-attr]

    update = JobUpdate(
        active_stage=JobStageUpdate(id=stages[0].id, status="Approved"),
        next_stage=JobStageUpdate(id=stages[1].id, status="Active"),
    )
    assert _status(update_job.sync_detailed(job_id, client=p.api, body=update)) == 200
    assert [s.status for s in _stages(p, job_id)] == ["Approved", "Active"]

    r = list_job_stages.sync_detailed("00000000-0000-4000-8000-000000000000", client=p.api)
    assert _status(r) == 404


def test_finish_job(portal: Portal) -> None:
    p = portal
    job_id = _new_job(p)
    r = finish_job.sync_detailed(job_id, client=p.api)
    assert _status(r) == 409
    assert isinstance(r.parsed, Error)
    assert r.parsed.status == "Job not on last stage."

    first, last = _stages(p, job_id)
    update = JobUpdate(
        active_stage=JobStageUpdate(id=first.id, status="Approved"),
        next_stage=JobStageUpdate(id=last.id, status="Active"),
    )
    assert _status(update_job.sync_detailed(job_id, client=p.api, body=update)) == 200

    wrong = JobFinishBody(status="Finished", job_id=first.id)
    assert _status(finish_job.sync_detailed(job_id, client=p.api, body=wrong)) == 400
    r = finish_job.sync_detailed(
        job_id, client=p.api, body=JobFinishBody(status="Finished", job_id=job_id)
    )
    assert _status(r) == 200
    assert r.parsed is not None
    assert (r.parsed.status, r.parsed.job_id) == ("Finished", job_id)  # type: ignore[union-attr]
    job = get_job.sync_detailed(job_id, client=p.api).parsed
    assert isinstance(job, Job)
    assert job.date_finished
    assert len(job.job_finished_history) == 1  # type: ignore[arg-type]
    assert [s.status for s in _stages(p, job_id)] == ["Approved", "Approved"]

    r = finish_job.sync_detailed(job_id, client=p.api)
    assert _status(r) == 409
    assert r.parsed.status == "Job already finished."  # type: ignore[union-attr]

    # Work on the last stage again reopens the job; it can then be finished once more.
    reopen = JobUpdate(active_stage=JobStageUpdate(id=last.id, status="Active"))
    assert _status(update_job.sync_detailed(job_id, client=p.api, body=reopen)) == 200
    assert get_job.sync_detailed(job_id, client=p.api).parsed.date_finished is None  # type: ignore[union-attr]
    assert _status(finish_job.sync_detailed(job_id, client=p.api)) == 200
    assert len(p.fake.jobs[job_id].finished_history) == 2
    assert _status(finish_job.sync_detailed("missing-job", client=p.api)) == 404


def _prepared_file(p: Portal) -> str:
    r = prepare_file_upload.sync_detailed(client=p.api, body=PrepareFileUploadBody())
    assert isinstance(r.parsed, PreparedFileUpload)
    return r.parsed.file_id


def _uploaded_file(p: Portal, data: bytes, name: str) -> str:
    """A file finalised through the files service, in one chunk: its file id."""
    file_id = _prepared_file(p)
    r = upload_file_chunk.sync_detailed(
        file_id,
        0,
        client=p.api,
        body=File(payload=io.BytesIO(data)),
        content_sha256=hashlib.sha256(data).hexdigest(),
    )
    assert _status(r) == 201
    form = FinaliseFileUploadForm(file_name=name, file_size=len(data), chunks_count=1)
    assert _status(finalise_file_upload.sync_detailed(file_id, client=p.api, body=form)) == 201
    return file_id


def test_upload_file_to_job(portal: Portal) -> None:
    p = portal
    job_id = _new_job(p)
    poster = _uploaded_file(p, b"poster bytes" * 100, "poster.png")
    body = JobFileUpload(file_id=poster, name="poster.png", file_size=1234)
    r = upload_file_to_job.sync_detailed(job_id, client=p.api, body=body)
    assert _status(r) == 200
    assert r.parsed is not None
    first = str(r.parsed.media_id)  # type: ignore[union-attr]
    assert len(first) == 32

    # Without a name or a size, the job file takes the uploaded file's.
    second = JobFileUpload(file_id=_uploaded_file(p, b"v2" * 500, "poster-v2.png"), asset_id=first)
    r = upload_file_to_job.sync_detailed(job_id, client=p.api, body=second)
    assert _status(r) == 200
    latest = str(r.parsed.media_id)  # type: ignore[union-attr]

    media = get_media_of_job.sync_detailed(job_id, client=p.api).parsed
    assert isinstance(media, list)
    (entry,) = [m for m in media if m.id == latest]
    assert (entry.filename, entry.version, entry.version_parent_id) == ("poster-v2.png", 2, first)
    assert [s.id for s in entry.sub_versions] == [first]  # type: ignore[union-attr]
    assert all(m.id != first for m in media)

    assert p.fake.platform.job_files[latest].size == 1000

    bad_parent = JobFileUpload(file_id=poster, asset_id="nope")
    assert _status(upload_file_to_job.sync_detailed(job_id, client=p.api, body=bad_parent)) == 400
    for file_id in (
        "not-a-file-id",
        "3f4e5d6c-7b8a-4c9d-8e0f-1a2b3c4d5e6f",  # well-formed, but no such file
        _prepared_file(p),  # prepared, never finalised
    ):
        bad_file = JobFileUpload(file_id=file_id)
        r = upload_file_to_job.sync_detailed(job_id, client=p.api, body=bad_file)
        assert _status(r) == 400, file_id
    assert _status(upload_file_to_job.sync_detailed("missing", client=p.api, body=body)) == 404


def test_workflow_metaproperties(portal: Portal) -> None:
    p = portal
    r = list_workflow_metaproperties.sync_detailed(client=p.api)
    assert _status(r) == 200
    assert isinstance(r.parsed, list)
    assert {m.id for m in r.parsed} == set(p.fake.platform.workflow_metaproperties)
    assert {m.entity for m in r.parsed} == {"job", "campaign"}
    holiday = next(m for m in r.parsed if m.label == "Holiday Type")
    assert [o.label for o in holiday.options] == [  # type: ignore[union-attr]
        "Beach",
        "Sightseeing",
        "Wintersport",
        "Nature",
    ]

    r2 = get_workflow_metaproperty.sync_detailed(holiday.id, client=p.api)
    assert isinstance(r2.parsed, WorkflowMetaproperty)
    assert r2.parsed.to_dict() == holiday.to_dict()
    assert _status(get_workflow_metaproperty.sync_detailed("missing", client=p.api)) == 404


def test_workflow_users(portal: Portal) -> None:
    p = portal
    r = list_workflow_users.sync_detailed(client=p.api)
    assert isinstance(r.parsed, list)
    active = {u.id for u in p.fake.users.values() if u.active}
    assert {u.bynder_user.id for u in r.parsed} == active  # type: ignore[union-attr]
    me = p.fake.users[p.fake.current_user_id]
    for any_id in (standard_uuid(me.id), me.id):
        got = get_workflow_user.sync_detailed(any_id, client=p.api).parsed
        assert isinstance(got, WorkflowUser)
        assert (got.id, got.fullname) == (standard_uuid(me.id), me.name)
    assert _status(get_workflow_user.sync_detailed("nobody", client=p.api)) == 404


def test_workflow_groups(portal: Portal) -> None:
    p = portal
    r = list_workflow_groups.sync_detailed(client=p.api)
    assert isinstance(r.parsed, list)
    assert [g.name for g in r.parsed] == ["Content Reviewers"]

    other = next(u for u in p.fake.users.values() if u.id != p.fake.current_user_id)
    body = WorkflowGroupBody(name="Legal", user_ids=[standard_uuid(other.id)])
    r2 = create_workflow_group.sync_detailed(client=p.api, body=body)
    assert _status(r2) == 200
    assert isinstance(r2.parsed, WorkflowGroup)
    group_id = r2.parsed.id
    assert [m.bynder_user.email for m in r2.parsed.users] == [other.email]  # type: ignore[union-attr]

    change = WorkflowGroupBody(name="Legal review", user_ids=[p.fake.current_user_id, other.id])
    r3 = update_workflow_group.sync_detailed(group_id, client=p.api, body=change)
    assert _status(r3) == 200
    got = get_workflow_group.sync_detailed(group_id, client=p.api).parsed
    assert isinstance(got, WorkflowGroup)
    assert got.name == "Legal review"
    assert len(got.users) == 2  # type: ignore[arg-type]
    assert len(list_workflow_groups.sync_detailed(client=p.api).parsed) == 2  # type: ignore[arg-type]

    assert (
        _status(create_workflow_group.sync_detailed(client=p.api, body=WorkflowGroupBody())) == 400
    )
    stranger = WorkflowGroupBody(name="X", user_ids=["00000000-0000-4000-8000-000000000000"])
    assert _status(create_workflow_group.sync_detailed(client=p.api, body=stranger)) == 400

    # A stage the group is responsible for loses it when the group goes.
    stage = next(iter(p.fake.jobs.values())).stages[0]
    stage.responsible_id, stage.responsible_type = group_id, "group"
    assert _status(delete_workflow_group.sync_detailed(group_id, client=p.api)) == 204
    assert stage.responsible_id is None
    assert _status(get_workflow_group.sync_detailed(group_id, client=p.api)) == 404
    assert _status(delete_workflow_group.sync_detailed(group_id, client=p.api)) == 404


def test_order_lines(portal: Portal) -> None:
    p = portal
    order = next(iter(p.fake.orders.values()))
    line = order.lines[0]
    r = get_order_line.sync_detailed(line.id, client=p.api)
    assert isinstance(r.parsed, OrderLineStatus)
    assert (r.parsed.status, r.parsed.order_id) == ("unknown", order.id)

    body = OrderLineUpdate(status="approved", customer_reference="PO-4711")
    r2 = update_order_line.sync_detailed(line.id, client=p.api, body=body)
    assert _status(r2) == 201
    assert isinstance(r2.parsed, StoreStatus)
    assert r2.parsed.status_code == 201
    got = get_order_line.sync_detailed(line.id, client=p.api).parsed
    assert isinstance(got, OrderLineStatus)
    assert (got.status, got.customer_reference) == ("approved", "PO-4711")
    assert (line.status, line.customer_reference) == ("approved", "PO-4711")

    r3 = update_order_line.sync_detailed(line.id, client=p.api, body=OrderLineUpdate())
    assert _status(r3) == 400
    r4 = get_order_line.sync_detailed("missing-line", client=p.api)
    assert _status(r4) == 404
    assert isinstance(r4.parsed, StoreStatus)
    assert r4.parsed.status_code == 404


def test_every_claimed_operation_was_exercised() -> None:
    """Operation coverage: each operation this module claims ran on both front ends above."""
    assert not missing_operations(__name__, OPERATIONS)
