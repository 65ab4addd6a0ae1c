"""A fake Bynder portal for offline tests, demos and benchmarks (think moto for AWS).

    from bynder_ext.testing import FakeBynder

    fake = FakeBynder()
    fake.seed(n_assets=10)
    client = httpx.Client(base_url="https://portal.fake-bynder.test", transport=fake.transport(),
                          headers={"Authorization": f"Bearer {fake.permanent_token}"})
    with fake.serve() as server:        # or a real loopback server
        ...server.base_url, server.s3_url...

The pytest plugin (`bynder_ext.testing.pytest_plugin`) provides the `fake_bynder` fixture.
"""

from typing import TYPE_CHECKING, Any

from .contract import spec_path
from .core import (
    DEFAULT_S3_URL,
    SCOPES,
    ContractViolation,
    FakeBynder,
    OAuthApp,
    RecordedRequest,
    TokenInfo,
)
from .messages import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from .server import FakeServer
    from .transport import FakeTransport

__all__ = [
    "DEFAULT_S3_URL",
    "SCOPES",
    "ContractViolation",
    "FakeBynder",
    "FakeRequest",
    "FakeResponse",
    "FakeServer",
    "FakeTransport",
    "OAuthApp",
    "RecordedRequest",
    "TokenInfo",
    "spec_path",
]


def __getattr__(name: str) -> Any:
    """`FakeServer` and `FakeTransport` load on first use (the server pulls in http.server)."""
    if name == "FakeServer":
        from .server import FakeServer

        return FakeServer
    if name == "FakeTransport":
        from .transport import FakeTransport

        return FakeTransport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
