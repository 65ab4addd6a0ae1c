"""Shared fixtures. The fake Bynder's own fixtures come from its pytest plugin
(bynder_ext.testing.pytest_plugin): fake_bynder, fake_bynder_core, fake_bynder_transport."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.portal import RECORDED, Portal, open_portal


@pytest.fixture(params=["transport", "socket"])
def portal(request: pytest.FixtureRequest) -> Iterator[Portal]:
    """A strict fake Bynder with generated clients, in-process and over a real socket.

    Operations the fake served are recorded per test module and front end, so each
    `test_fake_operations*` module can check that it exercised every operation it claims.
    """
    mode: str = request.param
    with open_portal(mode) as p:
        yield p
    RECORDED.setdefault(request.module.__name__, {}).setdefault(mode, set()).update(
        p.fake.operation_counts
    )
