"""Socket-free request and response types shared by the fake's core and its front ends.

A front end (the httpx transport or the loopback server) turns what it received into a
`FakeRequest`, hands it to `FakeBynder.handle`, and turns the `FakeResponse` back into bytes on the
wire or an `httpx.Response`. Handlers raise `HTTPError` for an expected 4xx; the core turns it into
the error shape of the area that raised it (Bynder JSON, Brandstore JSON, OAuth JSON or S3 XML).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol
from urllib.parse import parse_qsl
from xml.sax.saxutils import escape

ErrorStyle = Literal["bynder", "store", "oauth", "s3", "jsonapi"]
Target = Literal["portal", "s3"]
Drop = Literal["request", "response"]


class BodyReader(Protocol):
    """Anything with a file-like `read`; `read(-1)` reads to the end."""

    def read(self, n: int = -1, /) -> bytes: ...


class HTTPError(Exception):
    """An expected error answer: status, message and, for S3 and OAuth, a machine code.
    `plain`: the portal sends the message as text/plain rather than its JSON error."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        plain: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = dict(headers or {})
        self.plain = plain


class BodyTooLarge(Exception):
    """The request body is larger than the configured cap."""


class ClientDisconnected(Exception):
    """The client went away before sending the whole body."""


class Headers:
    """Case-insensitive, order-keeping, multi-valued header list (small and dependency-free)."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, str] | list[tuple[str, str]] | None = None) -> None:
        if items is None:
            self._items: list[tuple[str, str]] = []
        elif isinstance(items, Mapping):
            self._items = [(str(k), str(v)) for k, v in items.items()]
        else:
            self._items = [(str(k), str(v)) for k, v in items]

    def get(self, name: str, default: str | None = None) -> str | None:
        lname = name.lower()
        for key, value in self._items:
            if key.lower() == lname:
                return value
        return default

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def items(self) -> list[tuple[str, str]]:
        return list(self._items)

    def as_dict(self) -> dict[str, str]:
        """Lower-cased names; repeated headers joined with ", "."""
        out: dict[str, str] = {}
        for key, value in self._items:
            lkey = key.lower()
            out[lkey] = f"{out[lkey]}, {value}" if lkey in out else value
        return out


@dataclass
class FakeRequest:
    """One request as the core sees it, independent of sockets.

    `origin` is the scheme and host the request was sent to (used for `Location` headers and
    URLs in bodies); `s3_base` is the URL of the S3 origin that goes with this front end.
    `body` holds the whole body for portal requests; the S3 part upload reads `stream` instead.
    """

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: Headers
    origin: str
    s3_base: str
    target: Target = "portal"
    client_ip: str = "127.0.0.1"
    stream: BodyReader | None = None
    content_length: int | None = None
    body: bytes = b""
    json: Any = None
    form: list[tuple[str, str]] | None = None
    # Filled by the core while routing.
    operation_id: str | None = None
    path_params: dict[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return (self.headers.get("content-type") or "").split(";", 1)[0].strip().lower()

    def query_value(self, name: str) -> str | None:
        """The last value of a query parameter (Bynder reads the last one)."""
        return last_value(self.query, name)

    def query_values(self, name: str) -> list[str]:
        return [value for key, value in self.query if key == name]

    def form_value(self, name: str) -> str | None:
        return last_value(self.form or (), name)

    def form_dict(self) -> dict[str, str]:
        return dict(self.form or ())


ChunkSource = Callable[[], Iterator[bytes]]


@dataclass
class FakeResponse:
    """One answer: status, headers and either `content` or a lazy `chunks` source of `length` bytes.

    `delay` is the latency the front end waits before answering. `drop` asks the front end to
    break the connection: "request" before any answer (after reading part of the body),
    "response" after sending the headers and part of the body. `trickle` (seconds) makes the
    front end send the body one byte at a time, waiting that long between two bytes.
    """

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    content: bytes = b""
    chunks: ChunkSource | None = None
    length: int | None = None
    delay: float = 0.0
    drop: Drop | None = None
    trickle: float = 0.0

    @property
    def body_length(self) -> int:
        return (
            self.length
            if self.chunks is not None and self.length is not None
            else len(self.content)
        )

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    def iter_body(self, chunk_size: int = 1 << 16) -> Iterator[bytes]:
        if self.chunks is not None:
            yield from self.chunks()
            return
        view = memoryview(self.content)
        for start in range(0, len(view), chunk_size):
            yield bytes(view[start : start + chunk_size])


def last_value(pairs: Iterable[tuple[str, str]], name: str) -> str | None:
    """The value of the last pair named ``name`` (None when there is none)."""
    found = None
    for key, value in pairs:
        if key == name:
            found = value
    return found


def encode_json(value: object) -> bytes:
    """JSON as the fake sends it: compact, UTF-8."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def json_response(
    status: int, payload: Any, headers: list[tuple[str, str]] | None = None
) -> FakeResponse:
    body = encode_json(payload)
    return FakeResponse(
        status, [("Content-Type", "application/json"), *(headers or [])], content=body
    )


