"""``connect()``: the one place where bynder_ext builds its HTTP clients.

``connect(domain, auth=...)`` returns a :class:`BynderClient`, a subclass of the generated
``bynder_client.AuthenticatedClient`` (every generated operation accepts it), wired to httpx
clients built here:

- :class:`BynderHTTPClient` / :class:`AsyncBynderHTTPClient` (``httpx.Client`` /
  ``httpx.AsyncClient`` subclasses) with ``base_url`` = the portal, the auth object, a finite
  timeout, an overall deadline per call (:mod:`bynder_ext.deadline`), a User-Agent and the
  transport stack ``RetryTransport(BudgetTransport(DeadlineTransport(network)))``,
  where ``network`` is httpx's own transport (honouring ``verify``, ``proxy``, ``http2``,
  ``limits`` and proxy environment variables) or the transport passed in. Their ``send`` raises
  the typed errors of :mod:`bynder_ext.errors` once auth and retries are done, and logs one line
  per request.
- An "external" pair for S3 and other hosts: the same transport and retry policy, but no auth, no
  request budget and none of the portal's extra headers.

Path parameters: the generated code percent-encodes them (``/``, ``?``, ``#``, spaces), but ``.``
and ``..`` survive quoting and httpx would resolve them (``/api/v4/media/../`` is ``/api/v4/``),
so the portal clients refuse a path with such a segment (ConfigurationError, nothing sent).
Requests whose ``extensions`` hold ``{"bynder_raise_errors": False}`` get error responses back
instead of exceptions (``True`` forces raising on a client built with ``raise_errors=False``);
:func:`raising_errors` does the same for every request made inside a ``with`` block, which is how
helpers that call generated functions (which take no extensions) choose.

httpx logs every request URL at INFO level; ``connect()`` adds a filter to the ``httpx`` logger
that replaces sensitive query values (signatures, tokens) in those lines.

The async clients are built on first use, one per event loop (an async client's connections
belong to the loop that opened them, and each ``asyncio.run`` has a new loop), so one client works
in one event loop after another. Both sides share the auth object (and so the token), the retry
policy and the request budget.

``session_of(client)`` gives the :class:`Session` behind a client: the portal's origin, the auth
object, the retry policy, the budget, the four httpx clients and the redaction secrets. Helpers
that need more than generated calls (pagination, raw requests, uploads, downloads) start from it::

    session = session_of(client)
    response = session.http.get("/api/v4/media/", params={"limit": 5})
    session.external.post(s3_url, data=fields, files=files)   # no bearer token, no budget
"""

from __future__ import annotations

import asyncio
import contextvars
import ipaddress
import logging
import math
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Literal, cast
from urllib.parse import urlsplit

import attrs
import httpx
from bynder_client import AuthenticatedClient
from httpx._client import UseClientDefault
from httpx._types import AuthTypes

from .auth import TOKEN_REQUEST_EXTENSION, Binding, BynderAuth
from .deadline import (
    DEFAULT_DEADLINE,
    AsyncDeadlineTransport,
    DeadlineTransport,
    check_deadline,
)
from .deadline import start as start_deadline
from .errors import (
    AuthenticationError,
    ConfigurationError,
    UnexpectedResponse,
    error_from_response,
    headers_checked,
    redact_text,
    redact_url,
    transport_error_from,
)
from .transport import (
    RETRIES_EXTENSION,
    AsyncBudgetTransport,
    AsyncRetryTransport,
    BudgetTransport,
    RequestBudget,
    RetryPolicy,
    RetryTransport,
    origin_of,
)

if TYPE_CHECKING:
    from .contract.guard import ContractGuard

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "AsyncBynderHTTPClient",
    "BynderClient",
    "BynderHTTPClient",
    "Portal",
    "Session",
    "connect",
    "normalize_domain",
    "session_of",
]

#: 30 s for reads and writes, 10 s to connect.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
#: Request extension: False makes ``send`` return error responses instead of raising.
RAISE_EXTENSION = "bynder_raise_errors"
TOKEN_NO_RAISE: Final[Mapping[str, Any]] = {RAISE_EXTENSION: False}

