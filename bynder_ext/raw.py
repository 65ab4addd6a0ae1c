"""Raw Request: any HTTP request to Bynder, with the options and defaults of the connector's
"Raw Request" action.

    reply = raw_request(client, "GET", "/api/v4/media/", params={"limit": 5})
    reply.status_code, reply.headers, reply.body          # body: decoded JSON by default

Where a request goes: a relative URL (``/api/v4/media/``) or an absolute one on the portal's
origin uses the portal's client (the bearer token, the request budget, redaction); an absolute URL
on any other origin (S3, a CDN) uses the session's external client, which never sends the token
and takes no budget slot. Plain http is refused except on loopback hosts.

The body is one of: ``data`` (a dict or list sent as JSON; a str or bytes sent as is, with the
Content-Type you put in ``headers``), or a multipart form made of ``form_data`` fields followed by
``file_data`` files, each named by ``file_data_file_names`` (the two must have the same keys).
Files may be bytes, a path (opened for each attempt) or a binary file object (sent from its start).

Retries follow the connector: ``max_retry_count`` retries (default 0) after a network error or a
5xx, and with ``retry_on_all_errors`` after any status >= 300 too (429, 404, 302, ...). Each
retry waits ``retry_delay_ms`` (default 0), or with ``use_exponential_backoff`` 1, 2, 4, ... s up
to 60 s (no jitter, so the delays are the documented ones). A ``Retry-After`` header makes a
retry wait at least that long; one beyond the client's ``retry_after_cap`` (60 s by default) ends
the retries. Every method is retried, POST included: the counts are the caller's choice, and the
transport's own retries are switched off for these requests so that they are exact. ``sleep``
can be injected (tests).

The answer: a :class:`RawResponse` with the status, the headers, the body decoded as
``response_type`` says (``json``: the parsed JSON, None when empty; ``text``: a str; ``binary``:
bytes, or with ``output=`` streamed to a path or a writable binary file and None in ``body``), the
redacted URL and the number of retries. Errors: a final status >= 400 raises the typed error of
:mod:`bynder_ext.errors` unless ``raise_errors=False`` (default: the client's own setting, True
unless ``connect(raise_errors=False)``); such a non-2xx body is decoded leniently (JSON when it
parses, else text), and is never written to ``output``. A 2xx answer that is not JSON when JSON
was asked for raises UnexpectedResponse. A request that got no answer raises TransportError (or
RequestTimeout). Bad arguments raise ConfigurationError before anything is sent.

The client's overall deadline (``connect(deadline=...)``, see :mod:`bynder_ext.deadline`) covers
the whole call, its retries and waits included: a retry whose wait would not fit is not made, and
the call raises RequestTimeout once it passes. A body gets one more second per 64 KiB of its
announced size.

Written here rather than with a retry library because the connector's rules (a fixed delay in
milliseconds, "all errors" including 3xx, exact counts for every method) are not a policy any of
them offers, and the loop is short.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import mimetypes
import os
import re
import tempfile
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final, Literal, cast

import httpx

from .client import RAISE_EXTENSION, BynderClient, Session, is_loopback, session_of
from .deadline import DEADLINE_EXTENSION, Deadline
from .errors import (
    ConfigurationError,
    TransportError,
    UnexpectedResponse,
    decode_body,
    error_from_response,
    headers_checked,
    non_negative,
    parse_retry_after,
    redact_url,
    transport_error_from,
)
from .transport import RETRY_EXTENSION, RetryPolicy, seekable

__all__ = [
    "EXPONENTIAL_BACKOFF_BASE",
    "EXPONENTIAL_BACKOFF_MAX",
    "HTTP_METHODS",
    "RESPONSE_TYPES",
    "RawResponse",
    "araw_request",
    "raw_request",
]

ResponseType = Literal["json", "text", "binary"]
RESPONSE_TYPES: Final = ("json", "text", "binary")
#: Seconds before the first retry with ``use_exponential_backoff``; doubled for each retry.
EXPONENTIAL_BACKOFF_BASE: Final = 1.0
#: The longest wait between two retries with ``use_exponential_backoff``.
EXPONENTIAL_BACKOFF_MAX: Final = 60.0

Scalar = str | int | float | bool
QueryParams = Mapping[str, Scalar | Sequence[Scalar]] | Sequence[tuple[str, Scalar]]
Headers = Mapping[str, str] | Sequence[tuple[str, str]]
FormValue = str | bytes | int | float | bool
FileValue = bytes | bytearray | memoryview | os.PathLike[str] | IO[bytes]
Output = str | os.PathLike[str] | IO[bytes]

# A query pair as httpx types it.
_Query = list[tuple[str, str | int | float | bool | None]]

#: The methods a raw request may use (any case).
HTTP_METHODS: Final = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
_NO_TRANSPORT_RETRIES: Final = RetryPolicy(max_retries=0)
_TOKEN: Final = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_CHUNK: Final = 1 << 16


@dataclass(frozen=True)
class RawResponse:
    """The answer to :func:`raw_request`: ``status_code``, ``headers``, ``body`` (decoded as the
    response type says; None when streamed to ``output``), ``url`` (redacted) and ``retries``."""

    status_code: int
    headers: httpx.Headers
    body: Any
    url: str
    retries: int

    @property
    def is_success(self) -> bool:
        """Whether the status is 2xx."""
        return 200 <= self.status_code < 300


# Argument checks ---------------------------------------------------------------------------------


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigurationError(f"{name} must be True or False, got {value!r}")
    return value


def _timeout(value: object) -> httpx.Timeout | None:
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        for part in (value.connect, value.read, value.write, value.pool):
            if part is not None and (math.isnan(part) or part <= 0):
                raise ConfigurationError(f"timeout parts must be > 0 seconds, got {value!r}")
        return value
    seconds = non_negative(value, "timeout")
    if seconds == 0:
        raise ConfigurationError("timeout must be > 0 seconds")
    return httpx.Timeout(seconds)


def _pairs(value: object, name: str) -> list[tuple[object, object]]:
    if isinstance(value, Mapping):
        return list(value.items())
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        pairs: list[tuple[object, object]] = []
        for pair in value:
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                raise ConfigurationError(f"{name} must be a dict or a list of (name, value) pairs")
            pairs.append((pair[0], pair[1]))
        return pairs
    raise ConfigurationError(f"{name} must be a dict or a list of (name, value) pairs")


def _name(value: object, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{what} names must be non-empty strings, got {value!r}")
    return value


def _params(value: object) -> _Query | None:
    if value is None:
        return None
    result: _Query = []
    for key, item in _pairs(value, "params"):
        name = _name(key, "query parameter")
        values = item if isinstance(item, list | tuple) else [item]
        for single in values:
            if not isinstance(single, str | int | float | bool):
                raise ConfigurationError(
                    f"query parameter {name!r} must be a string, number or bool (or a list of "
                    f"them), got {type(single).__name__}"
                )
            result.append((name, single))
    return result


def _query(url: str, params: object) -> _Query | None:
    """The URL's own query followed by ``params``: httpx replaces a URL's query with any params
    it is given (the client's default params included), so the two are joined here."""
    combined: _Query = [*httpx.URL(url).params.multi_items(), *(_params(params) or [])]
    return combined or None


def _headers(value: object) -> list[tuple[str, str]] | None:
    if value is None:
        return None
    result: list[tuple[str, str]] = []
    for key, item in _pairs(value, "headers"):
        if not isinstance(key, str) or not _TOKEN.fullmatch(key):
            raise ConfigurationError(f"header name {key!r} is not a valid HTTP header name")
        if not isinstance(item, str):
            raise ConfigurationError(f"header {key!r} must be a single-line string")
        result.append((key, item))
    headers_checked(result)
    return result


def _form_bytes(value: object, name: str) -> bytes:
    if isinstance(value, bool):
        return b"true" if value else b"false"
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if isinstance(value, int | float):
        return str(value).encode("ascii")
    raise ConfigurationError(
        f"form_data[{name!r}] must be a string, bytes, number or bool (or a list of them)"
    )


def _form(value: object) -> list[tuple[str, bytes]]:
    if value is None:
        return []
    if not isinstance(value, Mapping):
        raise ConfigurationError("form_data must be a dict of field names to values")
    fields: list[tuple[str, bytes]] = []
    for key, item in value.items():
        name = _name(key, "form_data")
        for single in item if isinstance(item, list | tuple) else [item]:
            fields.append((name, _form_bytes(single, name)))
    return fields


@dataclass(frozen=True)
class _File:
    field: str
    filename: str
    content: bytes | None = None
    path: Path | None = None
    stream: IO[bytes] | None = None

    @property
    def content_type(self) -> str:
        return mimetypes.guess_type(self.filename)[0] or "application/octet-stream"


def _files(data: object, names: object, retries: int) -> list[_File]:
    if data is None and names is None:
        return []
    if data is None or names is None:
        missing = "file_data" if data is None else "file_data_file_names"
        raise ConfigurationError(
            f"file_data and file_data_file_names go together (with the same keys); {missing} "
            "is missing"
        )
    if not isinstance(data, Mapping) or not isinstance(names, Mapping):
        raise ConfigurationError("file_data and file_data_file_names must be dicts")
    if set(data) != set(names):
        raise ConfigurationError(
            "the keys of file_data_file_names must match those of file_data: "
            f"{sorted(map(str, data))} != {sorted(map(str, names))}"
        )
    files: list[_File] = []
    for key, value in data.items():
        field = _name(key, "file_data")
        filename = names[key]
        if not isinstance(filename, str) or not filename or any(c in filename for c in "\r\n\0"):
            raise ConfigurationError(f"file_data_file_names[{field!r}] must be a file name")
        if isinstance(value, bytes | bytearray | memoryview):
            files.append(_File(field, filename, content=bytes(value)))
        elif isinstance(value, os.PathLike):
            path = Path(value)
            if not path.is_file():
                raise ConfigurationError(f"file_data[{field!r}]: no such file: {path}")
            files.append(_File(field, filename, path=path))
        elif callable(getattr(value, "read", None)):
            stream = cast(IO[bytes], value)
            if retries and not seekable(stream):
                raise ConfigurationError(
                    f"file_data[{field!r}] cannot be rewound for a retry: pass bytes or a path, "
                    "or max_retry_count=0"
                )
            files.append(_File(field, filename, stream=stream))
        else:
            raise ConfigurationError(
                f"file_data[{field!r}] must be bytes, a path (pathlib.Path) or a binary file, "
                f"got {type(value).__name__}"
            )
    return files


def _url(session: Session, url: object) -> str:
    if isinstance(url, httpx.URL):
        url = str(url)
    if not isinstance(url, str) or not url.strip():
        raise ConfigurationError(f"url must be a non-empty string, got {url!r}")
    text = url.strip()
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


def _output(value: object, response_type: str) -> Path | IO[bytes] | None:
    if value is None:
        return None
    if response_type != "binary":
        raise ConfigurationError("output= streams a binary response: use response_type='binary'")
    if isinstance(value, str | os.PathLike):
        path = Path(value)
        if not path.parent.is_dir():
            raise ConfigurationError(f"output: the folder {path.parent} does not exist")
        if path.is_dir():
            raise ConfigurationError(f"output: {path} is a folder")
        return path
    if callable(getattr(value, "write", None)):
        return cast(IO[bytes], value)
    raise ConfigurationError("output must be a path or a writable binary file")


# The prepared request ----------------------------------------------------------------------------


class _Attempt:
    """What one attempt did that a retry must undo."""

    wrote = False


@dataclass(frozen=True)
class _Raw:
    session: Session
    method: str
    url: str
    portal: bool
    params: _Query | None
    headers: list[tuple[str, str]] | None
    json_body: Any
    content: bytes | None
    fields: list[tuple[str, bytes]]
    files: list[_File]
    response_type: str
    timeout: httpx.Timeout | None
    delay: float
    retry_on_all_errors: bool
    max_retries: int
    exponential: bool
    output: Path | IO[bytes] | None
    output_start: int | None
    raise_errors: bool
    deadline: Deadline

    def build(self, http: httpx.Client | httpx.AsyncClient, stack: contextlib.ExitStack) -> Any:
        kwargs: dict[str, Any] = {}
        if self.json_body is not None:
            kwargs["json"] = self.json_body
        elif self.content is not None:
            kwargs["content"] = self.content
        if self.fields or self.files:
            parts: list[tuple[str, Any]] = [(n, (None, v, None)) for n, v in self.fields]
            for file in self.files:
                body: bytes | IO[bytes]
                if file.path is not None:
                    body = stack.enter_context(file.path.open("rb"))
                elif file.stream is not None:
                    body = file.stream
                else:
                    body = file.content or b""
                parts.append((file.field, (file.filename, body, file.content_type)))
            kwargs["files"] = parts
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        return http.build_request(
            self.method,
            self.url,
            params=self.params,
            headers=self.headers,
            extensions={
                RETRY_EXTENSION: _NO_TRANSPORT_RETRIES,
                RAISE_EXTENSION: False,
                DEADLINE_EXTENSION: self.deadline,  # one deadline for every attempt
            },
            **kwargs,
        )

    # Retries ------------------------------------------------------------------------------------

    def _wait(self, retries: int) -> float:
        if self.exponential:
            return min(EXPONENTIAL_BACKOFF_BASE * 2.0**retries, EXPONENTIAL_BACKOFF_MAX)
        return self.delay

    def delay_after_status(self, response: httpx.Response, retries: int) -> float | None:
        """Seconds to wait before retrying after ``response``; None to keep it."""
        status = response.status_code
        if retries >= self.max_retries:
            return None
        if not (status >= 500 or (self.retry_on_all_errors and status >= 300)):
            return None
        wait = self._wait(retries)
        policy = self.session.retry
        hint = parse_retry_after(response.headers.get("Retry-After"), (policy.clock or time.time)())
        if hint is not None:
            if hint > policy.retry_after_cap:
                return None
            wait = max(wait, hint)
        return wait if self.deadline.left() > wait else None

    def delay_after_failure(self, retries: int, attempt: _Attempt) -> float | None:
        """Seconds to wait before retrying after a network error; None to give up."""
        wait = self._wait(retries)
        if retries >= self.max_retries or self.deadline.left() <= wait:
            return None
        if attempt.wrote and not isinstance(self.output, Path) and self.output is not None:
            if self.output_start is None:
                return None  # part of the body went to a stream that cannot be rewound
            self.output.seek(self.output_start)
            self.output.truncate()
        return wait

    def log_retry(self, request: httpx.Request, what: str, delay: float, retry: int) -> None:
        self.session.logger.debug(
            "raw request %s %s: %s, retry %d of %d in %.3f s",
            self.method,
            redact_url(request.url, self.session.secrets()),
            what,
            retry,
            self.max_retries,
            delay,
        )

    # Answers ------------------------------------------------------------------------------------

    def error(self, response: httpx.Response) -> Exception:
        return error_from_response(
            response, secrets=self.session.secrets(), clock=self.session.retry.clock
        )

    def wrap(self, exc: httpx.TransportError) -> TransportError:
        """httpx's error (raised while a body was read) as bynder_ext's, redacted."""
        return transport_error_from(exc, secrets=self.session.secrets())

    def streams(self, response: httpx.Response) -> bool:
        return self.output is not None and response.is_success

    def decode(self, response: httpx.Response, retries: int) -> RawResponse:
        """The RawResponse for a response whose body has been read (or streamed to output)."""
        body: Any = None
        if not self.streams(response):
            content = response.content
            if self.response_type == "binary":
                body = content
            elif not response.is_success:
                body = decode_body(response)
            elif self.response_type == "text":
                body = response.text
            elif content.strip():
                try:
                    body = json.loads(content)
                except ValueError:
                    raise UnexpectedResponse(
                        "the answer is not JSON (use response_type='text' or 'binary')",
                        status_code=response.status_code,
                        method=self.method,
                        url=redact_url(response.request.url, self.session.secrets()),
                        response=response,
                        body=response.text,
                    ) from None
        return RawResponse(
            status_code=response.status_code,
            headers=response.headers,
            body=body,
            url=redact_url(response.request.url, self.session.secrets()),
            retries=retries,
        )

    def open_output(self) -> tuple[IO[bytes], Path | None]:
        """The file to stream into, and the temporary path to move into place (for a path)."""
        if isinstance(self.output, Path):
            handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed in finish_output)
                dir=self.output.parent, prefix=f".{self.output.name}.", suffix=".part", delete=False
            )
            return cast(IO[bytes], handle), Path(handle.name)
        assert self.output is not None
        return self.output, None

    def finish_output(self, handle: IO[bytes], temporary: Path | None, ok: bool) -> None:
        if temporary is None:
            return
        handle.close()
        if ok:
            os.replace(temporary, cast(Path, self.output))
        else:
            temporary.unlink(missing_ok=True)


