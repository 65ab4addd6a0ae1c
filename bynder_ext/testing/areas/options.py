"""Metaproperty options (list, by id, create, change, delete) and option dependencies.

An option may depend on other options: on each of its ungrouped dependencies, and on at least one
option of each dependency group. Deleting an option deletes its children, takes it off every
asset and out of every other option's dependencies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..router import route
from ..state import Metaproperty, Option, split_csv
from .common import (
    form_json,
    form_json_ids,
    json_flag,
    json_int,
    json_str,
    json_text_map,
    page_of,
    query_bool,
    query_int,
)
from .metaproperties import metaproperty_or_404, render_option

if TYPE_CHECKING:
    from ..core import FakeBynder

SCOPE_READ = ("meta.assetbank:read",)
SCOPE_WRITE = ("meta.assetbank:write",)
BASE = "/api/v4/metaproperties/{id}/options/{optionId}"


def all_options(fake: FakeBynder) -> dict[str, tuple[Metaproperty, Option]]:
    return {opt.id: (mp, opt) for mp in fake.metaproperties.values() for opt in mp.options}


def option_or_404(fake: FakeBynder, req: FakeRequest) -> tuple[Metaproperty, Option]:
    mp = metaproperty_or_404(fake, req.path_params["id"])
    for opt in mp.options:
        if opt.id == req.path_params["optionId"]:
            return mp, opt
    raise HTTPError(404, "Meta property option not found")


def dependency_or_404(fake: FakeBynder, option: Option, dependency_id: str) -> Option:
    found = all_options(fake).get(dependency_id)
    if found is None:
        raise HTTPError(404, "Unknown dependency option")
    if dependency_id == option.id:
        raise HTTPError(400, "An option cannot depend on itself")
    return found[1]


def forget_options(fake: FakeBynder, option_ids: set[str]) -> None:
    """Options that are gone leave every asset and every other option's dependencies."""
    if not option_ids:
        return
    for asset in fake.assets.values():
        for mp_id in list(asset.options):
            kept = [o for o in asset.options[mp_id] if o not in option_ids]
            if kept:
                asset.options[mp_id] = kept
            else:
                del asset.options[mp_id]
    for _, opt in all_options(fake).values():
        opt.dependencies = [d for d in opt.dependencies if d not in option_ids]
        for group_id in list(opt.dependency_groups):
            kept = [d for d in opt.dependency_groups[group_id] if d not in option_ids]
            if kept:
                opt.dependency_groups[group_id] = kept
            else:
                del opt.dependency_groups[group_id]


def _descendants(mp: Metaproperty, option_id: str) -> set[str]:
    found = {option_id}
    grew = True
    while grew:
        children = {o.id for o in mp.options if o.parent_id in found} - found
        found |= children
        grew = bool(children)
    return found


# -- options -----------------------------------------------------------------------------------