_RAISE_OVERRIDE: contextvars.ContextVar[bool | None] = contextvars.ContextVar(
    "bynder_raise_errors", default=None
)


@contextmanager
def raising_errors(enabled: bool = True) -> Iterator[None]:
    """Within the block, error responses raise (or, with ``False``, are returned) whatever the
    client's ``raise_errors`` setting. A request's own extension still wins."""
    token = _RAISE_OVERRIDE.set(enabled)
    try:
        yield
    finally:
        _RAISE_OVERRIDE.reset(token)


# httpx_args keys that configure httpx's own network transport.
_TRANSPORT_ARGS = frozenset({"verify", "cert", "trust_env", "http1", "http2", "limits", "proxy"})
# httpx_args keys that configure the client itself.
_CLIENT_ARGS = frozenset(
    {"headers", "cookies", "params", "follow_redirects", "max_redirects", "default_encoding"}
)
_HOOK_NAMES = frozenset({"request", "response"})

_default_logger = logging.getLogger("bynder_ext")
# The generated AuthenticatedClient's static token, never sent (the auth object is used instead).
_UNUSED_TOKEN: Final = "unused: authentication is done by the session's auth object"


class _RedactLoggedURLs(logging.Filter):
    """Removes sensitive query values from the request URLs that httpx logs at INFO level."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(
                redact_url(a) if isinstance(a, httpx.URL) else a for a in record.args
            )
        return True


def _redact_httpx_log() -> None:
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, _RedactLoggedURLs) for f in httpx_logger.filters):
        httpx_logger.addFilter(_RedactLoggedURLs())


class _DefaultBudget:
    """Marker for "Bynder's published budget" (a new one per connection)."""

    def __repr__(self) -> str:
        return "RequestBudget(4500, 300.0)"


DEFAULT_BUDGET: Final = _DefaultBudget()
DEFAULT_RETRY: Final = RetryPolicy()


@dataclass(frozen=True)
class Portal:
    """A normalised portal address."""

    scheme: str
    host: str
    port: int | None

    @property
    def origin(self) -> str:
        """``scheme://host[:port]``, the base URL of every API path."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}" + (f":{self.port}" if self.port is not None else "")


def is_loopback(host: str) -> bool:
    """Whether ``host`` is certainly this machine: the name ``localhost``, an address in
    127.0.0.0/8, or ``::1`` (bracketed or not). These are the only hosts where plain http is
    allowed (the portal, the OAuth endpoints, raw requests, S3 uploads and downloads all use this
    one check).

    Other names under ``.localhost`` are not: although RFC 6761 reserves them, resolvers and
    proxies do not all keep them on this machine, and a name that reaches DNS can point anywhere.
    ``localhost`` itself is resolved by the system's hosts file on every platform this runs on.
    """
    name = host.strip().lower().rstrip(".")
    if name == "localhost":
        return True
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def normalize_domain(domain: str) -> Portal:
    """Turn ``portal.bynder.com``, ``https://portal.bynder.com/`` or ``http://127.0.0.1:8765`` into a
    :class:`Portal`. Plain http is refused unless the host is loopback."""
    if not isinstance(domain, str):
        raise ConfigurationError(f"domain must be a string, got {type(domain).__name__}")
    text = domain.strip()
    if not text:
        raise ConfigurationError("domain is empty: pass the portal's host, e.g. 'acme.bynder.com'")
    if any(c.isspace() for c in text):
        raise ConfigurationError(f"domain {domain!r} contains whitespace")
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ConfigurationError(f"domain {domain!r} is not a valid host: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ConfigurationError(
            f"domain {domain!r}: only https (or http on loopback) is supported"
        )
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError(f"domain {domain!r} must not contain credentials")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ConfigurationError(
            f"domain {domain!r} must be a host only, without a path: e.g. 'acme.bynder.com'"
        )
    host = (parts.hostname or "").rstrip(".")
    if not host or "://" in host or host in ("http", "https"):
        raise ConfigurationError(f"domain {domain!r} has no host")
    if scheme == "http" and not is_loopback(host):
        raise ConfigurationError(
            f"refusing plain http for {host}: tokens would travel unencrypted; use https "
            "(http is allowed only for loopback hosts such as 127.0.0.1 or localhost)"
        )
    if port == {"http": 80, "https": 443}[scheme]:
        port = None
    return Portal(scheme=scheme, host=host, port=port)