def _prepare(
    client: BynderClient,
    method: object,
    url: object,
    *,
    data: object,
    form_data: object,
    file_data: object,
    file_data_file_names: object,
    params: object,
    headers: object,
    response_type: object,
    timeout: object,
    retry_delay_ms: object,
    retry_on_all_errors: object,
    max_retry_count: object,
    use_exponential_backoff: object,
    output: object,
    raise_errors: object,
) -> _Raw:
    session = session_of(client)
    if not isinstance(method, str) or method.upper() not in HTTP_METHODS:
        raise ConfigurationError(
            f"method must be an HTTP method ({', '.join(HTTP_METHODS)}), got {method!r}"
        )
    if not isinstance(response_type, str) or response_type.lower() not in RESPONSE_TYPES:
        raise ConfigurationError(
            f"response_type must be one of {', '.join(RESPONSE_TYPES)}, got {response_type!r}"
        )
    kind = response_type.lower()
    if (
        isinstance(max_retry_count, bool)
        or not isinstance(max_retry_count, int)
        or max_retry_count < 0
    ):
        raise ConfigurationError(f"max_retry_count must be an int >= 0, got {max_retry_count!r}")
    delay = non_negative(retry_delay_ms, "retry_delay_ms") / 1000.0
    fields = _form(form_data)
    files = _files(file_data, file_data_file_names, max_retry_count)
    json_body: Any = None
    content: bytes | None = None
    if data is not None:
        if fields or files:
            raise ConfigurationError(
                "give data (a JSON or string body) or form_data/file_data (a multipart form), "
                "not both"
            )
        if isinstance(data, dict | list):
            json_body = data
        elif isinstance(data, str):
            content = data.encode("utf-8")
        elif isinstance(data, bytes | bytearray):
            content = bytes(data)
        else:
            raise ConfigurationError(
                f"data must be a dict or list (sent as JSON), or a str or bytes body, got "
                f"{type(data).__name__}"
            )
    target = _url(session, url)
    out = _output(output, kind)
    start: int | None = None
    if out is not None and not isinstance(out, Path) and seekable(out):
        start = out.tell()
    if raise_errors is not None:
        _flag(raise_errors, "raise_errors")
    return _Raw(
        session=session,
        method=method.upper(),
        url=target,
        portal=session.is_portal(target),
        params=_query(target, params),
        headers=_headers(headers),
        json_body=json_body,
        content=content,
        fields=fields,
        files=files,
        response_type=kind,
        timeout=_timeout(timeout),
        delay=delay,
        retry_on_all_errors=_flag(retry_on_all_errors, "retry_on_all_errors"),
        max_retries=max_retry_count,
        exponential=_flag(use_exponential_backoff, "use_exponential_backoff"),
        output=out,
        output_start=start,
        raise_errors=session.raise_errors if raise_errors is None else bool(raise_errors),
        deadline=Deadline(session.deadline),
    )


