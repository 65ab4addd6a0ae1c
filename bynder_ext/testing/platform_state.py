"""State of the portal's newer services: workflow metaproperties and groups, files attached to
jobs, webhook subscriptions, automation rules, the antivirus quarantine, content access rules,
product-layer relations and authoring documents.

The objects are plain dataclasses held by `PlatformState` (`fake.platform`); behaviour lives in the
area modules. The state has its own id maker, so adding objects here never shifts the ids of the
asset bank's objects. `bootstrap_platform` gives a new fake what a fresh portal has,
`seed_platform` adds sample data next to `fake.seed()`'s assets.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .state import Ids, standard_uuid

if TYPE_CHECKING:
    from .core import FakeBynder


def canonical(any_id: str) -> str:
    """An id without dashes, in lower case: the asset-bank (8-4-4-16) and the standard UUID
    (8-4-4-4-12) forms of one id give the same value."""
    return any_id.replace("-", "").strip().lower()


@dataclass
class WorkflowOption:
    id: str
    label: str
    position: int
    date_created: float
    default: bool = False


@dataclass
class WorkflowMetaproperty:
    id: str
    label: str
    short_name: str
    entity: str  # "job" or "campaign"
    type: str
    position: int
    date_created: float
    created_by: str  # asset-bank user id
    description: str = ""
    required: bool = False
    default: bool = False
    options: list[WorkflowOption] = field(default_factory=list)


@dataclass
class WorkflowGroup:
    id: str
    name: str
    created_by: str  # asset-bank user id
    date_created: float
    user_ids: list[str] = field(default_factory=list)  # asset-bank user ids


@dataclass
class JobFile:
    """A file attached to a job through `upload_file_to_job` (not an asset of the asset bank)."""

    id: str  # 32 hexadecimal digits
    job_id: str
    file_id: str
    name: str
    size: int
    uploader_id: str
    date_created: float
    parent_id: str | None = None  # the job file this one is a new version of
    version: int = 1


@dataclass
class WebhookSubscription:
    id: str
    name: str
    endpoint: str
    protocol: str
    events: list[str]
    pre_archived_days: int | None = None
    status: int = 1
    confirmed: bool = True


@dataclass
class AutomationRule:
    id: str
    name: str
    created_by: str  # asset-bank user id
    date_created: float
    date_modified: float
    status: str = "DRAFT"
    edited_by: str | None = None
    triggers: list[str] = field(default_factory=list)
    steps: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class QuarantineEntry:
    id: str
    asset_id: str  # asset-bank id of the quarantined asset
    asset_name: str
    requester_id: str  # asset-bank user id
    scan_status: str
    date_added: float
    date_modified: float
    file_type: str
    file_size: int
    scan_failure_reason: str | None = None
    upload_event_type: str = "LEGACY"
    review_status: str | None = None
    reviewed_by: str | None = None


@dataclass
class AccessRule:
    id: str
    content_id: str  # asset-bank id of the metaproperty or option
    content_type: str  # "metaproperty" or "option"
    level: str
    principal_id: str
    principal_type: str  # "user", "group" or "profile"
    rule_type: str = "allow"


@dataclass
class AuthoringDocument:
    id: str
    group_id: str
    paragraphs: list[str]


@dataclass
class PlatformState:
    ids: Ids
    workflow_metaproperties: dict[str, WorkflowMetaproperty] = field(default_factory=dict)
    workflow_groups: dict[str, WorkflowGroup] = field(default_factory=dict)
    job_files: dict[str, JobFile] = field(default_factory=dict)
    webhooks: dict[str, WebhookSubscription] = field(default_factory=dict)
    automation_rules: dict[str, AutomationRule] = field(default_factory=dict)
    quarantine: dict[str, QuarantineEntry] = field(default_factory=dict)
    access_rules: dict[str, AccessRule] = field(default_factory=dict)
    option_visibility: dict[str, str] = field(default_factory=dict)  # canonical option id -> value
    pim_children: dict[str, list[str]] = field(default_factory=dict)  # option id -> child ids
    documents: dict[str, AuthoringDocument] = field(default_factory=dict)


WORKFLOW_METAPROPERTIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Holiday Type", "job", "select", ("Beach", "Sightseeing", "Wintersport", "Nature")),
    ("Country", "campaign", "select", ("Netherlands", "Germany", "France", "Spain")),
    ("Budget code", "campaign", "text", ()),
)


def bootstrap_platform(fake: FakeBynder) -> None:
    """What a fresh portal has: workflow metaproperties, one workflow group, two documents."""
    platform = fake.platform
    ids = platform.ids
    now = fake.clock()
    for position, (label, entity, kind, options) in enumerate(WORKFLOW_METAPROPERTIES, start=1):
        mp = WorkflowMetaproperty(
            id=ids.uuid(),
            label=label,
            short_name=f"{entity.upper()}-{position}",
            entity=entity,
            type=kind,
            position=position,
            date_created=now,
            created_by=fake.current_user_id,
        )
        mp.options = [
            WorkflowOption(ids.uuid(), option, i, now, default=i == 1)
            for i, option in enumerate(options, start=1)
        ]
        platform.workflow_metaproperties[mp.id] = mp
    group = WorkflowGroup(
        ids.uuid(), "Content Reviewers", fake.current_user_id, now, [fake.current_user_id]
    )
    platform.workflow_groups[group.id] = group
    for texts in (
        ["Brand voice", "Write as you speak: short sentences, active verbs."],
        ["Launch copy", "Spring is here.", "Our new collection is in stores now."],
    ):
        document = AuthoringDocument(ids.uuid(), f"group_{len(platform.documents) + 1}", texts)
        platform.documents[document.id] = document


SCAN_STATES = ("PENDING", "CLEARED", "INFECTED", "SKIPPED")


def seed_platform(fake: FakeBynder, rng: random.Random, asset_ids: list[str]) -> None:
    """Sample data for the newer services, next to the seeded assets."""
    platform = fake.platform
    now = fake.clock()
    for i, asset_id in enumerate(asset_ids):
        if i % 3:
            continue
        asset = fake.assets[asset_id]
        original = asset.original()
        filename = original.file_name if original else asset.name
        status = SCAN_STATES[(i // 3) % len(SCAN_STATES)]
        added = now - rng.uniform(3600, 30 * 86400)
        entry = QuarantineEntry(
            id=platform.ids.uuid(),
            asset_id=asset_id,
            asset_name=asset.name,
            requester_id=rng.choice(list(fake.users)),
            scan_status=status,
            date_added=added,
            date_modified=added + 9,
            file_type=filename.rsplit(".", 1)[-1].lower() if "." in filename else "None",
            file_size=original.size if original else 0,
            scan_failure_reason="client_error" if status == "SKIPPED" else None,
        )
        platform.quarantine[entry.id] = entry
    # A few product-layer relations between the options of the first two select metaproperties.
    select = [m for m in fake.metaproperties.values() if m.options]
    if len(select) >= 2 and not platform.pim_children:
        parents, children = select[0].options, select[1].options
        for i, parent in enumerate(parents[: len(children)]):
            platform.pim_children[parent.id] = [children[i].id]


def workflow_user_id(user_id: str) -> str:
    """The workflow id of an asset-bank user (the standard UUID form of the same id)."""
    return standard_uuid(user_id)
