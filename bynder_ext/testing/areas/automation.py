"""Automation workflow rules: list (newest first, `start`/`limit`), create (a `DRAFT`), read,
update, delete, publish or pause (409 when the rule has that status already), and the triggers,
conditions and actions a rule may use. Rules are checked against those building blocks, and an
`ADD_TO_COLLECTION` action must name an existing collection. The fake stores rules; it does not
run them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..platform_state import AutomationRule, workflow_user_id
from ..router import route
from ..state import iso, standard_uuid
from .common import json_object, json_str, query_int
from .workflow_extra import token_user_id

if TYPE_CHECKING:
    from ..core import FakeBynder

BASE = "/api/1/automation-workflow"
TRIGGERS = ("AssetUploaded", "MetadataUpdated", "RelativeDate")
ASSET_TYPES = ("IMAGE", "VIDEO", "DOCUMENT", "AUDIO", "3D")
OFFSET_UNITS = ("DAY", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS")
OPERATORS = {
    "AssetType": ("CONTAINS", "DOES_NOT_CONTAIN"),
    "MetapropertyOption": ("CONTAINS", "DOES_NOT_CONTAIN"),
    "Archived": ("STARTS_IN",),
}
AGENT_ACTIONS = (
    "AGENT_ENRICHMENT",
    "AGENT_TRANSFORMATION",
    "AGENT_BRAND_COMPLIANCE",
    "AGENT_GOVERNANCE",
)
ACTIONS = ("ADD_TO_COLLECTION", *AGENT_ACTIONS)
MAX_CONDITIONS = 5
MAX_ACTIONS = 5


def render_rule(rule: AutomationRule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "status": rule.status,
        "name": rule.name,
        "created_by_id": workflow_user_id(rule.created_by),
        "edited_by_id": workflow_user_id(rule.edited_by) if rule.edited_by else None,
        "date_created": iso(rule.date_created),
        "date_modified": iso(rule.date_modified),
        "triggers": list(rule.triggers),
        "steps": rule.steps,
    }


def _rule_or_404(fake: FakeBynder, rule_id: str) -> AutomationRule:
    rule = fake.platform.automation_rules.get(rule_id)
    if rule is None:
        raise HTTPError(404, "Automation workflow rule not found")
    return rule


def _list_of(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise HTTPError(400, f"{where} must be an array")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise HTTPError(400, f"{where} must be an object")
    return value


TERM_FIELDS = {
    "asset_type": str,
    "metaproperty_id": str,
    "metaproperty_option_id": str,
    "offset_amount": int,
    "offset_unit": str,
}


def _check_term(fake: FakeBynder, condition: str, term: Any, where: str) -> None:
    term = _object(term, where)
    for key, kind in TERM_FIELDS.items():
        if key in term and (isinstance(term[key], bool) or not isinstance(term[key], kind)):
            raise HTTPError(400, f"{where}.{key} must be a {kind.__name__}")
    if condition == "AssetType":
        if term.get("asset_type") not in ASSET_TYPES:
            raise HTTPError(400, f"{where}.asset_type must be one of {list(ASSET_TYPES)}")
    elif condition == "MetapropertyOption":
        mp_id, option_id = term.get("metaproperty_id"), term.get("metaproperty_option_id")
        mp = next(
            (
                m
                for m in fake.metaproperties.values()
                if isinstance(mp_id, str) and mp_id in (m.id, standard_uuid(m.id))
            ),
            None,
        )
        if mp is None:
            raise HTTPError(400, f"{where}.metaproperty_id is not a metaproperty")
        if option_id is not None and not any(
            option_id in (o.id, standard_uuid(o.id)) for o in mp.options
        ):
            raise HTTPError(400, f"{where}.metaproperty_option_id is not an option of it")
    else:
        amount, unit = term.get("offset_amount"), term.get("offset_unit")
        if isinstance(amount, bool) or not isinstance(amount, int) or amount < 1:
            raise HTTPError(400, f"{where}.offset_amount must be a positive whole number")
        if unit not in OFFSET_UNITS:
            raise HTTPError(400, f"{where}.offset_unit must be one of {list(OFFSET_UNITS)}")


def _check_steps(fake: FakeBynder, triggers: list[str], steps: list[Any]) -> None:
    for s, step in enumerate(steps):
        step = _object(step, f"steps[{s}]")
        for t in _list_of(step.get("step_triggers"), f"steps[{s}].step_triggers"):
            if t not in TRIGGERS:
                raise HTTPError(400, f"steps[{s}].step_triggers: unknown trigger {t!r}")
        groups = _list_of(step.get("conditions"), f"steps[{s}].conditions")
        names: list[str] = []
        for g, group in enumerate(groups):
            group = _object(group, f"steps[{s}].conditions[{g}]")
            if "and" in group and not isinstance(group["and"], list):
                raise HTTPError(400, f"steps[{s}].conditions[{g}].and must be an array")
            leaves = _list_of(group.get("and"), "and")
            if len(leaves) > MAX_CONDITIONS:
                raise HTTPError(400, f"A step takes at most {MAX_CONDITIONS} conditions")
            for c, leaf in enumerate(leaves):
                where = f"steps[{s}].conditions[{g}].and[{c}]"
                leaf = _object(leaf, where)
                kind = leaf.get("condition_type")
                if not isinstance(kind, str) or kind not in OPERATORS:
                    raise HTTPError(400, f"{where}.condition_type must be one of {list(OPERATORS)}")
                expression = _object(leaf.get("expression"), f"{where}.expression")
                if expression.get("operator") not in OPERATORS[kind]:
                    raise HTTPError(400, f"{where}: {kind} takes the operators {OPERATORS[kind]}")
                if "term" in expression and not isinstance(expression["term"], list):
                    raise HTTPError(400, f"{where}.expression.term must be an array")
                for n, term in enumerate(_list_of(expression.get("term"), f"{where}.term")):
                    _check_term(fake, kind, term, f"{where}.expression.term[{n}]")
                names.append(kind)
        if "Archived" in names and "RelativeDate" not in triggers:
            raise HTTPError(400, "The Archived condition needs the RelativeDate trigger")
        actions = _list_of(step.get("actions"), f"steps[{s}].actions")
        if len(actions) > MAX_ACTIONS:
            raise HTTPError(400, f"A step takes at most {MAX_ACTIONS} actions")
        for a, action in enumerate(actions):
            where = f"steps[{s}].actions[{a}]"
            action = _object(action, where)
            kind = action.get("action_type")
            if kind not in ACTIONS:
                raise HTTPError(400, f"{where}.action_type must be one of {list(ACTIONS)}")
            data = _object(action.get("data", {}), f"{where}.data")
            for key in ("collection_id", "agent_id"):
                if key in data and not isinstance(data[key], str):
                    raise HTTPError(400, f"{where}.data.{key} must be a string")
            if kind == "ADD_TO_COLLECTION":
                if data.get("collection_id") not in fake.collections:
                    raise HTTPError(400, f"{where}.data.collection_id is not a collection")
            elif not isinstance(data.get("agent_id"), str) or not data["agent_id"]:
                raise HTTPError(400, f"{where}.data.agent_id is required for {kind}")


def _triggers(body: dict[str, Any]) -> list[str] | None:
    if "triggers" not in body:
        return None
    triggers = _list_of(body.get("triggers"), "triggers")
    for t in triggers:
        if t not in TRIGGERS:
            raise HTTPError(400, f"Unknown trigger {t!r}; known triggers are {list(TRIGGERS)}")
    return list(triggers)


@route("GET", f"{BASE}/rules", "list_automation_rules")
def list_automation_rules(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    start = query_int(req, "start", 0, minimum=0)
    limit = query_int(req, "limit", 10, minimum=1, maximum=100)
    rules = sorted(fake.platform.automation_rules.values(), key=lambda r: (-r.date_created, r.id))
    page = rules[start : start + limit]
    metadata: dict[str, str | None] = {"previous_page": None, "next_page": None}
    if start > 0:
        metadata["previous_page"] = urlencode({"start": max(0, start - limit), "limit": limit})
    if start + limit < len(rules):
        metadata["next_page"] = urlencode({"start": start + limit, "limit": limit})
    return json_response(200, {"rules": [render_rule(r) for r in page], "metadata": metadata})


@route("POST", f"{BASE}/rules", "create_automation_rule")
def create_automation_rule(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    body = json_object(req)
    name = (json_str(body, "name", required=True) or "").strip()
    triggers = _triggers(body) or []
    steps = _list_of(body.get("steps"), "steps")
    _check_steps(fake, triggers, steps)
    now = fake.clock()
    user_id = token_user_id(fake, req)
    rule = AutomationRule(
        id=fake.platform.ids.uuid(),
        name=name,
        created_by=user_id,
        date_created=now,
        date_modified=now,
        edited_by=user_id,
        triggers=triggers,
        steps=steps,
    )
    fake.platform.automation_rules[rule.id] = rule
    created = render_rule(rule)
    reply = {key: created[key] for key in ("id", "status", "name", "created_by_id")}
    reply.update(
        account_id=fake.account_id,
        edited_by_id=created["edited_by_id"],
        date_created=created["date_created"],
        date_modified=created["date_modified"],
    )
    return json_response(200, reply)


@route("GET", f"{BASE}/rules/{{ruleId}}", "get_automation_rule")
def get_automation_rule(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(200, render_rule(_rule_or_404(fake, req.path_params["ruleId"])))


@route("PUT", f"{BASE}/rules/{{ruleId}}", "update_automation_rule")
def update_automation_rule(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    rule = _rule_or_404(fake, req.path_params["ruleId"])
    body = json_object(req)
    name = json_str(body, "name")
    if name is not None and not name.strip():
        raise HTTPError(400, "Field name must not be empty")
    triggers = _triggers(body)
    steps = _list_of(body.get("steps"), "steps") if "steps" in body else None
    _check_steps(fake, rule.triggers if triggers is None else triggers, steps or rule.steps)
    if name is not None:
        rule.name = name.strip()
    if triggers is not None:
        rule.triggers = triggers
    if steps is not None:
        rule.steps = steps
    rule.edited_by = token_user_id(fake, req)
    rule.date_modified = fake.clock()
    return json_response(200, render_rule(rule))


@route("DELETE", f"{BASE}/rules/{{ruleId}}", "delete_automation_rule")
def delete_automation_rule(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    rule = _rule_or_404(fake, req.path_params["ruleId"])
    del fake.platform.automation_rules[rule.id]
    return empty_response(204)


@route("PATCH", f"{BASE}/rules/{{ruleId}}/status", "update_automation_rule_status")
def update_automation_rule_status(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    rule = _rule_or_404(fake, req.path_params["ruleId"])
    status = json_str(json_object(req), "status", required=True)
    if status not in ("PUBLISHED", "PAUSED"):
        raise HTTPError(400, "status must be PUBLISHED or PAUSED")
    if rule.status == status:
        return json_response(
            409, {"message": f"Rule is already {status.lower()}.", "statuscode": 409}
        )
    rule.status = status
    rule.edited_by = token_user_id(fake, req)
    rule.date_modified = fake.clock()
    return empty_response(204)


@route("GET", f"{BASE}/triggers", "list_automation_triggers")
def list_automation_triggers(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(200, {"triggers": [{"name": t} for t in TRIGGERS]})


@route("GET", f"{BASE}/conditions", "list_automation_conditions")
def list_automation_conditions(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    option_terms = [
        {"metaproperty_id": standard_uuid(m.id), "metaproperty_option_id": standard_uuid(o.id)}
        for m in fake.metaproperties.values()
        for o in m.options
    ]
    conditions = [
        {
            "name": "AssetType",
            "operators": list(OPERATORS["AssetType"]),
            "terms": [{"asset_type": t} for t in ASSET_TYPES],
        },
        {
            "name": "MetapropertyOption",
            "operators": list(OPERATORS["MetapropertyOption"]),
            "terms": option_terms,
        },
        {
            "name": "Archived",
            "operators": list(OPERATORS["Archived"]),
            "terms": [
                {"offset_amount": 1, "offset_unit": "DAY"},
                {"offset_amount": 2, "offset_unit": "WEEKS"},
                {"offset_amount": 3, "offset_unit": "MONTHS"},
            ],
        },
    ]
    return json_response(200, {"conditions": conditions, "max_conditions_count": MAX_CONDITIONS})


@route("GET", f"{BASE}/actions", "list_automation_actions")
def list_automation_actions(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(
        200,
        {"actions": [{"action_type": a} for a in ACTIONS], "max_actions_limit": MAX_ACTIONS},
    )
