"""OAuth 2.0: the authorization endpoint (auto-approves) and the token endpoint.

Grants: authorization_code (one-time code, exact redirect_uri, PKCE S256), client_credentials
(a subset of the app's scopes, no refresh token) and refresh_token (a new access token; refresh
tokens rotate only when the fake is built with `rotate_refresh_tokens=True`). Clients
authenticate with `client_id`/`client_secret` in the form or with HTTP Basic. Errors are OAuth
JSON, `{"error": ..., "error_description": ...}`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlencode, urlsplit

from ..issued import remember
from ..messages import (
    FakeRequest,
    FakeResponse,
    HTTPError,
    json_response,
    last_value,
    parse_form,
)
from ..router import route

if TYPE_CHECKING:
    from ..core import FakeBynder, OAuthApp

CODE_LIFETIME = 600.0
_VERIFIER = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")


def _redirect_allowed(app: OAuthApp, uri: str) -> bool:
    if uri in app.redirect_uris:
        return True
    if not app.allow_loopback_redirects:
        return False
    try:
        parts = urlsplit(uri)
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        and parts.hostname in ("127.0.0.1", "localhost")
        and port is not None
        and not parts.fragment
    )


def _redirect(uri: str, params: dict[str, str]) -> FakeResponse:
    separator = "&" if urlsplit(uri).query else "?"
    location = f"{uri}{separator}{urlencode(params)}"
    return FakeResponse(
        302,
        [("Location", location), ("Content-Type", "text/plain"), ("Cache-Control", "no-store")],
        content=f"Found. Redirecting to {location}".encode(),
    )


@route(
    "GET",
    "/v6/authentication/oauth2/auth",
    "oauth2_authorize",
    auth=False,
    error_style="oauth",
    request_class="token",
)
def authorize(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    client_id = req.query_value("client_id") or ""
    redirect_uri = req.query_value("redirect_uri") or ""
    app = fake.oauth_apps.get(client_id)
    if app is None:
        raise HTTPError(400, "Unknown client_id", code="invalid_client")
    if not redirect_uri or not _redirect_allowed(app, redirect_uri):
        raise HTTPError(400, "redirect_uri is not registered for this client")
    state = req.query_value("state")
    extra = {"state": state} if state is not None else {}
    if req.query_value("response_type") != "code":
        return _redirect(
            redirect_uri,
            {
                "error": "unsupported_response_type",
                "error_description": "Only response_type=code is supported",
                **extra,
            },
        )
    requested = frozenset((req.query_value("scope") or "").split())
    if not requested:
        return _redirect(
            redirect_uri,
            {"error": "invalid_scope", "error_description": "scope is required", **extra},
        )
    if not requested <= app.scopes:
        unknown = " ".join(sorted(requested - app.scopes))
        return _redirect(
            redirect_uri,
            {
                "error": "invalid_scope",
                "error_description": f"Scopes not allowed: {unknown}",
                **extra,
            },
        )
    challenge = req.query_value("code_challenge")
    method = req.query_value("code_challenge_method")
    pkce_requested = challenge is not None or method is not None
    if pkce_requested and (
        method != "S256" or not challenge or not re.fullmatch(r"[A-Za-z0-9_-]{43}", challenge)
    ):
        return _redirect(
            redirect_uri,
            {
                "error": "invalid_request",
                "error_description": "PKCE needs code_challenge_method=S256 and a 43-character code_challenge",
                **extra,
            },
        )
    code = secrets.token_urlsafe(24)
    remember(code)
    from ..core import CodeInfo

    fake.codes[code] = CodeInfo(
        code=code,
        client_id=app.client_id,
        redirect_uri=redirect_uri,
        scopes=requested,
        user_id=app.user_id,
        challenge=challenge,
        expires_at=fake.clock() + CODE_LIFETIME,
    )
    return _redirect(redirect_uri, {"code": code, **extra, "scope": " ".join(sorted(requested))})


def client_credentials_of(req: FakeRequest) -> tuple[str | None, str | None]:
    """The client id and secret, from HTTP Basic or the form (HTTPError 400 if both disagree)."""
    form = req.form if req.form is not None else _safe_form(req.body)
    form_id = last_value(form, "client_id")
    form_secret = last_value(form, "client_secret")
    header = req.headers.get("authorization") or ""
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "basic" and value.strip():
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise HTTPError(401, "Malformed HTTP Basic credentials", code="invalid_client") from exc
        basic_id, sep, basic_secret = decoded.partition(":")
        if not sep:
            raise HTTPError(401, "Malformed HTTP Basic credentials", code="invalid_client")
        basic_id, basic_secret = unquote(basic_id), unquote(basic_secret)
        if form_id is not None and form_id != basic_id:
            raise HTTPError(400, "client_id in the form and in the Authorization header differ")
        return basic_id, basic_secret
    return form_id, form_secret


def _safe_form(body: bytes) -> list[tuple[str, str]]:
    try:
        return parse_form(body)
    except HTTPError:
        return []


def _token_response(
    fake: FakeBynder, app: OAuthApp, scopes: frozenset[str], grant: str, refresh: str | None
) -> FakeResponse:
    info = fake._new_access_token(app, scopes, grant)
    payload: dict[str, object] = {
        "access_token": info.token,
        "token_type": "bearer",
        "expires_in": int(fake.token_lifetime),
        "scope": " ".join(sorted(scopes)),
    }
    if refresh is not None:
        payload["refresh_token"] = refresh
    return json_response(200, payload, [("Cache-Control", "no-store"), ("Pragma", "no-cache")])


def _new_refresh(fake: FakeBynder, app: OAuthApp, scopes: frozenset[str]) -> str:
    from ..core import RefreshInfo

    token = secrets.token_urlsafe(32)
    remember(token)
    fake.refresh_tokens[token] = RefreshInfo(
        token=token,
        client_id=app.client_id,
        user_id=app.user_id,
        scopes=scopes,
        issued_at=fake.clock(),
    )
    return token


def _requested_scopes(req: FakeRequest, allowed: frozenset[str]) -> frozenset[str]:
    raw = req.form_value("scope")
    if raw is None or not raw.strip():
        return allowed
    requested = frozenset(raw.split())
    if not requested <= allowed:
        raise HTTPError(
            400,
            f"Scopes not allowed: {' '.join(sorted(requested - allowed))}",
            code="invalid_scope",
        )
    return requested


@route(
    "POST",
    "/v6/authentication/oauth2/token",
    "oauth2_token",
    auth=False,
    error_style="oauth",
    request_class="token",
)
def token(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    grant = req.form_value("grant_type")
    fake.token_requests[grant or "missing"] += 1
    if req.content_type != "application/x-www-form-urlencoded":
        raise HTTPError(400, "The token request must be application/x-www-form-urlencoded")
    client_id, client_secret = client_credentials_of(req)
    app = fake.oauth_apps.get(client_id or "")
    basic = (req.headers.get("authorization") or "").lower().startswith("basic ")
    challenge_header = {"WWW-Authenticate": 'Basic realm="fake-bynder"'} if basic else None
    if (
        app is None
        or client_secret is None
        or not hmac.compare_digest(client_secret.encode(), app.client_secret.encode())
    ):
        raise HTTPError(
            401, "Client authentication failed", code="invalid_client", headers=challenge_header
        )
    if not grant:
        raise HTTPError(400, "grant_type is required")

    if grant == "client_credentials":
        scopes = _requested_scopes(req, app.scopes - {"offline"})
        return _token_response(fake, app, scopes - {"offline"}, grant, None)

    if grant == "authorization_code":
        code = req.form_value("code") or ""
        info = fake.codes.pop(code, None)
        if info is None or info.client_id != app.client_id:
            raise HTTPError(
                400, "The authorization code is invalid or was already used", code="invalid_grant"
            )
        if fake.clock() >= info.expires_at:
            raise HTTPError(400, "The authorization code has expired", code="invalid_grant")
        if req.form_value("redirect_uri") != info.redirect_uri:
            raise HTTPError(
                400, "redirect_uri does not match the authorization request", code="invalid_grant"
            )
        verifier = req.form_value("code_verifier")
        if info.challenge is not None:
            if verifier is None or not _VERIFIER.match(verifier):
                raise HTTPError(400, "code_verifier is missing or malformed", code="invalid_grant")
            digest = hashlib.sha256(verifier.encode("ascii")).digest()
            expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if not hmac.compare_digest(expected.encode(), info.challenge.encode()):
                raise HTTPError(
                    400, "code_verifier does not match the code_challenge", code="invalid_grant"
                )
            remember(verifier)
        elif verifier is not None:
            raise HTTPError(
                400, "code_verifier sent but no code_challenge was given", code="invalid_grant"
            )
        refresh = _new_refresh(fake, app, info.scopes) if "offline" in info.scopes else None
        return _token_response(fake, app, info.scopes, grant, refresh)

    if grant == "refresh_token":
        presented = req.form_value("refresh_token") or ""
        rinfo = fake.refresh_tokens.get(presented)
        if rinfo is None or rinfo.revoked or rinfo.client_id != app.client_id:
            raise HTTPError(400, "The refresh token is invalid or revoked", code="invalid_grant")
        scopes = _requested_scopes(req, rinfo.scopes)
        new_refresh = None
        if fake.rotate_refresh_tokens:
            rinfo.revoked = True
            new_refresh = _new_refresh(fake, app, rinfo.scopes)
        return _token_response(fake, app, scopes, grant, new_refresh)

    raise HTTPError(400, f"Unsupported grant_type: {grant}", code="unsupported_grant_type")


# -- the scope catalogue -------------------------------------------------------------------------

# Group, then (scope, what it allows, security roles of which the user needs at least one).
SCOPE_CATALOGUE: tuple[tuple[str, tuple[tuple[str, str, tuple[str, ...]], ...]], ...] = (
    ("Authentication", (("offline", "Issue a refresh token with the access token.", ()),)),
    (
        "Assets",
        (
            ("asset:read", "Read assets and get their download locations.", ("MEDIAHIGHRES",)),
            ("asset:write", "Change, delete and upload assets.", ("MEDIAEDIT", "MEDIAUPLOAD")),
            ("asset.usage:read", "Read where assets are used.", ()),
            ("asset.usage:write", "Record and remove asset usage.", ("MEDIAEDIT",)),
            ("collection:read", "Read collections and their assets.", ("COLLECTIONS",)),
            ("collection:write", "Create, change and share collections.", ("COLLECTIONS",)),
            ("meta.assetbank:read", "Read metaproperties and their options.", ()),
            (
                "meta.assetbank:write",
                "Create, change and delete metaproperties and options.",
                ("METAPROPERTYMANAGEMENT",),
            ),
        ),
    ),
    (
        "Users",
        (
            ("current.user:read", "Read the token's user.", ()),
            ("current.profile:read", "Read the token's security profile.", ()),
            ("admin.user:read", "Read users.", ("USERMANAGEMENT",)),
            ("admin.user:write", "Create, change and delete users.", ("USERMANAGEMENT",)),
            ("admin.profile:read", "Read security profiles.", ("PERMISSIONMANAGEMENT",)),
        ),
    ),
    (
        "Workflow",
        (
            ("meta.workflow:read", "Read workflow metaproperties.", ("CAMPAIGNOVERVIEW",)),
            ("workflow.campaign:read", "Read campaigns.", ("CAMPAIGNOVERVIEW",)),
            (
                "workflow.campaign:write",
                "Create, change, close and delete campaigns.",
                ("CAMPAIGNADD", "CAMPAIGNEDIT", "CAMPAIGNREMOVE"),
            ),
            ("workflow.group:read", "Read workflow groups.", ("JOBOVERVIEW",)),
            ("workflow.group:write", "Change workflow groups.", ("JOBEDIT",)),
            ("workflow.job:read", "Read jobs.", ("JOBOVERVIEW",)),
            ("workflow.job:write", "Create, change and delete jobs.", ("JOBADD", "JOBEDIT")),
            ("workflow.job:approve", "Finish jobs.", ("JOBEDIT",)),
            ("workflow.preset:read", "Read job presets.", ("PRESETOVERVIEW",)),
        ),
    ),
    (
        "Brandstore",
        (
            ("brandstore.order:read", "Read orders.", ("brandstore.orderadmin.view",)),
            ("brandstore.order:write", "Change orders.", ("brandstore.orderadmin.edit",)),
        ),
    ),
    (
        "Platform",
        (
            ("analytics.api:read", "Read analytics.", ("STATISTICS",)),
            ("antivirus.asset.audit:read", "Read quarantined assets.", ("MEDIAEDIT",)),
            ("antivirus.asset.audit:write", "Review quarantined assets.", ("MEDIAEDIT",)),
            ("webhooks.config:read", "Read webhook configurations.", ()),
            ("webhooks.config:write", "Change webhook configurations.", ()),
        ),
    ),
)


@route("GET", "/v6/authentication/oauth2/scopes", "list_oauth_scopes", auth=False)
def list_oauth_scopes(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(
        200,
        {
            "groups": [
                {
                    "name": group,
                    "scopes": [
                        {"name": name, "description": text, "anyOfPermissions": list(roles)}
                        for name, text, roles in scopes
                    ],
                }
                for group, scopes in SCOPE_CATALOGUE
            ]
        },
    )