# Sync ---------------------------------------------------------------------------------------------


def _length(response: httpx.Response) -> int | None:
    """The announced body size (a large body gets more time: see bynder_ext.deadline)."""
    value = response.headers.get("Content-Length", "").strip()
    return int(value) if value.isdigit() else None


def _finish(raw: _Raw, response: httpx.Response, retries: int, attempt: _Attempt) -> RawResponse:
    raw.deadline.allow_size(_length(response))
    if response.status_code >= 400 and raw.raise_errors:
        response.read()
        raise raw.error(response)
    if not raw.streams(response):
        response.read()
        return raw.decode(response, retries)
    handle, temporary = raw.open_output()
    ok = False
    try:
        for chunk in response.iter_bytes(_CHUNK):
            attempt.wrote = True
            handle.write(chunk)
        ok = True
    finally:
        raw.finish_output(handle, temporary, ok)
    return raw.decode(response, retries)


def raw_request(
    client: BynderClient,
    method: str,
    url: str | httpx.URL,
    *,
    data: dict[str, Any] | list[Any] | str | bytes | None = None,
    form_data: Mapping[str, FormValue | Sequence[FormValue]] | None = None,
    file_data: Mapping[str, FileValue] | None = None,
    file_data_file_names: Mapping[str, str] | None = None,
    params: QueryParams | None = None,
    headers: Headers | None = None,
    response_type: ResponseType = "json",
    timeout: float | httpx.Timeout | None = None,
    retry_delay_ms: float = 0,
    retry_on_all_errors: bool = False,
    max_retry_count: int = 0,
    use_exponential_backoff: bool = False,
    output: Output | None = None,
    raise_errors: bool | None = None,
    sleep: Callable[[float], None] | None = None,
) -> RawResponse:
    """Send one HTTP request to Bynder with the connector's Raw Request options.

    ``url`` is a path on the portal or an absolute URL (other origins get no token). ``data`` is
    a JSON (dict, list) or str/bytes body; ``form_data`` and ``file_data`` (with
    ``file_data_file_names``, same keys) make a multipart form. ``timeout`` is in seconds (the
    client's when None). See the module documentation for retries, ``output`` and errors.
    """
    raw = _prepare(
        client,
        method,
        url,
        data=data,
        form_data=form_data,
        file_data=file_data,
        file_data_file_names=file_data_file_names,
        params=params,
        headers=headers,
        response_type=response_type,
        timeout=timeout,
        retry_delay_ms=retry_delay_ms,
        retry_on_all_errors=retry_on_all_errors,
        max_retry_count=max_retry_count,
        use_exponential_backoff=use_exponential_backoff,
        output=output,
        raise_errors=raise_errors,
    )
    http = raw.session.http if raw.portal else raw.session.external
    wait = sleep or time.sleep
    retries = 0
    while True:
        with contextlib.ExitStack() as stack:
            request = raw.build(http, stack)
            attempt = _Attempt()
            delay: float | None
            try:
                response = http.send(request, stream=True)
                stack.callback(response.close)
                delay = raw.delay_after_status(response, retries)
                if delay is None:
                    return _finish(raw, response, retries, attempt)
                what = f"status {response.status_code}"
            except httpx.TransportError as exc:
                delay = raw.delay_after_failure(retries, attempt)
                if delay is None:
                    if isinstance(exc, TransportError):
                        raise
                    error = raw.wrap(exc)
                    raise error from error.__cause__  # a redacted copy of exc
                what = type(exc).__name__
        retries += 1
        raw.log_retry(request, what, delay, retries)
        if delay > 0:
            wait(delay)


