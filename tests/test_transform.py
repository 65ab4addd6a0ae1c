"""Dynamic asset transformations: the URL built from io, focus point, format and quality; each
invalid input refused before any request; fetched bytes with the right type, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from bynder_ext import (
    BynderClient,
    ConfigurationError,
    DownloadError,
    NotFound,
    PermanentToken,
    connect,
)
from bynder_ext.client import session_of
from bynder_ext.errors import InvalidRequest
from bynder_ext.testing import FakeBynder
from bynder_ext.testing.areas.transform import png_bytes
from bynder_ext.testing.areas.upload import new_asset
from bynder_ext.testing.blobs import MemoryBlob
from bynder_ext.transform import (
    Transformation,
    afetch_transformation,
    fetch_transformation,
    transform_op,
    transformation_url,
)

PORTAL = "https://portal.fake-bynder.test"
ASSET = "5A921187-19C7-8DF4-8F4FF31E78DE5857"


class Api:
    """The sync or the async fetch behind one awaitable interface."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async

    async def fetch(self, *args: Any, **kwargs: Any) -> Transformation:
        if self.is_async:
            return await afetch_transformation(*args, **kwargs)
        return fetch_transformation(*args, **kwargs)


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Api:
    return Api(request.param == "async")


@pytest.fixture
def fake(fake_bynder_core: FakeBynder) -> FakeBynder:
    return fake_bynder_core


def make_client(fake: FakeBynder, **kwargs: Any) -> BynderClient:
    return connect(
        PORTAL, auth=PermanentToken(fake.permanent_token), transport=fake.transport(), **kwargs
    )


@pytest.fixture
async def client(fake: FakeBynder) -> AsyncIterator[BynderClient]:
    client = make_client(fake)
    yield client
    session_of(client).close()
    await session_of(client).aclose()


@pytest.fixture
def asset_id(fake: FakeBynder) -> str:
    with fake.lock:
        asset = new_asset(
            fake,
            name="Tulip field",
            filename="tulips.png",
            blob=MemoryBlob(png_bytes(640, 480)),
            brand_id=fake.default_brand_id,
        )
    return asset.id


# -- URLs ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kwargs", "tail"),
    [
        ("Tulips", {}, "/Tulips"),
        (
            "Tulips",
            {"io": "transform:fill,width:100,height:100"},
            "/Tulips?io=transform:fill,width:100,height:100",
        ),
        (
            "Tulips",
            {
                "io": [
                    "transform:rotate,angle:90",
                    "transform:fill,width:100,height:50",
                    "transform:flip",
                ]
            },
            "/Tulips?io=transform:rotate,angle:90&io=transform:fill,width:100,height:50"
            "&io=transform:flip",
        ),
        ("Tulips", {"focus_point": (0.5, 0.25)}, "/Tulips?focuspoint=0.5,0.25"),
        ("Tulips", {"focus_point": (0, 1)}, "/Tulips?focuspoint=0,1"),
        ("Tulips", {"focus_point": [1.0, 0.0]}, "/Tulips?focuspoint=1,0"),
        ("Tulips", {"focus_point": (1 / 3, 1e-9)}, "/Tulips?focuspoint=0.333333,0"),
        ("Tulips", {"format": "jpg"}, "/Tulips?format=jpg"),
        ("Tulips", {"format": "png"}, "/Tulips?format=png"),
        ("Tulips", {"format": "webp"}, "/Tulips"),
        ("Tulips", {"quality": 80}, "/Tulips?quality=80"),
        (
            "Tulips",
            {
                "io": [transform_op("crop", width=300, height=200, gravity="center")],
                "focus_point": (0.1, 0.9),
                "format": "jpg",
                "quality": 1,
            },
            "/Tulips?io=transform:crop,width:300,height:200,gravity:center"
            "&focuspoint=0.1,0.9&format=jpg&quality=1",
        ),
        (
            "Tulip field/2024 #1",
            {"io": "transform:background,color:#ff0000"},
            "/Tulip%20field%2F2024%20%231?io=transform:background,color:%23ff0000",
        ),
    ],
)
def test_url_building(fake: FakeBynder, name: str, kwargs: dict[str, Any], tail: str) -> None:
    client = make_client(fake)

    url = transformation_url(client, ASSET, name, **kwargs)

    assert url == f"{PORTAL}/transform/{ASSET}{tail}"
    assert list(fake.requests) == []