def _endpoint_url(url: str | None, default: str, name: str) -> str:
    if url is None:
        return default
    if not isinstance(url, str):
        raise ConfigurationError(f"{name} must be a string URL")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"{name} must be an absolute https URL, got {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(f"{name}: plain http is allowed only for loopback hosts")
    return url.strip()


def _timeout(value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        for name in ("connect", "read", "write", "pool"):
            part = getattr(value, name)
            if part is not None and (math.isnan(part) or part <= 0):
                raise ConfigurationError(f"timeout.{name} must be > 0 seconds or None")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(
            f"timeout must be seconds or an httpx.Timeout, got {type(value).__name__}"
        )
    if math.isnan(value) or math.isinf(value) or value <= 0:
        raise ConfigurationError(f"timeout must be a finite number of seconds > 0, got {value!r}")
    return httpx.Timeout(float(value), connect=min(float(value), 10.0))


def _same_endpoint(url: httpx.URL, endpoint: str) -> bool:
    """Whether ``url`` is ``endpoint`` (same origin and path; the query does not count)."""
    other = httpx.URL(endpoint)
    return origin_of(url) == origin_of(other) and url.path == other.path


def _refuse_dot_segments(url: httpx.URL | str) -> None:
    """An id of ``.`` or ``..`` must not move a path to another endpoint."""
    if isinstance(url, httpx.URL):
        path = url.raw_path.decode("ascii", "replace").split("?", 1)[0]
    else:
        text = url.split("#", 1)[0]
        path = urlsplit(text).path if "://" in text.split("?", 1)[0] else text.split("?", 1)[0]
    for segment in path.split("/"):
        if segment.lower() in (".", "..", "%2e", "%2e%2e", ".%2e", "%2e."):
            raise ConfigurationError(
                f"refusing path {path!r}: a '.' or '..' segment would reach another endpoint "
                "(an id or path parameter cannot be '.' or '..')"
            )


class Session:
    """A connection's state, shared by its sync and async clients (see :func:`session_of`).

    Attributes: ``portal`` and ``origin`` (the portal), ``auth``, ``retry`` (the client's
    :class:`RetryPolicy`), ``budget`` (a :class:`RequestBudget` or None), ``authorize_url``,
    ``token_url``, ``raise_errors``, ``timeout``, ``deadline`` (seconds each call may take, see
    :mod:`bynder_ext.deadline`), ``user_agent`` and ``logger``. The httpx clients:
    ``http`` and ``async_http`` for the portal, ``external`` and ``async_external`` for other hosts.
    """

    def __init__(
        self,
        *,
        portal: Portal,
        auth: BynderAuth,
        retry: RetryPolicy,
        budget: RequestBudget | None,
        authorize_url: str,
        token_url: str,
        raise_errors: bool,
        timeout: httpx.Timeout,
        user_agent: str,
        logger: logging.Logger,
        transport: httpx.BaseTransport | None,
        deadline: float = DEFAULT_DEADLINE,
        async_transport: httpx.AsyncBaseTransport | None,
        transport_args: Mapping[str, Any],
        client_args: Mapping[str, Any],
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None,
        async_event_hooks: Mapping[str, list[Callable[..., Any]]] | None,
        contract: ContractGuard | None = None,
    ) -> None:
        self.portal = portal
        self.contract = contract
        self.origin = portal.origin
        self.auth = auth
        self.retry = retry
        self.budget = budget
        self.authorize_url = authorize_url
        self.token_url = token_url
        self.raise_errors = raise_errors
        self.timeout = timeout
        self.deadline = deadline
        self.user_agent = user_agent
        self.logger = logger
        self._transport = transport
        self._async_transport = async_transport
        self._transport_args = dict(transport_args)
        self._client_args = dict(client_args)
        # Headers, cookies and default query parameters are for the portal only.
        self._extra_headers: dict[str, str] = dict(self._client_args.pop("headers", None) or {})
        self._extra_cookies: dict[str, str] = dict(self._client_args.pop("cookies", None) or {})
        self._params: Any = self._client_args.pop("params", None)
        self._event_hooks = event_hooks
        self._async_event_hooks = async_event_hooks
        self._lock = threading.Lock()
        self._external: BynderHTTPClient | None = None
        self._async_http = _LoopClients(lambda: self._build_async(portal=True), self._lock)
        self._async_external = _LoopClients(lambda: self._build_async(portal=False), self._lock)
        self.http = self._build_sync(portal=True)

    def __repr__(self) -> str:
        return f"Session(origin={self.origin!r}, auth={self.auth!r}, budget={self.budget!r})"

    # Client construction --------------------------------------------------------------------

    def _headers(self, portal: bool) -> dict[str, str]:
        headers = {"User-Agent": self.user_agent}
        if portal:
            headers.update(self._extra_headers)
        return headers

    def _common(self, portal: bool) -> dict[str, Any]:
        args: dict[str, Any] = dict(self._client_args)
        args.update(timeout=self.timeout, headers=self._headers(portal))
        if portal:
            args.update(base_url=self.origin, auth=self.auth, cookies=dict(self._extra_cookies))
            if self._params is not None:
                args["params"] = self._params
        return args

    def _build_sync(self, *, portal: bool) -> BynderHTTPClient:
        budget, origin = (self.budget, self.origin) if portal else (None, None)
        retry = self.retry

        def wrap(inner: httpx.BaseTransport) -> httpx.BaseTransport:
            inner = DeadlineTransport(inner)
            if self.contract is not None:  # inside the retries: it sees every attempt
                inner = self.contract.transport(inner, self)
            if budget is not None:
                inner = BudgetTransport(inner, budget, origin)
            return RetryTransport(inner, retry)

        args = self._common(portal)
        if self._transport is not None:
            args["transport"] = self._transport
        else:
            args.update(self._transport_args)
        hooks = {k: list(v) for k, v in (self._event_hooks or {}).items()}
        hooks["response"] = [self.refuse_token_redirect, *hooks.get("response", [])]
        args["event_hooks"] = hooks
        return BynderHTTPClient(session=self, portal=portal, wrap=wrap, **args)

    def _build_async(self, *, portal: bool) -> AsyncBynderHTTPClient:
        budget, origin = (self.budget, self.origin) if portal else (None, None)
        retry = self.retry

        def wrap(inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
            inner = AsyncDeadlineTransport(inner)
            if self.contract is not None:  # inside the retries: it sees every attempt
                inner = self.contract.async_transport(inner, self)
            if budget is not None:
                inner = AsyncBudgetTransport(inner, budget, origin)
            return AsyncRetryTransport(inner, retry)

        args = self._common(portal)
        injected = self._async_transport
        both: object = self._transport  # a transport may serve sync and async clients alike
        if injected is None and isinstance(both, httpx.AsyncBaseTransport):
            injected = both
        if injected is not None:
            args["transport"] = injected
        else:
            args.update(self._transport_args)
        hooks = {k: list(v) for k, v in (self._async_event_hooks or {}).items()}
        hooks["response"] = [self.arefuse_token_redirect, *hooks.get("response", [])]
        args["event_hooks"] = hooks
        return AsyncBynderHTTPClient(session=self, portal=portal, wrap=wrap, **args)

    @property
    def async_http(self) -> AsyncBynderHTTPClient:
        """The portal's async client of the running event loop (built on first use there)."""
        return self._async_http.current()

    @property
    def external(self) -> BynderHTTPClient:
        """A sync client for other hosts (S3): no auth, no budget, the same transport and retries."""
        if self._external is None:
            with self._lock:
                if self._external is None:
                    self._external = self._build_sync(portal=False)
        return self._external

    @property
    def async_external(self) -> AsyncBynderHTTPClient:
        """The async twin of :attr:`external` (one per event loop, as :attr:`async_http`)."""
        return self._async_external.current()

    # Shared behaviour -----------------------------------------------------------------------

    def refuse_token_redirect(self, response: httpx.Response) -> None:
        """A response hook, first of every client: a token request is never redirected, whatever
        ``follow_redirects`` says, so its form (the client secret, a refresh token, a code) never
        reaches another URL and a token from elsewhere is never used against the portal."""
        request = response.request
        if not response.has_redirect_location or not (
            request.extensions.get(TOKEN_REQUEST_EXTENSION)
            or (request.method == "POST" and _same_endpoint(request.url, self.token_url))
        ):
            return
        target = origin_of(request.url.join(response.headers["Location"]))
        raise AuthenticationError(
            f"token request failed: the token endpoint answered {response.status_code} with a "
            f"redirect to {target}; token requests never follow redirects, so the credentials "
            "were not sent there (check the portal domain and token_url)",
            status_code=response.status_code,
            method=request.method,
            url=redact_url(request.url, self.secrets()),
            response=response,
        )

    async def arefuse_token_redirect(self, response: httpx.Response) -> None:
        """The async client's form of :meth:`refuse_token_redirect`."""
        self.refuse_token_redirect(response)

    def secrets(self) -> list[str]:
        """Strings to scrub from anything shown (the auth object's secrets)."""
        return self.auth.secrets()

    def is_portal(self, url: httpx.URL | str) -> bool:
        """Whether ``url`` (absolute) is on the portal's origin."""
        return origin_of(httpx.URL(url)) == self.origin

    def update_headers(self, headers: Mapping[str, str]) -> None:
        """Add headers to every portal request (not to external hosts)."""
        headers_checked(headers, "with_headers")
        self._extra_headers.update(headers)
        for client in (self.http, *self._async_http.all()):
            client.headers.update(headers)

    def update_cookies(self, cookies: Mapping[str, str]) -> None:
        """Add cookies to every portal request."""
        self._extra_cookies.update(cookies)
        for client in (self.http, *self._async_http.all()):
            client.cookies.update(dict(cookies))

    def update_timeout(self, timeout: httpx.Timeout) -> None:
        """Change the timeout of every client of this connection."""
        self.timeout = _timeout(timeout)
        clients = (self.http, self._external, *self._async_http.all(), *self._async_external.all())
        for client in clients:
            if client is not None:
                client.timeout = self.timeout

    def log_response(
        self, request: httpx.Request, response: httpx.Response, started: float
    ) -> None:
        """The one debug line per request: method, path, status, duration, retries."""
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "%s %s -> %d in %.1f ms (retries=%s)",
                request.method,
                self._where(response.request),
                response.status_code,
                (time.perf_counter() - started) * 1000,
                response.extensions.get(RETRIES_EXTENSION, 0),
            )

    def log_failure(self, request: httpx.Request, exc: Exception, started: float) -> None:
        """The debug line for a request that got no answer."""
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "%s %s -> %s in %.1f ms (retries=%s)",
                request.method,
                self._where(request),
                type(exc).__name__,
                (time.perf_counter() - started) * 1000,
                request.extensions.get(RETRIES_EXTENSION, 0),
            )

    def _where(self, request: httpx.Request) -> str:
        url = request.url
        if origin_of(url) == self.origin:
            return url.path
        return origin_of(url) + url.path

    def should_raise(self, request: httpx.Request) -> bool:
        explicit = request.extensions.get(RAISE_EXTENSION)
        if isinstance(explicit, bool):
            return explicit
        override = _RAISE_OVERRIDE.get()
        return self.raise_errors if override is None else override

    # Closing --------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the sync clients."""
        self.http.close()
        if self._external is not None:
            self._external.close()

    async def aclose(self) -> None:
        """Close the async clients of the running event loop."""
        for client in (*self._async_http.release(), *self._async_external.release()):
            await client.aclose()


