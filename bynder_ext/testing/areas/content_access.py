"""Content access: access rules of metaproperties (list, add per principal, remove by id) and of
metaproperty options (list with cursor paging, replace all), and an option's default visibility.
Principals are users, groups or security profiles of the portal; rules name them with their
display names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..platform_state import AccessRule, canonical
from ..router import route
from .common import json_object, json_str, query_int
from .taxonomy import find_metaproperty, find_option

if TYPE_CHECKING:
    from ..core import FakeBynder

METAPROPERTY_LEVELS = ("metaproperty.hide",)
PRINCIPAL_TYPES = ("user", "group", "profile")


def _principal(fake: FakeBynder, principal_id: str, kind: str) -> tuple[str, str, dict[str, Any]]:
    """(asset-bank id, display name, extra information) of a principal; 400 when unknown."""
    wanted = canonical(principal_id)
    if kind == "user":
        user = next((u for u in fake.users.values() if canonical(u.id) == wanted), None)
        if user is not None:
            return user.id, user.name, {"email": user.email}
    elif kind == "group":
        group = next((g for g in fake.groups.values() if canonical(g.id) == wanted), None)
        if group is not None:
            return group.id, group.name, {}
    elif kind == "profile":
        profile = next((p for p in fake.profiles.values() if canonical(p.id) == wanted), None)
        if profile is not None:
            return profile.id, profile.name, {}
    raise HTTPError(400, f"{principal_id} is not a {kind} of this portal")


def render_rule(fake: FakeBynder, rule: AccessRule) -> dict[str, Any]:
    try:
        _, name, extra = _principal(fake, rule.principal_id, rule.principal_type)
    except HTTPError:
        name, extra = "", {}  # the principal was deleted since
    return {
        "id": rule.id,
        "contentId": rule.content_id,
        "contentType": rule.content_type,
        "level": rule.level,
        "ruleType": rule.rule_type,
        "principalId": rule.principal_id,
        "principalType": rule.principal_type,
        "principalName": name,
        "principalExtraInformation": extra,
    }


def _grant(fake: FakeBynder, req: FakeRequest) -> tuple[list[tuple[str, str]], str]:
    """The principals ((id, type), validated) and the level of a grant body."""
    body = json_object(req)
    level = (json_str(body, "level", required=True) or "").strip()
    if not level:
        raise HTTPError(400, "Field level must not be empty")
    principals = body.get("principals")
    if not isinstance(principals, list):
        raise HTTPError(400, "Field principals must be an array")
    resolved: list[tuple[str, str]] = []
    for n, item in enumerate(principals):
        if not isinstance(item, dict):
            raise HTTPError(400, f"principals[{n}] must be an object")
        principal_id, kind = item.get("principalId"), item.get("principalType")
        if not isinstance(principal_id, str) or kind not in PRINCIPAL_TYPES:
            raise HTTPError(
                400, f"principals[{n}] needs a principalId and a principalType {PRINCIPAL_TYPES}"
            )
        asset_bank_id, _, _ = _principal(fake, principal_id, str(kind))
        if (asset_bank_id, kind) not in resolved:
            resolved.append((asset_bank_id, str(kind)))
    return resolved, level


def _rules_of(fake: FakeBynder, content_id: str) -> list[AccessRule]:
    rules = [r for r in fake.platform.access_rules.values() if r.content_id == content_id]
    return sorted(rules, key=lambda r: r.id)


# -- metaproperties ------------------------------------------------------------------------------


def _metaproperty_id(fake: FakeBynder, req: FakeRequest) -> str:
    mp = find_metaproperty(fake, req.path_params["metaproperty_id"])
    if mp is None:
        raise HTTPError(404, "Metaproperty not found")
    return mp.id


@route(
    "GET",
    "/api/content_access/metaproperties/{metaproperty_id}",
    "get_metaproperty_access",
)
def get_metaproperty_access(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    content_id = _metaproperty_id(fake, req)
    return json_response(200, [render_rule(fake, r) for r in _rules_of(fake, content_id)])


@route(
    "POST",
    "/api/content_access/metaproperties/{metaproperty_id}",
    "create_metaproperty_access",
)
def create_metaproperty_access(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    content_id = _metaproperty_id(fake, req)
    principals, level = _grant(fake, req)
    if level not in METAPROPERTY_LEVELS:
        raise HTTPError(400, f"level must be one of {list(METAPROPERTY_LEVELS)}")
    existing = {(r.principal_id, r.principal_type, r.level) for r in _rules_of(fake, content_id)}
    for principal_id, kind in principals:
        if (principal_id, kind, level) in existing:
            continue
        rule = AccessRule(
            fake.platform.ids.uuid(), content_id, "metaproperty", level, principal_id, kind
        )
        fake.platform.access_rules[rule.id] = rule
    body = [{"principalId": p, "principalType": k} for p, k in principals]
    return json_response(201, body)


@route(
    "DELETE",
    "/api/content_access/metaproperties/{metaproperty_id}",
    "delete_metaproperty_access",
)
def delete_metaproperty_access(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    content_id = _metaproperty_id(fake, req)
    ids = json_object(req).get("contentAccessIds")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise HTTPError(400, "contentAccessIds must be an array of rule ids")
    own = {r.id for r in _rules_of(fake, content_id)}
    missing = [i for i in ids if i not in own]
    if missing:
        raise HTTPError(404, f"Not access rules of this metaproperty: {', '.join(missing)}")
    for rule_id in ids:
        fake.platform.access_rules.pop(rule_id, None)
    return empty_response(204)


# -- options -------------------------------------------------------------------------------------


def _option_id(fake: FakeBynder, req: FakeRequest) -> str:
    found = find_option(fake, req.path_params["optionId"])
    if found is None:
        raise HTTPError(404, "Option not found")
    return found[1].id


@route("GET", "/api/1/content-access/options/{optionId}", "get_option_access")
def get_option_access(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    rules = _rules_of(fake, _option_id(fake, req))
    principal = req.query_value("principalId")
    if principal:
        rules = [r for r in rules if canonical(r.principal_id) == canonical(principal)]
    limit = query_int(req, "limit", 20, minimum=1, maximum=1000)
    start, before = req.query_value("start"), req.query_value("before")
    if start and before:
        raise HTTPError(400, "start and before cannot be used together")
    ids = [r.id for r in rules]
    if start:
        if start not in ids:
            raise HTTPError(400, "start is not the id of a rule of this option")
        chunk = rules[ids.index(start) + 1 :][:limit]
    elif before:
        if before not in ids:
            raise HTTPError(400, "before is not the id of a rule of this option")
        chunk = rules[: ids.index(before)][-limit:]
    else:
        chunk = rules[:limit]
    return json_response(200, [render_rule(fake, r) for r in chunk])


@route("PUT", "/api/1/content-access/options/{optionId}", "update_option_access")
def update_option_access(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    content_id = _option_id(fake, req)
    principals, level = _grant(fake, req)
    for rule in _rules_of(fake, content_id):
        del fake.platform.access_rules[rule.id]
    for principal_id, kind in principals:
        rule = AccessRule(fake.platform.ids.uuid(), content_id, "option", level, principal_id, kind)
        fake.platform.access_rules[rule.id] = rule
    return json_response(200, [{"principalId": p, "principalType": k} for p, k in principals])


@route("GET", "/api/1/content-access/options/{optionId}/visibility", "get_option_visibility")
def get_option_visibility(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    option_id = _option_id(fake, req)
    value = fake.platform.option_visibility.get(canonical(option_id), "visible")
    return json_response(200, {"defaultVisibility": value})


@route("PUT", "/api/1/content-access/options/{optionId}/visibility", "update_option_visibility")
def update_option_visibility(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    option_id = _option_id(fake, req)
    value = (json_str(json_object(req), "defaultVisibility", required=True) or "").strip()
    fake.platform.option_visibility[canonical(option_id)] = value
    return json_response(200, {"defaultVisibility": value})