def test_url_uses_the_portal_origin(fake: FakeBynder) -> None:
    client = connect(
        "http://127.0.0.1:8765",
        auth=PermanentToken(fake.permanent_token),
        transport=fake.transport(),
    )
    assert transformation_url(client, "a", "b") == "http://127.0.0.1:8765/transform/a/b"


@pytest.mark.parametrize(
    ("operation", "params", "expected"),
    [
        ("fill", {"width": 100, "height": 100}, "transform:fill,width:100,height:100"),
        (
            "fill",
            {"width": 100, "aspectratio": "16x9"},
            "transform:fill,width:100,aspectratio:16x9",
        ),
        ("flip", {}, "transform:flip"),
        (
            "rotate",
            {"angle": 270, "background": "000"},
            "transform:rotate,angle:270,background:000",
        ),
        (
            "crop",
            {"width": 5, "height": 6, "x": 0, "y": 7, "shape": "circle", "blur": 3},
            "transform:crop,width:5,height:6,x:0,y:7,shape:circle,blur:3",
        ),
        ("scale", {"height": 40}, "transform:scale,height:40"),
        (
            "extend",
            {"width": 10, "height": 10, "background": "fff"},
            "transform:extend,width:10,height:10,background:fff",
        ),
        ("fit", {"width": 8}, "transform:fit,width:8"),
        ("mirror", {}, "transform:mirror"),
        ("background", {"color": "#00ff00"}, "transform:background,color:#00ff00"),
    ],
)
def test_transform_op_writes_io_strings(
    operation: str, params: dict[str, Any], expected: str
) -> None:
    assert transform_op(operation, **params) == expected


