"""The fake portal's objects (plain dataclasses) and small helpers for ids, dates and values.

Everything here is data; behaviour lives in the area modules. Ids follow Bynder's formats: asset-bank
objects use the 8-4-4-16 upper-case form, workflow objects RFC 4122 UUIDs.
"""

from __future__ import annotations

import hashlib
import math
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

from .blobs import Blob


class Ids:
    """Deterministic id maker (seeded), so a seeded fake always produces the same ids."""

    def __init__(self, seed: int | None) -> None:
        self._rng = random.Random(seed)

    def hex(self, n: int) -> str:
        return f"{self._rng.getrandbits(4 * n):0{n}x}"

    def v4(self) -> str:
        """Asset-bank id, 8-4-4-16, upper case."""
        h = self.hex(32).upper()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:]}"

    def uuid(self) -> str:
        """Workflow id, RFC 4122 version 4 form."""
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def name_id(kind: str, name: str) -> str:
    """A stable asset-bank id (8-4-4-16) derived from a name: the same name gives the same id."""
    h = hashlib.sha1(f"{kind}:{name}".encode()).hexdigest()[:32].upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:]}"


def standard_uuid(v4_id: str) -> str:
    """The 8-4-4-4-12 lower-case form of an asset-bank id, as the newer `/api/1` APIs take it."""
    h = v4_id.replace("-", "").lower()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def v4_id(standard: str) -> str:
    """The asset-bank (8-4-4-16, upper-case) form of a standard UUID."""
    h = standard.replace("-", "").upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:]}"


def iso(ts: float) -> str:
    """Asset-bank date-time: `2017-03-09T12:09:29Z`."""
    # `datetime` rounds to the microsecond before the seconds are cut; `time.gmtime` of the whole
    # seconds gives the same text (at a third of the cost) unless that rounding could carry.
    if -62135596800 <= ts < 253402300800 and ts - math.floor(ts) < 0.999999:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(math.floor(ts)))
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_offset(ts: float) -> str:
    """Workflow date-time: `2017-01-10T07:43:12+00:00`."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def cf_date(ts: float) -> str:
    """ColdFusion date used by collections: `March, 08 2017 14:17:37 +0000`."""
    return datetime.fromtimestamp(ts, UTC).strftime("%B, %d %Y %H:%M:%S +0000")


def parse_date(value: str) -> float | None:
    """Parse an ISO 8601 date or date-time (naive means UTC); None when it is not one."""
    text = value.strip()
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


def parse_bool(value: str | None) -> bool | None:
    """Bynder's request booleans: 1/0 and true/false. None when absent; ValueError otherwise."""
    if value is None:
        return None
    low = value.strip().lower()
    if low in ("1", "true"):
        return True
    if low in ("0", "false", ""):
        return False
    raise ValueError(value)


def split_csv(value: str | None) -> list[str]:
    if not value:
        return []
    return [part.strip() for part in value.split(",") if part.strip()]


IMAGE_EXT = {"jpg", "jpeg", "png", "gif", "tif", "tiff", "webp", "bmp", "svg", "heic", "psd", "eps"}
VIDEO_EXT = {"mp4", "mov", "avi", "mkv", "webm", "m4v", "wmv", "mpg", "mpeg"}
AUDIO_EXT = {"mp3", "wav", "aac", "flac", "ogg", "m4a", "wma"}
MODEL_EXT = {"glb", "gltf", "obj", "fbx", "stl", "usdz"}


def media_type_for(filename: str) -> str:
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if ext in IMAGE_EXT:
        return "image"
    if ext in VIDEO_EXT:
        return "video"
    if ext in AUDIO_EXT:
        return "audio"
    if ext in MODEL_EXT:
        return "3d"
    return "document"