def _unbuildable(exc: Exception) -> ConfigurationError:
    """The error for a request that could never be sent (nothing is): a URL that httpx refuses
    (an id of 100,000 characters, say), or a header that is not ASCII."""
    if isinstance(exc, httpx.InvalidURL):
        return ConfigurationError(
            f"cannot build the request URL: {exc} (is an id or a parameter too long?)"
        )
    return ConfigurationError(
        "a header name or value is not ASCII (send non-ASCII text percent-encoded or in the body)"
    )


class _LoopClients:
    """The async clients of one kind (portal or external), one per event loop.

    The connections of an ``httpx.AsyncClient`` belong to the event loop that opened them, and a
    program may run several loops one after another (each ``asyncio.run``) or side by side (one
    per thread). So each running loop gets its own client: the first loop takes the one built
    before any loop ran, and the clients of loops that have been closed are dropped. All of them
    share the session's auth, retry policy and budget.
    """

    def __init__(self, build: Callable[[], AsyncBynderHTTPClient], lock: threading.Lock) -> None:
        self._build = build
        self._lock = lock
        self._unbound: AsyncBynderHTTPClient | None = None
        self._bound: dict[asyncio.AbstractEventLoop, AsyncBynderHTTPClient] = {}

    def current(self) -> AsyncBynderHTTPClient:
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        with self._lock:
            for old in [old for old in self._bound if old.is_closed()]:
                del self._bound[old]  # its connections died with it
            if loop is None:
                if self._unbound is None:
                    self._unbound = self._build()
                return self._unbound
            client = self._bound.get(loop)
            if client is None:
                client, self._unbound = self._unbound or self._build(), None
                self._bound[loop] = client
            return client

    def all(self) -> list[AsyncBynderHTTPClient]:
        with self._lock:
            return [*([self._unbound] if self._unbound is not None else []), *self._bound.values()]

    def release(self) -> list[AsyncBynderHTTPClient]:
        """Forget and return the clients that the running event loop may close (its own, and
        the one no loop took yet)."""
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        with self._lock:
            released = [self._unbound] if self._unbound is not None else []
            self._unbound = None
            if loop is not None and loop in self._bound:
                released.append(self._bound.pop(loop))
            return released