@pytest.mark.parametrize(
    ("operation", "params", "message"),
    [
        ("blur", {"radius": 3}, "unknown operation 'blur'"),
        ("fill", {"angle": 90}, "takes no parameter 'angle'"),
        ("fill", {"width": True}, "must be an int or a string"),
        ("fill", {"width": 1.5}, "must be an int or a string"),
        ("flip", {"x": 1}, "flip takes no parameter 'x' \\(it takes: none\\)"),
    ],
)
def test_transform_op_refuses_bad_operations(
    operation: str, params: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        transform_op(operation, **params)


# -- validation before any request -----------------------------------------------------------------

INVALID: list[tuple[dict[str, Any], str]] = [
    ({"io": "fill,width:100"}, "must start with 'transform:"),
    ({"io": ["transform:blur,radius:5"]}, "unknown operation 'blur'"),
    ({"io": ["transform:fill,angle:90"]}, "takes no parameter 'angle'"),
    ({"io": ["transform:fill,width"]}, "is not 'name:value'"),
    ({"io": ["transform:fill,width:0"]}, "must be >= 1"),
    ({"io": ["transform:fill,width:-5"]}, "whole number"),
    ({"io": ["transform:fill,width:1e3"]}, "whole number"),
    ({"io": ["transform:fill,width:10,width:20"]}, "given twice"),
    ({"io": ["transform:rotate,angle:400"]}, "between 0 and 360"),
    ({"io": ["transform:crop,gravity:middle"]}, "gravity must be one of"),
    ({"io": ["transform:crop,shape:triangle"]}, "circle or square"),
    ({"io": ["transform:fill,aspectratio:wide"]}, "16x9"),
    ({"io": ["transform:fill,aspectratio:16:9"]}, "holds ','"),
    ({"io": ["transform:background,color:"]}, "is empty"),
    ({"io": ["transform:background,color:red green"]}, "holds ','"),
    ({"io": ["transform:flip", 42]}, "each io entry must be a string"),
    ({"io": 42}, "io must be a string or a sequence"),
    ({"focus_point": (1.5, 0.5)}, "focus_point x must be between 0 and 1"),
    ({"focus_point": (0.5, -0.1)}, "focus_point y must be between 0 and 1"),
    ({"focus_point": (float("nan"), 0.5)}, "between 0 and 1"),
    ({"focus_point": (True, 0.5)}, "must be a number"),
    ({"focus_point": ("0.5", 0.5)}, "must be a number"),
    ({"focus_point": (0.5,)}, "an \\(x, y\\) pair"),
    ({"focus_point": "0.5,0.5"}, "an \\(x, y\\) pair"),
    ({"format": "gif"}, "format must be 'jpg', 'png'"),
    ({"format": "JPG"}, "format must be 'jpg', 'png'"),
    ({"quality": 0}, "quality must be an int from 1 to 100"),
    ({"quality": 101}, "quality must be an int from 1 to 100"),
    ({"quality": 50.5}, "quality must be an int from 1 to 100"),
    ({"quality": True}, "quality must be an int from 1 to 100"),
    ({"quality": 80, "format": "png"}, "does not apply to png"),
    ({"asset_id": ""}, "asset_id must be a non-empty string"),
    ({"asset_id": ".."}, "asset_id cannot be"),
    ({"name": " "}, "name must be a non-empty string"),
    ({"name": None}, "name must be a non-empty string"),
]


def _call_args(kwargs: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    options = dict(kwargs)
    return options.pop("asset_id", ASSET), options.pop("name", "Tulips"), options


@pytest.mark.parametrize(("kwargs", "message"), INVALID)
async def test_invalid_input_is_refused_before_any_request(
    api: Api, fake: FakeBynder, client: BynderClient, kwargs: dict[str, Any], message: str
) -> None:
    asset, name, options = _call_args(kwargs)

    with pytest.raises(ConfigurationError, match=message):
        transformation_url(client, asset, name, **options)
    with pytest.raises(ConfigurationError, match=message):
        await api.fetch(client, asset, name, **options)

    assert list(fake.requests) == []


# -- fetching --------------------------------------------------------------------------------------

MAGIC = {
    "image/webp": lambda data: data[:4] == b"RIFF" and data[8:12] == b"WEBP",
    "image/jpeg": lambda data: data[:3] == b"\xff\xd8\xff" and data[-2:] == b"\xff\xd9",
    "image/png": lambda data: data[:8] == b"\x89PNG\r\n\x1a\n",
}


@pytest.mark.parametrize(
    ("format", "quality", "content_type"),
    [
        (None, None, "image/webp"),
        ("webp", 60, "image/webp"),
        ("jpg", 85, "image/jpeg"),
        ("png", None, "image/png"),
    ],
)
async def test_fetch_returns_an_image_of_the_requested_format(
    api: Api,
    fake: FakeBynder,
    client: BynderClient,
    asset_id: str,
    format: str | None,
    quality: int | None,
    content_type: str,
) -> None:
    io = ["transform:fill,width:120,height:80", "transform:rotate,angle:90"]
    options: dict[str, Any] = {"io": io, "focus_point": (0.25, 0.75), "format": format}
    if quality is not None:
        options["quality"] = quality

    result = await api.fetch(client, asset_id, "Tulip field", **options)

    assert result.content_type == content_type
    assert MAGIC[content_type](result.content)
    (sent,) = fake.requests_for("generate_dynamic_asset_transformation")
    assert sent.status == 200
    assert "authorization" in sent.headers
    url = transformation_url(client, asset_id, "Tulip field", **options)
    assert sent.path == urlsplit(url).path
    assert sent.query == parse_qsl(urlsplit(url).query)
    assert [value for key, value in sent.query if key == "io"] == io


async def test_the_portal_refusals_are_typed(
    api: Api, fake: FakeBynder, client: BynderClient, asset_id: str
) -> None:
    with pytest.raises(InvalidRequest, match="hex colour"):
        await api.fetch(client, asset_id, "x", io=["transform:background,color:notacolour"])
    with pytest.raises(NotFound):
        await api.fetch(client, "00000000-0000-0000-0000000000000000", "x")


async def test_refusals_are_raised_when_the_client_does_not_raise(
    api: Api, fake: FakeBynder, asset_id: str
) -> None:
    client = make_client(fake, raise_errors=False)
    with pytest.raises(NotFound, match="Media not found"):
        await api.fetch(client, "00000000-0000-0000-0000000000000000", "x")
    result = await api.fetch(client, asset_id, "x", format="png")
    assert result.content_type == "image/png"


async def test_an_answer_that_is_not_an_image_is_refused(api: Api) -> None:
    def login_page(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, html="<html>Please log in</html>")

    client = connect(
        PORTAL, auth=PermanentToken("t" * 32), transport=httpx.MockTransport(login_page)
    )
    with pytest.raises(DownloadError, match="expected an image, got text/html"):
        await api.fetch(client, ASSET, "x")
