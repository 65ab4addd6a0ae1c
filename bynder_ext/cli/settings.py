"""Where the ``bynder`` command finds its portal and credentials, and the stored login.

Precedence, highest first: a command-line option, then its environment variable (typer merges
these two), then the login saved by ``bynder login`` (for the domain only, and for the token).
With ``--auth auto`` (the default) the first of these that is available is used:

1. a permanent token (``--token`` / ``BYNDER_TOKEN``);
2. the saved login, when it is for the same portal;
3. client credentials (``--client-id`` and ``--client-secret`` / ``BYNDER_CLIENT_ID`` and
   ``BYNDER_CLIENT_SECRET``).

The saved login is a JSON file, readable by its owner only (0600, in a 0700 directory), holding
the portal, the OAuth client id, the scopes, the redirect URI and the token; never the client
secret. When the client secret is available (option or environment) the token is refreshed
shortly before it expires and the file is updated; without it the access token is used as long as
it is valid.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path
from typing import Any, Final, Literal

from ..auth import (
    DEFAULT_SCOPES,
    AuthorizationCode,
    BynderAuth,
    ClientCredentials,
    PermanentToken,
    Token,
    write_private_file,
)
from ..client import normalize_domain
from ..errors import ConfigurationError
from .errors import CLIError, ExitCode

__all__ = [
    "AUTH_MODES",
    "LOGIN_FILE_NAME",
    "AuthMode",
    "Connection",
    "Credentials",
    "LoginFile",
    "StoredLogin",
    "default_token_file",
    "parse_scopes",
    "resolve",
]

AuthMode = Literal["auto", "token", "client-credentials", "login"]
AUTH_MODES: Final = ("auto", "token", "client-credentials", "login")
LOGIN_FILE_NAME: Final = "login.json"
_FORMAT: Final = 1
# A saved access token closer than this to its expiry is not used without a refresh.
_MARGIN: Final = 30.0


def default_token_file() -> Path:
    """``$XDG_CONFIG_HOME/bynder/login.json``, else ``~/.config/bynder/login.json``."""
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".config"
    return root / "bynder" / LOGIN_FILE_NAME


def parse_scopes(text: str | None) -> tuple[str, ...]:
    """Scopes separated by spaces or commas; the default set when ``text`` is empty."""
    if text is None or not text.strip():
        return DEFAULT_SCOPES
    return tuple(s for s in text.replace(",", " ").split() if s)


@dataclasses.dataclass(frozen=True)
class StoredLogin:
    """What ``bynder login`` saved: the portal's origin, the OAuth client and the token."""

    origin: str
    client_id: str
    scopes: str
    redirect_uri: str
    token: Token

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written to the login file."""
        return {
            "format": _FORMAT,
            "domain": self.origin,
            "client_id": self.client_id,
            "scopes": self.scopes,
            "redirect_uri": self.redirect_uri,
            "token": self.token.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: object) -> StoredLogin:
        """Read the JSON form; ConfigurationError when it is not one."""
        if not isinstance(data, dict):
            raise ConfigurationError("not a saved login")
        fields = {name: data.get(name) for name in ("domain", "client_id", "redirect_uri")}
        if not all(isinstance(value, str) and value for value in fields.values()):
            raise ConfigurationError("a saved login needs domain, client_id and redirect_uri")
        token = data.get("token")
        if not isinstance(token, dict):
            raise ConfigurationError("a saved login needs a token")
        scopes = data.get("scopes")
        return cls(
            origin=str(fields["domain"]),
            client_id=str(fields["client_id"]),
            scopes=scopes if isinstance(scopes, str) else " ".join(DEFAULT_SCOPES),
            redirect_uri=str(fields["redirect_uri"]),
            token=Token.from_dict(token),
        )


class LoginFile:
    """The login file. As a :class:`~TokenStore` (``load``/``save``) it keeps the
    portal, client id, scopes and redirect URI of :attr:`login` and replaces the token, so an
    :class:`~bynder_ext.AuthorizationCode` refresh updates it in place."""

    def __init__(self, path: Path, login: StoredLogin | None = None) -> None:
        self.path = path
        self.login = login

    def __repr__(self) -> str:
        return f"LoginFile({str(self.path)!r})"

    def read(self) -> StoredLogin | None:
        """The saved login, or None when there is no file."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise CLIError(f"cannot read {self.path}: {exc.strerror}", ExitCode.USAGE) from exc
        try:
            return StoredLogin.from_dict(json.loads(text))
        except (ValueError, TypeError) as exc:
            raise CLIError(
                f"{self.path} is not a saved login ({exc}); remove it or run `bynder login`",
                ExitCode.USAGE,
            ) from exc

    def write(self, login: StoredLogin) -> None:
        """Write ``login`` atomically: a 0600 temporary file renamed over the target, in a folder
        made 0700 when missing."""
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_private_file(self.path, json.dumps(login.to_dict(), indent=2) + "\n")
        self.login = login

    def remove(self) -> bool:
        """Delete the file; False when there was none."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            return False
        return True

    # TokenStore protocol ------------------------------------------------------------------------

    def load(self) -> Token | None:
        """The token of :attr:`login`."""
        return self.login.token if self.login is not None else None

    def save(self, token: Token) -> None:
        """Replace the token of :attr:`login` and write the file."""
        if self.login is None:
            raise ConfigurationError("LoginFile.save needs the login the token belongs to")
        self.write(dataclasses.replace(self.login, token=token))


@dataclasses.dataclass(frozen=True)
class Credentials:
    """What the options and environment variables gave (None: not given)."""

    domain: str | None = None
    token: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    scopes: str | None = None
    token_file: Path | None = None
    auth: AuthMode = "auto"

    @property
    def login_file(self) -> LoginFile:
        """The login file named by ``--token-file`` / ``BYNDER_TOKEN_FILE``, or the default."""
        return LoginFile(self.token_file or default_token_file())


@dataclasses.dataclass(frozen=True)
class Connection:
    """The portal to connect to and how to authenticate (``mode`` names the source)."""

    domain: str
    auth: BynderAuth
    mode: str


def _origin(domain: str) -> str:
    return normalize_domain(domain).origin


def _need_domain() -> CLIError:
    return CLIError(
        "no portal: pass --domain or set BYNDER_DOMAIN (e.g. acme.bynder.com), or run `bynder login`",
        ExitCode.USAGE,
    )


def _from_login(login: StoredLogin, file: LoginFile, secret: str | None, now: float) -> Connection:
    if secret:
        auth: BynderAuth = AuthorizationCode(
            login.client_id,
            secret,
            login.redirect_uri,
            scopes=login.scopes,
            token=login.token,
            store=LoginFile(file.path, login),
        )
        return Connection(login.origin, auth, "login")
    token = login.token
    if token.expires_at is not None and token.expires_at - now < _MARGIN:
        raise CLIError(
            f"the saved login for {login.origin} has expired: set BYNDER_CLIENT_SECRET so that it "
            "can be refreshed, or run `bynder login` again",
            ExitCode.AUTH,
        )
    return Connection(login.origin, PermanentToken(token.access_token), "login")


def resolve(credentials: Credentials, *, now: float | None = None) -> Connection:
    """Choose the portal and the authentication (see the module documentation for the order).

    Raises CLIError with ExitCode.USAGE for a missing or bad domain and ExitCode.AUTH when no
    credentials fit.
    """
    moment = time.time() if now is None else now
    mode = credentials.auth
    if mode not in AUTH_MODES:
        raise CLIError(f"--auth must be one of {', '.join(AUTH_MODES)}", ExitCode.USAGE)
    file = credentials.login_file
    # A token for a given domain wins without the saved login being read (nor its errors).
    token_first = mode in ("auto", "token") and bool(credentials.token and credentials.domain)
    login = file.read() if mode in ("auto", "login") and not token_first else None
    domain = credentials.domain or (login.origin if login is not None else None)
    if not domain:
        raise _need_domain()
    origin = _origin(domain)
    elsewhere: str | None = None  # the portal of a saved login that is not this one
    if login is not None and login.origin != origin:
        if mode == "login":
            raise CLIError(
                f"the saved login is for {login.origin}, not {origin}: run `bynder login`",
                ExitCode.AUTH,
            )
        elsewhere, login = login.origin, None
    scopes = parse_scopes(credentials.scopes)

    if mode in ("auto", "token") and credentials.token:
        return Connection(domain, PermanentToken(credentials.token), "permanent token")
    if mode == "token":
        raise CLIError("--auth token needs --token or BYNDER_TOKEN", ExitCode.AUTH)
    if login is not None:
        return _from_login(login, file, credentials.client_secret, moment)
    if mode == "login":
        raise CLIError(f"not logged in ({file.path} not found): run `bynder login`", ExitCode.AUTH)
    if credentials.client_id and credentials.client_secret:
        auth = ClientCredentials(credentials.client_id, credentials.client_secret, scopes=scopes)
        return Connection(domain, auth, "client credentials")
    if mode == "client-credentials":
        raise CLIError(
            "--auth client-credentials needs --client-id and --client-secret "
            "(or BYNDER_CLIENT_ID and BYNDER_CLIENT_SECRET)",
            ExitCode.AUTH,
        )
    if elsewhere is not None:
        raise CLIError(
            f"no credentials for {origin}: the saved login ({file.path}) is for {elsewhere}; run "
            f"`bynder --domain {domain} login`, or set BYNDER_TOKEN or BYNDER_CLIENT_ID and "
            "BYNDER_CLIENT_SECRET for this portal",
            ExitCode.AUTH,
        )
    raise CLIError(
        "no credentials: run `bynder login`, or set BYNDER_TOKEN (a permanent token), or "
        "BYNDER_CLIENT_ID and BYNDER_CLIENT_SECRET (client credentials)",
        ExitCode.AUTH,
    )
