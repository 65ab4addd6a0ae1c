"""The `[testing]` extra and the fake's pytest plugin: what the extra installs, a clear error when
it is missing, and a plugin that loads the fake only when a fixture is used."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import requires

import pytest

from bynder_ext.testing import FakeBynder, FakeServer


def test_the_testing_extra_brings_pytest() -> None:
    """The plugin is registered for every pytest run, so the extra must bring pytest."""
    extra = [
        r
        for r in requires("bynder-client") or []
        if "extra ==" in r and "testing" in r.split(";")[1]
    ]
    names = {re.split(r"[<>=!~; ]", r, maxsplit=1)[0].lower() for r in extra}
    assert {"pytest", "openapi-core", "pyyaml"} <= names


@pytest.mark.parametrize("module", ["openapi_core", "yaml"])
def test_without_the_extra_the_fake_fails_at_construction(
    monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as if it were not installed
    with pytest.raises(ImportError, match=r"bynder-client\[testing\]") as caught:
        FakeBynder()
    assert module.split("_")[0] in str(caught.value).lower().replace("-", "_")


def test_loading_the_plugin_does_not_load_the_fake() -> None:
    """pytest loads the plugin in every run of every project that installs the extra: it must
    not import the fake (its routes, state and contract) until a fixture is used."""
    code = (
        "import sys, bynder_ext.testing.pytest_plugin; "
        "print(sorted(m for m in sys.modules if m.startswith('bynder_ext.testing.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = eval(done.stdout)
    assert loaded == ["bynder_ext.testing.pytest_plugin"]


@pytest.mark.fake_bynder(seed=3)
def test_the_fixtures_still_give_a_seeded_fake(fake_bynder: FakeServer) -> None:
    assert len(fake_bynder.fake.assets) == 3
    assert fake_bynder.base_url.startswith("http://127.0.0.1:")
