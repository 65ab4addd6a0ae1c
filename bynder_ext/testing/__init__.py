"""A fake Bynder portal for offline tests, demos and benchmarks (think moto for AWS).

    from bynder_ext.testing import FakeBynder

    fake = FakeBynder()
    fake.seed(n_assets=10)
    client = httpx.Client(base_url="https://portal.fake-bynder.test", transport=fake.transport(),
                          headers={"Authorization": f"Bearer {fake.permanent_token}"})
    with fake.serve() as server:        # or a real loopback server
        ...server.base_url, server.s3_url...

The pytest plugin (`bynder_ext.testing.pytest_plugin`) provides the `fake_bynder` fixture. It
needs the `[testing]` extra (`pip install "bynder-client[testing]"`); `FakeBynder()` says so when
it is missing.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Where each public name lives. They load on first use, so that importing this package (as the
# pytest plugin's parent does in every test run) costs nothing until the fake is needed.
_HOMES = {
    "spec_path": "contract",
    "DEFAULT_S3_URL": "core",
    "SCOPES": "core",
    "ContractViolation": "core",
    "FakeBynder": "core",
    "OAuthApp": "core",
    "RecordedRequest": "core",
    "TokenInfo": "core",
    "FakeRequest": "messages",
    "FakeResponse": "messages",
    "FakeServer": "server",
    "FakeTransport": "transport",
}


def __getattr__(name: str) -> Any:
    """The public names load on first use (the server pulls in http.server, the core the spec's
    routes and state)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