def empty_response(status: int = 204, headers: list[tuple[str, str]] | None = None) -> FakeResponse:
    return FakeResponse(status, list(headers or []))


def xml_response(
    status: int, xml: str, headers: list[tuple[str, str]] | None = None
) -> FakeResponse:
    return FakeResponse(
        status, [("Content-Type", "application/xml"), *(headers or [])], content=xml.encode()
    )


def s3_error_xml(code: str, message: str, request_id: str = "FAKEBYNDER") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{escape(code)}</Code><Message>{escape(message)}</Message>"
        f"<RequestId>{escape(request_id)}</RequestId><HostId>fake-bynder</HostId></Error>"
    )


_OAUTH_CODES = {400: "invalid_request", 401: "invalid_client", 403: "access_denied"}
_S3_CODES = {
    400: "InvalidArgument",
    403: "AccessDenied",
    404: "NoSuchKey",
    405: "MethodNotAllowed",
    413: "EntityTooLarge",
    416: "InvalidRange",
    429: "SlowDown",
}


def error_response(
    style: ErrorStyle,
    status: int,
    message: str,
    *,
    code: str | None = None,
    headers: Mapping[str, str] | None = None,
    plain: bool = False,
) -> FakeResponse:
    """An error in the shape the given area of Bynder uses (`plain`: the portal's text/plain
    form, which the v4 API sends for an invalid or expired token)."""
    extra = list((headers or {}).items())
    if plain and style == "bynder":
        return FakeResponse(
            status,
            [("Content-Type", "text/plain; charset=utf-8"), *extra],
            content=message.encode(),
        )
    if style == "s3":
        s3_code = code or _S3_CODES.get(
            status, "InternalError" if status >= 500 else "InvalidRequest"
        )
        return xml_response(status, s3_error_xml(s3_code, message), extra)
    if style == "oauth":
        oauth_code = code or _OAUTH_CODES.get(
            status, "server_error" if status >= 500 else "invalid_request"
        )
        return json_response(status, {"error": oauth_code, "error_description": message}, extra)
    if style == "store":
        return json_response(status, {"message": message, "status_code": status}, extra)
    if style == "jsonapi":
        return jsonapi_error(status, message, code=code, headers=extra)
    return json_response(status, {"message": message, "statuscode": status}, extra)


_JSONAPI_CODES = {
    400: "VALIDATION_ERROR",
    401: "AUTHENTICATION_ERROR",
    403: "FORBIDDEN_ERROR",
    404: "MISSING_ERROR",
}


def jsonapi_error(
    status: int,
    detail: str,
    *,
    code: str | None = None,
    headers: list[tuple[str, str]] | None = None,
) -> FakeResponse:
    """A JSON:API `errors` reply (`application/vnd.api+json`), as the authoring API sends."""
    error_code = code or _JSONAPI_CODES.get(status, "UNKNOWN_ERROR")
    title = "".join(part.title() for part in error_code.split("_"))
    body = {"errors": [{"status": status, "code": error_code, "title": title, "detail": detail}]}
    response = json_response(status, body, headers)
    response.headers[0] = ("Content-Type", "application/vnd.api+json")
    return response


def parse_form(body: bytes) -> list[tuple[str, str]]:
    """Parse an `application/x-www-form-urlencoded` body; raise `HTTPError` 400 when malformed."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPError(400, "Malformed form body: not UTF-8") from exc
    if not text:
        return []
    try:
        return parse_qsl(text, keep_blank_values=True, strict_parsing=True, errors="strict")
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPError(400, f"Malformed form body: {exc}") from exc


#: Deepest nesting of arrays and objects a JSON body may have (Bynder's documents need a few).
MAX_JSON_DEPTH = 64


def parse_json(body: bytes) -> Any:
    """Parse a JSON body; raise `HTTPError` 400 when malformed or nested deeper than
    `MAX_JSON_DEPTH` (which would exhaust the recursion of the parser or of the validation)."""
    try:
        value = json.loads(body)
    except RecursionError:
        value = None
        depth = MAX_JSON_DEPTH + 1
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPError(400, f"Malformed JSON body: {exc}") from exc
    else:
        depth = _depth(value)
    if depth > MAX_JSON_DEPTH:
        raise HTTPError(400, f"Malformed JSON body: nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _depth(value: Any) -> int:
    """The nesting depth of a parsed JSON value (a scalar is 0), without recursion."""
    deepest = 0
    stack = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Iterable[Any] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level + 1)
        if deepest > MAX_JSON_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest
