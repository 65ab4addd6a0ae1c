"""`FakeBynder`: the in-memory portal. All state, behind one lock, and `handle(request)`.

The core knows nothing about sockets. A request goes through: the fault decision (latency, a
dropped request), the body size cap (413, the portal's body read first), the request budget (429),
injected 5xx/429, routing (404, or 405 with `Allow`), the bearer token (401) and its scopes (403),
strict validation against the spec (400 naming the violation), then the area handler (which
answers 400 to a malformed JSON or form body). Every request is
recorded in `fake.requests`. With `validate_responses=True` every answer is checked against the
spec too; a violation is recorded in `fake.contract_violations` and raised as `ContractViolation`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import secrets
import threading
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import aliases
from . import areas as _areas  # noqa: F401  (registers the routes)
from .contract import require_testing_extra
from .drift import Drift
from .faults import Decision, Faults
from .issued import remember
from .messages import (
    BodyTooLarge,
    ClientDisconnected,
    ErrorStyle,
    FakeRequest,
    FakeResponse,
    HTTPError,
    Target,
    error_response,
    parse_form,
    parse_json,
)
from .platform_state import PlatformState, bootstrap_platform
from .router import Route, Router, all_routes
from .state import (
    Asset,
    Brand,
    Campaign,
    Collection,
    Derivative,
    FileUpload,
    Group,
    Ids,
    Import,
    Integration,
    Job,
    Metaproperty,
    Order,
    Preset,
    PresetStage,
    Profile,
    Smartfilter,
    SubBrand,
    TrashedAsset,
    Upload,
    Usage,
    User,
)

if TYPE_CHECKING:
    from .blobs import Blob
    from .contract import Contract
    from .server import FakeServer
    from .transport import FakeTransport

DEFAULT_S3_URL = "https://s3.fake-bynder.test/"

SCOPES: tuple[str, ...] = (
    "offline",
    "admin.profile:read",
    "admin.user:read",
    "admin.user:write",
    "current.profile:read",
    "current.user:read",
    "asset:read",
    "asset:write",
    "asset.usage:read",
    "asset.usage:write",
    "collection:read",
    "collection:write",
    "meta.assetbank:read",
    "meta.assetbank:write",
    "meta.workflow:read",
    "workflow.campaign:read",
    "workflow.campaign:write",
    "workflow.group:read",
    "workflow.group:write",
    "workflow.job:read",
    "workflow.job:write",
    "workflow.job:approve",
    "workflow.preset:read",
    "brandstore.order:read",
    "brandstore.order:write",
    "analytics.api:read",
    "antivirus.asset.audit:read",
    "antivirus.asset.audit:write",
    "webhooks.config:read",
    "webhooks.config:write",
)

ADMIN_ROLES = [
    "MEDIAUPLOAD",
    "MEDIAEDIT",
    "MEDIAREMOVE",
    "MEDIAHIGHRES",
    "MARKPUBLIC",
    "COLLECTIONS",
    "SHARECOLLECTION",
    "PUBLISHCOLLECTIONS",
    "USERMANAGEMENT",
    "PERMISSIONMANAGEMENT",
    "CAMPAIGNADD",
    "CAMPAIGNEDIT",
    "CAMPAIGNREMOVE",
    "CAMPAIGNWRITE",
    "CAMPAIGNOVERVIEW",
    "JOBADD",
    "JOBEDIT",
    "JOBREMOVE",
    "JOBOVERVIEW",
    "PRESETOVERVIEW",
    "METAPROPERTYMANAGEMENT",
]


class ContractViolation(AssertionError):
    """The fake sent a response that the spec does not allow (a bug in the fake or the spec)."""


@dataclass
class OAuthApp:
    """A registered OAuth application."""

    client_id: str
    client_secret: str
    user_id: str
    scopes: frozenset[str]
    redirect_uris: set[str] = field(default_factory=set)
    allow_loopback_redirects: bool = True


@dataclass
class TokenInfo:
    """An access token (OAuth or permanent) and what it may do."""

    token: str
    client_id: str
    user_id: str
    scopes: frozenset[str]
    issued_at: float
    expires_at: float | None  # None: never (permanent tokens)
    grant: str
    revoked: bool = False

    @property
    def permanent(self) -> bool:
        return self.grant == "permanent"


@dataclass
class RefreshInfo:
    token: str
    client_id: str
    user_id: str
    scopes: frozenset[str]
    issued_at: float
    revoked: bool = False


@dataclass
class CodeInfo:
    code: str
    client_id: str
    redirect_uri: str
    scopes: frozenset[str]
    user_id: str
    challenge: str | None
    expires_at: float


@dataclass
class RecordedRequest:
    """What the fake saw: for assertions in tests."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    target: str
    request_class: str
    operation_id: str | None
    time: float
    body: Any = None
    status: int | None = None
    path_params: dict[str, str] = field(default_factory=dict)  # from the route's path template

    def query_dict(self) -> dict[str, str]:
        return dict(self.query)


