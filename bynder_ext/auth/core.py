"""The auth classes without I/O: tokens and their stores, the portal an auth object serves, and
the OAuth lifecycle (when a token is due, the token request and its answer, the authorization URL
and the redirect's checks)."""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import json
import logging
import os
import secrets
import tempfile
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any, Final, Protocol, TypeVar, runtime_checkable
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from .._concurrency import SharedLock
from ..deadline import DEADLINE_EXTENSION
from ..errors import (
    AuthenticationError,
    AuthorizationDenied,
    ConfigurationError,
    StateMismatchError,
    error_from_response,
    redact_url,
)
from ..transport.core import RETRIES_EXTENSION, origin_of

#: The scopes requested when none are given (both OAuth flows).
DEFAULT_SCOPES: tuple[str, ...] = tuple(
    "asset:read asset:write collection:read collection:write current.user:read "  # noqa: SIM905
    "current.profile:read workflow.campaign:read workflow.campaign:write workflow.job:read "
    "workflow.job:write brandstore.order:read brandstore.order:write meta.assetbank:read "
    "meta.assetbank:write admin.profile:read admin.user:read admin.user:write "
    "workflow.preset:read offline".split()
)
#: How many times one request refused with 401 is sent again with a newer token.
MAX_REPLAYS: Final = 3
#: Request extension that marks a token request: the client never follows a redirect of one.
TOKEN_REQUEST_EXTENSION: Final = "bynder_token_request"
_LOG_IN_AGAIN: Final = (
    "the portal refused the refresh token (a refresh whose answer was lost may have replaced "
    "it): log in again (authorization_url() and exchange_code(), or `bynder login`)"
)
# Query parameters of the authorization URL that the flow sets itself.
_AUTHORIZATION_PARAMS: Final = frozenset(
    "response_type client_id redirect_uri scope state code_challenge code_challenge_method".split()  # noqa: SIM905
)
_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)


