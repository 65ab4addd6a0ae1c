"""Portal-wide asset-bank settings: smartfilters, the account's derivatives, user groups, and the
integrations that report asset usage.

Derivatives and integrations are account configuration (set up when the fake is built); the
seed adds smartfilters over the seeded metaproperties and a few more user groups. Ids derived from
names (`name_id`) keep the fake's id sequence untouched, so seeding stays deterministic.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, json_response
from ..router import route
from ..state import Derivative, Group, Integration, Smartfilter, name_id, standard_uuid
from .common import page_of, query_int

if TYPE_CHECKING:
    from ..core import FakeBynder

DERIVATIVES: tuple[Derivative, ...] = (
    Derivative("500x500", 500, 500, is_crop=True, is_public=True),
    Derivative("social", 1200, 630, is_crop=True, is_public=True),
    Derivative("banner", 1920, 600, is_extent=True),
    Derivative("print", 3000, 3000, dpi=300, is_on_the_fly=False, allowed_types="image"),
)
INTEGRATIONS = ("Company website", "Content management system")
# Smartfilter label -> icon and the names of the seeded metaproperties it groups.
SMARTFILTERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Appearance", "fa fa-paint-brush", ("Colour",)),
    ("Distribution", "fa fa-globe", ("Region", "Usage")),
    ("Review", "fa fa-check", ("AssetStatus", "Photographer")),
)
GROUPS = ("Design", "Sales", "Agencies")


def configure_account(fake: FakeBynder) -> None:
    """The account's derivatives and registered integrations (called when the fake is built)."""
    fake.derivatives = [replace(d) for d in DERIVATIVES]
    for description in INTEGRATIONS:
        add_integration(fake, description)


def add_integration(fake: FakeBynder, description: str) -> Integration:
    """Register an integration (idempotent: the id derives from the description)."""
    integration = Integration(standard_uuid(name_id("integration", description)), description)
    fake.integrations.setdefault(integration.id, integration)
    return fake.integrations[integration.id]


def seed_library(fake: FakeBynder) -> None:
    """Smartfilters over the seeded metaproperties, and a few more user groups (idempotent)."""
    by_name = {mp.name: mp.id for mp in fake.metaproperties.values()}
    for zindex, (label, icon, names) in enumerate(SMARTFILTERS):
        ids = [by_name[n] for n in names if n in by_name]
        sf_id = name_id("smartfilter", label)
        if ids and sf_id not in fake.smartfilters:
            fake.smartfilters[sf_id] = Smartfilter(
                sf_id, {"en_US": label, "nl_NL": label}, icon, zindex, ids
            )
    for name in GROUPS:
        group_id = name_id("group", name)
        fake.groups.setdefault(group_id, Group(group_id, name))


def forget_metaproperty(fake: FakeBynder, metaproperty_id: str) -> None:
    """A deleted metaproperty leaves the smartfilters."""
    for smartfilter in fake.smartfilters.values():
        if metaproperty_id in smartfilter.metaproperty_ids:
            smartfilter.metaproperty_ids.remove(metaproperty_id)


def render_smartfilter(fake: FakeBynder, sf: Smartfilter) -> dict[str, Any]:
    return {
        "id": sf.id,
        "icon": sf.icon,
        "labels": dict(sf.labels),
        "zindex": sf.zindex,
        "metaproperties": [m for m in sf.metaproperty_ids if m in fake.metaproperties],
    }


@route("GET", "/api/v4/smartfilters/", "list_smartfilters", scopes=("meta.assetbank:read",))
def list_smartfilters(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    ordered = sorted(fake.smartfilters.values(), key=lambda sf: (sf.zindex, sf.id))
    return json_response(200, [render_smartfilter(fake, sf) for sf in ordered])


@route("GET", "/api/v4/account/derivatives/", "list_derivatives")
def list_derivatives(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    return json_response(
        200,
        [
            {
                "prefix": d.prefix,
                "width": d.width,
                "height": d.height,
                "dpi": d.dpi,
                "isCrop": d.is_crop,
                "isExtent": d.is_extent,
                "isOnTheFly": d.is_on_the_fly,
                "isPublic": d.is_public,
                "allowedTypes": d.allowed_types,
            }
            for d in fake.derivatives
        ],
    )


@route("GET", "/api/groups/list/", "list_groups", scopes=("admin.user:read",))
def list_groups(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    page = query_int(req, "page", 1, minimum=1)
    limit = query_int(req, "limit", 20, minimum=1, maximum=1000)
    term = (req.query_value("search_term") or "").strip().lower()
    descending = (req.query_value("sort_order") or "asc").lower() == "desc"
    groups = [g for g in fake.groups.values() if term in g.name.lower()]
    groups.sort(key=lambda g: (g.name.lower(), g.id), reverse=descending)
    return json_response(200, [{"id": g.id, "name": g.name} for g in page_of(groups, page, limit)])