@route(
    "GET", "/api/v4/metaproperties/options/", "list_metaproperty_options_by_ids", scopes=SCOPE_READ
)
def list_options_by_ids(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    ids = split_csv(req.query_value("ids"))
    if not ids:
        raise HTTPError(400, "No data sent")
    index = all_options(fake)
    return json_response(200, [render_option(index[i][1], None) for i in ids if i in index])


@route(
    "GET", "/api/v4/metaproperties/{id}/options/", "list_metaproperty_options", scopes=SCOPE_READ
)
def list_options(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp = metaproperty_or_404(fake, req.path_params["id"])
    page = query_int(req, "page", 1, minimum=1)
    limit = query_int(req, "limit", 50, minimum=1, maximum=1000)
    name = (req.query_value("name") or "").strip().lower()
    reference = req.query_value("externalReference")
    options = sorted(mp.options, key=lambda o: (o.zindex, o.name.lower()))
    if name:
        options = [o for o in options if name in o.name.lower()]
    if reference:
        options = [o for o in options if o.external_reference == reference]
    return json_response(200, [render_option(o, None) for o in page_of(options, page, limit)])


def _option_fields(data: dict[str, Any], mp: Metaproperty) -> dict[str, Any]:
    """The changes a definition asks for, validated (a 400 leaves the option untouched)."""
    fields: dict[str, Any] = {}
    for key, attr in (("label", "label"), ("description", "description")):
        value = json_str(data, key)
        if value is not None:
            fields[attr] = value
    reference = json_str(data, "externalReference")
    if reference is not None:
        fields["external_reference"] = reference
    for key, attr in (("labels", "labels"), ("descriptions", "descriptions")):
        mapping = json_text_map(data, key)
        if mapping is not None:
            fields[attr] = mapping
    zindex = json_int(data, "zindex")
    if zindex is not None:
        fields["zindex"] = zindex
    for key, attr in (("isSelectable", "is_selectable"), ("hideByDefault", "hide_by_default")):
        flag = json_flag(data, key)
        if flag is not None:
            fields[attr] = flag
    if "parentId" in data:
        parent = data["parentId"]
        if parent is not None and not isinstance(parent, str):
            raise HTTPError(400, "Field parentId must be a string")
        if parent and mp.option(parent) is None:
            raise HTTPError(400, "Unknown parent option")
        fields["parent_id"] = parent or None
    return fields


def _new_option(
    fake: FakeBynder,
    mp: Metaproperty,
    data: dict[str, Any],
    parent_id: str | None,
    zindex: list[int],
) -> list[Option]:
    """Validate one definition (with its `options` children); nothing is stored yet."""
    name = json_str(data, "name")
    if not name or not name.strip():
        raise HTTPError(400, "Meta property option name is required")
    fields = _option_fields(data, mp)
    if parent_id is not None:
        fields.pop("parent_id", None)  # a child's parent is the option it is nested in
    option = Option(
        id=fake.ids.v4(),
        name=name.strip(),
        label=fields.pop("label", name.strip()),
        zindex=zindex[0],
        date=fake.clock(),
    )
    option.parent_id = parent_id
    for attr, value in fields.items():
        setattr(option, attr, value)
    zindex[0] += 1
    created = [option]
    children = data.get("options") or []
    if not isinstance(children, list) or not all(isinstance(c, dict) for c in children):
        raise HTTPError(400, "Field options must be a list of option objects")
    for child in children:
        created.extend(_new_option(fake, mp, child, option.id, zindex))
    return created


@route(
    "POST", "/api/v4/metaproperties/{id}/options/", "create_metaproperty_option", scopes=SCOPE_WRITE
)
def create_option(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp = metaproperty_or_404(fake, req.path_params["id"])
    data = form_json(req)
    if not isinstance(data, dict):
        raise HTTPError(400, "Invalid JSON")
    created = _new_option(
        fake, mp, data, None, [max((o.zindex for o in mp.options), default=0) + 1]
    )
    names = [o.name.lower() for o in created]
    for opt in created:
        existing = next((o for o in mp.options if o.name.lower() == opt.name.lower()), None)
        if existing is not None or names.count(opt.name.lower()) > 1:
            body = {
                "message": "Meta property option with this name already exists",
                "existingUUID": existing.id if existing else opt.id,
                "statuscode": 400,
            }
            return json_response(400, body)
    mp.options.extend(created)
    return json_response(201, {"message": "Created", "statuscode": 201, "id": created[0].id})


@route("POST", f"{BASE}/", "update_metaproperty_option", scopes=SCOPE_WRITE)
def update_option(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp, option = option_or_404(fake, req)
    data = form_json(req)
    if not isinstance(data, dict):
        raise HTTPError(400, "Invalid JSON")
    name = json_str(data, "name")
    if name is not None and name != option.name:
        raise HTTPError(400, "Editing meta property option name not allowed")
    fields = _option_fields(data, mp)
    parent = fields.get("parent_id")
    if parent is not None and parent in _descendants(mp, option.id):
        raise HTTPError(400, "An option cannot be its own ancestor")
    for attr, value in fields.items():
        setattr(option, attr, value)
    return json_response(201, {"message": "Created", "statuscode": 201})


@route("DELETE", f"{BASE}/", "delete_metaproperty_option", scopes=SCOPE_WRITE)
def delete_option(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp, option = option_or_404(fake, req)
    doomed = _descendants(mp, option.id)
    mp.options = [o for o in mp.options if o.id not in doomed]
    forget_options(fake, doomed)
    return empty_response(204)


# -- dependencies ------------------------------------------------------------------------------


def dependency_map(option: Option, *, always_ungrouped: bool) -> dict[str, list[str]]:
    out = {group_id: list(ids) for group_id, ids in option.dependency_groups.items()}
    if option.dependencies or always_ungrouped:
        out["ungrouped"] = list(option.dependencies)
    return out


def metaproperty_dependencies(mp: Metaproperty) -> dict[str, dict[str, list[str]]]:
    return {
        opt.id: dependency_map(opt, always_ungrouped=False)
        for opt in mp.options
        if opt.dependencies or opt.dependency_groups
    }


@route(
    "GET",
    "/api/v4/metaproperties/options/dependencies/",
    "list_global_option_dependencies",
    scopes=SCOPE_READ,
)
def list_global_dependencies(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    out = {}
    for mp in fake.metaproperties.values():
        found = metaproperty_dependencies(mp)
        if found:
            out[mp.id] = found
    return json_response(200, out)


@route(
    "GET",
    "/api/v4/metaproperties/{id}/options/dependencies/",
    "list_metaproperty_option_dependencies",
    scopes=SCOPE_READ,
)
def list_metaproperty_dependencies(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp = metaproperty_or_404(fake, req.path_params["id"])
    return json_response(200, metaproperty_dependencies(mp))


@route(
    "GET",
    "/api/v4/metaproperties/{id}/dependencies/",
    "get_metaproperty_dependencies",
    scopes=SCOPE_READ,
)
def get_metaproperty_dependencies(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    """The options this metaproperty's options depend on, each once, in their options' order."""
    mp = metaproperty_or_404(fake, req.path_params["id"])
    found: dict[str, None] = {}
    for opt in mp.options:
        for dependency in opt.dependencies:
            found.setdefault(dependency)
        for members in opt.dependency_groups.values():
            for dependency in members:
                found.setdefault(dependency)
    return json_response(200, list(found))


@route("GET", f"{BASE}/dependencies/", "get_option_dependencies", scopes=SCOPE_READ)
def get_option_dependencies(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    _, option = option_or_404(fake, req)
    if query_bool(req, "includeGroupedResults"):
        return json_response(200, dependency_map(option, always_ungrouped=True))
    return json_response(200, list(option.dependencies))


@route(
    "POST", f"{BASE}/dependencies/{{dependencyId}}/", "add_option_dependency", scopes=SCOPE_WRITE
)
def add_dependency(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    _, option = option_or_404(fake, req)
    dependency = dependency_or_404(fake, option, req.path_params["dependencyId"])
    if dependency.id not in option.dependencies:
        option.dependencies.append(dependency.id)
    return json_response(201, {"message": "Created", "statuscode": 201})


@route(
    "DELETE",
    f"{BASE}/dependencies/{{dependencyId}}/",
    "delete_option_dependency",
    scopes=SCOPE_WRITE,
)
def delete_dependency(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    _, option = option_or_404(fake, req)
    dependency_id = req.path_params["dependencyId"]
    if dependency_id not in option.dependencies:
        raise HTTPError(404, "Unknown dependency option")
    option.dependencies.remove(dependency_id)
    return empty_response(204)


def _check_repeated(req: FakeRequest, names: tuple[str, ...]) -> None:
    """Form fields that repeat path ids must agree with the path."""
    for name in names:
        value = req.form_value(name)
        if value and value != req.path_params[name]:
            raise HTTPError(400, f"The {name} field does not match the path")


def _group_members(fake: FakeBynder, req: FakeRequest, option: Option) -> list[str]:
    members = form_json_ids(req)
    if not members:
        raise HTTPError(400, "Data cannot be empty")
    for member in members:
        dependency_or_404(fake, option, member)
    return members


def _group_or_404(option: Option, group_id: str) -> list[str]:
    members = option.dependency_groups.get(group_id)
    if members is None:
        raise HTTPError(404, "Unknown group")
    return members


@route("POST", f"{BASE}/dependencies/group/", "create_option_dependency_group", scopes=SCOPE_WRITE)
def create_dependency_group(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    _, option = option_or_404(fake, req)
    _check_repeated(req, ("id", "optionId"))
    members = _group_members(fake, req, option)
    group_id = fake.ids.v4()
    option.dependency_groups[group_id] = members
    return json_response(201, {"message": "Created", "statuscode": 201, "id": group_id})


@route(
    "POST",
    f"{BASE}/dependencies/group/{{groupId}}/",
    "update_option_dependency_group",
    scopes=SCOPE_WRITE,
)
def update_dependency_group(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    _, option = option_or_404(fake, req)
    _check_repeated(req, ("id", "optionId", "groupId"))
    _group_or_404(option, req.path_params["groupId"])
    option.dependency_groups[req.path_params["groupId"]] = _group_members(fake, req, option)
    return json_response(201, {"message": "Created", "statuscode": 201})


@route(
    "POST",
    f"{BASE}/dependencies/group/{{groupId}}/{{dependencyId}}/",
    "add_option_to_dependency_group",
    scopes=SCOPE_WRITE,
)
def add_to_dependency_group(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    _, option = option_or_404(fake, req)
    _check_repeated(req, ("id", "optionId", "groupId", "dependencyId"))
    members = _group_or_404(option, req.path_params["groupId"])
    dependency = dependency_or_404(fake, option, req.path_params["dependencyId"])
    if dependency.id not in members:
        members.append(dependency.id)
    return json_response(201, {"message": "Created", "statuscode": 201})


@route(
    "DELETE",
    f"{BASE}/dependencies/group/{{groupId}}/{{dependencyId}}/",
    "remove_option_from_dependency_group",
    scopes=SCOPE_WRITE,
)
def remove_from_dependency_group(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    _, option = option_or_404(fake, req)
    group_id = req.path_params["groupId"]
    members = _group_or_404(option, group_id)
    dependency_id = req.path_params["dependencyId"]
    if dependency_id not in members:
        raise HTTPError(404, "Unknown dependency option")
    members.remove(dependency_id)
    if not members:
        del option.dependency_groups[group_id]
    return empty_response(204)
