"""Metaproperties: the list (an object keyed by metaproperty name, with options and counts), and
creating, reading, changing and deleting one. Definitions arrive JSON-encoded in the `data` form
field. Options and their dependencies live in `options.py`.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..router import route
from ..state import Metaproperty, Option, cf_date, split_csv
from .common import form_json, json_flag, json_int, json_str, json_text_map, query_bool
from .library import forget_metaproperty

if TYPE_CHECKING:
    from ..core import FakeBynder

TYPES = ("select", "select2", "autocomplete", "text", "longtext", "date", "sidebar", "button")
# JSON field of a metaproperty definition -> attribute of `Metaproperty`.
FLAGS = {
    "isMultiselect": "is_multiselect",
    "isMultifilter": "is_multifilter",
    "isRequired": "is_required",
    "isMainfilter": "is_main_filter",
    "isFilterable": "is_filterable",
    "isApiField": "is_api_field",
    "isDisplayField": "is_display_field",
    "isDrilldown": "is_drilldown",
    "isEditable": "is_editable",
    "showInListView": "show_in_list_view",
    "showInGridView": "show_in_grid_view",
    "showInDuplicateView": "show_in_duplicate_view",
    "useDependencies": "use_dependencies",
}


def _flag(value: bool) -> int:
    return 1 if value else 0


def linked_option_ids(option: Option) -> list[str]:
    """Every option this option depends on, ungrouped first, then by group."""
    linked = list(option.dependencies)
    for members in option.dependency_groups.values():
        linked.extend(m for m in members if m not in linked)
    return linked


def render_option(
    option: Option, media_count: int | None, children: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": option.id,
        "name": option.name,
        "label": option.label,
        "displayLabel": option.label,
        "labels": dict(option.labels) or {"en_US": option.label},
        "description": option.description,
        "descriptions": dict(option.descriptions),
        "zindex": option.zindex,
        "isSelectable": option.is_selectable,
        "active": _flag(option.active),
        "hideByDefault": option.hide_by_default,
        "date": cf_date(option.date),
        "linkedOptionIds": linked_option_ids(option),
    }
    if option.external_reference:
        out["externalReference"] = option.external_reference
    if option.parent_id:
        out["parentId"] = option.parent_id
    if media_count is not None:
        out["mediaCount"] = media_count
    if children:
        out["options"] = children
    return out


def _option_tree(mp: Metaproperty, counts: Counter[str] | None) -> list[dict[str, Any]]:
    """The options as Bynder nests them: top-level options, each with its children."""
    ids = {opt.id for opt in mp.options}
    by_parent: dict[str | None, list[Option]] = {}
    for opt in mp.options:
        parent = opt.parent_id if opt.parent_id in ids else None
        by_parent.setdefault(parent, []).append(opt)

    def level(parent: str | None) -> list[dict[str, Any]]:
        return [
            render_option(opt, counts[opt.id] if counts is not None else None, level(opt.id))
            for opt in by_parent.get(parent, [])
        ]

    return level(None)


def render_metaproperty(
    mp: Metaproperty, *, options: bool, counts: Counter[str] | None
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": mp.id,
        "name": mp.name,
        "label": mp.label,
        "labels": dict(mp.labels) or {"en_US": mp.label},
        "type": mp.type,
        "zindex": mp.zindex,
    }
    for key, attr in FLAGS.items():
        out[key] = _flag(getattr(mp, attr))
    out["options"] = _option_tree(mp, counts) if options else []
    return out


def option_counts(fake: FakeBynder, types: set[str]) -> Counter[str]:
    """Assets per option id, over the assets of the given types (all when empty)."""
    return Counter(
        option_id
        for asset in fake.assets.values()
        if not types or asset.type in types
        for option_ids in asset.options.values()
        for option_id in option_ids
    )


def metaproperty_or_404(fake: FakeBynder, metaproperty_id: str) -> Metaproperty:
    mp = fake.metaproperties.get(metaproperty_id)
    if mp is None:
        raise HTTPError(404, "Metaproperty not found")
    return mp


@route("GET", "/api/v4/metaproperties/", "list_metaproperties", scopes=("meta.assetbank:read",))
def list_metaproperties(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    with_options = query_bool(req, "options", True)
    with_counts = query_bool(req, "count")
    wanted_ids = set(split_csv(req.query_value("ids")))
    types = set(split_csv(req.query_value("type")))
    counts = option_counts(fake, types) if with_counts else None
    out: dict[str, Any] = {}
    for mp in sorted(fake.metaproperties.values(), key=lambda m: (m.zindex, m.name)):
        if wanted_ids and mp.id not in wanted_ids:
            continue
        out[mp.name] = render_metaproperty(mp, options=with_options, counts=counts)
    return json_response(200, out)


@route("GET", "/api/v4/metaproperties/{id}/", "get_metaproperty", scopes=("meta.assetbank:read",))
def get_metaproperty(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp = metaproperty_or_404(fake, req.path_params["id"])
    counts = None
    if query_bool(req, "count"):
        counts = option_counts(fake, set(split_csv(req.query_value("type"))))
    return json_response(
        200, render_metaproperty(mp, options=query_bool(req, "options", True), counts=counts)
    )


def _definition(req: FakeRequest) -> dict[str, Any]:
    data = form_json(req)
    if not isinstance(data, dict):
        raise HTTPError(400, "Invalid JSON: data must be an object")
    return data


def _apply(mp: Metaproperty, data: dict[str, Any]) -> None:
    """Apply the fields of a definition (validated first, so a 400 changes nothing)."""
    label = json_str(data, "label")
    labels = json_text_map(data, "labels")
    zindex = json_int(data, "zindex")
    flags = {attr: json_flag(data, key) for key, attr in FLAGS.items()}
    if label is not None:
        mp.label = label
    if labels is not None:
        mp.labels = labels
    if zindex is not None:
        mp.zindex = zindex
    for attr, value in flags.items():
        if value is not None:
            setattr(mp, attr, value)


@route("POST", "/api/v4/metaproperties/", "create_metaproperty", scopes=("meta.assetbank:write",))
def create_metaproperty(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    data = _definition(req)
    name = (json_str(data, "name") or "").strip()
    if not name:
        raise HTTPError(400, "Metaproperty name is required")
    kind = json_str(data, "type")
    if kind not in TYPES:
        raise HTTPError(400, "Invalid metaproperty type")
    if any(m.name.lower() == name.lower() for m in fake.metaproperties.values()):
        raise HTTPError(400, "Metaproperty with this name already exists")
    zindex = max((m.zindex for m in fake.metaproperties.values()), default=0) + 1
    mp = Metaproperty(id=fake.ids.v4(), name=name, label=name, type=kind, zindex=zindex)
    _apply(mp, data)
    fake.metaproperties[mp.id] = mp
    return json_response(201, {"message": "Created", "statuscode": 201, "id": mp.id})


@route(
    "POST", "/api/v4/metaproperties/{id}/", "update_metaproperty", scopes=("meta.assetbank:write",)
)
def update_metaproperty(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp = metaproperty_or_404(fake, req.path_params["id"])
    repeated = req.form_value("id")
    if repeated and repeated != mp.id:
        raise HTTPError(400, "The id field does not match the path")
    data = _definition(req)
    name = json_str(data, "name")
    if name is not None and name != mp.name:
        raise HTTPError(400, "Editing metaproperty name not allowed")
    kind = json_str(data, "type")
    if kind is not None and kind not in TYPES:
        raise HTTPError(400, "Invalid metaproperty type")
    _apply(mp, data)
    if kind is not None:
        mp.type = kind
    return json_response(201, {"message": "Created", "statuscode": 201})


@route(
    "DELETE",
    "/api/v4/metaproperties/{id}/",
    "delete_metaproperty",
    scopes=("meta.assetbank:write",),
)
def delete_metaproperty(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    from .options import forget_options

    mp = metaproperty_or_404(fake, req.path_params["id"])
    forget_options(fake, {opt.id for opt in mp.options})
    for asset in fake.assets.values():
        asset.options.pop(mp.id, None)
        asset.text_values.pop(mp.id, None)
    forget_metaproperty(fake, mp.id)
    del fake.metaproperties[mp.id]
    return empty_response(204)