@dataclasses.dataclass(frozen=True)
class Token:
    """An OAuth access token; ``expires_at`` is Unix time (None when the server gave no lifetime)."""

    access_token: str
    token_type: str = "bearer"
    expires_at: float | None = None
    refresh_token: str | None = None
    scope: str | None = None

    def __repr__(self) -> str:
        refresh = "<redacted>" if self.refresh_token else None
        return (
            f"Token(access_token=<redacted>, token_type={self.token_type!r}, "
            f"expires_at={self.expires_at!r}, refresh_token={refresh}, scope={self.scope!r})"
        )

    def expires_within(self, seconds: float, now: float) -> bool:
        """Whether the token expires less than ``seconds`` after ``now``."""
        return self.expires_at is not None and self.expires_at - now < seconds

    def to_dict(self) -> dict[str, Any]:
        """The token as a JSON-ready dict (the inverse of :meth:`from_dict`)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        """A token from :meth:`to_dict` output, or from a token response plus ``expires_at``."""
        access_token, expires_at = data.get("access_token"), data.get("expires_at")
        if not isinstance(access_token, str) or not access_token:
            raise ConfigurationError("a token needs a non-empty access_token")
        refresh_token, scope = data.get("refresh_token"), data.get("scope")
        return cls(
            access_token=access_token,
            token_type=str(data.get("token_type") or "bearer"),
            expires_at=float(expires_at) if isinstance(expires_at, int | float) else None,
            refresh_token=refresh_token
            if isinstance(refresh_token, str) and refresh_token
            else None,
            scope=scope if isinstance(scope, str) else None,
        )

    @classmethod
    def from_response(cls, payload: Any, *, now: float, previous: Token | None = None) -> Token:
        """A token from a token endpoint's JSON; keeps ``previous``'s refresh token if none is sent."""
        if not isinstance(payload, Mapping):
            raise ValueError("the token response is not a JSON object")
        if not isinstance(payload.get("access_token"), str) or not payload["access_token"]:
            raise ValueError("the token response has no access_token")
        expires_in: Any = payload.get("expires_in")
        try:
            lifetime = None if isinstance(expires_in, bool) else float(expires_in)
        except (TypeError, ValueError):
            lifetime = None
        token = cls.from_dict(
            {**payload, "expires_at": None if lifetime is None else now + lifetime}
        )
        if token.refresh_token is None and previous is not None:
            token = dataclasses.replace(token, refresh_token=previous.refresh_token)
        return token


@runtime_checkable
class TokenStore(Protocol):
    """Somewhere to keep the current token between runs (``load()`` gives None when there is none)."""

    def load(self) -> Token | None: ...

    def save(self, token: Token) -> None: ...


class FileTokenStore:
    """A token as a JSON file, readable only by its owner (mode 0600), replaced atomically."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"

    def load(self) -> Token | None:
        """The saved token, or None when the file does not exist."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            return Token.from_dict(json.loads(text))
        except (ValueError, AttributeError, TypeError) as exc:
            raise ConfigurationError(f"{self.path} does not hold a saved token") from exc

    def save(self, token: Token) -> None:
        write_private_file(self.path, json.dumps(token.to_dict()))


def write_private_file(path: Path, text: str) -> None:
    """Replace ``path`` atomically with ``text``, readable only by its owner (the folder is made
    when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


@dataclasses.dataclass(frozen=True)
class Binding:
    """What an auth object learns from ``connect()``: where the portal and its endpoints are."""

    origin: str
    authorize_url: str
    token_url: str
    user_agent: str
    logger: logging.Logger

    @functools.cached_property
    def oauth_paths(self) -> frozenset[str]:
        """Paths of the authorize and token endpoints that are on the portal's origin."""
        urls = (httpx.URL(self.authorize_url), httpx.URL(self.token_url))
        return frozenset(u.path for u in urls if origin_of(u) == self.origin)


class BynderAuth(httpx.Auth):
    """Base of the auth classes: scoping to the portal's origin and the secrets to redact."""

    _binding: Binding | None = None

    def bind(self, binding: Binding) -> None:
        """Attach to a portal; an auth object serves one portal (its tokens are the portal's)."""
        if self._binding is not None and self._binding.origin != binding.origin:
            raise ConfigurationError(
                f"this {type(self).__name__} is already used for {self._binding.origin}; "
                "create another one for a different portal"
            )
        self._binding = binding

    @property
    def binding(self) -> Binding:
        """The portal this auth object was connected to."""
        if self._binding is None:
            raise ConfigurationError(
                f"{type(self).__name__} is not connected to a portal: pass it to bynder_ext.connect()"
            )
        return self._binding

    def applies_to(self, request: httpx.Request) -> bool:
        """Whether ``request`` gets the token: it goes to the portal, not to its OAuth endpoints."""
        binding = self.binding
        url = request.url
        return origin_of(url) == binding.origin and url.path not in binding.oauth_paths

    def secrets(self) -> list[str]:
        """Strings that must never be shown (scrubbed from errors)."""
        return []


class PermanentToken(BynderAuth):
    """A permanent token from the portal's settings, sent as ``Authorization: Bearer``."""

    def __init__(self, token: str) -> None:
        if not isinstance(token, str) or not token.strip():
            raise ConfigurationError("PermanentToken needs a non-empty token string")
        if token != token.strip() or any(c in token for c in "\r\n"):
            raise ConfigurationError("the permanent token contains whitespace or line breaks")
        self._token = token

    def __repr__(self) -> str:
        return "PermanentToken(token=<redacted>)"

    def secrets(self) -> list[str]:
        return [self._token]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.applies_to(request):
            request.headers["Authorization"] = f"Bearer {self._token}"
        yield request


def _scope_string(scopes: str | Iterable[str]) -> str:
    if isinstance(scopes, str):
        items = scopes.split()
    else:
        try:
            items = list(scopes)
        except TypeError:
            raise ConfigurationError("scopes must be a string or a collection of strings") from None
        if not all(isinstance(s, str) and s and not any(c.isspace() for c in s) for s in items):
            raise ConfigurationError("each scope must be a non-empty string without spaces")
    if not items:
        raise ConfigurationError("at least one scope is needed")
    return " ".join(items)


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name} must be a non-empty string")
    return value


