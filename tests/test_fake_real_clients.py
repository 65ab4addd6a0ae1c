"""The fake accepts what real clients send, over both front ends, and stays strict on the rest:
paths with or without their trailing slash, the upload and save forms of the official SDKs, the
UUID user ids of the workflow API, Bynder's text/plain 401, and a budget per source address."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from bynder_ext import AuthenticationError, PermanentToken
from bynder_ext.raw import raw_request
from bynder_ext.testing import FakeBynder
from tests.portal import Portal, connect_to

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _auth(p: Portal) -> dict[str, str]:
    return {"Authorization": f"Bearer {p.fake.permanent_token}"}


def _get(p: Portal, path: str, **kwargs: Any) -> httpx.Response:
    return p.raw.get(p.base_url + path, headers=_auth(p), **kwargs)


def _post(p: Portal, path: str, **kwargs: Any) -> httpx.Response:
    return p.raw.post(p.base_url + path, headers=_auth(p), **kwargs)


# -- trailing slashes ----------------------------------------------------------------------------


def _concrete(template: str) -> str:
    return re.sub(r"\{[^}]+\}", "x", template)


def test_every_operation_matches_with_and_without_its_trailing_slash() -> None:
    router = FakeBynder().router
    checked = 0
    for route in router.routes:
        path = _concrete(route.template)
        if path == "/" or route.catch_all:  # a catch-all takes the slash into its value
            continue
        other = path[:-1] if path.endswith("/") else path + "/"
        if router.match(route.target, route.method, other).allowed:
            continue  # the spec states both forms, each with its own methods
        match = router.match(route.target, route.method, other)
        assert match.route is route, f"{route.method} {other}"
        assert match.path == path  # validated and handled in the spec's form
        checked += 1
    assert checked > 150


def test_paths_the_sdks_send_without_or_with_the_slash(portal: Portal) -> None:
    p = portal
    assert _get(p, "/api/v4/brands").json() == _get(p, "/api/v4/brands/").json()
    metaproperty = _get(p, "/api/workflow/metaproperties/").json()[0]["ID"]
    assert _get(p, f"/api/workflow/metaproperties/{metaproperty}/").status_code == 200
    group = _get(p, "/api/workflow/groups/").json()[0]["ID"]
    assert _get(p, f"/api/workflow/groups/{group}/").json()["ID"] == group
    pim = _get(p, "/api/pim/metaproperties/").json()[0]
    assert _get(p, f"/api/pim/metaproperties/{pim}/").json()["id"] == pim
    r = _post(p, "/api/v4/collections", data={"name": "No slash"})
    assert r.status_code == 201
    names = [c.name for c in p.fake.collections.values()]
    assert "No slash" in names
    # The request was recorded as sent, under the operation it reached.
    sent = p.fake.requests_for("create_collection")[-1]
    assert sent.path == "/api/v4/collections"


def test_unknown_paths_and_methods_stay_refused_in_both_forms(portal: Portal) -> None:
    p = portal
    for path in ("/api/v4/nothing", "/api/v4/nothing/"):
        assert _get(p, path).status_code == 404
    # An empty id is no optional slash: /api/v4/media// is not the list of assets.
    assert _get(p, "/api/v4/media//").status_code == 404
    r = p.raw.delete(p.base_url + "/api/v4/brands", headers=_auth(p))
    assert (r.status_code, r.headers["allow"]) == (405, "GET")
    # Where the spec states both forms as paths of their own, each keeps its methods.
    r = p.raw.put(p.base_url + "/api/workflow/campaigns/x", headers=_auth(p), json={})
    assert r.status_code == 405


def test_requests_are_still_checked_strictly_without_the_slash(portal: Portal) -> None:
    r = _get(portal, "/api/v4/media", params={"limit": "lots"})
    assert r.status_code == 400
    assert r.json()["message"] == (
        'Invalid request: list_assets request query.limit: expected integer, got string "lots"'
    )


# -- the upload and save forms of the official SDKs -------------------------------------------------


def _send_part(p: Portal, init: dict[str, Any], data: bytes) -> str:
    """Init has been done; put one part on S3 (the official SDKs' multipart form)."""
    key = f"{init['s3_filename']}/p1"
    fields = {**init["multipart_params"], "key": key, "Filename": key, "name": "f.jpg"}
    fields.update(chunk="1", chunks="1")
    s3_url = _get(p, "/api/upload/endpoint/").json()
    r = p.raw.post(s3_url, data=fields, files={"file": ("f.jpg", data)})
    assert r.status_code == 201, r.text
    return key


def _init(p: Portal) -> dict[str, Any]:
    r = _post(p, "/api/upload/init/", data={"filename": "f.jpg"})
    assert r.status_code == 200
    init: dict[str, Any] = r.json()
    return init


def _poll(p: Portal, import_id: str) -> None:
    r = _get(p, "/api/v4/upload/poll/", params={"items": import_id})
    assert r.json()["itemsDone"] == [import_id]


def test_register_on_the_upload_path_finalise_on_the_register_path(portal: Portal) -> None:
    p = portal
    init = _init(p)
    upload_id, target_id = init["s3file"]["uploadid"], init["s3file"]["targetid"]
    key = _send_part(p, init, b"one part" * 100)
    # Bynder's reference: the part is registered on the finalise URL, told apart by its fields.
    r = _post(
        p,
        f"/api/v4/upload/{upload_id}/",
        data={"targetid": target_id, "filename": key, "chunkNumber": "1"},
    )
    assert r.status_code == 202, r.text
    # Java: finalise on the register URL, with the upload id in the form.
    r = _post(
        p,
        "/api/v4/upload/",
        data={"id": upload_id, "targetid": target_id, "s3_filename": key, "chunks": "1"},
    )
    assert r.status_code == 202, r.text
    assert p.fake.operation_counts["register_uploaded_chunk"] == 1
    assert p.fake.operation_counts["finalize_complete_upload"] == 1
    assert p.fake.uploads[upload_id].registered == {1}


def _finalised(p: Portal, data: bytes) -> str:
    init = _init(p)
    key = _send_part(p, init, data)
    s3file = init["s3file"]
    form = {"id": s3file["uploadid"], "targetid": s3file["targetid"], "filename": key}
    assert _post(p, "/api/v4/upload/", data={**form, "chunkNumber": "1"}).status_code == 202
    form = {"targetid": s3file["targetid"], "s3_filename": key, "chunks": "1"}
    r = _post(p, f"/api/v4/upload/{s3file['uploadid']}/", data=form)
    import_id: str = r.json()["importId"]
    _poll(p, import_id)
    return import_id


def test_saves_with_the_import_id_in_the_form_and_brandid_in_lower_case(portal: Portal) -> None:
    p = portal
    brand = p.fake.default_brand_id
    # JavaScript and PHP: save on /api/v4/media/save/ with importId in the form; C#: brandid.
    import_id = _finalised(p, b"new asset" * 100)
    r = _post(p, "/api/v4/media/save/", data={"importId": import_id, "brandid": brand, "name": "A"})
    assert r.status_code == 201, r.text
    media_id = r.json()["mediaid"]
    assert p.fake.assets[media_id].name == "A"
    assert p.fake.assets[media_id].brand_id == brand
    # C# on the spec's path: brandid in lower case.
    import_id = _finalised(p, b"second asset" * 100)
    r = _post(p, f"/api/v4/media/save/{import_id}/", data={"brandid": brand})
    assert r.status_code == 201, r.text
    # JavaScript and PHP: a new version on /api/v4/media/{id}/save/ with importId in the form.
    import_id = _finalised(p, b"version two" * 100)
    r = _post(p, f"/api/v4/media/{media_id}/save/", data={"importId": import_id})
    assert (r.status_code, r.json()["mediaid"]) == (201, media_id)
    # Java: a new version on /api/v4/media/save/ with importId and the asset's id.
    import_id = _finalised(p, b"version three" * 100)
    r = _post(p, "/api/v4/media/save/", data={"importId": import_id, "id": media_id})
    assert (r.status_code, r.json()["mediaid"]) == (201, media_id)
    assert len(p.fake.assets[media_id].items) == 3
    assert p.fake.operation_counts["save_a_new_asset"] == 2
    assert p.fake.operation_counts["save_as_a_new_asset_version"] == 2


def test_the_other_forms_are_checked_as_strictly(portal: Portal) -> None:
    p = portal
    init = _init(p)
    s3file = init["s3file"]
    r = _post(
        p,
        f"/api/v4/upload/{s3file['uploadid']}/",
        data={"targetid": s3file["targetid"], "filename": "k/p1", "chunkNumber": "first"},
    )
    assert r.status_code == 400
    assert "register_uploaded_chunk request $.chunkNumber: expected integer" in r.json()["message"]
    r = _post(p, "/api/v4/media/save/", data={"importId": "some-import", "name": "no brand"})
    assert r.status_code == 400
    assert "save_a_new_asset request $.brandId: expected a required field" in r.json()["message"]
    r = _post(p, "/api/v4/media/save/", data={"name": "no import id"})
    assert r.status_code == 404  # not a form the portal knows


# -- user ids, error bodies, budgets ---------------------------------------------------------------


def test_campaigns_and_jobs_take_the_user_ids_the_workflow_api_lists(portal: Portal) -> None:
    p = portal
    user = _get(p, "/api/workflow/users/").json()[0]["ID"]  # 8-4-4-4-12, lower case
    assert user not in p.fake.users
    r = _post(p, "/api/workflow/campaigns/", json={"name": "C", "key": "CC", "responsibleID": user})
    assert r.status_code == 201, r.text
    campaign = r.json()["id"]
    r = p.raw.put(
        f"{p.base_url}/api/workflow/campaigns/{campaign}/",
        headers=_auth(p),
        json={"name": "C2", "key": "CC", "responsibleID": user},
    )
    assert r.status_code == 201, r.text
    preset = p.fake.default_preset_id
    body = {"name": "J", "campaignID": campaign, "accountableID": user, "presetID": preset}
    r = _post(p, "/api/workflow/jobs/", json=body)
    assert r.status_code == 201, r.text
    job = p.fake.jobs[r.json()["job_id"]]
    assert job.accountable_id in p.fake.users  # the same user, in the asset bank's form
    r = p.raw.put(
        f"{p.base_url}/api/workflow/jobs/{job.id}/",
        headers=_auth(p),
        json={"accountableID": "00000000-0000-0000-0000-000000000000"},
    )
    assert (r.status_code, r.json()["message"]) == (400, "accountableID is not a user")


def test_an_expired_token_gets_bynders_plain_text_answer(portal: Portal) -> None:
    p = portal
    token = p.fake.create_permanent_token()
    p.fake.expire_token(token)
    r = p.raw.get(p.base_url + "/api/v4/account/", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("text/plain")
    assert r.text == "Invalid or expired token."
    client = connect_to(p, auth=PermanentToken(token))
    with pytest.raises(AuthenticationError) as caught:
        raw_request(client, "GET", "/api/v4/account/")
    assert caught.value.message == "Invalid or expired token."
    client.session.close()


def _statuses(base_url: str, token: str, address: str, calls: int) -> list[int]:
    """Statuses of ``calls`` requests sent from the local ``address``."""
    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(transport=transport, headers={"Authorization": f"Bearer {token}"}) as http:
        return [http.get(f"{base_url}/api/v4/account/").status_code for _ in range(calls)]


def test_a_budget_per_source_address_counts_each_address_alone() -> None:
    fake = FakeBynder()
    token = fake.permanent_token
    fake.budget(2, 60, per="ip")
    with fake.serve() as server:
        assert _statuses(server.base_url, token, "127.0.0.1", 3) == [200, 200, 429]
        # The same token from another address has a budget of its own.
        assert _statuses(server.base_url, token, "127.0.0.2", 2) == [200, 200]
    fake.budget(2, 60)  # per client (the default): the token's calls count together
    with fake.serve() as server:
        first = _statuses(server.base_url, token, "127.0.0.1", 2)
        assert first + _statuses(server.base_url, token, "127.0.0.2", 1) == [200, 200, 429]
