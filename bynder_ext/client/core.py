"""What ``connect()`` decides without I/O: the portal's address, the connection's settings as
declared data with validators (:class:`Context`), proxies, raising and logging."""

from __future__ import annotations

import contextvars
import ipaddress
import logging
import math
import sys
import time
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

import attrs
import httpx

from ..auth import TOKEN_REQUEST_EXTENSION, Binding, BynderAuth
from ..budget import RequestBudget
from ..deadline import DEFAULT_DEADLINE, check_deadline
from ..errors import (
    AuthenticationError,
    ConfigurationError,
    UnexpectedResponse,
    flag,
    headers_checked,
    redact_text,
    redact_url,
)
from ..retry import RetryPolicy
from ..transport.core import RAISE_EXTENSION, RETRIES_EXTENSION, origin_of

if TYPE_CHECKING:
    from ..contract.guard import ContractGuard

#: 30 s for reads and writes, 10 s to connect.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
#: httpx_args that configure the network transports, and those that configure the clients.
NETWORK_ARGS: Final = frozenset(
    {"verify", "cert", "trust_env", "http1", "http2", "limits", "proxy"}
)
CLIENT_ARGS: Final = frozenset(
    {"headers", "cookies", "params", "follow_redirects", "max_redirects", "default_encoding"}
)
_RAISE_OVERRIDE: contextvars.ContextVar[bool | None] = contextvars.ContextVar(
    "bynder_raise_errors", default=None
)
_default_logger = logging.getLogger("bynder_ext")


@contextmanager
def raising_errors(enabled: bool = True) -> Iterator[None]:
    """Within the block, error responses raise (or, with ``False``, are returned) whatever the
    client's ``raise_errors``; a request's own extension still wins."""
    token = _RAISE_OVERRIDE.set(enabled)
    try:
        yield
    finally:
        _RAISE_OVERRIDE.reset(token)


@attrs.frozen
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
    """Whether ``host`` is certainly this machine (``localhost``, 127.0.0.0/8 or ``::1``), the only
    hosts where plain http is allowed. Other ``.localhost`` names are not: not every resolver or
    proxy keeps them here."""
    name = host.strip().lower().rstrip(".")
    if name == "localhost":
        return True
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def normalize_domain(domain: object) -> Portal:
    """Turn ``portal.bynder.com``, ``https://portal.bynder.com/`` or ``http://127.0.0.1:8765`` into a
    :class:`Portal`. Plain http is refused unless the host is loopback."""
    if isinstance(domain, Portal):
        return domain
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


def checked_timeout(value: object) -> httpx.Timeout:
    """Seconds (10 s at most to connect) or an ``httpx.Timeout`` whose parts are > 0 or None."""
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
    seconds = check_deadline(value, "timeout")
    return httpx.Timeout(seconds, connect=min(seconds, 10.0))


class _DefaultBudget:
    """Marker for "Bynder's published budget" (a new one per connection)."""

    def __repr__(self) -> str:
        return "RequestBudget(4500, 300.0)"


DEFAULT_BUDGET: Final = _DefaultBudget()
DEFAULT_RETRY: Final = RetryPolicy()


def _instance(kind: type, message: str, optional: bool = True) -> Any:
    """A validator: ``kind`` (or None when ``optional``), else ``message`` with ``{got}``."""

    def check(_: object, __: object, value: Any) -> None:
        if not isinstance(value, kind) and not (optional and value is None):
            raise ConfigurationError(message.format(got=type(value).__name__))

    return check


def _retry(value: Any) -> Any:
    return RetryPolicy(max_retries=0) if value is None else value


def _budget(value: Any = DEFAULT_BUDGET) -> Any:
    return RequestBudget(4500, 300.0) if isinstance(value, _DefaultBudget) else value


def _user_agent(_: object, __: object, value: Any) -> None:
    if value is not None and not (
        isinstance(value, str) and value.strip() and value.isascii() and value.isprintable()
    ):
        raise ConfigurationError(
            "user_agent must be a non-empty line of ASCII text (no CR, LF, NUL or non-ASCII "
            "character)"
        )


