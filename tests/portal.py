"""A strict fake Bynder plus generated clients for it, over either front end.

`tests/test_fake_operations*.py` modules each claim a set of operationIds (`OPERATIONS`) and end
with a check that every one of them ran over both front ends; tests/test_spec.py checks that the
claimed sets are disjoint and together cover every operation of the spec.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from bynder_client import Client
from bynder_client.models import (
    AutomationAction,
    AutomationActionData,
    AutomationConditionGroup,
    AutomationExpression,
    AutomationLeafCondition,
    AutomationRuleCreate,
    AutomationStep,
    AutomationTerm,
)

from bynder_ext import BynderClient, PermanentToken, connect
from bynder_ext.testing import FakeBynder

PORTAL = "https://portal.fake-bynder.test"
FRONT_ENDS = ("transport", "socket")

# test module name -> front end -> operationIds the fake served there.
RECORDED: dict[str, dict[str, set[str]]] = {}


@dataclass
class Portal:
    """A fake plus generated clients for it: `api` (bearer), `anon` (no token), `s3`."""

    fake: FakeBynder
    mode: str
    base_url: str
    api: Client
    anon: Client
    s3: Client
    raw: httpx.Client


@contextmanager
def open_portal(mode: str, n_assets: int = 8) -> Iterator[Portal]:
    """Yield a seeded, strict, self-checking fake with clients for the given front end. The
    classic upload tests send tiny parts on purpose, so S3's 5 MiB part minimum is off."""
    fake = FakeBynder(validate_responses=True, min_part_size=0)
    fake.seed(n_assets=n_assets)
    server = None
    if mode == "transport":
        base_url, s3_url = PORTAL, fake.s3_url
        extra: dict[str, Any] = {"transport": fake.transport()}
    else:
        server = fake.serve()
        base_url, s3_url = server.base_url, server.s3_url
        extra = {}
    bearer = {"Authorization": f"Bearer {fake.permanent_token}"}
    raw = httpx.Client(**extra)
    api = Client(base_url=base_url, headers=bearer, httpx_args=dict(extra))
    anon = Client(base_url=base_url, httpx_args=dict(extra))
    s3 = Client(base_url=s3_url, httpx_args=dict(extra))
    try:
        yield Portal(fake=fake, mode=mode, base_url=base_url, api=api, anon=anon, s3=s3, raw=raw)
    finally:
        for client in (api, anon, s3):
            client.get_httpx_client().close()
        raw.close()
        if server is not None:
            server.stop()
    assert fake.errors == []
    assert fake.contract_violations == []


def connect_to(p: Portal, **kwargs: Any) -> BynderClient:
    """A bynder_ext client (``connect()``) for the portal, over the same front end, with its
    permanent token (``kwargs`` go to ``connect``)."""
    extra: dict[str, Any] = {"transport": p.fake.transport()} if p.mode == "transport" else {}
    auth = kwargs.pop("auth", None) or PermanentToken(p.fake.permanent_token)
    return connect(p.base_url, auth=auth, **extra, **kwargs)


def warm_up(fake: FakeBynder) -> None:
    """One request, so that the fake has loaded the spec before a test times something (the
    first request of a process loads it); then the fake's records are cleared."""
    bearer = {"Authorization": f"Bearer {fake.permanent_token}"}
    with httpx.Client(transport=fake.transport(), headers=bearer) as client:
        assert client.get(f"{PORTAL}/api/v4/currentUser/").status_code == 200
    fake.reset_records()


def missing_operations(module: str, claimed: set[str]) -> dict[str, list[str]]:
    """The claimed operationIds that never ran in `module`, per front end (empty when none)."""
    seen = RECORDED.get(module, {})
    out = {mode: sorted(claimed - seen.get(mode, set())) for mode in FRONT_ENDS}
    return {mode: ops for mode, ops in out.items() if ops}


def image_rule(name: str, collection_id: str) -> AutomationRuleCreate:
    """An automation rule that files uploaded images into a collection."""
    step = AutomationStep(
        conditions=[
            AutomationConditionGroup(
                and_=[
                    AutomationLeafCondition(
                        condition_type="AssetType",
                        expression=AutomationExpression(
                            operator="CONTAINS", term=[AutomationTerm(asset_type="IMAGE")]
                        ),
                    )
                ]
            )
        ],
        actions=[
            AutomationAction(
                action_type="ADD_TO_COLLECTION",
                data=AutomationActionData(collection_id=collection_id),
            )
        ],
    )
    return AutomationRuleCreate(name=name, triggers=["AssetUploaded"], steps=[step])
