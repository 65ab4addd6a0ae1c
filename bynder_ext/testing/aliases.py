"""Other forms of a request that real clients send, turned into the form the spec states.

Bynder accepts more than one form of a few upload requests, and the official SDKs (Python,
JavaScript, PHP, Java, C#) between them use every one; the spec states one form per operation (a
path and method hold one operation). Before routing, the fake rewrites each form below into the
spec's, so the request is then routed, checked strictly against the spec and handled as if it had
come in that form. Every other request is left alone.

- Register a part on the finalise URL, ``POST /api/v4/upload/{id}/`` with ``chunkNumber`` in the
  form (Bynder's reference): becomes ``register_uploaded_chunk`` on ``/api/v4/upload/`` with the
  upload id in ``id``.
- Finalise on ``POST /api/v4/upload/`` with ``s3_filename`` and ``chunks`` and no
  ``chunkNumber`` (Java): becomes ``finalize_complete_upload`` on ``/api/v4/upload/{id}/``.
- Save with ``importId`` in the form, ``POST /api/v4/media/save/`` (JavaScript, PHP, Java):
  becomes ``save_a_new_asset`` on ``/api/v4/media/save/{importId}/``; with ``id`` in the form too
  (Java's new version) it becomes ``save_as_a_new_asset_version`` on
  ``/api/v4/media/{id}/save/{importId}/``, as does ``POST /api/v4/media/{id}/save/`` with
  ``importId`` in the form (JavaScript, PHP).
- ``brandid`` in lower case (C#) is ``brandId`` on a save.

Paths match with or without their trailing slash, as every other path does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from urllib.parse import quote, urlencode

from .messages import FakeRequest, last_value

Form = list[tuple[str, str]]
# A rewrite gets the path's captured ids and the form; it returns the spec's path and form, or
# None when the request is not in the form it knows.
Rewrite = Callable[[tuple[str, ...], Form], tuple[str, Form] | None]

_ID = r"([^/]+)"


def _without(form: Form, *names: str) -> Form:
    return [(k, v) for k, v in form if k not in names]


def _register_on_upload_path(ids: tuple[str, ...], form: Form) -> tuple[str, Form] | None:
    if last_value(form, "chunkNumber") is None:
        return None
    upload_id = last_value(form, "id") or ids[0]
    return "/api/v4/upload/", [("id", upload_id), *_without(form, "id")]


def _finalise_on_register_path(ids: tuple[str, ...], form: Form) -> tuple[str, Form] | None:
    upload_id = last_value(form, "id")
    if last_value(form, "chunkNumber") is not None or not upload_id:
        return None
    if last_value(form, "s3_filename") is None or last_value(form, "chunks") is None:
        return None
    return f"/api/v4/upload/{quote(upload_id, safe='')}/", form


def _brand_id(form: Form) -> Form:
    """``brandid`` (C#) as ``brandId``, unless the form has ``brandId`` already."""
    if last_value(form, "brandId") is not None or last_value(form, "brandid") is None:
        return form
    return [("brandId" if k == "brandid" else k, v) for k, v in form]


def _save_with_import_id(ids: tuple[str, ...], form: Form) -> tuple[str, Form] | None:
    import_id = last_value(form, "importId")
    if not import_id:
        return None
    rest = _without(form, "importId")
    asset_id = ids[0] if ids else last_value(form, "id")
    if asset_id:
        path = f"/api/v4/media/{quote(asset_id, safe='')}/save/{quote(import_id, safe='')}/"
        return path, _without(rest, "id")
    return f"/api/v4/media/save/{quote(import_id, safe='')}/", _brand_id(rest)


def _save_with_lower_case_brand_id(ids: tuple[str, ...], form: Form) -> tuple[str, Form] | None:
    fixed = _brand_id(form)
    return None if fixed is form else (f"/api/v4/media/save/{ids[0]}/", fixed)


_ALIASES: tuple[tuple[str, re.Pattern[str], Rewrite], ...] = (
    ("POST", re.compile(rf"^/api/v4/upload/{_ID}/?$"), _register_on_upload_path),
    ("POST", re.compile(r"^/api/v4/upload/?$"), _finalise_on_register_path),
    ("POST", re.compile(r"^/api/v4/media/save/?$"), _save_with_import_id),
    ("POST", re.compile(rf"^/api/v4/media/{_ID}/save/?$"), _save_with_import_id),
    ("POST", re.compile(rf"^/api/v4/media/save/{_ID}/?$"), _save_with_lower_case_brand_id),
)


def find(req: FakeRequest) -> Callable[[Form], tuple[str, Form] | None] | None:
    """The rewrite that may apply to ``req`` (by method and path; the form decides later)."""
    if req.target != "portal":
        return None
    for method, pattern, rewrite in _ALIASES:
        if method != req.method:
            continue
        found = pattern.match(req.path)
        if found is not None:
            return partial(rewrite, found.groups())
    return None


def apply(req: FakeRequest, rewrite: Callable[[Form], tuple[str, Form] | None], form: Form) -> bool:
    """Rewrite ``req`` (whose body is the urlencoded ``form``) into the spec's form; False when
    it is not one of the forms known here."""
    done = rewrite(form)
    if done is None:
        return False
    req.path, new_form = done
    req.body = urlencode(new_form).encode()
    req.form = None
    return True
