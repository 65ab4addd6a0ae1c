"""OAuth 2.0 on the fake: the three grants, PKCE, state, token expiry on the fake's clock, 401s,
and scopes enforced per area."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from bynder_ext.testing import SCOPES, FakeBynder
from bynder_ext.testing.contract import spec_scopes

PORTAL = "https://portal.fake-bynder.test"
REDIRECT = "http://127.0.0.1:9000/callback"
VERIFIER = "a-verifier-that-is-long-enough-to-be-valid-0123456789"


def challenge_of(verifier: str) -> str:
    return (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeBynder:
    return FakeBynder(clock=clock, validate_responses=True)


@pytest.fixture
def http(fake: FakeBynder) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=PORTAL, transport=fake.transport()) as client:
        yield client


def authorize(http: httpx.Client, fake: FakeBynder, **extra: str) -> dict[str, list[str]]:
    params = {
        "client_id": fake.client_id,
        "redirect_uri": REDIRECT,
        "response_type": "code",
        "scope": "offline asset:read collection:read",
        "state": "s-123",
        "code_challenge": challenge_of(VERIFIER),
        "code_challenge_method": "S256",
        **extra,
    }
    r = http.get("/v6/authentication/oauth2/auth", params=params)
    assert r.status_code == 302, r.text
    location = urlsplit(r.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == params["redirect_uri"]
    return parse_qs(location.query)


def token(http: httpx.Client, fake: FakeBynder, **form: str) -> httpx.Response:
    return http.post(
        "/v6/authentication/oauth2/token",
        data={"client_id": fake.client_id, "client_secret": fake.client_secret, **form},
    )


def exchange(
    http: httpx.Client, fake: FakeBynder, code: str, verifier: str = VERIFIER
) -> httpx.Response:
    return token(
        http,
        fake,
        grant_type="authorization_code",
        code=code,
        redirect_uri=REDIRECT,
        code_verifier=verifier,
    )


def test_authorization_code_with_pkce_and_state(http: httpx.Client, fake: FakeBynder) -> None:
    query = authorize(http, fake)
    assert query["state"] == ["s-123"]
    r = exchange(http, fake, query["code"][0])
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600
    assert set(body["scope"].split()) == {"offline", "asset:read", "collection:read"}
    assert body["refresh_token"]
    assert r.headers["cache-control"] == "no-store"
    api = http.get("/api/v4/media/", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert api.status_code == 200


def test_code_is_single_use(http: httpx.Client, fake: FakeBynder) -> None:
    code = authorize(http, fake)["code"][0]
    assert exchange(http, fake, code).status_code == 200
    r = exchange(http, fake, code)
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_grant"


def test_pkce_verifier_must_match(http: httpx.Client, fake: FakeBynder) -> None:
    code = authorize(http, fake)["code"][0]
    r = exchange(http, fake, code, verifier="x" * 50)
    assert r.status_code == 400
    assert r.json() == {
        "error": "invalid_grant",
        "error_description": "code_verifier does not match the code_challenge",
    }
    code = authorize(http, fake)["code"][0]
    r = token(http, fake, grant_type="authorization_code", code=code, redirect_uri=REDIRECT)
    assert r.json()["error"] == "invalid_grant"  # verifier missing


def test_redirect_uri_must_match(http: httpx.Client, fake: FakeBynder) -> None:
    code = authorize(http, fake)["code"][0]
    r = token(
        http,
        fake,
        grant_type="authorization_code",
        code=code,
        redirect_uri="http://127.0.0.1:9000/other",
        code_verifier=VERIFIER,
    )
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_grant"


def test_authorize_refuses_unknown_redirects_and_clients(
    http: httpx.Client, fake: FakeBynder
) -> None:
    base = {"client_id": fake.client_id, "response_type": "code", "scope": "asset:read"}
    r = http.get(
        "/v6/authentication/oauth2/auth", params={**base, "redirect_uri": "https://evil.example/cb"}
    )
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_request"
    fake.add_redirect_uri("https://app.example/cb")
    assert authorize(http, fake, redirect_uri="https://app.example/cb")["code"]
    r = http.get(
        "/v6/authentication/oauth2/auth",
        params={**base, "client_id": "nope", "redirect_uri": REDIRECT},
    )
    assert r.status_code == 400
    assert r.json()["error"] == "invalid_client"
    query = authorize(http, fake, scope="asset:read not-a-scope")
    assert query["error"] == ["invalid_scope"]
    assert query["state"] == ["s-123"]


def test_client_credentials(http: httpx.Client, fake: FakeBynder) -> None:
    r = token(http, fake, grant_type="client_credentials", scope="asset:read")
    assert r.status_code == 200
    body = r.json()
    assert body["scope"] == "asset:read"
    assert "refresh_token" not in body
    everything = token(http, fake, grant_type="client_credentials").json()
    assert set(everything["scope"].split()) == set(SCOPES) - {"offline"}
    r = token(http, fake, grant_type="client_credentials", scope="asset:read unknown:scope")
    assert (r.status_code, r.json()["error"]) == (400, "invalid_scope")


def test_client_authentication(http: httpx.Client, fake: FakeBynder) -> None:
    r = http.post(
        "/v6/authentication/oauth2/token",
        data={
            "grant_type": "client_credentials",
            "client_id": fake.client_id,
            "client_secret": "wrong",
        },
    )
    assert r.status_code == 401
    assert r.json()["error"] == "invalid_client"
    r = token(http, fake, grant_type="password")
    assert r.status_code == 400  # not in the spec's enum: rejected by strict validation


def test_http_basic_client_authentication() -> None:
    # RFC 6749 lets the client authenticate with HTTP Basic instead of form fields; the contract
    # allows both, so the strict fake accepts Basic and checks the pair like the form's.
    fake = FakeBynder()
    with httpx.Client(base_url=PORTAL, transport=fake.transport()) as http:
        r = http.post(
            "/v6/authentication/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=(fake.client_id, fake.client_secret),
        )
        assert r.status_code == 200
        r = http.post(
            "/v6/authentication/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=(fake.client_id, "bad"),
        )
        assert r.status_code == 401
        assert r.headers["www-authenticate"].startswith("Basic")
        r = http.post("/v6/authentication/oauth2/token", data={"grant_type": "client_credentials"})
        assert r.status_code == 401
        assert r.json()["error"] == "invalid_client"


def test_refresh_does_not_rotate_by_default(http: httpx.Client, fake: FakeBynder) -> None:
    first = exchange(http, fake, authorize(http, fake)["code"][0]).json()
    r = token(http, fake, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert r.status_code == 200
    assert "refresh_token" not in r.json()
    assert r.json()["access_token"] != first["access_token"]
    again = token(http, fake, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert again.status_code == 200
    narrowed = token(
        http,
        fake,
        grant_type="refresh_token",
        refresh_token=first["refresh_token"],
        scope="asset:read",
    )
    assert narrowed.json()["scope"] == "asset:read"
    assert fake.token_requests["refresh_token"] == 3
    assert fake.token_requests["authorization_code"] == 1


def test_refresh_rotation_knob(clock: Clock) -> None:
    fake = FakeBynder(clock=clock, rotate_refresh_tokens=True)
    with httpx.Client(base_url=PORTAL, transport=fake.transport()) as http:
        first = exchange(http, fake, authorize(http, fake)["code"][0]).json()
        r = token(http, fake, grant_type="refresh_token", refresh_token=first["refresh_token"])
        second = r.json()["refresh_token"]
        assert second != first["refresh_token"]
        old = token(http, fake, grant_type="refresh_token", refresh_token=first["refresh_token"])
        assert old.json()["error"] == "invalid_grant"
        assert (
            token(http, fake, grant_type="refresh_token", refresh_token=second).status_code == 200
        )
        fake.revoke_refresh_tokens()
        assert (
            token(http, fake, grant_type="refresh_token", refresh_token=second).status_code == 400
        )


def test_expiry_on_the_injected_clock(http: httpx.Client, fake: FakeBynder, clock: Clock) -> None:
    access = token(http, fake, grant_type="client_credentials").json()["access_token"]
    headers = {"Authorization": f"Bearer {access}"}
    assert http.get("/api/v4/account/", headers=headers).status_code == 200
    clock.now += 3599
    assert http.get("/api/v4/account/", headers=headers).status_code == 200
    clock.now += 1
    r = http.get("/api/v4/account/", headers=headers)
    assert r.status_code == 401
    # Bynder's published answer to an expired token: plain text, not its JSON error.
    assert (r.headers["content-type"].split(";")[0], r.text) == (
        "text/plain",
        "Invalid or expired token.",
    )
    permanent = {"Authorization": f"Bearer {fake.permanent_token}"}
    assert http.get("/api/v4/account/", headers=permanent).status_code == 200


def test_token_lifetime_and_manual_expiry(clock: Clock) -> None:
    fake = FakeBynder(clock=clock, token_lifetime=60)
    with httpx.Client(base_url=PORTAL, transport=fake.transport()) as http:
        body = token(http, fake, grant_type="client_credentials").json()
        assert body["expires_in"] == 60
        first, second = body["access_token"], fake.issue_token()
        fake.expire_token(first)
        assert (
            http.get("/api/v4/account/", headers={"Authorization": f"Bearer {first}"}).status_code
            == 401
        )
        assert (
            http.get("/api/v4/account/", headers={"Authorization": f"Bearer {second}"}).status_code
            == 200
        )
        fake.expire_tokens()
        assert (
            http.get("/api/v4/account/", headers={"Authorization": f"Bearer {second}"}).status_code
            == 401
        )


def test_requests_without_a_valid_token(http: httpx.Client, fake: FakeBynder) -> None:
    r = http.get("/api/v4/media/")
    assert r.status_code == 401
    assert r.json()["statuscode"] == 401
    assert r.headers["www-authenticate"].startswith("Bearer")
    r = http.get("/api/v4/media/", headers={"Authorization": "Bearer nope"})
    assert (r.status_code, r.text) == (401, "Invalid or expired token.")
    assert http.get("/api/v4/media/", headers={"Authorization": "Basic eDp5"}).status_code == 401
    assert http.get("/transform/x/y").status_code == 401


@pytest.mark.parametrize(
    ("path", "scope"),
    [
        ("/api/v4/media/", "asset:read"),
        ("/api/v4/collections/", "collection:read"),
        ("/api/v4/metaproperties/", "meta.assetbank:read"),
        ("/api/v4/users/", "admin.user:read"),
        ("/api/v4/currentUser/", "current.user:read"),
        ("/api/v4/profiles/", "admin.profile:read"),
        ("/api/workflow/campaigns/", "workflow.campaign:read"),
        ("/api/workflow/jobs/", "workflow.job:read"),
        ("/api/store/order/", "brandstore.order:read"),
        ("/api/upload/endpoint/", "asset:write"),
    ],
)
def test_scopes_are_enforced_per_area(
    http: httpx.Client, fake: FakeBynder, path: str, scope: str
) -> None:
    without = fake.issue_token(scopes=set(SCOPES) - {scope})
    with_it = fake.issue_token(scopes={scope})
    r = http.get(path, headers={"Authorization": f"Bearer {without}"})
    assert r.status_code == 403
    assert scope in r.json()["message"]
    assert http.get(path, headers={"Authorization": f"Bearer {with_it}"}).status_code == 200
    permanent = fake.create_permanent_token(scopes=set(SCOPES) - {scope})
    assert http.get(path, headers={"Authorization": f"Bearer {permanent}"}).status_code == 403


def test_own_profile_needs_only_current_profile_scope(http: httpx.Client, fake: FakeBynder) -> None:
    own = fake.users[fake.current_user_id].profile_id
    other = next(p for p in fake.profiles if p != own)
    token_ = fake.issue_token(scopes={"current.profile:read"})
    headers = {"Authorization": f"Bearer {token_}"}
    assert http.get(f"/api/v4/profiles/{own}/", headers=headers).status_code == 200
    assert http.get(f"/api/v4/profiles/{other}/", headers=headers).status_code == 403


def test_scope_table_matches_the_spec(fake: FakeBynder) -> None:
    """The scopes each route demands are the ones the spec's security blocks name."""
    routes = fake.router.by_operation()
    for operation_id, scopes in spec_scopes().items():
        assert set(routes[operation_id].scopes) == scopes, operation_id