def extension_of(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


@dataclass
class MediaItem:
    id: str
    id_hash: str
    file_name: str
    type: str  # "original" or "additional"
    blob: Blob
    date_created: float
    version: int = 1
    active: bool = True
    width: int | None = None
    height: int | None = None

    @property
    def size(self) -> int:
        return self.blob.size


#: The fields of an asset that asset lists are sorted by.
SORT_FIELDS = frozenset({"name", "date_created", "date_modified", "date_published"})


@dataclass
class Asset:
    id: str
    id_hash: str
    name: str
    type: str
    brand_id: str
    date_created: float
    date_modified: float
    user_created: str
    description: str = ""
    copyright: str = ""
    sub_brand_id: str = ""
    tags: list[str] = field(default_factory=list)
    options: dict[str, list[str]] = field(default_factory=dict)  # metaproperty id -> option ids
    text_values: dict[str, str] = field(default_factory=dict)  # metaproperty id -> raw value
    archive: bool = False
    limited: bool = False
    is_public: bool = False
    watermarked: bool = False
    date_published: float | None = None
    items: list[MediaItem] = field(default_factory=list)
    views: int = 0
    downloads: int = 0
    focus_point: tuple[float, float] = (0.5, 0.5)
    extra: dict[str, Any] = field(default_factory=dict)
    #: Assignments to `SORT_FIELDS` on any asset so far. Those fields hold immutable values, so
    #: while the count stands still no sort key has changed (a cached ordering stays valid).
    sort_changes: ClassVar[int] = 0

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        if name in SORT_FIELDS:
            Asset.sort_changes += 1

    @property
    def version(self) -> int:
        versions = [i.version for i in self.items if i.type == "original"]
        return max(versions) if versions else 1

    def original(self) -> MediaItem | None:
        for item in self.items:
            if item.type == "original" and item.active:
                return item
        return None


@dataclass
class Option:
    id: str
    name: str
    label: str
    zindex: int = 0
    is_selectable: bool = True
    active: bool = True
    description: str = ""
    date: float = 0.0
    labels: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    external_reference: str = ""
    parent_id: str | None = None
    hide_by_default: bool = False
    dependencies: list[str] = field(default_factory=list)  # ungrouped option ids
    dependency_groups: dict[str, list[str]] = field(default_factory=dict)  # group id -> option ids


@dataclass
class Metaproperty:
    id: str
    name: str
    label: str
    type: str  # select, select2, autocomplete, text, longtext, date, ...
    zindex: int = 0
    is_multiselect: bool = False
    is_required: bool = False
    is_filterable: bool = True
    is_main_filter: bool = False
    is_editable: bool = True
    options: list[Option] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    is_multifilter: bool = False
    is_drilldown: bool = False
    is_display_field: bool = False
    is_api_field: bool = True
    show_in_list_view: bool = True
    show_in_grid_view: bool = True
    show_in_duplicate_view: bool = False
    use_dependencies: bool = False

    def option(self, option_id_or_name: str) -> Option | None:
        for opt in self.options:
            if option_id_or_name in (opt.id, opt.name):
                return opt
        return None


@dataclass
class Smartfilter:
    id: str
    labels: dict[str, str]
    icon: str
    zindex: int
    metaproperty_ids: list[str] = field(default_factory=list)


@dataclass
class Derivative:
    """A rendition the portal makes of every image (account configuration)."""

    prefix: str
    width: int
    height: int
    dpi: int = -1
    is_crop: bool = False
    is_extent: bool = False
    is_on_the_fly: bool = True
    is_public: bool = False
    allowed_types: str = ""


@dataclass
class Integration:
    """An integration registered in the portal; asset usage records belong to one."""

    id: str
    description: str


@dataclass
class Usage:
    """Where an asset is used outside Bynder, as an integration reported it."""

    id: str
    asset_id: str
    integration_id: str
    uri: str
    additional: str
    timestamp: float


@dataclass
class TrashedAsset:
    """What the trash keeps of a deleted asset (the files themselves are gone)."""

    id: str
    name: str
    id_hash: str
    date_created: float
    date_removed: float
    user_id: str
    username: str


@dataclass
class Collection:
    id: str
    name: str
    user_id: str
    date_created: float
    date_modified: float
    description: str = ""
    is_public: bool = False
    views: int = 0
    media: list[str] = field(default_factory=list)
    thumbnail_asset_id: str | None = None
    shares: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Campaign:
    id: str
    name: str
    key: str
    account_id: str
    created_by_id: str
    date_created: float
    date_modified: float
    description: str = ""
    responsible_id: str | None = None
    preset_id: str | None = None
    closed: bool = False
    date_start: str | None = None
    deadline: str | None = None
    metaproperties: dict[str, Any] = field(default_factory=dict)


@dataclass
class PresetStage:
    id: str
    name: str
    position: int
    description: str = ""
    responsible_id: str | None = None
    responsible_group_id: str | None = None
    type: str = "approval"


@dataclass
class Preset:
    id: str
    name: str
    wf_uuid: str
    stages: list[PresetStage] = field(default_factory=list)


@dataclass
class JobStage:
    id: str
    position: int
    status: str
    name: str = ""
    deadline: str | None = None
    description: str = ""
    responsible_id: str | None = None  # a user id, or a workflow group id
    responsible_type: str = "user"  # "user" or "group"


@dataclass
class Job:
    id: str
    name: str
    campaign_id: str
    accountable_id: str
    preset_id: str
    created_by_id: str
    date_created: float
    date_modified: float
    job_key: str
    description: str = ""
    deadline: str | None = None
    metaproperties: dict[str, Any] = field(default_factory=dict)
    stages: list[JobStage] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    status: str = "Active"
    date_finished: float | None = None
    finished_history: list[tuple[str, float]] = field(default_factory=list)  # (user id, when)


@dataclass
class Profile:
    id: str
    name: str
    roles: list[str]


@dataclass
class Group:
    id: str
    name: str


@dataclass
class User:
    id: str
    username: str
    email: str
    firstname: str
    lastname: str
    profile_id: str
    password: str = ""
    active: bool = True
    is_sso_only: bool = False
    language: str = "en_US"
    infix: str = ""
    time_zone: str = "Europe/Amsterdam"
    phone_number: str = ""
    company_name: str = ""
    department: str = ""
    job: str = ""
    cost_center: str = ""
    employee_number: str = ""
    country: str = ""
    group_ids: list[str] = field(default_factory=list)
    terms_accepted: bool = True
    last_login: float | None = None

    @property
    def name(self) -> str:
        parts = [self.firstname, self.infix, self.lastname]
        return " ".join(p for p in parts if p)


@dataclass
class SubBrand:
    id: str
    name: str
    description: str = ""
    image: str = ""


@dataclass
class Brand:
    id: str
    name: str
    description: str = ""
    image: str = ""
    sub_brands: list[SubBrand] = field(default_factory=list)


@dataclass
class OrderLine:
    id: str
    product_id: str
    product_name: str
    quantity: int
    item_price: float
    reference_id: str = ""
    description: str = ""
    supplier: str = ""
    customer_reference: str = ""
    status: str = "unknown"  # the line's review: "unknown", "approved" or "rejected"


@dataclass
class Order:
    id: str
    number: str
    username: str
    date_created: float
    status: str
    net_price: float
    lines: list[OrderLine] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    tracking_number: str = ""


@dataclass
class Upload:
    """One initialised upload: its S3 key prefix and what the client has done with it."""

    upload_id: str
    key: str  # S3 key prefix; parts are stored at f"{key}/p{N}"
    target_id: str
    filename: str
    created_at: float
    registered: set[int] = field(default_factory=set)
    part_posts: Counter[int] = field(default_factory=Counter)
    finalised: int = 0


@dataclass
class Import:
    """A finalised upload waiting to be saved as an asset or a version."""

    import_id: str
    batch_id: str
    upload_id: str
    filename: str
    blob: Blob
    finalised_at: float
    outcome: str  # "done", "failed" or "rejected"
    polls: int = 0
    saved_as: str | None = None
    files_service: bool = False  # a file of `/v7/file_cmds/upload` (import id = file id)


@dataclass
class FileUpload:
    """A file of the files service (`/v7/file_cmds/upload/...`): its chunks by number (0-based)
    until it is finalised, then its name, size and SHA-256."""

    file_id: str
    created_at: float
    chunks: dict[int, Blob] = field(default_factory=dict)
    chunk_posts: Counter[int] = field(default_factory=Counter)  # chunk requests per number
    finalised: int = 0  # finalise calls that completed the file (a repeat counts too)
    filename: str | None = None
    size: int | None = None
    chunks_count: int | None = None
    sha256: str | None = None
    correlation_id: str | None = None