def _httpx_args(value: object) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigurationError("httpx_args must be a dict")
    if unknown := set(value) - NETWORK_ARGS - CLIENT_ARGS:
        raise ConfigurationError(
            f"unsupported httpx_args {sorted(unknown)}; supported: "
            f"{sorted(NETWORK_ARGS | CLIENT_ARGS)} (timeout, transport and event hooks are "
            "arguments of connect())"
        )
    args = dict(value)
    if args.get("headers") is not None:
        args["headers"] = dict(headers_checked(args["headers"], "httpx_args['headers']").items())
    return args


def _endpoint(_: object, attribute: attrs.Attribute[Any], url: Any) -> None:
    if url is None:
        return
    if not isinstance(url, str):
        raise ConfigurationError(f"{attribute.name} must be a string URL")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"{attribute.name} must be an absolute https URL, got {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(f"{attribute.name}: plain http is allowed only for loopback hosts")


def _hooks(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    name = attribute.name
    if not isinstance(value, Mapping) or not set(value) <= {"request", "response"}:
        raise ConfigurationError(f"{name} must map 'request'/'response' to lists of callables")
    for functions in value.values():
        listed = isinstance(functions, Iterable) and not isinstance(functions, str | bytes)
        if not listed or not all(callable(f) for f in functions):
            raise ConfigurationError(f"{name} values must be lists of callables")


def _or_empty(value: Any) -> Any:
    return {} if value is None else value


def _or_default_logger(value: Any) -> Any:
    return _default_logger if value is None else value


def _contract(value: object) -> ContractGuard | None:
    if value is None:
        return None
    from ..contract.guard import guard_of

    return guard_of(value)


def proxies(proxy: object, trust_env: bool) -> dict[str, httpx.Proxy | None]:
    """The proxy of each URL pattern, as httpx chooses them: ``proxy`` for every URL, else, with
    ``trust_env``, the ``*_PROXY`` environment variables (``NO_PROXY`` hosts map to None)."""
    if proxy is not None:
        return {"all://": proxy if isinstance(proxy, httpx.Proxy) else httpx.Proxy(proxy)}  # type: ignore[arg-type]
    if not trust_env:
        return {}
    found = urllib.request.getproxies()
    mounts: dict[str, httpx.Proxy | None] = {}
    for scheme in ("http", "https", "all"):
        if url := found.get(scheme):
            mounts[f"{scheme}://"] = httpx.Proxy(url if "://" in url else f"http://{url}")
    for host in (name.strip() for name in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if "://" in host:
            mounts[host] = None
        elif host:
            try:
                address = ipaddress.ip_address(host.split("/")[0])
            except ValueError:
                address = None
            if address is not None and address.version == 6:
                mounts[f"all://[{host}]"] = None
            elif address is not None or host.lower() == "localhost":
                mounts[f"all://{host}"] = None
            else:
                mounts[f"all://*{host}"] = None
    return mounts


class _RedactLoggedURLs(logging.Filter):
    """Removes sensitive query values from the request URLs that httpx logs at INFO level."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(
                redact_url(a) if isinstance(a, httpx.URL) else a for a in record.args
            )
        return True


def redact_httpx_log() -> None:
    """Add the URL-redacting filter to the ``httpx`` logger (once)."""
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, _RedactLoggedURLs) for f in httpx_logger.filters):
        httpx_logger.addFilter(_RedactLoggedURLs())


def refuse_dot_segments(url: httpx.URL | str) -> None:
    """An id of ``.`` or ``..`` must not move a path to another endpoint."""
    if isinstance(url, str) and "." not in url and "%" not in url:
        return  # the usual case, checked first: this runs for every request
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


def unbuildable(exc: Exception) -> ConfigurationError:
    """The error for a request that cannot be built: a URL httpx refuses, or a non-ASCII header."""
    if isinstance(exc, httpx.InvalidURL):
        return ConfigurationError(
            f"cannot build the request URL: {exc} (is an id or a parameter too long?)"
        )
    return ConfigurationError(
        "a header name or value is not ASCII (send non-ASCII text percent-encoded or in the body)"
    )


@attrs.define(slots=False, eq=False, kw_only=True)
class Context:
    """A connection's settings: ``connect()``'s arguments as attrs fields, checked before anything
    is sent, and what its httpx clients need from them (raising, the debug lines, the secrets)."""

    portal: Portal = attrs.field(alias="domain", converter=normalize_domain)
    auth: BynderAuth = attrs.field(
        validator=_instance(
            BynderAuth,
            "auth must be bynder_ext.PermanentToken, ClientCredentials or AuthorizationCode, "
            "got {got}",
            optional=False,
        )
    )
    timeout: httpx.Timeout = attrs.field(default=DEFAULT_TIMEOUT, converter=checked_timeout)
    deadline: float = attrs.field(default=DEFAULT_DEADLINE, converter=check_deadline)
    retry: RetryPolicy = attrs.field(
        default=DEFAULT_RETRY,
        converter=_retry,
        validator=_instance(RetryPolicy, "retry must be a RetryPolicy or None, got {got}", False),
    )
    budget: RequestBudget | None = attrs.field(
        default=attrs.Factory(_budget),
        converter=_budget,
        validator=_instance(RequestBudget, "budget must be a RequestBudget or None, got {got}"),
    )
    user_agent: str | None = attrs.field(default=None, validator=_user_agent)
    transport: httpx.BaseTransport | None = attrs.field(
        default=None,
        validator=_instance(httpx.BaseTransport, "transport must be an httpx.BaseTransport"),
    )
    async_transport: httpx.AsyncBaseTransport | None = attrs.field(
        default=None,
        validator=_instance(
            httpx.AsyncBaseTransport, "async_transport must be an httpx.AsyncBaseTransport"
        ),
    )
    httpx_args: dict[str, Any] = attrs.field(default=None, converter=_httpx_args)
    authorize_url: str | None = attrs.field(default=None, validator=_endpoint)
    token_url: str | None = attrs.field(default=None, validator=_endpoint)
    raise_errors: bool = attrs.field(default=True, validator=flag)
    event_hooks: Mapping[str, list[Any]] = attrs.field(
        default=None, converter=_or_empty, validator=_hooks
    )
    async_event_hooks: Mapping[str, list[Any]] = attrs.field(
        default=None, converter=_or_empty, validator=_hooks
    )
    logger: logging.Logger = attrs.field(
        default=None,
        converter=_or_default_logger,
        validator=_instance(logging.Logger, "logger must be a logging.Logger"),
    )
    contract: ContractGuard | None = attrs.field(default=None, converter=_contract)

    @httpx_args.validator
    def _network_args_need_the_network(self, _: object, args: dict[str, Any]) -> None:
        network = sorted(NETWORK_ARGS & set(args))
        if network and (self.transport is not None or self.async_transport is not None):
            raise ConfigurationError(
                f"httpx_args {network} configure httpx's network transport, which an "
                "injected transport replaces: configure the injected transport instead"
            )

    def __attrs_post_init__(self) -> None:
        version = sys.modules["bynder_ext"].__version__  # the package, imported before this
        self.origin = origin = self.portal.origin
        self.authorize_url = (
            self.authorize_url or f"{origin}/v6/authentication/oauth2/auth"
        ).strip()
        self.token_url = (self.token_url or f"{origin}/v6/authentication/oauth2/token").strip()
        agent = f"bynder-client/{version} python-httpx/{httpx.__version__}"
        self.user_agent = f"{self.user_agent.strip()} {agent}" if self.user_agent else agent
        both: object = self.transport  # one transport may serve both sides
        if self.async_transport is None and isinstance(both, httpx.AsyncBaseTransport):
            self.async_transport = both
        args = self.httpx_args
        self.network_args = {k: v for k, v in args.items() if k in NETWORK_ARGS and k != "proxy"}
        self.proxies = proxies(args.get("proxy"), bool(args.get("trust_env", True)))
        self.client_args = {k: v for k, v in args.items() if k in CLIENT_ARGS}
        # Headers, cookies and default query parameters are for the portal only.
        self.headers: dict[str, str] = dict(self.client_args.pop("headers", None) or {})
        self.cookies: dict[str, str] = dict(self.client_args.pop("cookies", None) or {})
        self.params: Any = self.client_args.pop("params", None)
        self.auth.bind(
            Binding(self.origin, self.authorize_url, self.token_url, self.user_agent, self.logger)
        )

    def __repr__(self) -> str:
        return f"Session(origin={self.origin!r}, auth={self.auth!r}, budget={self.budget!r})"

    def client_kwargs(self, portal: bool) -> dict[str, Any]:
        """The arguments of a portal (or external) httpx client, transports and hooks aside."""
        kwargs = dict(self.client_args, timeout=self.timeout)
        kwargs["headers"] = {"User-Agent": self.user_agent, **(self.headers if portal else {})}
        if portal:
            kwargs.update(base_url=self.origin, auth=self.auth, cookies=dict(self.cookies))
            if self.params is not None:
                kwargs["params"] = self.params
        return kwargs

    def secrets(self) -> list[str]:
        """Strings to scrub from anything shown (the auth object's secrets)."""
        return self.auth.secrets()

    def is_portal(self, url: httpx.URL | str) -> bool:
        """Whether ``url`` (absolute) is on the portal's origin."""
        return origin_of(httpx.URL(url)) == self.origin

    def should_raise(self, request: httpx.Request) -> bool:
        """Whether an error answer to ``request`` raises (its extension, else the innermost
        :func:`raising_errors`, else the client's ``raise_errors``)."""
        explicit = request.extensions.get(RAISE_EXTENSION)
        if isinstance(explicit, bool):
            return explicit
        override = _RAISE_OVERRIDE.get()
        return self.raise_errors if override is None else override

    def log(
        self, request: httpx.Request, outcome: httpx.Response | Exception, started: float
    ) -> None:
        """The one debug line per request: method, path, status or failure, duration, retries."""
        if not self.logger.isEnabledFor(logging.DEBUG):
            return
        what, carrier = type(outcome).__name__, request.extensions
        if isinstance(outcome, httpx.Response):
            what, carrier, request = str(outcome.status_code), outcome.extensions, outcome.request
        url = request.url
        where = url.path if origin_of(url) == self.origin else origin_of(url) + url.path
        self.logger.debug(
            "%s %s -> %s in %.1f ms (retries=%s)",
            request.method,
            where,
            what,
            (time.perf_counter() - started) * 1000,
            carrier.get(RETRIES_EXTENSION, 0),
        )

    def refuse_token_redirect(self, response: httpx.Response) -> None:
        """The first response hook of every client: a token request is never redirected, whatever
        ``follow_redirects`` says, so its form never reaches another URL."""
        if not response.has_redirect_location:
            return
        request = response.request
        token_url = httpx.URL(str(self.token_url))
        if not request.extensions.get(TOKEN_REQUEST_EXTENSION) and not (
            request.method == "POST"
            and origin_of(request.url) == origin_of(token_url)
            and request.url.path == token_url.path
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


class CheckedResponse(httpx.Response):
    """A successful portal response whose ``json()`` raises UnexpectedResponse, with a redacted
    excerpt, instead of a bare ``JSONDecodeError`` for a body that is not JSON (a proxy's page)."""

    bynder_session: Context | None = None

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


def checked(response: httpx.Response, context: Context) -> httpx.Response:
    """``response`` made a :class:`CheckedResponse` in place (no copy, the body not read again)."""
    response.__class__ = CheckedResponse
    response.bynder_session = context  # type: ignore[attr-defined]
    return response
