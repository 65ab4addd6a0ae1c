"""``connect()``: the one place where bynder_ext builds its HTTP clients.

``connect(domain, auth=...)`` returns a :class:`BynderClient` (the generated
``AuthenticatedClient``, which every operation accepts) wired to the httpx clients of a
:class:`Session`: ``http``/``async_http`` for the portal and ``external``/``async_external`` for
S3 and other hosts (no auth, no budget, no portal headers), all over ``RetryTransport(
BudgetTransport(DeadlineTransport(network)))``. They raise the typed errors of
:mod:`bynder_ext.errors` and log one line per call. Helpers start from :func:`session_of`::

    session = session_of(client)
    response = session.http.get("/api/v4/media/", params={"limit": 5})
    session.external.post(s3_url, data=fields, files=files)   # no bearer token, no budget
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs
import httpx
from bynder_client import AuthenticatedClient

from ..auth import BynderAuth
from ..budget import RequestBudget
from ..deadline import DEFAULT_DEADLINE
from ..retry import RetryPolicy
from ..transport.core import RAISE_EXTENSION
from ._async import AsyncBynderHTTPClient
from ._sync import BynderHTTPClient
from .core import (
    DEFAULT_BUDGET,
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT,
    CheckedResponse,
    Context,
    Portal,
    _DefaultBudget,
    is_loopback,
    normalize_domain,
    raising_errors,
    redact_httpx_log,
)
from .session import Session

if TYPE_CHECKING:
    from ..contract.guard import ContractGuard

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "RAISE_EXTENSION",
    "AsyncBynderHTTPClient",
    "BynderClient",
    "BynderHTTPClient",
    "CheckedResponse",
    "Context",
    "Portal",
    "Session",
    "connect",
    "is_loopback",
    "normalize_domain",
    "raising_errors",
    "session_of",
]

# The generated AuthenticatedClient's static token, never sent (the auth object is used instead).
_UNUSED_TOKEN = "unused: authentication is done by the session's auth object"


@attrs.define
class BynderClient(AuthenticatedClient):
    """The generated ``AuthenticatedClient`` (which operations that declare security require),
    bound to the httpx clients of a :class:`Session`; its ``token`` field is unused.

    ``with_headers``, ``with_cookies`` and ``with_timeout`` return copies that share the session;
    leaving ``with client:`` or ``async with client:`` closes its sync or async clients.
    """

    _session: Session = attrs.field(alias="session", kw_only=True, repr=False)

    @property
    def session(self) -> Session:
        """The connection's state (also reachable with :func:`session_of`)."""
        return self._session

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = self._session.http
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is not None:  # one the caller set with set_async_httpx_client
            return self._async_client
        return self._session.async_http  # the running event loop's

    def with_headers(self, headers: dict[str, str]) -> BynderClient:
        self._session.update_headers(headers)
        return attrs.evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> BynderClient:
        self._session.update_cookies(cookies)
        return attrs.evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> BynderClient:
        self._session.update_timeout(timeout)
        return attrs.evolve(self, timeout=timeout)

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self._session.close()

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self._session.aclose()


def session_of(client: object) -> Session:
    """The :class:`Session` of a client built by :func:`connect` (or of one of its httpx clients);
    TypeError for anything else, e.g. a ``bynder_client.Client`` made by hand."""
    ours = (BynderClient, BynderHTTPClient, AsyncBynderHTTPClient)
    if isinstance(client, ours) and isinstance(client.session, Session):
        return client.session
    raise TypeError(
        f"expected a client returned by bynder_ext.connect(), got {type(client).__name__}; "
        "build clients with bynder_ext.connect(domain, auth=...)"
    )


def connect(
    domain: str,
    *,
    auth: BynderAuth,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    deadline: float = DEFAULT_DEADLINE,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    budget: RequestBudget | _DefaultBudget | None = DEFAULT_BUDGET,
    user_agent: str | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    authorize_url: str | None = None,
    token_url: str | None = None,
    raise_errors: bool = True,
    event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
    async_event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
    logger: logging.Logger | None = None,
    contract: Literal["warn", "raise"] | ContractGuard | None = None,
) -> BynderClient:
    """Connect to a Bynder portal; returns the generated client, ready for every operation.

    - ``domain``: ``acme.bynder.com`` or ``https://acme.bynder.com`` (``http://`` only on loopback).
    - ``auth``: :class:`~bynder_ext.PermanentToken`, :class:`~bynder_ext.ClientCredentials` or
      :class:`~bynder_ext.AuthorizationCode`.
    - ``timeout``: seconds or an ``httpx.Timeout`` (default 30 s, 10 s to connect), for each
      connect, read and write.
    - ``deadline``: seconds each call may take overall, retries and the whole body included
      (default 300 s; see :mod:`bynder_ext.deadline`); past it the call raises RequestTimeout.
    - ``retry``: a :class:`~bynder_ext.RetryPolicy`; None disables retries.
    - ``budget``: a :class:`~bynder_ext.RequestBudget` (default 4,500 requests per 5 minutes, a new
      one per connection; pass the same object to several connections to share it); None disables.
    - ``user_agent``: your application's name, put before ``bynder-client/<v> python-httpx/<v>``.
    - ``transport`` / ``async_transport``: replace the network (a fake, a mock, a custom transport);
      a transport that is both sync and async serves both sides.
    - ``httpx_args``: ``verify``, ``cert``, ``trust_env``, ``http1``, ``http2``, ``limits``,
      ``proxy``, ``headers``, ``cookies``, ``params``, ``follow_redirects``, ``max_redirects``,
      ``default_encoding``.
    - ``authorize_url`` / ``token_url``: override ``{portal}/v6/authentication/oauth2/auth|token``.
    - ``raise_errors``: False returns error responses to the generated code (its raw behaviour).
    - ``event_hooks`` / ``async_event_hooks``: httpx event hooks for the sync / async clients.
    - ``logger``: where the per-request debug lines go (default ``logging.getLogger("bynder_ext")``).
    - ``contract``: check every request and response against the spec: ``"warn"`` logs each
      violation, ``"raise"`` raises ContractViolationError; or a
      :class:`~bynder_ext.contract.ContractGuard` (off by default, and then free).

    Every argument is checked before anything is sent; a bad one raises ConfigurationError.
    """
    session = Session(**locals())
    client = BynderClient(
        base_url=session.origin,
        token=_UNUSED_TOKEN,
        session=session,
        timeout=session.timeout,
        raise_on_unexpected_status=session.raise_errors,
        follow_redirects=bool(session.client_args.get("follow_redirects", False)),
    )
    redact_httpx_log()
    client.set_httpx_client(session.http)
    return client
