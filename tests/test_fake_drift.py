"""`fake.drift`: answers that depart from the spec on purpose, over both front ends, while the
fake's own check of its answers stays quiet (drift comes after it)."""

from __future__ import annotations

import httpx
import pytest

from bynder_ext.testing import FakeBynder
from tests.portal import Portal


def _get(p: Portal, path: str) -> httpx.Response:
    return p.raw.get(
        p.base_url + path, headers={"Authorization": f"Bearer {p.fake.permanent_token}"}
    )


def test_an_undocumented_field_in_every_object_of_the_answer(portal: Portal) -> None:
    p = portal
    p.fake.drift.add_field("list_brands", "newField", {"nested": True})
    brands = _get(p, "/api/v4/brands/").json()
    assert brands
    assert all(b["newField"] == {"nested": True} for b in brands)
    assert "newField" not in _get(p, "/api/v4/account/").json()  # other operations unchanged


def test_a_changed_type_and_a_missing_field(portal: Portal) -> None:
    p = portal
    before = _get(p, "/api/v4/account/").json()
    assert isinstance(before["name"], str)
    p.fake.drift.change_type("get_account_information", "name")
    p.fake.drift.remove_field("get_account_information", "defaultLanguage")
    after = _get(p, "/api/v4/account/").json()
    assert after["name"] == 42
    assert "defaultLanguage" not in after
    p.fake.drift.change_type("get_account_information", "name", ["a", "list"])
    assert _get(p, "/api/v4/account/").json()["name"] == ["a", "list"]


def test_a_moved_path(portal: Portal) -> None:
    p = portal
    p.fake.drift.move_path("list_tags", "/api/v4/labels/")
    assert _get(p, "/api/v4/tags/").status_code == 404
    moved = _get(p, "/api/v4/labels/")
    assert moved.status_code == 200
    assert p.fake.requests[-1].operation_id == "list_tags"
    p.fake.drift.move_path("get_asset", "/api/v5/assets/{id}/")
    asset = next(iter(p.fake.assets))
    assert _get(p, f"/api/v4/media/{asset}/").status_code == 404
    assert _get(p, f"/api/v5/assets/{asset}/").json()["id"] == asset
    p.fake.drift.clear()
    assert _get(p, "/api/v4/tags/").status_code == 200
    assert _get(p, "/api/v4/labels/").status_code == 404


def test_errors_and_other_answers_are_left_alone(portal: Portal) -> None:
    p = portal
    p.fake.drift.add_field("get_asset", "newField")
    assert "newField" not in _get(p, "/api/v4/media/no-such-asset/").json()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda d: d.add_field("no_such_operation", "x"), "unknown operation"),
        (lambda d: d.remove_field("list_brands", ""), "field name"),
        (lambda d: d.move_path("list_tags", "api/v4/labels/"), "must start with '/'"),
        (lambda d: d.move_path("get_asset", "/api/v5/assets/"), "parameters"),
        (lambda d: d.apply("field:list_brands"), "field|type|remove|move"),
        (lambda d: d.apply("grow:list_brands:x"), "field|type|remove|move"),
    ],
)
def test_bad_knobs_are_refused(call: object, message: str) -> None:
    fake = FakeBynder(strict=False)
    with pytest.raises(ValueError, match=message):
        call(fake.drift)  # type: ignore[operator]
    assert not fake.drift.active


def test_knobs_from_text_as_serve_takes_them() -> None:
    fake = FakeBynder()
    fake.drift.apply("field:list_brands:a").apply("type:list_brands:name")
    fake.drift.apply("remove:list_brands:id").apply("move:list_tags:/api/v4/labels/")
    assert [c.kind for c in fake.drift.fields["list_brands"]] == ["field", "type", "remove"]
    assert fake.drift.moved == {"list_tags": "/api/v4/labels/"}
