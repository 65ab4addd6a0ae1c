"""Deterministic sample data: assets with `property_*` values and media items, metaproperties with
options, collections with media, brands, users, security profiles, campaigns, jobs with media,
presets and orders. The same fake seed and the same counts give the same portal every time.

Seeding is cheap enough for benchmark-sized portals (50,000 assets in a few seconds): image bytes
are small valid PNGs shared between assets of the same size.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from .areas.collections import create_collection_object
from .areas.library import seed_library
from .areas.transform import jpeg_bytes, png_bytes
from .areas.upload import new_asset
from .areas.workflow import new_campaign, new_job
from .blobs import Blob, MemoryBlob
from .platform_state import seed_platform
from .state import (
    Brand,
    Metaproperty,
    Option,
    Order,
    OrderLine,
    Preset,
    PresetStage,
    Profile,
    SubBrand,
    User,
)

if TYPE_CHECKING:
    from .core import FakeBynder

WORDS = (
    *("tulip", "field", "harbour", "sunrise", "city", "skyline", "forest", "river", "summer"),
    *("winter", "product", "launch", "team", "portrait", "studio", "logo", "poster", "banner"),
    *("brochure", "mountain", "beach", "coffee", "bicycle", "street", "market", "night"),
    *("lights", "spring", "autumn", "garden", "office", "meeting", "festival", "ocean", "bridge"),
)
FIRST = ("Anna", "Bram", "Chloe", "Daan", "Emma", "Finn", "Grace", "Hugo", "Iris", "Jonas")
LAST = (
    "Jansen",
    "de Vries",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
)
METAPROPERTIES: tuple[tuple[str, str, bool, tuple[str, ...]], ...] = (
    ("Colour", "select", True, ("red", "green", "blue", "yellow", "black", "white")),
    ("Region", "select", False, ("EMEA", "APAC", "AMER", "LATAM")),
    ("Usage", "select2", True, ("web", "print", "social", "internal")),
    ("AssetStatus", "select", False, ("draft", "approved", "archived")),
    ("Photographer", "text", False, ()),
)
KINDS = (
    ("image", "jpg", 6),
    ("image", "png", 3),
    ("document", "pdf", 2),
    ("video", "mp4", 1),
    ("audio", "mp3", 1),
)


def _content(
    kind: str, ext: str, rng: random.Random, cache: dict[tuple[str, int, int], Blob]
) -> Blob:
    if kind == "image":
        width, height = rng.choice(((64, 48), (48, 64), (32, 32), (80, 45)))
        key = (ext, width, height)
        if key not in cache:
            data = png_bytes(width, height, grey=100) if ext == "png" else jpeg_bytes(width, height)
            cache[key] = MemoryBlob(data)
        return cache[key]
    key = (ext, 0, 0)
    if key not in cache:
        samples = {
            "pdf": b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
            "mp4": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(64),
            "mp3": b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(64),
        }
        cache[key] = MemoryBlob(samples.get(ext, b"fake bynder sample\n"))
    return cache[key]


def seed(
    fake: FakeBynder,
    *,
    n_assets: int = 25,
    n_collections: int = 5,
    n_users: int = 8,
    n_campaigns: int = 3,
    n_jobs: int = 6,
    n_orders: int = 12,
    n_brands: int = 2,
) -> None:
    """Add the given numbers of objects to `fake` (on top of what it already holds)."""
    with fake.lock:
        rng = random.Random(fake.ids.hex(16))
        now = fake.clock()
        year = 365 * 86400.0

        # Brands.
        brand_ids = [fake.default_brand_id]
        for i in range(n_brands):
            brand = Brand(
                fake.ids.v4(),
                f"Brand {chr(ord('B') + i)}",
                f"Seeded brand {i + 1}",
                sub_brands=[SubBrand(fake.ids.v4(), f"Brand {chr(ord('B') + i)} Kids")],
            )
            fake.brands[brand.id] = brand
            brand_ids.append(brand.id)

        # Metaproperties (once per fake).
        if not fake.metaproperties:
            for z, (name, kind, multi, options) in enumerate(METAPROPERTIES):
                mp = Metaproperty(
                    id=fake.ids.v4(),
                    name=name,
                    label=name,
                    type=kind,
                    zindex=z + 1,
                    is_multiselect=multi,
                    is_main_filter=z == 0,
                )
                for oz, option in enumerate(options):
                    mp.options.append(
                        Option(
                            fake.ids.v4(), option, option.title(), zindex=oz + 1, date=now - year
                        )
                    )
                fake.metaproperties[mp.id] = mp
        seed_library(fake)  # smartfilters over these metaproperties, more user groups
        select_mps = [m for m in fake.metaproperties.values() if m.options]
        text_mps = [m for m in fake.metaproperties.values() if not m.options]

        # Profiles and users.
        if len(fake.profiles) < 3:
            editor = Profile(fake.ids.v4(), "Editor", ["MEDIAUPLOAD", "MEDIAEDIT", "COLLECTIONS"])
            fake.profiles[editor.id] = editor
        profile_ids = list(fake.profiles)
        user_ids = [fake.current_user_id]
        for i in range(n_users):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            handle = f"{first.lower()}.{last.lower().replace(' ', '')}{len(fake.users)}"
            user = User(
                id=fake.ids.v4(),
                username=f"{handle}@fake-bynder.test",
                email=f"{handle}@fake-bynder.test",
                firstname=first,
                lastname=last,
                profile_id=rng.choice(profile_ids),
                active=i % 5 != 4,
                group_ids=list(fake.groups)[:1] if i % 2 == 0 else [],
                last_login=now - rng.uniform(0, 30 * 86400),
            )
            fake.users[user.id] = user
            user_ids.append(user.id)

        # Assets.
        weights = [w for _, _, w in KINDS]
        cache: dict[tuple[str, int, int], Blob] = {}
        asset_ids: list[str] = []
        for i in range(n_assets):
            kind, ext, _ = rng.choices(KINDS, weights=weights)[0]
            words = rng.sample(WORDS, 2)
            name = f"{words[0].title()} {words[1]} {i + 1}"
            asset = new_asset(
                fake,
                name=name,
                filename=f"{words[0]}_{words[1]}_{i + 1}.{ext}",
                blob=_content(kind, ext, rng, cache),
                brand_id=rng.choice(brand_ids),
                description=f"Seeded {kind} about {words[0]} and {words[1]}.",
                tags=rng.sample(WORDS, rng.randint(0, 3)),
            )
            created = now - rng.uniform(0, year)
            asset.date_created = created
            asset.date_modified = created + rng.uniform(0, now - created)
            asset.date_published = created
            for item in asset.items:
                item.date_created = created
            asset.copyright = "Fake Bynder" if i % 3 == 0 else ""
            asset.archive = i % 17 == 16
            asset.limited = i % 11 == 10
            asset.is_public = i % 4 == 0
            for mp in select_mps:
                if rng.random() < 0.7:
                    count = rng.randint(1, 2) if mp.is_multiselect else 1
                    chosen = rng.sample(mp.options, min(count, len(mp.options)))
                    asset.options[mp.id] = [o.id for o in chosen]
            for mp in text_mps:
                if rng.random() < 0.3:
                    asset.text_values[mp.id] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            asset_ids.append(asset.id)

        # Collections.
        for i in range(n_collections):
            collection = create_collection_object(
                fake,
                f"{rng.choice(WORDS).title()} collection {len(fake.collections) + 1}",
                "Seeded collection",
                user_id=rng.choice(user_ids),
            )
            collection.date_created = now - rng.uniform(0, year)
            collection.date_modified = collection.date_created
            collection.is_public = i % 3 == 0
            if asset_ids:
                collection.media = rng.sample(asset_ids, min(len(asset_ids), rng.randint(0, 8)))

        # Presets, campaigns and jobs.
        preset = Preset(
            fake.ids.uuid(),
            "Three-step review",
            fake.ids.uuid(),
            stages=[
                PresetStage(fake.ids.uuid(), "Brief", 1, responsible_id=user_ids[0]),
                PresetStage(fake.ids.uuid(), "Design", 2, responsible_id=rng.choice(user_ids)),
                PresetStage(fake.ids.uuid(), "Approval", 3, type="approval"),
            ],
        )
        fake.presets[preset.id] = preset
        campaigns = []
        for i in range(n_campaigns):
            campaign = new_campaign(
                fake, f"{rng.choice(WORDS).title()} campaign {i + 1}", f"C{i + 1:03d}"
            )
            campaign.description = "Seeded campaign"
            campaign.responsible_id = rng.choice(user_ids)
            campaign.date_start = "2024-01-01T00:00:00+00:00"
            campaign.deadline = "2030-12-31T00:00:00+00:00"
            campaigns.append(campaign)
        if campaigns:
            for i in range(n_jobs):
                job = new_job(
                    fake,
                    f"{rng.choice(WORDS).title()} job {i + 1}",
                    campaigns[i % len(campaigns)],
                    rng.choice(user_ids),
                    rng.choice([preset.id, fake.default_preset_id]),
                )
                job.deadline = f"2030-{(i % 12) + 1:02d}-15"
                if asset_ids:
                    job.media = rng.sample(asset_ids, min(len(asset_ids), rng.randint(0, 3)))

        # Orders.
        statuses = ("IN_PRODUCTION", "FOR_ORDER", "FINISHED", "OUT_FOR_DELIVERY")
        for i in range(n_orders):
            lines = [
                OrderLine(
                    id=fake.ids.uuid(),
                    product_id=fake.ids.uuid(),
                    product_name=f"{rng.choice(WORDS).title()} {rng.choice(('poster', 'flyer', 'mug'))}",
                    quantity=rng.randint(1, 50),
                    item_price=round(rng.uniform(0.1, 20.0), 2),
                    reference_id=f"REF{i:04d}{j}",
                )
                for j in range(rng.randint(1, 3))
            ]
            order = Order(
                id=fake.ids.uuid(),
                number=f"NL{len(fake.orders) + 1:04d}",
                username=fake.users[rng.choice(user_ids)].username,
                date_created=now - rng.uniform(0, year),
                status=rng.choice(statuses),
                net_price=round(sum(line.quantity * line.item_price for line in lines), 2),
                lines=lines,
            )
            fake.orders[order.id] = order

        # The newer services: quarantined uploads, product-layer relations.
        seed_platform(fake, rng, asset_ids)
