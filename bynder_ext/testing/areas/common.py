"""Helpers shared by the area handlers: reading parameters, paging, ids, signed S3 URLs."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlencode

from ..messages import FakeRequest, HTTPError
from ..state import parse_bool

if TYPE_CHECKING:
    from ..core import FakeBynder

T = TypeVar("T")

DOWNLOAD_URL_LIFETIME = 3600


def query_bool(req: FakeRequest, name: str, default: bool = False) -> bool:
    try:
        value = parse_bool(req.query_value(name))
    except ValueError as exc:
        raise HTTPError(
            400, f"Query parameter {name} must be a boolean (1/0 or true/false)"
        ) from exc
    return default if value is None else value


def query_int(
    req: FakeRequest,
    name: str,
    default: int,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int:
    raw = req.query_value(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise HTTPError(400, f"Query parameter {name} must be an integer") from exc
    if minimum is not None and value < minimum:
        raise HTTPError(400, f"Query parameter {name} must be >= {minimum}")
    if maximum is not None and value > maximum:
        value = maximum
    return value


def form_bool(req: FakeRequest, name: str) -> bool | None:
    try:
        return parse_bool(req.form_value(name))
    except ValueError as exc:
        raise HTTPError(400, f"Field {name} must be a boolean (1/0 or true/false)") from exc


def form_required(req: FakeRequest, name: str, message: str | None = None) -> str:
    value = req.form_value(name)
    if value is None or not value.strip():
        raise HTTPError(400, message or f"Field {name} is required")
    return value


def form_positive_int(req: FakeRequest, name: str) -> int:
    """A required form field holding a whole number >= 1 (400 otherwise)."""
    raw = form_required(req, name)
    try:
        value = int(raw)
    except ValueError as exc:
        raise HTTPError(400, f"Field {name} must be an integer") from exc
    if value < 1:
        raise HTTPError(400, f"Field {name} must be >= 1")
    return value


def json_object(req: FakeRequest) -> dict[str, Any]:
    if not isinstance(req.json, dict):
        raise HTTPError(400, "The request body must be a JSON object")
    return req.json


def json_str(body: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    value = body.get(name)
    if value is None:
        if required:
            raise HTTPError(400, f"Field {name} is required")
        return None
    if not isinstance(value, str):
        raise HTTPError(400, f"Field {name} must be a string")
    if required and not value.strip():
        raise HTTPError(400, f"Field {name} must not be empty")
    return value


def form_json(req: FakeRequest, name: str = "data") -> Any:
    """The JSON document carried in one form field (Bynder's `data=` convention)."""
    raw = req.form_value(name)
    if raw is None or not raw.strip():
        raise HTTPError(400, "No data sent")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise HTTPError(400, "Invalid JSON") from exc


def form_json_ids(req: FakeRequest, name: str = "data") -> list[str]:
    """A JSON array of ids in one form field; 400 when it is anything else."""
    value = form_json(req, name)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise HTTPError(400, f"Field {name} must be a JSON array of ids")
    return list(dict.fromkeys(value))


def json_flag(body: dict[str, Any], name: str) -> bool | None:
    """A boolean of a JSON body, given as true/false or 1/0; None when absent."""
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise HTTPError(400, f"Field {name} must be a boolean")


def json_int(body: dict[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise HTTPError(400, f"Field {name} must be an integer")
    return value


def json_text_map(body: dict[str, Any], name: str) -> dict[str, str] | None:
    """A `{locale: text}` object of a JSON body; None when absent."""
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise HTTPError(400, f"Field {name} must be an object of strings")
    return dict(value)


def page_of(items: Sequence[T], page: int, limit: int) -> list[T]:
    start = (page - 1) * limit
    return list(items[start : start + limit]) if start < len(items) else []


def pagination_headers(total: int, page: int, limit: int) -> list[tuple[str, str]]:
    pages = (total + limit - 1) // limit if limit else 1
    return [
        ("X-Pagination-TotalRecords", str(total)),
        ("X-Pagination-TotalPages", str(pages)),
        ("X-Pagination-Page", str(page)),
        ("X-Pagination-Limit", str(limit)),
    ]


def amz_date(ts: float) -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(ts))


def download_url(fake: FakeBynder, req: FakeRequest, key: str) -> str:
    """A signed, expiring URL on the S3 origin for the stored object `key`."""
    now = fake.clock()
    date = amz_date(now)
    expires = str(DOWNLOAD_URL_LIFETIME)
    signature = fake.sign(f"GET\n{key}\n{date}\n{expires}")
    query = urlencode(
        {
            "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
            "X-Amz-Credential": f"FAKEBYNDER/{date[:8]}/eu-central-1/s3/aws4_request",
            "X-Amz-Date": date,
            "X-Amz-Expires": expires,
            "X-Amz-SignedHeaders": "host",
            "X-Amz-Signature": signature,
        }
    )
    return f"{req.s3_base.rstrip('/')}/{quote(key)}?{query}"


def portal_url(req: FakeRequest, path: str) -> str:
    return f"{req.origin.rstrip('/')}{path}"
