"""Bynder's own published examples, checked against openapi/bynder.yaml.

`tests/fixtures/bynder-published-examples.json` holds every example of the OpenAPI descriptions
Bynder publishes (see tests/fixtures/README.md). For each example whose operation this spec covers,
the example is validated (JSON Schema 2020-12, with the spec's components resolvable) against the
matching schema: the response or request body, one property inside it, a parameter, or a response
header.

Matching an example to an operation: same method, and the same path once path-parameter names are
normalised (`{id}` and `{assetId}` are the same template). When there is no exact match, the path is
tried again with its trailing slash added or removed: Bynder's published descriptions drop the
trailing slash that the real endpoints take (`/api/v4/collections/{id}` against
`/api/v4/collections/{id}/`). The few operations this spec places at another path than Bynder
publishes (MOVED, each explained in its operation's description) are matched at the spec's path. A
response status that the operation does not list falls back to its `default` response, as in
OpenAPI.

Examples this spec rejects on purpose are listed in REJECTED with the reason. The tests fail when an
unlisted example does not validate, and also when a listed one does (so the list stays honest), or
when a listed entry no longer matches any example.

Run this file directly (`python tests/test_published_examples.py`) to print the counts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "bynder.yaml"
EXAMPLES_PATH = Path(__file__).resolve().parent / "fixtures" / "bynder-published-examples.json"
SPEC_URI = "urn:bynder-openapi"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class Rejection:
    """A published example this spec rejects on purpose.

    `where` is `body:<content type>`, `property:<property path>`, `parameter:<in>:<name>` or
    `header:<name>`. `value` (the example as compact JSON) is only needed when the same place has
    several published examples and only some of them are rejected.
    """

    method: str
    path: str
    kind: str
    status: str | None
    where: str
    reason: str
    value: str | None = None


_REGISTER_ON_FINALISE = (
    "register-chunk field published on Bynder's shared register/finalise URL; this spec registers "
    "parts on POST /api/v4/upload/ (see register_uploaded_chunk), so the finalise operation does "
    "not declare it"
)

_SINGLE_OBJECT = (
    "describes the reply of a list operation as a single object; this spec documents the list as "
    "an array of those objects (see the operation's description), so the example and its fields "
    "do not sit where the published schema puts them"
)

REJECTED: tuple[Rejection, ...] = (
    # The register-chunk half of Bynder's combined POST /api/v4/upload/{id}.
    Rejection(
        "POST",
        "/api/v4/upload/{id}",
        "request",
        None,
        "property:$.chunkNumber",
        _REGISTER_ON_FINALISE,
    ),
    Rejection(
        "POST", "/api/v4/upload/{id}", "request", None, "property:$.filename", _REGISTER_ON_FINALISE
    ),
    Rejection(
        "POST", "/api/v4/upload/{id}", "response", "202", "property:$.status", _REGISTER_ON_FINALISE
    ),
    Rejection(
        "POST",
        "/api/v4/media/{id}/save/additional/{uploadId}/",
        "request",
        None,
        "property:$.targetId",
        "Bynder's reference spells the field targetId; the clients that call this endpoint send "
        "targetid, which is what this spec declares",
    ),
    Rejection(
        "GET",
        "/api/workflow/presets/job/{id}",
        "response",
        "200",
        "body:application/json",
        "the unwrapped preset with a single stage object; this spec follows the official SDK's "
        '{"preset": {...}} wrapper with presetstages as an array (see get_job_preset)',
    ),
    Rejection(
        "DELETE",
        "/api/workflow/jobs/{id}",
        "response",
        "204",
        "body:application/json",
        "a 204 reply has no body (RFC 9110); the published empty object is not part of the contract",
    ),
    Rejection(
        "DELETE",
        "/api/media/options",
        "response",
        "204",
        "property:$.message",
        "a 204 reply has no body (RFC 9110); the published status message is not part of the contract",
    ),
    Rejection(
        "DELETE",
        "/api/media/options",
        "response",
        "204",
        "property:$.statuscode",
        "a 204 reply has no body (RFC 9110); the published status message is not part of the contract",
    ),
    Rejection(
        "POST",
        "/api/upload/init",
        "response",
        "400",
        "body:text/plain",
        "published example contradicts its own schema (an object under a text/plain string "
        "schema); this spec documents error bodies as application/json Error objects",
    ),
    Rejection(
        "GET",
        "/api/v4/media/{id}/{version}/download",
        "parameter",
        None,
        "parameter:path:version",
        "published example contradicts its own schema: the version number given as the string "
        '"3" under type integer',
    ),
    Rejection(
        "GET",
        "/api/1/assets/{asset_id}/public-links",
        "response",
        "404",
        "body:text/plain",
        "text/plain error body; this spec documents every error body as an application/json Error "
        "(the operation's description tells clients to accept the plain text too)",
    ),
    Rejection(
        "DELETE",
        "/api/v4/metaproperties/{id}/options/{optionId}",
        "response",
        "204",
        "body:application/json",
        "a 204 reply has no body (RFC 9110); the published status message is not part of the contract",
    ),
    Rejection(
        "POST",
        "/api/v4/metaproperties/{id}/options/{optionId}/dependencies/group",
        "request",
        None,
        "property:$.data",
        "the decoded list of option ids; on the wire `data` is one form field holding that list "
        "as a JSON string, which is what this spec declares (as its own description says)",
    ),
    Rejection(
        "POST",
        "/api/v4/metaproperties/{id}/options/{optionId}/dependencies/group/{groupId}",
        "request",
        None,
        "property:$.data",
        "the decoded list of option ids; on the wire `data` is one form field holding that list "
        "as a JSON string, which is what this spec declares (as its own description says)",
    ),
    Rejection(
        "POST",
        "/v6/authentication/oauth2/token",
        "request",
        None,
        "property:$.grant_type",
        "published example contradicts its own schema: the list of allowed values given as the "
        "value of the string field",
        value='["authorization_code","refresh_token","client_credentials"]',
    ),
    # Workflow and the newer services.
    *(
        Rejection("GET", "/api/workflow/metaproperties", "response", "200", where, _SINGLE_OBJECT)
        for where in (
            "body:application/json",
            *(
                f"property:$.{name}"
                for name in (
                    "ID",
                    "label",
                    "short_name",
                    "description",
                    "export",
                    "removed_by",
                    "dependency",
                    "position",
                    "default",
                    "dateCreated",
                    "exportName",
                    "type",
                    "required",
                    "dependencyValue",
                    "assetbank_metaproperty",
                    "entity",
                    "created_by.ID",
                    "created_by.fullName",
                    "options[*].ID",
                    "options[*].position",
                    "options[*].default",
                    "options[*].label",
                    "options[*].dateCreated",
                    "options[*].metapropertyID",
                    "options[*].created_by.ID",
                    "options[*].created_by.fullName",
                )
            ),
        )
    ),
    *(
        Rejection("GET", "/api/workflow/groups/", "response", "200", where, _SINGLE_OBJECT)
        for where in (
            f"property:$.{name}"
            for name in (
                "ID",
                "name",
                "accountID",
                "createdByID",
                "dateCreated",
                "users[*].ID",
                "users[*].fullName",
                "users[*].bynderUser.id",
                "users[*].bynderUser.firstName",
                "users[*].bynderUser.lastName",
                "users[*].bynderUser.infix",
                "users[*].bynderUser.email",
            )
        )
    ),
    Rejection(
        "GET",
        "/api/1/automation-workflow/conditions",
        "response",
        "200",
        "body:application/json",
        "from the older copy of the automation-workflow description (camelCase "
        "`maxConditionsCount`, terms as plain strings); this spec follows the newer copy, whose "
        "own example of the same reply validates (see list_automation_rules)",
        value=(
            '{"conditions":[{"name":"AssetType","operators":["CONTAINS","DOES_NOT_CONTAIN"],'
            '"terms":["IMAGE","VIDEO","DOCUMENT","AUDIO","3D"]},{"name":"Metaproperty",'
            '"operators":["CONTAINS","DOES_NOT_CONTAIN"],"terms":["00000000-0000-0000-0000-000000000000",'
            '"00000000-0000-0000-0000-000000000000"]}],"maxConditionsCount":5}'
        ),
    ),
)


@dataclass(frozen=True)
class Example:
    method: str
    path: str
    kind: str
    status: str | None
    where: str
    value: Any
    content_type: str | None
    source: str

    @property
    def value_json(self) -> str:
        return json.dumps(self.value, sort_keys=True, separators=(",", ":"))

    @property
    def label(self) -> str:
        status = f" {self.status}" if self.status else ""
        return (
            f"{self.method} {self.path} {self.kind}{status} {self.where} = {self.value_json[:60]}"
        )


@dataclass(frozen=True)
class Match:
    """Where an example lands in the spec: a list of JSON pointers of candidate schemas."""

    operation_id: str
    how: str  # "exact", "trailing slash" or "moved"
    schemas: tuple[str, ...]
    problem: str | None  # why no schema could be found, if so


# ------------------------------------------------------------------------------------------------
# loading
# ------------------------------------------------------------------------------------------------


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


@cache
def registry() -> Registry[Any]:
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


def _where(record: dict[str, Any]) -> str:
    scope = record["scope"]
    if scope == "body":
        return f"body:{record['content_type']}"
    if scope == "property":
        return f"property:{record['property_path']}"
    if scope == "parameter":
        return f"parameter:{record['parameter']['in']}:{record['parameter']['name']}"
    if scope == "header":
        return f"header:{record['header']}"
    raise ValueError(f"unknown scope {scope!r}")


@cache
def all_examples() -> tuple[Example, ...]:
    """Every published example, de-duplicated (the same example is often published in several files)."""
    records = json.loads(EXAMPLES_PATH.read_text())
    unique: dict[tuple[str, ...], Example] = {}
    for record in records:
        value = record["example_parsed"] if "example_parsed" in record else record["example"]
        example = Example(
            method=record["method"],
            path=record["full_path"],
            kind=record["kind"],
            status=record["status"],
            where=_where(record),
            value=value,
            content_type=record["content_type"],
            source=f"{record['source']['file']}{record['source']['pointer']}",
        )
        key = (
            example.method,
            example.path,
            example.kind,
            str(example.status),
            example.where,
            example.value_json,
        )
        unique.setdefault(key, example)
    return tuple(unique.values())


# ------------------------------------------------------------------------------------------------
# matching an example to a schema of the spec
# ------------------------------------------------------------------------------------------------


def _template(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def _params_of(path: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", path)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _get(pointer: str) -> Any:
    node: Any = spec()
    tokens = pointer.removeprefix("#/").split("/") if pointer not in ("", "#") else []
    for token in tokens:
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _deref(pointer: str) -> str:
    """Follow `$ref`s until the pointer names an object without one."""
    seen = set()
    while isinstance(_get(pointer), dict) and "$ref" in _get(pointer):
        if pointer in seen:
            raise ValueError(f"$ref loop at {pointer}")
        seen.add(pointer)
        ref = _get(pointer)["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are used in the spec, got {ref}")
        pointer = ref
    return pointer


@cache
def operations_by_template() -> dict[tuple[str, str], tuple[str, str]]:
    """(METHOD, normalised template) -> (spec path, method)."""
    index: dict[tuple[str, str], tuple[str, str]] = {}
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                index[(method.upper(), _template(path))] = (path, method)
    return index


# Published paths this spec puts elsewhere, each for a reason its operation's description gives:
# (METHOD, published path) -> the spec's path.
MOVED: dict[tuple[str, str], str] = {
    # A create cannot carry the id it returns (create_webhook_subscription).
    ("POST", "/v7/webhooks/public/api/subscriptions/{id}"): "/v7/webhooks/public/api/subscriptions",
    # Outside the /api/workflow family; the reference's own page address names the spec's path.
    ("POST", "/workflow-jobs/{id}/upload"): "/api/workflow/jobs/{id}/upload",
}


def _find_operation(example: Example) -> tuple[str, str, str] | None:
    index = operations_by_template()
    moved = MOVED.get((example.method, example.path))
    if moved is not None:
        return (*index[(example.method, _template(moved))], "moved")
    template = _template(example.path)
    if (example.method, template) in index:
        return (*index[(example.method, template)], "exact")
    toggled = template[:-1] if template.endswith("/") else template + "/"
    if (example.method, toggled) in index:
        return (*index[(example.method, toggled)], "trailing slash")
    return None


def _alternatives(pointer: str) -> Iterator[str]:
    """The pointer itself, or the branches of its oneOf/anyOf, with references followed."""
    pointer = _deref(pointer)
    node = _get(pointer)
    branches = [key for key in ("oneOf", "anyOf") if key in node]
    if not branches:
        yield pointer
        return
    for key in branches:
        for index in range(len(node[key])):
            yield from _alternatives(f"{pointer}/{key}/{index}")


def _step(pointer: str, token: str) -> list[str]:
    """Schemas reached from `pointer` by one step of a property path (`.name`, `.*` or `[*]`)."""
    reached: list[str] = []
    for alternative in _alternatives(pointer):
        node = _get(alternative)
        if token == "[*]":
            if "items" in node:
                reached.append(f"{alternative}/items")
        elif token == ".*":
            if isinstance(node.get("additionalProperties"), dict):
                reached.append(f"{alternative}/additionalProperties")
        else:
            name = token[1:]
            if name in node.get("properties", {}):
                reached.append(f"{alternative}/properties/{_escape(name)}")
            elif isinstance(node.get("additionalProperties"), dict):
                # A declared extension point, such as the metaproperty.{id} fields of a form.
                reached.append(f"{alternative}/additionalProperties")
    return reached


def _follow(pointer: str, property_path: str) -> list[str]:
    tokens = re.findall(r"\[\*\]|\.\*|\.[^.\[]+", property_path.removeprefix("$"))
    if "$" + "".join(tokens) != property_path:
        raise ValueError(f"cannot parse property path {property_path!r}")
    current = [pointer]
    for token in tokens:
        current = [reached for schema in current for reached in _step(schema, token)]
    return current


def _response_pointer(operation: str, status: str) -> str | None:
    responses = _get(f"{operation}/responses")
    for key in (status, f"{status[0]}XX", "default"):
        if key in responses:
            return _deref(f"{operation}/responses/{key}")
    return None


def _parameter_pointer(path: str, method: str, example: Example) -> str | None:
    _, location, name = example.where.split(":", 2)
    if location == "path":
        published = _params_of(example.path)
        if name in published and len(published) == len(_params_of(path)):
            name = _params_of(path)[published.index(name)]
    for owner in (f"#/paths/{_escape(path)}/{method}", f"#/paths/{_escape(path)}"):
        for index, _parameter in enumerate(_get(owner).get("parameters", [])):
            pointer = _deref(f"{owner}/parameters/{index}")
            declared = _get(pointer)
            if declared["name"] == name and declared["in"] == location:
                return f"{pointer}/schema"
    return None


def locate(example: Example) -> Match | None:
    """Find the schemas an example must satisfy, or None when the spec does not cover its operation."""
    found = _find_operation(example)
    if found is None:
        return None
    path, method, how = found
    operation = f"#/paths/{_escape(path)}/{method}"
    operation_id = _get(operation)["operationId"]

    def problem(text: str) -> Match:
        return Match(operation_id, how, (), text)

    if example.kind == "parameter":
        pointer = _parameter_pointer(path, method, example)
        if pointer is None:
            return problem(f"the operation declares no parameter {example.where}")
        return Match(operation_id, how, (pointer,), None)

    if example.kind == "response":
        assert example.status is not None
        response = _response_pointer(operation, example.status)
        if response is None:
            return problem(f"the operation declares no response {example.status} and no default")
        if example.where.startswith("header:"):
            header_name = example.where.split(":", 1)[1]
            headers = _get(response).get("headers", {})
            if header_name not in headers:
                return problem(f"response {example.status} declares no header {header_name}")
            return Match(
                operation_id, how, (f"{_deref(f'{response}/headers/{header_name}')}/schema",), None
            )
        content_owner = response
    else:
        if "requestBody" not in _get(operation):
            return problem("the operation takes no request body")
        content_owner = _deref(f"{operation}/requestBody")

    content = _get(content_owner).get("content", {})
    if example.content_type not in content:
        declared = ", ".join(content) or "no body"
        return problem(f"content type {example.content_type} is not declared ({declared})")
    body = f"{content_owner}/content/{_escape(example.content_type)}/schema"
    if example.where.startswith("body:"):
        return Match(operation_id, how, (body,), None)
    property_path = example.where.split(":", 1)[1]
    schemas = tuple(_follow(body, property_path))
    if not schemas:
        return problem(f"the schema declares no property at {property_path}")
    return Match(operation_id, how, schemas, None)


def failure(example: Example, match: Match) -> str | None:
    """Why the example does not validate, or None when it does."""
    if match.problem:
        return match.problem
    errors: list[str] = []
    for pointer in match.schemas:
        validator = jsonschema.Draft202012Validator(
            {"$ref": f"{SPEC_URI}{pointer}"}, registry=registry()
        )
        found = sorted(
            validator.iter_errors(example.value), key=lambda error: list(error.absolute_path)
        )
        if not found:
            return None
        errors.extend(f"{list(error.absolute_path)}: {error.message}" for error in found[:3])
    return "; ".join(errors)


def rejection_for(example: Example) -> Rejection | None:
    for rejection in REJECTED:
        if (
            rejection.method == example.method
            and rejection.path == example.path
            and rejection.kind == example.kind
            and rejection.status == example.status
            and rejection.where == example.where
            and (rejection.value is None or rejection.value == example.value_json)
        ):
            return rejection
    return None


@cache
def covered() -> tuple[tuple[Example, Match], ...]:
    pairs = []
    for example in all_examples():
        match = locate(example)
        if match is not None:
            pairs.append((example, match))
    return tuple(pairs)


# ------------------------------------------------------------------------------------------------
# tests
# ------------------------------------------------------------------------------------------------


def test_fixture_is_the_published_file() -> None:
    records = json.loads(EXAMPLES_PATH.read_text())
    assert len(records) == 1397
    assert {record["source"]["commit"] for record in records} == {
        "35327cf9fbc65aade6df4dbf5bdd9c11a48e6491"
    }
    assert {record["source"]["repo"] for record in records} == {"api-evangelist/bynder"}


def test_examples_cover_most_operations_of_the_spec() -> None:
    operations = {match.operation_id for _, match in covered()}
    declared = {
        operation["operationId"]
        for item in spec()["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    }
    assert operations <= declared
    # Bynder publishes examples for most of the connector's operations; losing most of them would
    # mean the matching broke, not that the examples disappeared.
    assert len(operations) >= len(declared) // 2


@pytest.mark.parametrize(
    "example", [pair[0] for pair in covered()], ids=lambda example: example.label
)
def test_published_example(example: Example) -> None:
    match = locate(example)
    assert match is not None
    why = failure(example, match)
    rejection = rejection_for(example)
    if rejection is None:
        assert why is None, f"{example.label} ({example.source}) does not validate: {why}"
    else:
        assert why is not None, (
            f"{example.label} is listed as rejected ({rejection.reason}) but now validates: "
            "remove it from REJECTED"
        )


@pytest.mark.parametrize(
    "rejection",
    REJECTED,
    ids=lambda rejection: f"{rejection.method} {rejection.path} {rejection.where}",
)
def test_every_rejection_matches_a_covered_example(rejection: Rejection) -> None:
    assert rejection.reason.strip()
    matched = [example for example, _ in covered() if rejection_for(example) == rejection]
    assert matched, "this rejection matches no published example of a covered operation: remove it"


def summary() -> dict[str, int]:
    validated = rejected = 0
    for example, match in covered():
        if failure(example, match) is None:
            validated += 1
        else:
            rejected += 1
    return {
        "published examples (unique)": len(all_examples()),
        "covered by the spec": len(covered()),
        "validated": validated,
        "rejected on purpose": rejected,
        "not covered": len(all_examples()) - len(covered()),
        "matched only after adding or removing the trailing slash": sum(
            1 for _, match in covered() if match.how == "trailing slash"
        ),
    }


if __name__ == "__main__":
    for name, count in summary().items():
        print(f"{name}: {count}")
