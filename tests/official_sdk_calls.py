"""Every call the official Python SDK (``bynder-sdk`` 2.0.2) makes, against one portal.

Runs with the interpreter of ``bench/.venv-sdk`` (the SDK and its dependencies, nothing of this
project): ``python tests/official_sdk_calls.py '<json task>'`` prints one JSON object,
``{"calls": [{"name", "ok", "error"}, ...]}``. The portal's CA comes from ``REQUESTS_CA_BUNDLE``,
set by the caller. The task gives the portal's domain, a permanent token, the OAuth app's
credentials, a file to upload, and the ids the SDK has no call to discover (an integration id for
usage records and a job preset id).

Each public method of the SDK runs once (the upload twice: a new asset and a new version), in an
order where later calls use what earlier ones returned, as the SDK's users chain them. A call that
raises is recorded with its error and the run goes on. The upload's five-second sleep before each
poll is shortened to nothing: it is the SDK's pace, not part of the exchange.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit


class Calls:
    """Runs and records calls."""

    def __init__(self) -> None:
        self.results: list[dict[str, Any]] = []

    def run(self, name: str, call: Callable[[], Any]) -> Any:
        try:
            value = call()
        except Exception as exc:
            response = getattr(exc, "response", None)
            detail = f"{type(exc).__name__}: {exc}"
            if response is not None:
                detail += f" | body: {response.text[:300]}"
            self.results.append({"name": name, "ok": False, "error": detail[:1000]})
            if "--debug" in sys.argv:
                traceback.print_exc()
            return None
        self.results.append({"name": name, "ok": True, "error": None})
        return value


def _first(items: Any, key: str) -> Any:
    if isinstance(items, list) and items and isinstance(items[0], dict):
        return items[0].get(key)
    return None


def asset_bank(calls: Calls, client: Any, task: dict[str, Any]) -> None:
    ab = client.asset_bank_client
    calls.run("derivatives", client.derivatives)
    brands = calls.run("brands", ab.brands)
    brand_id = _first(brands, "id")
    calls.run("tags", lambda: ab.tags({"limit": 5}))
    calls.run("meta_properties", lambda: ab.meta_properties({"count": 1}))
    media = calls.run("media_list", lambda: ab.media_list({"limit": 5, "page": 1}))
    media_id = _first(media, "id")
    calls.run("media_info", lambda: ab.media_info(media_id, {"versions": 1}))
    calls.run("media_download_url", lambda: ab.media_download_url(media_id))
    calls.run(
        "set_media_properties",
        lambda: ab.set_media_properties(media_id, {"description": "Set by the official SDK"}),
    )
    integration = task["integration_id"]
    calls.run(
        "create_usage",
        lambda: ab.create_usage(integration, media_id, {"uri": "https://example.com/page"}),
    )
    calls.run("usage", lambda: ab.usage({"asset_id": media_id}))
    calls.run(
        "delete_usage",
        lambda: ab.delete_usage(integration, media_id, {"uri": "https://example.com/page"}),
    )
    saved = calls.run("upload_file", lambda: ab.upload_file(task["path"], brand_id))
    new_id = saved.get("mediaid") if isinstance(saved, dict) else None
    calls.run(
        "upload_file (new version)",
        lambda: ab.upload_file(task["path"], brand_id, media_id=new_id),
    )
    calls.run("delete_media", lambda: ab.delete_media(new_id))


def collections(calls: Calls, client: Any) -> None:
    cc = client.collection_client
    media = client.asset_bank_client.media_list({"limit": 2})
    media_ids = [item["id"] for item in media]
    calls.run("collections", lambda: cc.collections({"limit": 5}))
    calls.run("create_collection", lambda: cc.create_collection("From the official SDK"))
    found = cc.collections({"keyword": "From the official SDK"})
    collection_id = _first(found, "id")
    calls.run("collection_info", lambda: cc.collection_info(collection_id))
    calls.run(
        "add_media_to_collection", lambda: cc.add_media_to_collection(collection_id, media_ids)
    )
    calls.run("collection_media_ids", lambda: cc.collection_media_ids(collection_id))
    calls.run(
        "remove_media_from_collection",
        lambda: cc.remove_media_from_collection(collection_id, media_ids[:1]),
    )
    calls.run(
        "share_collection",
        lambda: cc.share_collection(collection_id, "view", ["ada@example.com"]),
    )
    calls.run("delete_collection", lambda: cc.delete_collection(collection_id))


def pim(calls: Calls, client: Any) -> None:
    pc = client.pim_client
    found = calls.run("pim metaproperties", pc.metaproperties)  # a list of ids
    ids = [i for i in found if isinstance(i, str)] if isinstance(found, list) else []
    metaproperty_id = ids[0] if ids else None
    calls.run("pim metaproperty_info", lambda: pc.metaproperty_info(metaproperty_id))
    options = calls.run(
        "pim metaproperty_options", lambda: pc.metaproperty_options(metaproperty_id)
    )
    # A product-layer option's children are options of another product-layer metaproperty.
    others = pc.metaproperty_options(ids[1]) if len(ids) > 1 else []
    children = [o["id"] for o in others[:1]]
    calls.run(
        "pim edit_metaproperty_option",
        lambda: pc.edit_metaproperty_option(_first(options, "id"), children),
    )


def workflow(calls: Calls, client: Any, task: dict[str, Any]) -> None:
    wc = client.workflow_client
    users = calls.run("workflow users", wc.users)
    user_id = _first(users, "ID")
    calls.run("campaigns", wc.campaigns)
    created = calls.run(
        "create_campaign",
        lambda: wc.create_campaign("SDK campaign", "SDKC", "From the official SDK", user_id),
    )
    campaign_id = created.get("id") if isinstance(created, dict) else None
    calls.run("campaign_info", lambda: wc.campaign_info(campaign_id))
    calls.run(
        "edit_campaign",
        lambda: wc.edit_campaign(campaign_id, "SDK campaign 2", "SDKC", "Changed", user_id),
    )
    found = calls.run("workflow metaproperties", wc.metaproperties)
    calls.run("workflow metaproperty_info", lambda: wc.metaproperty_info(_first(found, "ID")))
    groups = calls.run("groups", wc.groups)
    calls.run("group_info", lambda: wc.group_info(_first(groups, "ID")))
    preset_id = task["preset_id"]
    calls.run("job_preset_info", lambda: wc.job_preset_info(preset_id))
    calls.run("jobs", wc.jobs)
    job = calls.run("create_job", lambda: wc.create_job("SDK job", campaign_id, user_id, preset_id))
    job_id = job.get("job_id") if isinstance(job, dict) else None
    calls.run("jobs (of a campaign)", lambda: wc.jobs(campaign_id))
    calls.run("job_info", lambda: wc.job_info(job_id))
    calls.run("edit_job", lambda: wc.edit_job(job_id, "SDK job 2", campaign_id, user_id, preset_id))
    calls.run("delete_job", lambda: wc.delete_job(job_id))
    calls.run("delete_campaign", lambda: wc.delete_campaign(campaign_id))


def oauth(calls: Calls, task: dict[str, Any]) -> None:
    import requests
    from bynder_sdk import BynderClient

    # Without scopes, as the SDK's client-credentials grant never sends them: oauthlib would
    # raise a bare Warning when the granted scopes differ from the requested ones.
    machine = BynderClient(
        task["domain"],
        client_id=task["client_id"],
        client_secret=task["client_secret"],
        client_credentials=True,
    )
    calls.run("fetch_token (client credentials)", lambda: machine.fetch_token(code=None))
    calls.run("brands (client credentials)", machine.asset_bank_client.brands)

    person = BynderClient(
        task["domain"],
        client_id=task["client_id"],
        client_secret=task["client_secret"],
        redirect_uri="http://127.0.0.1:8910/callback",
        scopes="offline asset:read asset:write collection:read",
    )
    found = calls.run("get_authorization_url", person.get_authorization_url)
    code = None
    if found:
        # The fake approves at once and redirects with the code, as a user's browser would.
        answer = requests.get(found[0], allow_redirects=False, timeout=10)
        code = parse_qs(urlsplit(answer.headers.get("Location", "")).query).get("code", [None])[0]
    calls.run("fetch_token (authorization code)", lambda: person.fetch_token(code))
    calls.run("brands (authorization code)", person.asset_bank_client.brands)


def main() -> int:
    from bynder_sdk import BynderClient
    from bynder_sdk.client import upload_client

    task = json.loads(sys.argv[1])
    upload_client.POLLING_IDLE_TIME = 0
    calls = Calls()
    client = BynderClient(task["domain"], permanent_token=task["token"])
    asset_bank(calls, client, task)
    collections(calls, client)
    pim(calls, client)
    workflow(calls, client, task)
    oauth(calls, task)
    print(json.dumps({"calls": calls.results}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