class OAuth2(BynderAuth):
    """The token lifecycle shared by the OAuth classes."""

    #: Whether the ``offline`` scope (a refresh token) is asked for.
    _offline = True

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        scopes: str | Iterable[str] = DEFAULT_SCOPES,
        token: Token | Mapping[str, Any] | None = None,
        *,
        store: TokenStore | None = None,
        on_token: Callable[[Token], None] | None = None,
        leeway: float = 60.0,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.client_id = _text(client_id, "client_id")
        self._client_secret = _text(client_secret, "client_secret")
        scope = [s for s in _scope_string(scopes).split() if self._offline or s != "offline"]
        self.scope = _scope_string(scope)
        if store is not None and not isinstance(store, TokenStore):
            raise ConfigurationError("store must have load() and save(token) methods")
        if on_token is not None and not callable(on_token):
            raise ConfigurationError("on_token must be callable")
        if (
            isinstance(leeway, bool)
            or not isinstance(leeway, int | float)
            or not 0 <= leeway < 86400
        ):
            raise ConfigurationError(f"leeway must be seconds in [0, 86400), got {leeway!r}")
        self.store, self.on_token, self.leeway = store, on_token, float(leeway)
        self._clock = clock or time.time
        self._lock = SharedLock()  # one token request at a time, across threads and tasks
        self._refused_refresh: str | None = None  # a refresh token the portal refused
        self._past_secrets: deque[str] = deque(maxlen=16)
        if isinstance(token, Mapping):
            token = Token.from_dict(token)
        elif token is not None and not isinstance(token, Token):
            raise ConfigurationError("token must be a Token, a dict, or None")
        self._token: Token | None = token if token is not None or store is None else store.load()
        if self._token is not None:
            self._remember(self._token)

    def _grant(self, current: Token | None) -> dict[str, str]:
        """The token request's form for a token replacing ``current``."""
        raise NotImplementedError

    def _client(self) -> dict[str, str]:
        return {"client_id": self.client_id, "client_secret": self._client_secret}

    def _can_renew(self, current: Token | None) -> bool:
        """Whether a new token can be obtained without the user."""
        raise NotImplementedError

    @property
    def token(self) -> Token | None:
        """The current token (None before the first grant)."""
        return self._token

    def secrets(self) -> list[str]:
        found = [self._client_secret, *self._past_secrets]
        if (current := self._token) is not None:
            found += [current.access_token, *filter(None, [current.refresh_token])]
        return found

    def __repr__(self) -> str:
        state = "set" if self._token is not None else "none"
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, scope={self.scope!r}, "
            f"token=<{state}>)"
        )

    def _remember(self, token: Token) -> None:
        self._past_secrets.extend(filter(None, [token.access_token, token.refresh_token]))

    def _needs_token(self, token: Token | None) -> bool:
        if token is None:
            return True
        return self._can_renew(token) and token.expires_within(self.leeway, self._clock())

    def _token_request(
        self, original: httpx.Request | None, form: Mapping[str, str]
    ) -> httpx.Request:
        """The POST to the token endpoint; part of ``original``'s call (its limits) if given."""
        binding = self.binding
        extensions: dict[str, Any] = {TOKEN_REQUEST_EXTENSION: form.get("grant_type", True)}
        if original is not None:
            kept = ("timeout", DEADLINE_EXTENSION)
            extensions |= {k: v for k, v in original.extensions.items() if k in kept}
        headers = {"Accept": "application/json", "User-Agent": binding.user_agent}
        return httpx.Request(
            "POST", binding.token_url, data=dict(form), headers=headers, extensions=extensions
        )

    def _accept(
        self, response: httpx.Response, previous: Token | None, started: float | None
    ) -> Token:
        """The token of a token response (body read), made current; AuthenticationError for a
        refusal. With ``started`` (``perf_counter``) the request is logged here."""
        request, log = response.request, self.binding.logger
        if started is not None and log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %d in %.1f ms (retries=%s, token request)",
                request.method,
                request.url.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
                response.extensions.get(RETRIES_EXTENSION, 0),
            )
        if response.status_code != 200:
            error = error_from_response(
                response,
                secrets=self.secrets(),
                error_class=AuthenticationError,
                prefix="token request failed: ",
            )
            refresh = previous.refresh_token if previous is not None else None
            if (
                refresh is not None
                and request.extensions.get(TOKEN_REQUEST_EXTENSION) == "refresh_token"
                and response.status_code in (400, 401)
            ):  # dead for good (revoked, or rotated by a refresh whose answer was lost)
                self._refused_refresh = refresh
                error.message = f"{error.message}; {_LOG_IN_AGAIN}"
                error.args = (error.message,)
            raise error
        try:
            token = Token.from_response(response.json(), now=self._clock(), previous=previous)
        except ValueError as exc:
            raise AuthenticationError(
                f"token request failed: {exc}",
                status_code=response.status_code,
                method=request.method,
                url=redact_url(request.url, self.secrets()),
                response=response,
            ) from None
        self._remember(token)
        self._refused_refresh = None
        self._token = token
        if self.store is not None:
            self.store.save(token)
        if self.on_token is not None:
            self.on_token(token)
        return token

    def _authorize(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access_token}"

    def _check_alive(self, request: httpx.Request, token: Token | None) -> None:
        """AuthenticationError, before anything is sent, once the portal has refused ``token``'s
        refresh token: only a new login helps."""
        refresh = token.refresh_token if token is not None else None
        if refresh is not None and refresh == self._refused_refresh:
            raise AuthenticationError(
                _LOG_IN_AGAIN,
                status_code=401,
                method=request.method,
                url=redact_url(request.url, self.secrets()),
            )