class CheckedResponse(httpx.Response):
    """A successful portal response whose ``json()`` raises
    :class:`~bynder_ext.errors.UnexpectedResponse` (with the status and a redacted excerpt of the
    body) instead of a bare ``JSONDecodeError`` when the body is not JSON: a proxy's HTML page, a
    truncated answer. Generated operations decode their answers with it."""

    bynder_session: Session | None = None

    def json(self, **kwargs: Any) -> Any:
        try:
            return super().json(**kwargs)
        except ValueError as exc:  # also UnicodeDecodeError
            secrets = self.bynder_session.secrets() if self.bynder_session else []
            excerpt = redact_text(self.content[:120].decode("utf-8", "replace"), secrets)
            raise UnexpectedResponse(
                f"the body is not JSON (it starts {excerpt!r})",
                status_code=self.status_code,
                method=self.request.method,
                url=redact_url(self.request.url, secrets),
                response=self,
            ) from exc


def _checked(response: httpx.Response, session: Session) -> httpx.Response:
    """``response`` with the JSON check of :class:`CheckedResponse`: its class is switched, so no
    copy is made and the body is not read again."""
    response.__class__ = CheckedResponse
    checked = cast(CheckedResponse, response)
    checked.bynder_session = session
    return checked


class BynderHTTPClient(httpx.Client):
    """The ``httpx.Client`` that ``connect()`` builds; ``send`` raises bynder_ext's typed errors."""

    def __init__(
        self,
        *,
        session: Session,
        portal: bool,
        wrap: Callable[[httpx.BaseTransport], httpx.BaseTransport],
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.session = session
        self.portal = portal
        # Wrap whatever httpx chose (its own transport, proxy mounts, or the injected one).
        self._transport = wrap(self._transport)
        self._mounts = {
            pattern: (wrap(mounted) if mounted is not None else None)
            for pattern, mounted in self._mounts.items()
        }

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        if self.portal:
            _refuse_dot_segments(url)
        headers = kwargs.get("headers")
        if headers:  # the client's own were checked when they were set
            headers_checked(headers, "request headers")
        try:
            return super().build_request(method, url, **kwargs)
        except (httpx.InvalidURL, UnicodeEncodeError) as exc:
            raise _unbuildable(exc) from None

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        session = self.session
        started = time.perf_counter()
        start_deadline(request, session.deadline)
        try:
            response = super().send(
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )
        except httpx.TransportError as exc:
            session.log_failure(request, exc, started)
            error = transport_error_from(exc, secrets=session.secrets())
            raise error from error.__cause__  # a redacted copy of exc
        session.log_response(request, response, started)
        if response.status_code >= 400 and session.should_raise(request):
            try:
                response.read()
            finally:
                response.close()
            raise error_from_response(
                response, secrets=session.secrets(), clock=session.retry.clock
            )
        return _checked(response, session) if self.portal else response


class AsyncBynderHTTPClient(httpx.AsyncClient):
    """The async twin of :class:`BynderHTTPClient`."""

    def __init__(
        self,
        *,
        session: Session,
        portal: bool,
        wrap: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport],
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.session = session
        self.portal = portal
        self._transport = wrap(self._transport)
        self._mounts = {
            pattern: (wrap(mounted) if mounted is not None else None)
            for pattern, mounted in self._mounts.items()
        }

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        if self.portal:
            _refuse_dot_segments(url)
        headers = kwargs.get("headers")
        if headers:  # the client's own were checked when they were set
            headers_checked(headers, "request headers")
        try:
            return super().build_request(method, url, **kwargs)
        except (httpx.InvalidURL, UnicodeEncodeError) as exc:
            raise _unbuildable(exc) from None

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        session = self.session
        started = time.perf_counter()
        start_deadline(request, session.deadline)
        try:
            response = await super().send(
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )
        except httpx.TransportError as exc:
            session.log_failure(request, exc, started)
            error = transport_error_from(exc, secrets=session.secrets())
            raise error from error.__cause__  # a redacted copy of exc
        session.log_response(request, response, started)
        if response.status_code >= 400 and session.should_raise(request):
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise error_from_response(
                response, secrets=session.secrets(), clock=session.retry.clock
            )
        return _checked(response, session) if self.portal else response


@attrs.define
class BynderClient(AuthenticatedClient):
    """The generated client, bound to the httpx clients of a :class:`Session`.

    It subclasses the generated ``AuthenticatedClient`` (itself interchangeable with ``Client`` in
    every generated operation) because operations that declare security accept only that class.
    Its ``token`` field is unused: the session's auth object authenticates each request.

    ``with_headers``, ``with_cookies`` and ``with_timeout`` return copies that share the session
    (and its token), as the generated class shares its httpx client; leaving ``with client:`` or
    ``async with client:`` closes the session's sync or async clients.
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

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc: BaseException | None = None,
        tb: TracebackType | None = None,
    ) -> None:
        self._session.close()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc: BaseException | None = None,
        tb: TracebackType | None = None,
    ) -> None:
        await self._session.aclose()


def session_of(client: object) -> Session:
    """The :class:`Session` of a client built by :func:`connect` (or of one of its httpx clients).

    Raises TypeError for anything else, e.g. a ``bynder_client.Client`` made by hand.
    """
    if isinstance(client, BynderClient):
        return client.session
    if isinstance(client, BynderHTTPClient | AsyncBynderHTTPClient):
        return client.session
    raise TypeError(
        f"expected a client returned by bynder_ext.connect(), got {type(client).__name__}; "
        "build clients with bynder_ext.connect(domain, auth=...)"
    )


def _check_hooks(hooks: object, name: str) -> Mapping[str, list[Callable[..., Any]]] | None:
    if hooks is None:
        return None
    if not isinstance(hooks, Mapping) or not set(hooks) <= _HOOK_NAMES:
        raise ConfigurationError(f"{name} must map 'request'/'response' to lists of callables")
    for functions in hooks.values():
        if isinstance(functions, str | bytes) or not isinstance(functions, Iterable):
            raise ConfigurationError(f"{name} values must be lists of callables")
        if not all(callable(f) for f in functions):
            raise ConfigurationError(f"{name} values must be lists of callables")
    return {key: list(value) for key, value in hooks.items()}


def _split_httpx_args(
    httpx_args: Mapping[str, Any] | None, injected: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    if httpx_args is None:
        return {}, {}
    if not isinstance(httpx_args, Mapping):
        raise ConfigurationError("httpx_args must be a dict")
    unknown = set(httpx_args) - _TRANSPORT_ARGS - _CLIENT_ARGS
    if unknown:
        raise ConfigurationError(
            f"unsupported httpx_args {sorted(unknown)}; supported: "
            f"{sorted(_TRANSPORT_ARGS | _CLIENT_ARGS)} (timeout, transport and event hooks are "
            "arguments of connect())"
        )
    transport_args = {k: v for k, v in httpx_args.items() if k in _TRANSPORT_ARGS}
    client_args = {k: v for k, v in httpx_args.items() if k in _CLIENT_ARGS}
    if client_args.get("headers") is not None:
        client_args["headers"] = dict(
            headers_checked(client_args["headers"], "httpx_args['headers']").items()
        )
    if injected and transport_args:
        raise ConfigurationError(
            f"httpx_args {sorted(transport_args)} configure httpx's network transport, which an "
            "injected transport replaces: configure the injected transport instead"
        )
    return transport_args, client_args


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
    from . import __version__

    portal = normalize_domain(domain)
    if not isinstance(auth, BynderAuth):
        raise ConfigurationError(
            "auth must be bynder_ext.PermanentToken, ClientCredentials or AuthorizationCode, "
            f"got {type(auth).__name__}"
        )
    checked_timeout = _timeout(timeout)
    checked_deadline = check_deadline(deadline)
    if retry is None:
        retry = RetryPolicy(max_retries=0)
    elif not isinstance(retry, RetryPolicy):
        raise ConfigurationError(f"retry must be a RetryPolicy or None, got {type(retry).__name__}")
    if isinstance(budget, _DefaultBudget):
        budget = RequestBudget(4500, 300.0)
    elif budget is not None and not isinstance(budget, RequestBudget):
        raise ConfigurationError(
            f"budget must be a RequestBudget or None, got {type(budget).__name__}"
        )
    if user_agent is not None and (
        not isinstance(user_agent, str)
        or not user_agent.strip()
        or not user_agent.isascii()
        or not user_agent.isprintable()
    ):
        raise ConfigurationError(
            "user_agent must be a non-empty line of ASCII text (no CR, LF, NUL or non-ASCII "
            "character)"
        )
    if transport is not None and not isinstance(transport, httpx.BaseTransport):
        raise ConfigurationError("transport must be an httpx.BaseTransport")
    if async_transport is not None and not isinstance(async_transport, httpx.AsyncBaseTransport):
        raise ConfigurationError("async_transport must be an httpx.AsyncBaseTransport")
    transport_args, client_args = _split_httpx_args(
        httpx_args, injected=transport is not None or async_transport is not None
    )
    if not isinstance(raise_errors, bool):
        raise ConfigurationError("raise_errors must be True or False")
    hooks = _check_hooks(event_hooks, "event_hooks")
    async_hooks = _check_hooks(async_event_hooks, "async_event_hooks")
    if logger is not None and not isinstance(logger, logging.Logger):
        raise ConfigurationError("logger must be a logging.Logger")
    guard = None
    if contract is not None:
        from .contract.guard import guard_of

        guard = guard_of(contract)
    origin = portal.origin
    authorize = _endpoint_url(
        authorize_url, f"{origin}/v6/authentication/oauth2/auth", "authorize_url"
    )
    token = _endpoint_url(token_url, f"{origin}/v6/authentication/oauth2/token", "token_url")
    agent = f"bynder-client/{__version__} python-httpx/{httpx.__version__}"
    if user_agent:
        agent = f"{user_agent.strip()} {agent}"
    log = logger or _default_logger

    _redact_httpx_log()
    auth.bind(
        Binding(
            origin=origin, authorize_url=authorize, token_url=token, user_agent=agent, logger=log
        )
    )
    session = Session(
        portal=portal,
        auth=auth,
        retry=retry,
        budget=budget,
        authorize_url=authorize,
        token_url=token,
        raise_errors=raise_errors,
        timeout=checked_timeout,
        deadline=checked_deadline,
        user_agent=agent,
        logger=log,
        transport=transport,
        async_transport=async_transport,
        transport_args=transport_args,
        client_args=client_args,
        event_hooks=hooks,
        async_event_hooks=async_hooks,
        contract=guard,
    )
    client = BynderClient(
        base_url=origin,
        token=_UNUSED_TOKEN,
        session=session,
        timeout=checked_timeout,
        raise_on_unexpected_status=raise_errors,
        follow_redirects=bool(client_args.get("follow_redirects", False)),
    )
    client.set_httpx_client(session.http)
    return client
