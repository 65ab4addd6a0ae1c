"""Metaproperties: the list, an object keyed by metaproperty name, with options and counts."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, json_response
from ..router import route
from ..state import Metaproperty, Option, cf_date, split_csv
from .common import query_bool

if TYPE_CHECKING:
    from ..core import FakeBynder


def _flag(value: bool) -> int:
    return 1 if value else 0


def render_option(option: Option, media_count: int | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": option.id,
        "name": option.name,
        "label": option.label,
        "displayLabel": option.label,
        "labels": {"en_US": option.label},
        "description": option.description,
        "zindex": option.zindex,
        "isSelectable": option.is_selectable,
        "active": _flag(option.active),
        "date": cf_date(option.date),
        "linkedOptionIds": [],
    }
    if media_count is not None:
        out["mediaCount"] = media_count
    return out


def render_metaproperty(
    mp: Metaproperty, *, options: bool, counts: Counter[str] | None
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": mp.id,
        "name": mp.name,
        "label": mp.label,
        "labels": {"en_US": mp.label},
        "type": mp.type,
        "zindex": mp.zindex,
        "isMultiselect": _flag(mp.is_multiselect),
        "isMultifilter": 0,
        "isRequired": _flag(mp.is_required),
        "isMainfilter": _flag(mp.is_main_filter),
        "isFilterable": _flag(mp.is_filterable),
        "isApiField": 1,
        "isDisplayField": 0,
        "isDrilldown": 0,
        "isEditable": _flag(mp.is_editable),
        "showInListView": 1,
        "showInGridView": 1,
        "showInDuplicateView": 0,
        "useDependencies": 0,
        "options": [
            render_option(opt, counts[opt.id] if counts is not None else None) for opt in mp.options
        ]
        if options
        else [],
    }
    return out


@route("GET", "/api/v4/metaproperties/", "list_metaproperties", scopes=("meta.assetbank:read",))
def list_metaproperties(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    with_options = query_bool(req, "options", True)
    with_counts = query_bool(req, "count")
    wanted_ids = set(split_csv(req.query_value("ids")))
    types = set(split_csv(req.query_value("type")))
    counts: Counter[str] | None = None
    if with_counts:
        counts = Counter(
            option_id
            for asset in fake.assets.values()
            if not types or asset.type in types
            for option_ids in asset.options.values()
            for option_id in option_ids
        )
    out: dict[str, Any] = {}
    for mp in sorted(fake.metaproperties.values(), key=lambda m: (m.zindex, m.name)):
        if wanted_ids and mp.id not in wanted_ids:
            continue
        out[mp.name] = render_metaproperty(mp, options=with_options, counts=counts)
    return json_response(200, out)
