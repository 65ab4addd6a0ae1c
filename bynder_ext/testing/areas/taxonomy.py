"""Metadata through the newer APIs: the derivative presets (the account's derivatives, as the
`/api/1` API lists them), a metaproperty's options through the taxonomy API (ordered by name,
cursor paging, `errorCode` errors), and the product layer (PIM): which metaproperties are product
metaproperties and how their options relate (children)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, empty_response, json_response
from ..platform_state import canonical
from ..router import route
from ..state import Derivative, Metaproperty, Option, name_id, split_csv, standard_uuid
from .common import json_object, page_of, query_int

if TYPE_CHECKING:
    from ..core import FakeBynder

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def find_metaproperty(fake: FakeBynder, any_id: str) -> Metaproperty | None:
    """A metaproperty by its asset-bank id or the UUID form of it."""
    mp = fake.metaproperties.get(any_id)
    if mp is not None:
        return mp
    wanted = canonical(any_id)
    return next((m for m in fake.metaproperties.values() if canonical(m.id) == wanted), None)


def find_option(fake: FakeBynder, any_id: str) -> tuple[Metaproperty, Option] | None:
    """An option (and its metaproperty) by its asset-bank id or the UUID form of it."""
    wanted = canonical(any_id)
    for mp in fake.metaproperties.values():
        for option in mp.options:
            if canonical(option.id) == wanted:
                return mp, option
    return None


# -- derivative presets --------------------------------------------------------------------------


def preset_id(d: Derivative) -> str:
    return standard_uuid(name_id("derivative", d.prefix))


def render_preset(d: Derivative) -> dict[str, Any]:
    return {
        "id": preset_id(d),
        "prefix": d.prefix,
        "width": d.width,
        "height": d.height,
        "dpi": d.dpi,
        "isCrop": int(d.is_crop),
        "isOnTheFly": int(d.is_on_the_fly),
        "isExtent": int(d.is_extent),
        "isPublic": int(d.is_public),
        "allowedTypes": d.allowed_types,
    }


@route("GET", "/api/1/derivative-presets/", "list_derivative_presets")
def list_derivative_presets(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(200, [render_preset(d) for d in fake.derivatives])


@route("GET", "/api/1/derivative-presets/{preset_id}", "get_derivative_preset")
def get_derivative_preset(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    wanted = canonical(req.path_params["preset_id"])
    for d in fake.derivatives:
        if canonical(preset_id(d)) == wanted:
            return json_response(200, render_preset(d))
    raise HTTPError(404, "Derivative preset not found")


# -- taxonomy ------------------------------------------------------------------------------------


def _taxonomy_error(status: int, code: str, message: str) -> HTTPError:
    return HTTPError(status, message, code=code)


def _cursor(option: Option) -> str:
    return f"{option.name}_{standard_uuid(option.id)}"


def _cursor_key(raw: str) -> tuple[str, str]:
    name, sep, option_id = raw.rpartition("_")
    if not sep or not UUID.match(option_id):
        raise _taxonomy_error(
            400,
            "option-list-cursor-format-invalid",
            "Invalid cursor format, expected 'name_optionId'",
        )
    return name.lower(), option_id


def _key(option: Option) -> tuple[str, str]:
    return option.name.lower(), standard_uuid(option.id)


@route(
    "GET",
    "/api/1/taxonomy/metaproperties/{metapropertyId}/options",
    "list_taxonomy_options",
)
def list_taxonomy_options(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp = find_metaproperty(fake, req.path_params["metapropertyId"])
    if mp is None:
        return json_response(
            404,
            {
                "errorCode": "metaproperty-not-existing",
                "message": "Metaproperty does not exist",
                "statuscode": 404,
            },
        )
    start, before = req.query_value("start"), req.query_value("before")
    if start and before:
        return json_response(
            400,
            {
                "errorCode": "option-list-cursor-parameter-invalid",
                "message": "Invalid parameters provided for listing options with cursor "
                "pagination, 'start' and 'before' cannot be used together",
                "statuscode": 400,
            },
        )
    limit = query_int(req, "limit", 20, minimum=1, maximum=1000)
    try:
        options = sorted(mp.options, key=_key)
        reference = req.query_value("externalReference")
        if reference:
            options = [o for o in options if o.external_reference == reference]
        wanted = {canonical(i) for i in split_csv(req.query_value("ids"))}
        if wanted:
            options = [o for o in options if canonical(o.id) in wanted]
        if start:
            cut = _cursor_key(start)
            options = [o for o in options if _key(o) > cut]
            chunk = options[:limit]
            has_previous, has_next = True, len(options) > limit
        elif before:
            cut = _cursor_key(before)
            options = [o for o in options if _key(o) < cut]
            chunk = options[-limit:]
            has_previous, has_next = len(options) > limit, True
        else:
            chunk = options[:limit]
            has_previous, has_next = False, len(options) > limit
    except HTTPError as exc:
        return json_response(
            exc.status, {"errorCode": exc.code, "message": exc.message, "statuscode": exc.status}
        )
    metadata: dict[str, str] = {}
    if chunk and has_previous:
        metadata["prevPage"] = _cursor(chunk[0])
    if chunk and has_next:
        metadata["nextPage"] = _cursor(chunk[-1])
    body = {
        "options": [
            {
                "id": standard_uuid(o.id),
                "name": o.name,
                "externalReference": o.external_reference,
                "icon": "",
                "metapropertyId": standard_uuid(mp.id),
            }
            for o in chunk
        ],
        "metadata": metadata,
    }
    return json_response(200, body)


# -- product layer -------------------------------------------------------------------------------


def pim_metaproperties(fake: FakeBynder) -> list[Metaproperty]:
    """The product-layer metaproperties: in the fake, every select-type metaproperty."""
    return sorted(
        (
            m
            for m in fake.metaproperties.values()
            if m.type in ("select", "select2", "autocomplete")
        ),
        key=lambda m: (m.zindex, m.id),
    )


def _pim_metaproperty_or_404(fake: FakeBynder, any_id: str) -> Metaproperty:
    mp = find_metaproperty(fake, any_id)
    if mp is None or mp not in pim_metaproperties(fake):
        raise HTTPError(404, "Metaproperty not found")
    return mp


def _ref(mp: Metaproperty, option: Option) -> dict[str, Any]:
    return {
        "id": option.id,
        "name": option.name,
        "label": option.label,
        "description": option.description,
        "metapropertyid": mp.id,
    }


def _children(fake: FakeBynder, option: Option) -> list[dict[str, Any]]:
    out = []
    for child_id in fake.platform.pim_children.get(option.id, []):
        found = find_option(fake, child_id)
        if found is not None:
            out.append(_ref(*found))
    return out


@route("GET", "/api/pim/metaproperties", "list_pim_metaproperties", scopes=("meta.assetbank:read",))
def list_pim_metaproperties(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(200, [m.id for m in pim_metaproperties(fake)])


@route(
    "GET", "/api/pim/metaproperties/{id}", "get_pim_metaproperty", scopes=("meta.assetbank:read",)
)
def get_pim_metaproperty(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp = _pim_metaproperty_or_404(fake, req.path_params["id"])
    options = [{**_ref(mp, o), "relations": _children(fake, o)} for o in mp.options]
    return json_response(
        200,
        {
            "id": mp.id,
            "name": mp.name,
            "label": mp.label,
            "description": f"Product-layer metaproperty {mp.label}",
            "mp_options": options,
        },
    )


@route(
    "GET",
    "/api/pim/metaproperties/{id}/options",
    "list_pim_metaproperty_options",
    scopes=("meta.assetbank:read",),
)
def list_pim_metaproperty_options(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    mp = _pim_metaproperty_or_404(fake, req.path_params["id"])
    order = req.query_value("order") or "asc"
    if order not in ("asc", "desc"):
        raise HTTPError(400, "order must be asc or desc")
    page = query_int(req, "page", 1, minimum=1)
    limit = query_int(req, "limit", 20, minimum=1, maximum=1000)
    options = sorted(mp.options, key=lambda o: (o.name.lower(), o.id), reverse=order == "desc")
    body = [
        {**_ref(mp, o), "product_options": _children(fake, o)}
        for o in page_of(options, page, limit)
    ]
    return json_response(200, body)


@route(
    "PUT",
    "/api/pim/metapropertyoptions/{id}",
    "update_pim_option_children",
    scopes=("meta.assetbank:write",),
)
def update_pim_option_children(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    found = find_option(fake, req.path_params["id"])
    if found is None or found[0] not in pim_metaproperties(fake):
        raise HTTPError(404, "Metaproperty option not found")
    mp, option = found
    children = json_object(req).get("children")
    if not isinstance(children, list) or not all(isinstance(c, str) for c in children):
        raise HTTPError(400, "children must be an array of option ids")
    resolved: list[str] = []
    for child_id in children:
        child = find_option(fake, child_id)
        if child is None:
            raise HTTPError(400, f"children: {child_id} is not an option")
        child_mp, child_option = child
        if child_mp is mp:
            raise HTTPError(400, "children must be options of another metaproperty")
        if child_mp not in pim_metaproperties(fake):
            raise HTTPError(400, f"children: {child_id} is not a product-layer option")
        if child_option.id not in resolved:
            resolved.append(child_option.id)
    if resolved:
        fake.platform.pim_children[option.id] = resolved
    else:
        fake.platform.pim_children.pop(option.id, None)
    return empty_response(204)
