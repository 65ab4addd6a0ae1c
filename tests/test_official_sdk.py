"""The official Python SDK (``bynder-sdk`` 2.0.2) against the fake over HTTPS: every call it makes
for the connector's actions succeeds, as against a real portal.

The SDK runs in its own environment, ``bench/.venv-sdk`` (created here from PyPI when missing, as
``make bench`` does), never in this project's: ``tests/official_sdk_calls.py`` runs each of its
public methods once (the upload twice: a new asset and a new version) and reports each call. The
fake is strict and checks its own answers, so a call succeeds only when the SDK's request is one
Bynder takes and the answer is one the spec allows.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from bench import sdk_env
from bynder_ext.testing import FakeBynder

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def test_every_call_of_the_official_sdk_succeeds(tmp_path: Path) -> None:
    python = sdk_env.ensure(log=False)
    fake = FakeBynder(validate_responses=True)
    fake.seed(n_assets=8)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(7 << 20) + b"\xff\xd9")  # two 5 MiB parts
    with fake.serve(https=True) as server:
        task = {
            "domain": server.domain,
            "token": server.token,
            "client_id": server.client_id,
            "client_secret": server.client_secret,
            "path": str(photo),
            "integration_id": next(iter(fake.integrations)),
            "preset_id": fake.default_preset_id,
        }
        assert server.ca_cert_path is not None
        done = subprocess.run(
            [str(python), str(ROOT / "tests" / "official_sdk_calls.py"), json.dumps(task)],
            capture_output=True,
            text=True,
            env={**os.environ, "REQUESTS_CA_BUNDLE": server.ca_cert_path},
            cwd=tmp_path,
            timeout=300,
        )
    assert done.returncode == 0, done.stderr
    calls = json.loads(done.stdout)["calls"]
    failed = [f"{c['name']}: {c['error']}" for c in calls if not c["ok"]]
    assert failed == []
    assert len(calls) == 48
    assert fake.errors == []
    assert fake.contract_violations == []
    # The SDK's requests reached the operations they mean, its trailing-slash paths included.
    counts = fake.operation_counts
    assert counts["upload_chunk"] == counts["register_uploaded_chunk"] == 4
    assert counts["save_a_new_asset"] == counts["save_as_a_new_asset_version"] == 1
    assert counts["list_pim_metaproperties"] == counts["get_workflow_group"] == 1
    assert counts["oauth2_token"] == 2  # client credentials, then the authorization code
