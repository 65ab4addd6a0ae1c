"""The `required` lists of the response schemas in openapi/bynder.yaml, and their evidence.

A response field is required only where Bynder always sends it; the generated model then types it
without `Unset` (`Brand.id` is `str`) and its `from_dict` refuses a reply that lacks it. So a wrong
`required` breaks every user on a real portal, and each one needs evidence. The rule:

* every required field of a response schema is named in the schema's description, in a paragraph
  "Always present (required): `a`, `b`. Evidence: ..." that gives the evidence, of one of the
  kinds in EVIDENCE_KINDS: in every published example of the operations that return the schema,
  marked required by Bynder's own published schema, read unconditionally by an official SDK's
  code or samples, the keys that make a documented reply shape (bynder-api.md), or RFC 6749;
* no published example of Bynder's (tests/fixtures/bynder-published-examples.json) lacks a required
  field where it holds the object: the examples are walked against the spec with every `required`
  list removed, and the examples test_published_examples.REJECTED sets aside are walked too (only a
  whole body rejected as another shape is left out), so listing a counter-example there does not
  hide a wrongly required field;
* a paragraph that claims "every published example of" names every operation whose published
  examples hold the schema, and there is at least one;
* a schema that a request body uses carries no such paragraph: a request and a reply of the same
  schema cannot share a list of fields Bynder sends;
* nullable fields stay nullable (required means present, possibly null).
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from typing import Any

import attrs
import bynder_client.models
import jsonschema
import pytest
from openapi_python_client.strings import PythonIdentifier
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.test_published_examples import (
    SPEC_URI,
    Example,
    all_examples,
    locate,
    rejection_for,
    spec,
)

PARAGRAPH = re.compile(
    r"Always present \(required\): (?P<fields>.*?)\. Evidence: (?P<why>.*)", re.S
)

# What the evidence of a required field may be: the phrase that names it in the paragraph.
EVIDENCE_KINDS = (
    "every published example of",
    "published examples of",
    "Bynder's published schema",
    "official",  # the official SDKs (Python, PHP, Java, C#, JS): their code or samples
    "bynder-api.md",
    "RFC 6749",
)

# The ids and names the typed layer promises (`brand.id` is a `str`), per model.
PROMISED: dict[str, tuple[str, ...]] = {
    "Asset": ("id", "name"),
    "Brand": ("id", "name"),
    "Collection": ("name",),
    "CollectionOwner": ("id", "name"),
    "Campaign": ("ID",),
    "CampaignId": ("id",),
    "Job": ("id", "name", "campaignID", "accountableID", "presetID"),
    "JobStage": ("id",),
    "Metaproperty": ("id", "name", "label"),
    "MetapropertyOption": ("id", "name", "label"),
    "SecurityProfile": ("id", "name"),
    "Smartfilter": ("id",),
    "Tag": ("id", "tag"),
    "WorkflowUser": ("ID",),
    "WorkflowGroup": ("ID",),
    "WorkflowMetaproperty": ("ID", "label"),
    "UploadInit": ("s3file", "s3_filename", "multipart_params"),
    "S3File": ("uploadid", "targetid"),
    "FinaliseResponse": ("importId",),
    "PollStatus": ("itemsDone", "itemsFailed"),
    "SaveMediaResponse": ("mediaid", "success"),
    "DownloadLocation": ("s3_file",),
}

# Left optional on purpose: a published example lacks them, or nothing shows Bynder always sends
# them. Pinned so that making one required is a decision, taken with its evidence.
NOT_REQUIRED: dict[str, tuple[str, ...]] = {
    "Collection": ("id",),  # Bynder's published example of get_collection has no id
    "AutomationConditionInfo": ("weight",),  # published schema says required, examples lack it
    "User": ("id", "name"),  # no published example, no official SDK reads them
    "MediaItem": ("id",),
    "Order": ("id",),
    "Campaign": ("name",),
    "SaveAdditionalResponse": ("mediaid",),  # its reply shape is disputed (bynder-api.md A15)
}


def schemas() -> dict[str, Any]:
    found: dict[str, Any] = spec()["components"]["schemas"]
    return found


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _closure(names: set[str]) -> set[str]:
    """The schemas `names` use, directly or not, themselves included."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_refs(schemas()[name]))
    return seen


