"""pytest fixtures for the fake Bynder (registered through the `pytest11` entry point).

- `fake_bynder_core`: a fresh `FakeBynder` (strict, and checking its own responses against the
  spec);
- `fake_bynder_transport`: an httpx transport into that core, for `httpx.Client` and
  `httpx.AsyncClient`;
- `fake_bynder`: the same core served on 127.0.0.1 (a `FakeServer`: `.base_url`, `.domain`,
  `.s3_url`, `.token`, `.client_id`, `.client_secret`, `.fake`).

All are function-scoped. Configure them with a marker::

    @pytest.mark.fake_bynder(seed=25, strict=False, https=True)

`seed` adds that many generated assets (and related objects), `https` serves TLS; every other
keyword goes to `FakeBynder(...)`. A test fails at teardown if the fake hit an internal error or
sent a response that breaks the spec.

pytest loads this plugin in every run of a project that installs the extra, so it imports nothing
of the fake until a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # the fake loads when a fixture is first used, not with the plugin
    from .core import FakeBynder
    from .server import FakeServer
    from .transport import FakeTransport


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "fake_bynder(seed=0, https=False, **options): configure the fake Bynder fixtures",
    )


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    marker = request.node.get_closest_marker("fake_bynder")
    return dict(marker.kwargs) if marker else {}


@pytest.fixture
def fake_bynder_core(request: pytest.FixtureRequest) -> Iterator[FakeBynder]:
    """A fresh in-memory Bynder portal."""
    from .core import FakeBynder

    options = _options(request)
    options.pop("https", None)
    seed = int(options.pop("seed", 0))
    options.setdefault("validate_responses", True)
    fake = FakeBynder(**options)
    if seed:
        fake.seed(n_assets=seed)
    yield fake
    problems = fake.errors + fake.contract_violations
    if problems:
        pytest.fail("the fake Bynder reported problems:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture
def fake_bynder_transport(fake_bynder_core: FakeBynder) -> FakeTransport:
    """An httpx transport (sync and async) into `fake_bynder_core`."""
    return fake_bynder_core.transport()


@pytest.fixture
def fake_bynder(
    request: pytest.FixtureRequest, fake_bynder_core: FakeBynder
) -> Iterator[FakeServer]:
    """`fake_bynder_core` served on 127.0.0.1 (portal and S3 on their own ports)."""
    server = fake_bynder_core.serve(https=bool(_options(request).get("https", False)))
    try:
        yield server
    finally:
        server.stop()
