"""The Raw Request options, checked before anything is sent (ConfigurationError), and the request
and retry policy they make."""

from __future__ import annotations

import contextlib
import math
import mimetypes
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, Final, Literal

import attrs
import httpx

from ..client import Session, is_loopback
from ..errors import ConfigurationError, at_least, flag, headers_checked, non_negative
from ..retry import RetryPolicy
from ..transport import seekable

ResponseType = Literal["json", "text", "binary"]
RESPONSE_TYPES: Final = ("json", "text", "binary")
#: The methods a raw request may use (any case).
HTTP_METHODS: Final = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
Scalar = str | int | float | bool
QueryParams = Mapping[str, Scalar | Sequence[Scalar]] | Sequence[tuple[str, Scalar]]
Headers = Mapping[str, str] | Sequence[tuple[str, str]]
FormValue = str | bytes | int | float | bool
FileValue = bytes | bytearray | memoryview | os.PathLike[str] | IO[bytes]
Output = str | os.PathLike[str] | IO[bytes]
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]
Pairs = list[tuple[str, Any]]


def _delay(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    non_negative(value, attribute.name)


def _method(value: object) -> str:
    if not isinstance(value, str) or value.upper() not in HTTP_METHODS:
        raise ConfigurationError(
            f"method must be an HTTP method ({', '.join(HTTP_METHODS)}), got {value!r}"
        )
    return value.upper()


def _response_type(value: object) -> str:
    if not isinstance(value, str) or value.lower() not in RESPONSE_TYPES:
        raise ConfigurationError(
            f"response_type must be one of {', '.join(RESPONSE_TYPES)}, got {value!r}"
        )
    return value.lower()


def _timeout(value: object) -> httpx.Timeout | None:
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        if any(part is not None and (math.isnan(part) or part <= 0) for part in parts):
            raise ConfigurationError(f"timeout parts must be > 0 seconds, got {value!r}")
        return value
    seconds = non_negative(value, "timeout")
    if seconds == 0:
        raise ConfigurationError("timeout must be > 0 seconds")
    return httpx.Timeout(seconds)


def _pairs(value: object, name: str, label: str, kinds: tuple[type, ...], shown: str) -> Pairs:
    """``(name, value)`` pairs of a dict or a list of pairs, a list value giving one pair each."""
    if value is None:
        return []
    if isinstance(value, Mapping):
        pairs = list(value.items())
    elif (
        isinstance(value, Sequence)
        and not isinstance(value, str | bytes)
        and all(isinstance(pair, tuple | list) and len(pair) == 2 for pair in value)
    ):
        pairs = [(key, item) for key, item in value]
    else:
        raise ConfigurationError(f"{name} must be a dict or a list of (name, value) pairs")
    result: Pairs = []
    for key, item in pairs:
        if not isinstance(key, str) or not key:
            raise ConfigurationError(f"{label} names must be non-empty strings, got {key!r}")
        for one in item if isinstance(item, list | tuple) else [item]:
            if not isinstance(one, kinds):
                raise ConfigurationError(
                    f"{label} {key!r} must be {shown} (or a list of them), got {type(one).__name__}"
                )
            result.append((key, one))
    return result


def _params(value: object) -> Pairs:
    return _pairs(value, "params", "query parameter", (str, int, float), "a string, number or bool")


def _form(value: object) -> Pairs:
    kinds = (str, bytes, bytearray, int, float)
    return _pairs(value, "form_data", "form_data", kinds, "a string, bytes, number or bool")


def _headers(value: object) -> httpx.Headers | None:
    return None if value is None else headers_checked(value, "headers")


def _files(value: object) -> dict[str, bytes | Path | IO[bytes]] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ConfigurationError("file_data and file_data_file_names must be dicts")
    files: dict[str, bytes | Path | IO[bytes]] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise ConfigurationError(f"file_data names must be non-empty strings, got {key!r}")
        if isinstance(item, bytes | bytearray | memoryview):
            files[key] = bytes(item)
        elif isinstance(item, os.PathLike):
            if not Path(item).is_file():
                raise ConfigurationError(f"file_data[{key!r}]: no such file: {Path(item)}")
            files[key] = Path(item)
        elif callable(getattr(item, "read", None)):
            files[key] = item
        else:
            raise ConfigurationError(
                f"file_data[{key!r}] must be bytes, a path (pathlib.Path) or a binary file, "
                f"got {type(item).__name__}"
            )
    return files


def _file_names(value: object) -> dict[str, str] | None:
    if value is not None and not isinstance(value, Mapping):
        raise ConfigurationError("file_data and file_data_file_names must be dicts")
    for key, name in (value or {}).items():
        if not isinstance(name, str) or not name or any(c in name for c in "\r\n\0"):
            raise ConfigurationError(f"file_data_file_names[{key!r}] must be a file name")
    return None if value is None else dict(value)


def _data(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, dict | list | str | bytes | bytearray):
        raise ConfigurationError(
            "data must be a dict or list (sent as JSON), or a str or bytes body, got "
            f"{type(value).__name__}"
        )


def _output(value: object) -> Path | IO[bytes] | None:
    if value is None or isinstance(value, str | os.PathLike):
        path = None if value is None else Path(value)
        if path is not None and not path.parent.is_dir():
            raise ConfigurationError(f"output: the folder {path.parent} does not exist")
        if path is not None and path.is_dir():
            raise ConfigurationError(f"output: {path} is a folder")
        return path
    if callable(getattr(value, "write", None)):
        return value  # type: ignore[return-value]
    raise ConfigurationError("output must be a path or a writable binary file")


@attrs.frozen(kw_only=True)
class RawOptions:
    """The options of the connector's Raw Request action, checked."""

    method: str = attrs.field(converter=_method)
    response_type: str = attrs.field(default="json", converter=_response_type)
    max_retry_count: int = attrs.field(default=0, validator=at_least(0))
    retry_delay_ms: float = attrs.field(default=0, validator=_delay)
    retry_on_all_errors: bool = attrs.field(default=False, validator=flag)
    use_exponential_backoff: bool = attrs.field(default=False, validator=flag)
    raise_errors: bool | None = attrs.field(default=None, validator=attrs.validators.optional(flag))
    timeout: httpx.Timeout | None = attrs.field(default=None, converter=_timeout)
    params: Pairs = attrs.field(default=None, converter=_params)
    headers: httpx.Headers | None = attrs.field(default=None, converter=_headers)
    data: Any = attrs.field(default=None, validator=_data)
    form_data: Pairs = attrs.field(default=None, converter=_form)
    file_data: dict[str, bytes | Path | IO[bytes]] | None = attrs.field(
        default=None, converter=_files
    )
    file_data_file_names: dict[str, str] | None = attrs.field(default=None, converter=_file_names)
    output: Path | IO[bytes] | None = attrs.field(default=None, converter=_output)

    def __attrs_post_init__(self) -> None:
        files, names = self.file_data, self.file_data_file_names
        if (files is None) != (names is None):
            missing = "file_data" if files is None else "file_data_file_names"
            raise ConfigurationError(
                f"file_data and file_data_file_names go together (with the same keys); {missing} "
                "is missing"
            )
        if files is not None and names is not None and set(files) != set(names):
            raise ConfigurationError(
                "the keys of file_data_file_names must match those of file_data: "
                f"{sorted(map(str, files))} != {sorted(map(str, names))}"
            )
        for field, file in (files or {}).items():
            if self.max_retry_count and not isinstance(file, bytes | Path) and not seekable(file):
                raise ConfigurationError(
                    f"file_data[{field!r}] cannot be rewound for a retry: pass bytes or a path, "
                    "or max_retry_count=0"
                )
        if self.data is not None and (self.form_data or files):
            raise ConfigurationError(
                "give data (a JSON or string body) or form_data/file_data (a multipart form), "
                "not both"
            )
        if self.output is not None and self.response_type != "binary":
            raise ConfigurationError(
                "output= streams a binary response: use response_type='binary'"
            )

    def policy(self, connection: Any, **sleeps: Any) -> RetryPolicy:
        """The connector's retry options as a policy, with the connection's clock and
        ``Retry-After`` cap (a hint beyond it ends the retries)."""
        return RetryPolicy.connector(
            max_retry_count=self.max_retry_count,
            retry_delay_ms=self.retry_delay_ms,
            retry_on_all_errors=self.retry_on_all_errors,
            use_exponential_backoff=self.use_exponential_backoff,
            retry_after_cap=connection.retry_after_cap,
            clock=connection.clock,
            **sleeps,
        )

    def body(self, opened: contextlib.ExitStack) -> dict[str, Any]:
        """The body's keyword arguments for ``build_request``; a file given by path is opened
        once, in ``opened``, and sent again from its start by every attempt."""
        if isinstance(self.data, dict | list):
            return {"json": self.data}
        if self.data is not None:
            return {
                "content": self.data.encode() if isinstance(self.data, str) else bytes(self.data)
            }
        if not self.form_data and not self.file_data:
            return {}
        parts: list[tuple[str, Any]] = [
            (name, (None, _text(v), None)) for name, v in self.form_data
        ]
        names = self.file_data_file_names or {}
        for field, file in (self.file_data or {}).items():
            if isinstance(file, Path):
                file = opened.enter_context(file.open("rb"))
            kind = mimetypes.guess_type(names[field])[0] or "application/octet-stream"
            parts.append((field, (names[field], file, kind)))
        return {"files": parts}


def _text(value: object) -> str | bytes:
    """A form field's value as multipart sends it (``true``/``false`` for a bool)."""
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    return str(value).lower() if isinstance(value, bool) else str(value)


def check_url(session: Session, url: object) -> str:
    """The absolute URL: a path on the portal, or an https URL (http only on loopback)."""
    text = str(url).strip() if isinstance(url, str | httpx.URL) else ""
    if not text:
        raise ConfigurationError(f"url must be a non-empty string, got {url!r}")
    if any(c.isspace() or ord(c) < 32 for c in text):
        raise ConfigurationError(f"url {url!r} contains whitespace or control characters")
    if text.startswith("//"):
        raise ConfigurationError(f"url {url!r}: give a path (/api/...) or an absolute https URL")
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"url {url!r} is not valid: {exc}") from None
    if not parsed.is_absolute_url:
        if ":" in text.split("/", 1)[0]:
            raise ConfigurationError(f"url {url!r}: only http and https URLs are supported")
        return session.origin + (text if text.startswith("/") else "/" + text)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"url {url!r}: only http and https URLs are supported")
    if parsed.userinfo:
        raise ConfigurationError("url must not contain credentials: pass them in headers")
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise ConfigurationError(
            f"refusing plain http for {parsed.host}: use https (http is allowed only for "
            "loopback hosts)"
        )
    return text


def query(url: str, params: Pairs) -> Pairs | None:
    """The URL's own query followed by ``params``: httpx replaces a URL's query with any params
    it is given (the client's default params included), so the two are joined here."""
    return [*httpx.URL(url).params.multi_items(), *params] or None