class ClientCredentialsGrant(OAuth2):
    """The client-credentials grant (see :class:`~bynder_ext.auth.ClientCredentials`)."""

    _offline = False

    def _grant(self, current: Token | None) -> dict[str, str]:
        return {"grant_type": "client_credentials", **self._client(), "scope": self.scope}

    def _can_renew(self, current: Token | None) -> bool:
        return True


def _port(parts: Any) -> int | None:
    return parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())


class CodeGrant(OAuth2):
    """The authorization-code grant (see :class:`~bynder_ext.auth.AuthorizationCode`)."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        scopes: str | Iterable[str] = DEFAULT_SCOPES,
        token: Token | Mapping[str, Any] | None = None,
        *,
        store: TokenStore | None = None,
        on_token: Callable[[Token], None] | None = None,
        leeway: float = 60.0,
        clock: Callable[[], float] | None = None,
        pkce: bool = True,
    ) -> None:
        super().__init__(
            client_id,
            client_secret,
            scopes,
            token,
            store=store,
            on_token=on_token,
            leeway=leeway,
            clock=clock,
        )
        self.redirect_uri = _text(redirect_uri, "redirect_uri")
        parts = urlsplit(redirect_uri)
        if not parts.scheme or not parts.netloc:
            raise ConfigurationError("redirect_uri must be an absolute URL")
        self.pkce = bool(pkce)
        self._state: str | None = None
        self._code_verifier: str | None = None

    @property
    def state(self) -> str | None:
        """The state of the authorization in progress (from :meth:`authorization_url`)."""
        return self._state

    @property
    def code_verifier(self) -> str | None:
        """The PKCE verifier of the authorization in progress."""
        return self._code_verifier

    def secrets(self) -> list[str]:
        return [*super().secrets(), *filter(None, [self._code_verifier])]

    def authorization_url(
        self,
        *,
        state: str | None = None,
        code_verifier: str | None = None,
        scopes: str | Iterable[str] | None = None,
        extra_params: Mapping[str, str] | None = None,
    ) -> str:
        """The portal's authorization URL to send the user to; remembers its state and verifier."""
        authorize_url = self.binding.authorize_url
        if state is not None:
            _text(state, "state")
        if code_verifier is not None and not 43 <= len(code_verifier) <= 128:
            raise ConfigurationError("a PKCE code_verifier has 43 to 128 characters")
        self._state = state or secrets.token_urlsafe(32)
        params = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": _scope_string(scopes) if scopes is not None else self.scope,
            "state": self._state,
        }
        if self.pkce:
            self._code_verifier = code_verifier or secrets.token_urlsafe(64)
            digest = hashlib.sha256(self._code_verifier.encode("ascii")).digest()
            params["code_challenge"] = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
            params["code_challenge_method"] = "S256"
        if extra_params:
            if not isinstance(extra_params, Mapping):
                raise ConfigurationError("extra_params must be a dict of query parameters")
            if taken := sorted(set(extra_params) & _AUTHORIZATION_PARAMS):
                raise ConfigurationError(
                    f"extra_params cannot set {', '.join(map(repr, taken))}: the flow sets them "
                    "itself (use the state=, code_verifier= and scopes= arguments)"
                )
            params.update(extra_params)
        return f"{authorize_url}{'&' if '?' in authorize_url else '?'}{urlencode(params)}"

    def _exchange_form(
        self, code: str, state: str | None, expected_state: str | None, code_verifier: str | None
    ) -> dict[str, str]:
        """Check the redirect (its URL, parameters and state) and build the exchange form."""
        expected = expected_state if expected_state is not None else self._state
        error: tuple[str, str | None] | None = None
        if "?" in code or "://" in code:
            query = self._redirect_query(code)
            state = query.get("state") if state is None else state
            if "error" in query:
                error = (query["error"], query.get("error_description"))
            code = query.get("code", "")
        if expected is None:
            raise StateMismatchError(
                "no authorization is in progress: call authorization_url() first, "
                "or pass expected_state (and code_verifier) saved from it"
            )
        if state is None or not secrets.compare_digest(state.encode(), expected.encode()):
            raise StateMismatchError("the state returned to the redirect URI is not the one issued")
        if error is not None:
            raise AuthorizationDenied(*error)
        if not code:
            raise ConfigurationError("no authorization code was given")
        verifier = code_verifier if code_verifier is not None else self._code_verifier
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.redirect_uri,
            "client_id": self.client_id,
            "client_secret": self._client_secret,
        }
        if verifier:
            form["code_verifier"] = verifier
        self._past_secrets.extend(filter(None, [code, verifier]))
        return form

    def _redirect_query(self, url: str) -> dict[str, str]:
        """The query of the redirect URL, checked to be the registered redirect URI and to carry
        each OAuth parameter at most once."""
        registered = urlsplit(self.redirect_uri)
        try:
            given = urlsplit(url.strip())
            same = (
                given.scheme.lower() == registered.scheme.lower()
                and (given.hostname or "") == (registered.hostname or "")
                and _port(given) == _port(registered)
                and (given.path or "/") == (registered.path or "/")
            )
        except ValueError:
            same = False
        if not same:
            raise ConfigurationError(
                f"the URL given to exchange_code is not the registered redirect URI "
                f"{self.redirect_uri}: pass the URL the portal redirected the browser to"
            )
        pairs = parse_qsl(given.query, keep_blank_values=True)
        for name in ("code", "state", "error", "error_description"):
            if sum(1 for key, _ in pairs if key == name) > 1:
                raise ConfigurationError(
                    f"the redirect carries more than one {name!r} parameter: refusing to guess "
                    "which one the portal sent"
                )
        return dict(pairs)

    def _client_of(self, http: _Http) -> _Http:
        """The httpx client of a client that ``connect()`` built with this auth object."""
        if http.auth is not self:
            raise TypeError(
                f"expected a client returned by bynder_ext.connect() with this {type(self).__name__}"
                f", got one whose auth is {type(http.auth).__name__}; build clients with "
                "bynder_ext.connect(domain, auth=...)"
            )
        return http

    def _grant(self, current: Token | None) -> dict[str, str]:
        if current is None or current.refresh_token is None:
            raise ConfigurationError(
                "AuthorizationCode has no token yet: send the user to authorization_url() and call "
                "exchange_code() first, or pass a saved token"
            )
        refresh = {"grant_type": "refresh_token", "refresh_token": current.refresh_token}
        return {**refresh, **self._client()}

    def _can_renew(self, current: Token | None) -> bool:
        return current is not None and current.refresh_token is not None