@dataclass
class Account:
    name: str = "Fake Bynder"
    default_language: str = "en_US"
    languages: list[str] = field(
        default_factory=lambda: ["en_US", "en_GB", "nl_NL", "de_DE", "fr_FR"]
    )
    time_zone: str = "Europe/Amsterdam"
    is_open_image_bank: bool = False


class FakeBynder:
    """A stateful, in-memory Bynder portal (think moto for AWS).

    Use `transport()` for in-process httpx clients (sync and async) or `serve()` for a loopback
    server. `client_id`, `client_secret` and `permanent_token` are credentials that work against
    it. `strict` validates every request against the spec; `validate_responses` checks every
    answer. `clock` drives token expiry, the budget and processing delays. `fake.faults` injects
    faults; `fake.drift` makes answers depart from the spec on purpose (see `drift.py`).

    Sizes: `max_api_body` caps ordinary portal bodies; `max_part_size` caps an S3 part and a chunk
    of the files service; `min_part_size` is S3's smallest part, enforced when a classic upload is
    finalised (every part but the last must reach it; 5 MiB, pass 0 to send tiny parts);
    `blob_threshold` is the size past which stored bytes move to a temporary file.

    `cache_renders` reuses each listed asset's JSON while the values it was rendered from are
    unchanged (see `bynder_ext.testing.areas.assets`); False renders every list afresh.
    """

    def __init__(
        self,
        *,
        strict: bool = True,
        validate_responses: bool = False,
        seed: int | None = 0,
        clock: Callable[[], float] | None = None,
        token_lifetime: float = 3600.0,
        rotate_refresh_tokens: bool = False,
        blob_threshold: int = 1 << 20,
        max_api_body: int = 4 << 20,
        max_part_size: int = 64 << 20,
        min_part_size: int = 5 << 20,
        s3_url: str = DEFAULT_S3_URL,
        record_limit: int = 100_000,
        cache_renders: bool = True,
    ) -> None:
        require_testing_extra()
        self.lock = threading.RLock()
        self.strict = strict
        self.validate_responses = validate_responses
        self.clock: Callable[[], float] = clock or time.time
        self.token_lifetime = token_lifetime
        self.rotate_refresh_tokens = rotate_refresh_tokens
        self.blob_threshold = blob_threshold
        self.max_api_body = max_api_body
        self.max_part_size = max_part_size
        self.max_s3_body = max_part_size + (1 << 20)
        if min_part_size < 0:
            raise ValueError("min_part_size must be >= 0")
        self.min_part_size = min_part_size
        self.s3_url = s3_url
        self.cache_renders = cache_renders
        self.ids = Ids(seed)
        self.faults = Faults(seed)
        self.router = Router(all_routes())
        self.drift = Drift(self.router.routes)
        self._contract: Contract | None = None

        # Records.
        self.requests: deque[RecordedRequest] = deque(maxlen=record_limit)
        self.operation_counts: Counter[str] = Counter()
        self.token_requests: Counter[str] = Counter()
        self.errors: list[str] = []
        self.contract_violations: list[str] = []

        # State.
        self.account = Account()
        self.assets: dict[str, Asset] = {}
        self.metaproperties: dict[str, Metaproperty] = {}
        self.collections: dict[str, Collection] = {}
        self.campaigns: dict[str, Campaign] = {}
        self.jobs: dict[str, Job] = {}
        self.presets: dict[str, Preset] = {}
        self.users: dict[str, User] = {}
        self.profiles: dict[str, Profile] = {}
        self.groups: dict[str, Group] = {}
        self.brands: dict[str, Brand] = {}
        self.orders: dict[str, Order] = {}
        self.uploads: dict[str, Upload] = {}
        self.imports: dict[str, Import] = {}
        self.file_uploads: dict[str, FileUpload] = {}  # the files service's uploads, by file id
        self.s3_objects: dict[str, Blob] = {}
        self.smartfilters: dict[str, Smartfilter] = {}
        self.derivatives: list[Derivative] = []
        self.integrations: dict[str, Integration] = {}
        self.usages: dict[str, Usage] = {}
        self.trash: dict[str, TrashedAsset] = {}
        self.tags: dict[str, str] = {}  # tag id -> text, every tag a tags request saw
        # The newer services (workflow groups, webhooks, automation, quarantine, ...), with ids of
        # their own so they never shift the asset bank's.
        self.platform = PlatformState(Ids(None if seed is None else seed + 1))

        # Credentials.
        self.oauth_apps: dict[str, OAuthApp] = {}
        self.tokens: dict[str, TokenInfo] = {}
        self.refresh_tokens: dict[str, RefreshInfo] = {}
        self.codes: dict[str, CodeInfo] = {}
        self.s3_secret = secrets.token_bytes(32)
        self._bootstrap()

    # -- set-up ------------------------------------------------------------------------------

    def _bootstrap(self) -> None:
        now = self.clock()
        admin = Profile(self.ids.v4(), "Admin", list(ADMIN_ROLES))
        viewer = Profile(self.ids.v4(), "Viewer", ["MEDIAHIGHRES", "COLLECTIONS"])
        self.profiles = {admin.id: admin, viewer.id: viewer}
        group = Group(self.ids.v4(), "Marketing")
        self.groups[group.id] = group
        user = User(
            id=self.ids.v4(),
            username="admin@fake-bynder.test",
            email="admin@fake-bynder.test",
            firstname="Ada",
            lastname="Admin",
            profile_id=admin.id,
            group_ids=[group.id],
            last_login=now,
        )
        self.users[user.id] = user
        self.current_user_id = user.id
        brand = Brand(
            self.ids.v4(),
            "Fake Brand",
            "The fake portal's default brand",
            sub_brands=[SubBrand(self.ids.v4(), "Fake Sub-brand")],
        )
        self.brands[brand.id] = brand
        self.default_brand_id = brand.id
        self.account_id = self.ids.uuid()
        preset = Preset(
            self.ids.uuid(),
            "Two-step approval",
            self.ids.uuid(),
            stages=[
                PresetStage(self.ids.uuid(), "Draft", 1, responsible_id=user.id),
                PresetStage(self.ids.uuid(), "Approval", 2, responsible_id=user.id),
            ],
        )
        self.presets[preset.id] = preset
        self.default_preset_id = preset.id
        app = OAuthApp(
            client_id=self.ids.uuid(),
            client_secret=secrets.token_urlsafe(32),
            user_id=user.id,
            scopes=frozenset(SCOPES),
        )
        self.oauth_apps[app.client_id] = app
        remember(app.client_secret)
        self.client_id = app.client_id
        self.client_secret = app.client_secret
        self.permanent_token = self.create_permanent_token()
        from .areas.library import configure_account

        configure_account(self)
        bootstrap_platform(self)

    # -- front ends --------------------------------------------------------------------------

    def transport(
        self, *, s3_url: str | None = None, client_ip: str = "127.0.0.1"
    ) -> FakeTransport:
        """An httpx transport for `httpx.Client` and `httpx.AsyncClient` (in-process)."""
        from .transport import FakeTransport

        return FakeTransport(self, s3_url=s3_url or self.s3_url, client_ip=client_ip)

    def serve(
        self, port: int = 0, *, https: bool = False, host: str = "127.0.0.1", s3_port: int = 0
    ) -> FakeServer:
        """Start the loopback server (and its S3 listener) in daemon threads; `.stop()` ends it."""
        from .server import FakeServer

        return FakeServer(self, port=port, https=https, host=host, s3_port=s3_port)

    # -- credentials -------------------------------------------------------------------------

    def create_permanent_token(self, scopes: Iterable[str] | None = None) -> str:
        """A new permanent token (never expires); all scopes unless `scopes` is given."""
        token = secrets.token_urlsafe(32)
        remember(token)
        with self.lock:
            self.tokens[token] = TokenInfo(
                token=token,
                client_id=f"permanent:{token[:8]}",
                user_id=self.current_user_id,
                scopes=frozenset(SCOPES if scopes is None else scopes),
                issued_at=self.clock(),
                expires_at=None,
                grant="permanent",
            )
        return token

    def issue_token(
        self,
        scopes: Iterable[str] | None = None,
        *,
        client_id: str | None = None,
        expires_in: float | None = None,
        grant: str = "client_credentials",
    ) -> str:
        """An OAuth access token without the HTTP dance (for tests)."""
        with self.lock:
            app = self.oauth_apps[client_id or self.client_id]
            return self._new_access_token(
                app, frozenset(app.scopes if scopes is None else scopes), grant, expires_in
            ).token

    def _new_access_token(
        self, app: OAuthApp, scopes: frozenset[str], grant: str, expires_in: float | None = None
    ) -> TokenInfo:
        now = self.clock()
        info = TokenInfo(
            token=secrets.token_urlsafe(32),
            client_id=app.client_id,
            user_id=app.user_id,
            scopes=scopes,
            issued_at=now,
            expires_at=now + (self.token_lifetime if expires_in is None else expires_in),
            grant=grant,
        )
        remember(info.token)
        self.tokens[info.token] = info
        return info

    def add_oauth_app(
        self,
        *,
        scopes: Iterable[str] | None = None,
        redirect_uris: Iterable[str] = (),
        allow_loopback_redirects: bool = True,
    ) -> OAuthApp:
        """Register another OAuth application (e.g. one with fewer scopes)."""
        with self.lock:
            app = OAuthApp(
                client_id=self.ids.uuid(),
                client_secret=secrets.token_urlsafe(32),
                user_id=self.current_user_id,
                scopes=frozenset(SCOPES if scopes is None else scopes),
                redirect_uris=set(redirect_uris),
                allow_loopback_redirects=allow_loopback_redirects,
            )
            remember(app.client_secret)
            self.oauth_apps[app.client_id] = app
            return app

    def add_redirect_uri(self, uri: str, client_id: str | None = None) -> None:
        """Register an exact redirect URI for an app (loopback URIs are accepted anyway)."""
        with self.lock:
            self.oauth_apps[client_id or self.client_id].redirect_uris.add(uri)

    def expire_tokens(self) -> None:
        """Every OAuth access token stops working now (permanent tokens keep working)."""
        with self.lock:
            now = self.clock()
            for info in self.tokens.values():
                if not info.permanent:
                    info.expires_at = min(info.expires_at or now, now)

    def expire_token(self, token: str) -> None:
        """One access token (OAuth or permanent) stops working now."""
        with self.lock:
            info = self.tokens[token]
            info.expires_at = self.clock()
            if info.permanent:
                info.revoked = True

    def revoke_refresh_tokens(self) -> None:
        with self.lock:
            for info in self.refresh_tokens.values():
                info.revoked = True

    def token_valid(self, info: TokenInfo) -> bool:
        if info.revoked:
            return False
        if info.permanent:
            return True
        now = self.clock()
        if info.expires_at is not None and now >= info.expires_at:
            return False
        deadline = self.faults.tokens_expire_at
        return not (deadline is not None and info.issued_at < deadline <= now)

    # -- budget shortcut and seeding --------------------------------------------------------

    def budget(
        self,
        requests: int = 4500,
        window: float = 300.0,
        *,
        per: str = "client",
        retry_after: bool = False,
    ) -> None:
        """Shortcut for `fake.faults.budget(...)`."""
        self.faults.budget(requests, window, per=per, retry_after=retry_after)

    def seed(self, n_assets: int = 25, **counts: int) -> None:
        """Fill the portal with deterministic objects (see `bynder_ext.testing.seed.seed`)."""
        from .seed import seed

        seed(self, n_assets=n_assets, **counts)

    # -- objects for tests ----------------------------------------------------------------------

    def add_asset(
        self,
        content: bytes = b"",
        *,
        filename: str = "asset.jpg",
        name: str | None = None,
        brand_id: str | None = None,
        tags: Iterable[str] = (),
        description: str = "",
    ) -> Asset:
        """Create an asset whose original holds `content` (as if uploaded and saved)."""
        from .areas.upload import new_asset
        from .blobs import BlobWriter

        writer = BlobWriter(self.blob_threshold)
        writer.write(content)
        with self.lock:
            return new_asset(
                self,
                name=filename.rsplit(".", 1)[0] if name is None else name,
                filename=filename,
                blob=writer.finish(),
                brand_id=brand_id or self.default_brand_id,
                description=description,
                tags=list(tags),
            )

    def add_collection(
        self, name: str, asset_ids: Iterable[str] = (), *, description: str = ""
    ) -> Collection:
        """Create a collection holding the given assets."""
        from .areas.collections import create_collection_object

        with self.lock:
            collection = create_collection_object(self, name, description)
            collection.media = [a for a in asset_ids if a in self.assets]
            return collection

    def reset_records(self) -> None:
        """Forget recorded requests and counters (state stays)."""
        with self.lock:
            self.requests.clear()
            self.operation_counts.clear()
            self.token_requests.clear()
            self.errors.clear()
            self.contract_violations.clear()

    def requests_for(self, operation_id: str) -> list[RecordedRequest]:
        with self.lock:
            return [r for r in self.requests if r.operation_id == operation_id]

    # -- signing (S3 policies and download URLs) ---------------------------------------------

    def sign(self, text: str) -> str:
        return hmac.new(self.s3_secret, text.encode(), hashlib.sha256).hexdigest()

    def encode_policy(self, policy: str) -> str:
        return base64.b64encode(policy.encode()).decode()

    # -- request handling --------------------------------------------------------------------

    @property
    def contract(self) -> Contract:
        if self._contract is None:
            from .contract import Contract

            self._contract = Contract.shared()
        return self._contract

    def handle(self, req: FakeRequest) -> FakeResponse:
        """Answer one request. Raises `ContractViolation` for a response the spec forbids
        (only with `validate_responses`); every other problem becomes an HTTP answer."""
        sent_path = req.path
        self._rewrite_alias(req)
        match = self.router.match(req.target, req.method, req.path)
        if self.drift.active:
            match = self.drift.reroute(req.target, req.method, req.path, match)
        route = match.route
        if route is not None:
            req.operation_id = route.operation_id
            req.path_params = match.params
            req.path = match.path  # the spec's form (with or without the trailing slash)
        request_class = (
            route.request_class if route else ("download" if req.target == "s3" else "api")
        )
        style = route.error_style if route else ("s3" if req.target == "s3" else "bynder")
        record = RecordedRequest(
            method=req.method,
            path=sent_path,
            query=list(req.query),
            headers=req.headers.as_dict(),
            target=req.target,
            request_class=request_class,
            operation_id=req.operation_id,
            time=self.clock(),
            path_params=match.params,
        )
        with self.lock:
            self.requests.append(record)
            if req.operation_id:
                self.operation_counts[req.operation_id] += 1
        decision = self.faults.decide(request_class, req.operation_id)
        if decision.drop == "request":
            record.status = 0
            return FakeResponse(0, delay=decision.delay, drop="request")
        try:
            resp = self._dispatch(req, route, match.allowed, decision, style)
        except HTTPError as exc:
            resp = error_response(
                style, exc.status, exc.message, code=exc.code, headers=exc.headers, plain=exc.plain
            )
        except BodyTooLarge as exc:
            resp = error_response(style, 413, str(exc) or "Request body too large")
        except (ContractViolation, ClientDisconnected):
            raise
        except Exception as exc:
            detail = "".join(traceback.format_exception(exc))
            with self.lock:
                self.errors.append(detail)
            resp = error_response(style, 500, f"Internal error in the fake Bynder: {exc!r}")
        resp.delay = decision.delay
        resp.trickle = decision.trickle
        if decision.drop == "response":
            resp.drop = "response"
        record.status = resp.status
        record.body = req.json if req.json is not None else (dict(req.form) if req.form else None)
        if self.validate_responses and route is not None and route.in_spec:
            self.check_response(req, resp)
        if self.drift.active and route is not None:
            self.drift.rewrite(route.operation_id, resp)
        return resp

    def _rewrite_alias(self, req: FakeRequest) -> None:
        """Another form of an upload request that real clients send becomes the spec's form
        (see `aliases`); its small form body is read first."""
        rewrite = aliases.find(req)
        if rewrite is None or req.content_type != "application/x-www-form-urlencoded":
            return
        if req.stream is not None and (
            req.content_length is None or req.content_length > self.max_api_body
        ):
            return  # too large or of unknown size for a form: the usual checks answer it
        self._read_body(req)
        try:
            form = parse_form(req.body)
        except HTTPError:
            return  # malformed: the usual checks answer it
        aliases.apply(req, rewrite, form)

    def check_response(self, req: FakeRequest, resp: FakeResponse) -> None:
        """Validate one answer against the spec; record and raise on a violation."""
        body = resp.content if resp.chunks is None else None
        problems = self.contract.response_errors(req, resp, body)
        if problems:
            message = (
                f"{req.method} {req.path} ({req.operation_id}) -> {resp.status}: "
                + " | ".join(problems)
            )
            with self.lock:
                self.contract_violations.append(message)
            raise ContractViolation(message)

    def body_limit(self, target: Target, method: str, path: str) -> int:
        """The largest body a front end should accept for this request before handling it."""
        if target == "s3":
            return self.max_s3_body
        route = self.router.match(target, method.upper(), path).route
        return self.max_s3_body if route is not None and route.streamed else self.max_api_body

    def _dispatch(
        self,
        req: FakeRequest,
        route: Route | None,
        allowed: list[str],
        decision: Decision,
        style: ErrorStyle,
    ) -> FakeResponse:
        if req.target == "portal":
            if route is None or not route.streamed:
                self._read_body(req)
            left = self.faults.budget_check(lambda per: self._budget_key(req, per), self.clock())
            if left is not None:
                budget = self.faults.request_budget
                headers = {"Retry-After": str(int(left))} if budget and budget.retry_after else {}
                return error_response(style, 429, "Too many requests", headers=headers)

        if decision.status is not None:
            headers = {}
            if decision.status == 429 and decision.retry_after is not None:
                headers["Retry-After"] = _retry_after(decision.retry_after)
            text = (
                "Too many requests" if decision.status == 429 else "Service temporarily unavailable"
            )
            return error_response(style, decision.status, text, headers=headers)

        if route is None:
            if allowed:
                return error_response(
                    style,
                    405,
                    f"Method {req.method} not allowed; use {', '.join(allowed)}",
                    headers={"Allow": ", ".join(allowed)},
                )
            return error_response(style, 404, f"Not found: {req.path}")

        if req.target == "portal":
            if route.auth:
                self._authorize(req, route)
            self._parse_body(req)
            if self.strict and route.in_spec:
                problems = self.contract.request_errors(req, body=not route.streamed)
                if problems:
                    raise HTTPError(400, "Invalid request: " + " | ".join(problems))

        if route.locked:
            with self.lock:
                return route.handler(self, req)
        return route.handler(self, req)

    def _read_body(self, req: FakeRequest) -> None:
        if req.stream is None:
            if len(req.body) > self.max_api_body:
                raise BodyTooLarge(f"Request body larger than {self.max_api_body} bytes")
            return
        if req.content_length is not None and req.content_length > self.max_api_body:
            raise BodyTooLarge(f"Request body larger than {self.max_api_body} bytes")
        data = req.stream.read(self.max_api_body + 1)
        while data and len(data) <= self.max_api_body:
            more = req.stream.read(self.max_api_body + 1 - len(data))
            if not more:
                break
            data += more
        if len(data) > self.max_api_body:
            raise BodyTooLarge(f"Request body larger than {self.max_api_body} bytes")
        req.body = data
        req.stream = None

    def _parse_body(self, req: FakeRequest) -> None:
        ctype = req.content_type
        if not req.body:
            return
        if ctype == "application/json" or ctype.endswith("+json"):
            req.json = parse_json(req.body)
        elif ctype == "application/x-www-form-urlencoded":
            req.form = parse_form(req.body)

    def bearer(self, req: FakeRequest) -> str | None:
        header = req.headers.get("authorization")
        if not header:
            return None
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "bearer":
            return None
        return token.strip() or None

    def _authorize(self, req: FakeRequest, route: Route) -> TokenInfo:
        header = req.headers.get("authorization")
        if not header:
            raise HTTPError(
                401, "Unauthorized: no Authorization header", headers={"WWW-Authenticate": "Bearer"}
            )
        token = self.bearer(req)
        if token is None:
            raise HTTPError(
                401,
                "Unauthorized: expected 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": "Bearer"},
            )
        with self.lock:
            info = self.tokens.get(token)
            valid = info is not None and self.token_valid(info)
        if info is None or not valid:
            raise HTTPError(
                401,
                "Invalid or expired token.",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
                plain=True,  # Bynder's published answer is this text, as text/plain
            )
        if route.scopes and not info.scopes.intersection(route.scopes):
            raise HTTPError(
                403, f"Access denied: the token lacks the scope {' or '.join(route.scopes)}"
            )
        return info

    def _budget_key(self, req: FakeRequest, per: str) -> str:
        if per == "global":
            return "global"
        if per == "ip":
            return f"ip:{req.client_ip}"
        token = self.bearer(req)
        if per == "token":
            return f"token:{token}" if token else f"ip:{req.client_ip}"
        if token:
            info = self.tokens.get(token)
            return f"client:{info.client_id}" if info else f"token:{token}"
        if req.operation_id == "oauth2_token":
            from .areas.oauth import client_credentials_of

            client_id, _ = client_credentials_of(req)
            if client_id:
                return f"client:{client_id}"
        return f"ip:{req.client_ip}"


def _retry_after(seconds: float) -> str:
    return str(max(0, math.ceil(seconds)))
