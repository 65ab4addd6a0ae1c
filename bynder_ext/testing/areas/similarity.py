"""Similarity search, computed from the assets the fake holds.

Assets look alike in proportion to what they share (Jaccard similarity of their type, tags,
metaproperty options and the words of their names); a text query scores by the share of its words
an asset carries; image data scores 1 against assets whose original is the very same file and 0.5
against other files of the same image format; an image URL that names an asset (its id or id
hash, as derivative and CDN URLs do) searches like that asset. Only OAuth access tokens are
accepted, as on the portal.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import TYPE_CHECKING, Any

from ..messages import FakeRequest, FakeResponse, HTTPError, json_response
from ..platform_state import canonical
from ..router import route
from ..state import Asset, standard_uuid
from .common import json_object

if TYPE_CHECKING:
    from ..core import FakeBynder

FIELDS = ("assetIds", "imageUrl", "imageData", "textQuery")
MAX_RESULTS = 50
WORD = re.compile(r"[a-z0-9]+")


def _bad(message: str, reason: str) -> FakeResponse:
    return json_response(400, {"message": message, "reason": reason, "statuscode": 400})


def _features(fake: FakeBynder, asset: Asset) -> set[str]:
    out = {f"type:{asset.type}"}
    out |= {f"tag:{t.lower()}" for t in asset.tags}
    out |= {f"option:{o}" for ids in asset.options.values() for o in ids}
    out |= {f"word:{w}" for w in WORD.findall(asset.name.lower())}
    return out


def _words(fake: FakeBynder, asset: Asset) -> set[str]:
    text = " ".join([asset.name, asset.description, *asset.tags]).lower()
    words = set(WORD.findall(text))
    for mp_id, option_ids in asset.options.items():
        mp = fake.metaproperties.get(mp_id)
        for option_id in option_ids:
            option = mp.option(option_id) if mp else None
            if option is not None:
                words |= set(WORD.findall(f"{option.name} {option.label}".lower()))
    return words


def _format(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"\xff\xd8"):
        return "jpeg"
    return "other"


def _like_assets(fake: FakeBynder, sources: list[Asset]) -> list[tuple[float, Asset]]:
    wanted = set().union(*(_features(fake, a) for a in sources))
    skip = {a.id for a in sources}
    scored = []
    for asset in fake.assets.values():
        if asset.id in skip:
            continue
        have = _features(fake, asset)
        union = wanted | have
        score = len(wanted & have) / len(union) if union else 0.0
        if score > 0:
            scored.append((score, asset))
    return scored


def _like_text(fake: FakeBynder, query: str) -> list[tuple[float, Asset]]:
    words = set(WORD.findall(query.lower()))
    if not words:
        return []
    scored = []
    for asset in fake.assets.values():
        score = len(words & _words(fake, asset)) / len(words)
        if score > 0:
            scored.append((score, asset))
    return scored


def _like_data(fake: FakeBynder, data: bytes) -> list[tuple[float, Asset]]:
    kind = _format(data)
    scored = []
    for asset in fake.assets.values():
        original = asset.original()
        if original is None or asset.type != "image":
            continue
        if original.size == len(data) and original.blob.read_all() == data:
            scored.append((1.0, asset))
            continue
        head = original.blob.read_all()[:8] if original.size else b""
        if kind != "other" and _format(head) == kind:
            scored.append((0.5, asset))
    return scored


@route("POST", "/api/1/assets/similarity-search/", "search_similar_assets", scopes=("asset:read",))
def search_similar_assets(fake: FakeBynder, req: FakeRequest) -> FakeResponse:
    token = fake.bearer(req)
    info = fake.tokens.get(token) if token else None
    if info is not None and info.permanent:
        raise HTTPError(403, "Permanent tokens are not accepted here; use an OAuth access token")
    body = json_object(req)
    given = [name for name in FIELDS if body.get(name) not in (None, "", [])]
    if len(given) > 1:
        return _bad(
            "Multiple search parameters provided. Please provide only one of the following "
            "parameters: assetIds, imageUrl, imageData, textQuery.",
            "MULTIPLE_SEARCH_PARAMETERS",
        )
    if not given:
        return _bad(
            "No search parameter provided. Please provide one of the following parameters: "
            "assetIds, imageUrl, imageData, textQuery.",
            "NO_SEARCH_PARAMETERS",
        )
    (name,) = given
    value: Any = body[name]
    by_id = {canonical(a.id): a for a in fake.assets.values()}
    scored: list[tuple[float, Asset]]
    if name == "assetIds":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise HTTPError(400, "assetIds must be an array of asset ids")
        unknown = [v for v in value if canonical(v) not in by_id]
        if unknown:
            raise HTTPError(400, f"Unknown assets: {', '.join(unknown)}")
        scored = _like_assets(fake, [by_id[canonical(v)] for v in value])
    elif name == "textQuery":
        if not isinstance(value, str):
            raise HTTPError(400, "textQuery must be a string")
        scored = _like_text(fake, value)
    elif name == "imageUrl":
        if not isinstance(value, str):
            raise HTTPError(400, "imageUrl must be a string")
        flat = canonical(value)
        named = [a for a in fake.assets.values() if canonical(a.id) in flat or a.id_hash in value]
        scored = _like_assets(fake, named[:1]) if named else []
    else:
        if not isinstance(value, str):
            raise HTTPError(400, "imageData must be a base64 string")
        encoded = value.split(",", 1)[1] if value.startswith("data:") else value
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise HTTPError(400, "imageData is not valid base64") from exc
        scored = _like_data(fake, data)
    scored.sort(key=lambda pair: (-pair[0], pair[1].id))
    assets = [
        {"assetId": standard_uuid(a.id), "similarityScore": round(score, 4)}
        for score, a in scored[:MAX_RESULTS]
    ]
    return json_response(200, {"assets": assets})
