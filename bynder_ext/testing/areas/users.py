"""Users (create 201, get by id or username, update 202, delete 204, list with `X-Pagination-*`
headers and `active` as 1/0), security profiles, the account, the current user and brands."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..router import route
from ..state import User, iso, split_csv
from .common import form_bool, form_required, page_of, pagination_headers, query_bool, query_int

if TYPE_CHECKING:
    from ..core import FakeBynder

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
USER_TEXT_FIELDS = {
    "firstname": "firstname",
    "lastname": "lastname",
    "infix": "infix",
    "language": "language",
    "phoneNumber": "phone_number",
    "companyName": "company_name",
    "department": "department",
    "job": "job",
    "costCenter": "cost_center",
}


def render_user(fake: FakeBynder, user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "email": user.email,
        "firstname": user.firstname,
        "infix": user.infix,
        "lastname": user.lastname,
        "profileId": user.profile_id,
        "active": user.active,
        "isSSOOnly": user.is_sso_only,
        "lastLogin": iso(user.last_login) if user.last_login else None,
        "language": user.language,
        "timeZone": user.time_zone,
        "phoneNumber": user.phone_number,
        "companyName": user.company_name,
        "department": user.department,
        "job": user.job,
        "costCenter": user.cost_center,
        "employeeNumber": user.employee_number,
        "country": user.country,
        "groups": _groups(fake, user),
    }


def _groups(fake: FakeBynder, user: User) -> list[dict[str, str]]:
    return [{"id": g, "name": fake.groups[g].name} for g in user.group_ids if g in fake.groups]


def render_user_list_item(fake: FakeBynder, user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "name": user.name,
        "username": user.username,
        "email": user.email,
        "email2": "",
        "active": 1 if user.active else 0,
        "isSSOOnly": 1 if user.is_sso_only else 0,
        "profileId": user.profile_id,
        "employeeNumber": user.employee_number,
        "timeZone": user.time_zone,
        "website": "",
        "country": user.country,
        "salesrepId": "",
        "groups": _groups(fake, user),
    }


def find_user(fake: FakeBynder, id_or_username: str) -> User:
    user = fake.users.get(id_or_username)
    if user is None:
        user = next((u for u in fake.users.values() if u.username == id_or_username), None)
    if user is None:
        raise HTTPError(404, "User not found")
    return user


@route("GET", "/api/v4/users/", "list_users", scopes=("admin.user:read",))
def list_users(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    include_inactive = query_bool(req, "includeInActive")
    users = sorted(fake.users.values(), key=lambda u: (u.username.lower(), u.id))
    if not include_inactive:
        users = [u for u in users if u.active]
    page = query_int(req, "page", 1, minimum=1)
    if req.query_value("limit") in (None, ""):
        limit = max(len(users), 1)
        items = users if page == 1 else []
    else:
        limit = query_int(req, "limit", 100, minimum=1)
        items = page_of(users, page, limit)
    body = [render_user_list_item(fake, u) for u in items]
    return json_response(200, body, pagination_headers(len(users), page, limit))


@route("GET", "/api/v4/users/{id}/", "get_user", scopes=("admin.user:read",))
def get_user(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(200, render_user(fake, find_user(fake, req.path_params["id"])))


@route("GET", "/api/v4/currentUser/", "get_current_user", scopes=("current.user:read",))
def get_current_user(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    token = fake.bearer(req)
    info = fake.tokens.get(token or "")
    user = fake.users.get(info.user_id if info else fake.current_user_id)
    if user is None:
        raise HTTPError(404, "User not found")
    return json_response(200, render_user(fake, user))


def _validate_user_fields(fake: FakeBynder, req: FakeRequest, user: User | None) -> dict[str, Any]:
    fields = req.form_dict()
    email = fields.get("email")
    if email is not None and not _EMAIL.match(email):
        raise HTTPError(400, "email is not a valid e-mail address")
    profile_id = fields.get("profileId")
    if profile_id is not None and profile_id not in fake.profiles:
        raise HTTPError(400, "profileId is not a security profile")
    username = fields.get("username")
    if username is not None:
        if not username.strip():
            raise HTTPError(400, "username must not be empty")
        clash = next((u for u in fake.users.values() if u.username == username), None)
        if clash is not None and clash is not user:
            raise HTTPError(400, "A user with this username already exists")
    group_ids = split_csv(fields.get("groupIds"))
    unknown = [g for g in group_ids if g not in fake.groups]
    if unknown:
        raise HTTPError(400, f"Unknown group id {unknown[0]}")
    flags = {name: form_bool(req, name) for name in ("active", "isSSOOnly", "termsAccepted")}
    return {"fields": fields, "flags": flags, "group_ids": group_ids}


def _apply_user_fields(user: User, checked: dict[str, Any]) -> None:
    fields: dict[str, str] = checked["fields"]
    for wire, attr in USER_TEXT_FIELDS.items():
        if wire in fields:
            setattr(user, attr, fields[wire])
    if "email" in fields:
        user.email = fields["email"]
    if "username" in fields:
        user.username = fields["username"]
    if "profileId" in fields:
        user.profile_id = fields["profileId"]
    if "password" in fields:
        user.password = fields["password"]
    if "groupIds" in fields:
        user.group_ids = checked["group_ids"]
    flags = checked["flags"]
    if flags["active"] is not None:
        user.active = flags["active"]
    if flags["isSSOOnly"] is not None:
        user.is_sso_only = flags["isSSOOnly"]
    if flags["termsAccepted"] is not None:
        user.terms_accepted = flags["termsAccepted"]


@route("POST", "/api/v4/users/", "create_user", scopes=("admin.user:write",))
def create_user(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    for name in ("email", "password", "profileId", "firstname", "lastname"):
        form_required(req, name)
    fields = req.form_dict()
    if "username" not in fields or not fields["username"].strip():
        fields_with_username = [*(req.form or []), ("username", fields["email"])]
        req.form = fields_with_username
    checked = _validate_user_fields(fake, req, None)
    user = User(
        id=fake.ids.v4(),
        username="",
        email="",
        firstname="",
        lastname="",
        profile_id="",
    )
    _apply_user_fields(user, checked)
    fake.users[user.id] = user
    return json_response(201, {"id": user.id, "username": user.username})


@route("POST", "/api/v4/users/{id}/", "update_user", scopes=("admin.user:write",))
def update_user(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    user = find_user(fake, req.path_params["id"])
    checked = _validate_user_fields(fake, req, user)
    _apply_user_fields(user, checked)
    return json_response(202, {"id": user.id, "username": user.username})


@route("DELETE", "/api/v4/users/{id}", "delete_user", scopes=("admin.user:write",))
def delete_user(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    user = find_user(fake, req.path_params["id"])
    if user.id == fake.current_user_id:
        raise HTTPError(400, "The current user cannot be deleted")
    del fake.users[user.id]
    return empty_response(204)


# -- security profiles ---------------------------------------------------------------------------


@route("GET", "/api/v4/profiles/", "list_security_profiles", scopes=("admin.profile:read",))
def list_security_profiles(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    profiles = sorted(fake.profiles.values(), key=lambda p: (p.name, p.id))
    return json_response(
        200, [{"id": p.id, "name": p.name, "roles": list(p.roles)} for p in profiles]
    )


@route(
    "GET",
    "/api/v4/profiles/{id}/",
    "get_security_profile",
    scopes=("admin.profile:read", "current.profile:read"),
)
def get_security_profile(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    profile = fake.profiles.get(req.path_params["id"])
    if profile is None:
        raise HTTPError(404, "Profile not found")
    info = fake.tokens.get(fake.bearer(req) or "")
    if info is not None and "admin.profile:read" not in info.scopes:
        own = fake.users.get(info.user_id)
        if own is None or own.profile_id != profile.id:
            raise HTTPError(403, "Access denied: reading other profiles needs admin.profile:read")
    return json_response(
        200, {"id": profile.id, "name": profile.name, "roles": list(profile.roles)}
    )


# -- account and brands --------------------------------------------------------------------------


@route("GET", "/api/v4/account/", "get_account_information")
def get_account_information(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    account = fake.account
    return json_response(
        200,
        {
            "availableLanguages": list(account.languages),
            "defaultLanguage": account.default_language,
            "name": account.name,
            "timeZone": account.time_zone,
            "isOpenImageBank": account.is_open_image_bank,
        },
    )


@route("GET", "/api/v4/brands/", "list_brands")
def list_brands(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(
        200,
        [
            {
                "id": b.id,
                "name": b.name,
                "description": b.description,
                "image": b.image,
                "subBrands": [
                    {"id": s.id, "name": s.name, "description": s.description, "image": s.image}
                    for s in b.sub_brands
                ],
            }
            for b in fake.brands.values()
        ],
    )