# Async --------------------------------------------------------------------------------------------


async def _afinish(
    raw: _Raw, response: httpx.Response, retries: int, attempt: _Attempt
) -> RawResponse:
    raw.deadline.allow_size(_length(response))
    if response.status_code >= 400 and raw.raise_errors:
        await response.aread()
        raise raw.error(response)
    if not raw.streams(response):
        await response.aread()
        return raw.decode(response, retries)
    handle, temporary = raw.open_output()
    ok = False
    try:
        async for chunk in response.aiter_bytes(_CHUNK):
            attempt.wrote = True
            handle.write(chunk)
        ok = True
    finally:
        raw.finish_output(handle, temporary, ok)
    return raw.decode(response, retries)


async def araw_request(
    client: BynderClient,
    method: str,
    url: str | httpx.URL,
    *,
    data: dict[str, Any] | list[Any] | str | bytes | None = None,
    form_data: Mapping[str, FormValue | Sequence[FormValue]] | None = None,
    file_data: Mapping[str, FileValue] | None = None,
    file_data_file_names: Mapping[str, str] | None = None,
    params: QueryParams | None = None,
    headers: Headers | None = None,
    response_type: ResponseType = "json",
    timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 (per attempt, like httpx)
    retry_delay_ms: float = 0,
    retry_on_all_errors: bool = False,
    max_retry_count: int = 0,
    use_exponential_backoff: bool = False,
    output: Output | None = None,
    raise_errors: bool | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> RawResponse:
    """The async twin of :func:`raw_request` (``sleep`` is awaited; ``output`` is written with
    ordinary blocking file writes)."""
    raw = _prepare(
        client,
        method,
        url,
        data=data,
        form_data=form_data,
        file_data=file_data,
        file_data_file_names=file_data_file_names,
        params=params,
        headers=headers,
        response_type=response_type,
        timeout=timeout,
        retry_delay_ms=retry_delay_ms,
        retry_on_all_errors=retry_on_all_errors,
        max_retry_count=max_retry_count,
        use_exponential_backoff=use_exponential_backoff,
        output=output,
        raise_errors=raise_errors,
    )
    http = raw.session.async_http if raw.portal else raw.session.async_external
    wait = sleep or asyncio.sleep
    retries = 0
    while True:
        async with contextlib.AsyncExitStack() as stack:
            request = raw.build(http, stack.enter_context(contextlib.ExitStack()))
            attempt = _Attempt()
            delay: float | None
            try:
                response = await http.send(request, stream=True)
                stack.push_async_callback(response.aclose)
                delay = raw.delay_after_status(response, retries)
                if delay is None:
                    return await _afinish(raw, response, retries, attempt)
                what = f"status {response.status_code}"
            except httpx.TransportError as exc:
                delay = raw.delay_after_failure(retries, attempt)
                if delay is None:
                    if isinstance(exc, TransportError):
                        raise
                    error = raw.wrap(exc)
                    raise error from error.__cause__  # a redacted copy of exc
                what = type(exc).__name__
        retries += 1
        raw.log_retry(request, what, delay, retries)
        if delay > 0:
            await wait(delay)