@cache
def request_schemas() -> frozenset[str]:
    used = {
        name
        for item in spec()["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "requestBody" in operation
        for name in _refs(operation["requestBody"])
    }
    return frozenset(_closure(used))


@cache
def response_schemas() -> frozenset[str]:
    used = {
        name
        for item in spec()["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for name in _refs(operation.get("responses", {}))
    }
    used |= set(_refs(spec()["components"].get("responses", {})))
    return frozenset(_closure(used))


def reply_only() -> list[str]:
    return sorted(response_schemas() - request_schemas())


def paragraph(name: str) -> re.Match[str] | None:
    return PARAGRAPH.search(" ".join(schemas()[name].get("description", "").split()))


# ------------------------------------------------------------------------------------------------
# the published examples, walked against the spec without any `required`
# ------------------------------------------------------------------------------------------------


@cache
def _unrequired_registry() -> Registry[Any]:
    loose = copy.deepcopy(spec())

    def strip(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("required"), list):
                del node["required"]
            for value in node.values():
                strip(value)
        elif isinstance(node, list):
            for value in node:
                strip(value)

    strip(loose)
    resource = Resource.from_contents(loose, default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


def _fits(pointer: str, value: Any) -> bool:
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"{SPEC_URI}{pointer}"}, registry=_unrequired_registry()
    )
    return validator.is_valid(value)


def _node(pointer: str) -> Any:
    node: Any = spec()
    for token in pointer.removeprefix("#/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _walk(pointer: str, value: Any, found: list[tuple[str, frozenset[str]]]) -> None:
    """Record (schema name, keys) for every object of a named schema inside `value`."""
    node = _node(pointer)
    while "$ref" in node:
        pointer = node["$ref"]
        node = _node(pointer)
    named = re.fullmatch(r"#/components/schemas/([^/]+)", pointer)
    for key in ("oneOf", "anyOf"):
        for index in range(len(node.get(key, []))):
            branch = f"{pointer}/{key}/{index}"
            if _fits(branch, value):
                _walk(branch, value, found)
    for index in range(len(node.get("allOf", []))):
        _walk(f"{pointer}/allOf/{index}", value, found)
    if isinstance(value, dict):
        properties = node.get("properties", {})
        if named and properties:
            found.append((named.group(1), frozenset(value)))
        for key, item in value.items():
            if key in properties:
                _walk(
                    f"{pointer}/properties/{key.replace('~', '~0').replace('/', '~1')}", item, found
                )
            elif isinstance(node.get("additionalProperties"), dict):
                _walk(f"{pointer}/additionalProperties", item, found)
    elif isinstance(value, list) and "items" in node:
        for item in value:
            _walk(f"{pointer}/items", item, found)


def _set_aside(example: Example) -> bool:
    """A whole reply body that REJECTED sets aside as another shape than the spec's."""
    rejection = rejection_for(example)
    return rejection is not None and rejection.where.startswith("body:")


@cache
def published_objects() -> dict[str, list[tuple[frozenset[str], str]]]:
    """Schema name -> (keys, operation id) of every object of it in a published reply example."""
    objects: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
    for example in all_examples():
        if example.kind != "response" or _set_aside(example):
            continue
        match = locate(example)
        if match is None or match.problem:
            continue
        for pointer in match.schemas:
            if _fits(pointer, example.value):
                found: list[tuple[str, frozenset[str]]] = []
                _walk(pointer, example.value, found)
                for name, keys in found:
                    objects[name].append((keys, match.operation_id))
    return dict(objects)


# ------------------------------------------------------------------------------------------------
# tests
# ------------------------------------------------------------------------------------------------


def test_published_examples_reach_the_schemas() -> None:
    # The walk finds the objects (losing them would make the checks below vacuous).
    objects = published_objects()
    assert {"Job", "Metaproperty", "MetapropertyOption", "Collection", "PollStatus"} <= set(objects)
    assert len(objects["JobStage"]) >= 20


@pytest.mark.parametrize("name", sorted(response_schemas()))
def test_required_fields_are_in_every_published_example(name: str) -> None:
    required = set(schemas()[name].get("required", []))
    for keys, operation_id in published_objects().get(name, []):
        missing = required - keys
        assert not missing, (
            f"a published example of {operation_id} has a {name} without {sorted(missing)}: "
            "Bynder does not always send it, so it cannot be required"
        )


@pytest.mark.parametrize("name", reply_only())
def test_required_fields_state_their_evidence(name: str) -> None:
    required = schemas()[name].get("required", [])
    found = paragraph(name)
    if not required:
        assert found is None, f"{name} explains required fields it does not have"
        return
    assert found is not None, f"{name} requires {required} without saying why (Always present...)"
    assert re.findall(r"`([^`]+)`", found["fields"]) == required
    why = found["why"]
    assert any(kind in why for kind in EVIDENCE_KINDS), f"{name}: unknown evidence {why!r}"


@pytest.mark.parametrize("name", [n for n in reply_only() if paragraph(n)])
def test_claims_of_every_published_example_name_every_operation(name: str) -> None:
    found = paragraph(name)
    assert found is not None
    why = found["why"]
    if "every published example of" not in why:
        return
    named = set(re.findall(r"`([a-z0-9_]+)`", why))
    holders = {operation_id for _, operation_id in published_objects().get(name, [])}
    assert holders, f"{name} claims published examples, but none holds it"
    assert holders <= named, f"{name}: published examples of {sorted(holders - named)} not named"


@pytest.mark.parametrize("name", sorted(request_schemas()))
def test_request_schemas_carry_no_reply_evidence(name: str) -> None:
    assert paragraph(name) is None, f"{name} is a request body: its fields are what clients send"


@pytest.mark.parametrize(
    ("name", "field"), [(name, field) for name, fields in PROMISED.items() for field in fields]
)
def test_promised_fields_are_required_and_typed_without_unset(name: str, field: str) -> None:
    schema = schemas()[name]
    assert name in response_schemas()
    assert name not in request_schemas()
    assert field in schema.get("required", [])
    model = getattr(bynder_client.models, name)
    attribute = attrs.fields_dict(model)[PythonIdentifier(field, prefix="field_")]
    assert attribute.default is attrs.NOTHING
    assert "Unset" not in str(attribute.type)
    nullable = "null" in schema["properties"][field].get("type", [])
    assert ("None" in str(attribute.type)) == nullable


@pytest.mark.parametrize(
    ("name", "field"), [(name, field) for name, fields in NOT_REQUIRED.items() for field in fields]
)
def test_fields_without_evidence_stay_optional(name: str, field: str) -> None:
    assert field in schemas()[name]["properties"]
    assert field not in schemas()[name].get("required", [])


def test_brand_id_is_a_str() -> None:
    brand = bynder_client.models.Brand.from_dict({"id": "B1", "name": None})
    assert (brand.id, brand.name) == ("B1", None)
    assert bynder_client.models.Brand.__annotations__["id"] == "str"
    with pytest.raises(KeyError):
        bynder_client.models.Brand.from_dict({"name": "Example"})


def test_a_missing_required_field_raises_in_closed_models_too() -> None:
    """A model without additional properties reads its required fields the same strict way."""
    form = bynder_client.models.UploadChunkForm
    fields = {
        "key": "k",
        "acl": "private",
        "success_action_status": "201",
        "Content-Type": "image/jpeg",
        "Policy": "p",
        "X-Amz-Signature": "s",
        "x-amz-credential": "c",
        "x-amz-algorithm": "AWS4-HMAC-SHA256",
        "x-amz-date": "20260101T000000Z",
        "Filename": "a.jpg",
        "name": "a.jpg",
        "chunk": 1,
        "chunks": 1,
        "file": b"x",
    }
    required = schemas()["UploadChunkForm"]["required"]
    complete = {name: fields[name] for name in required}
    assert form.from_dict(complete).filename == "a.jpg"
    with pytest.raises(KeyError):
        form.from_dict({name: value for name, value in complete.items() if name != "Filename"})
