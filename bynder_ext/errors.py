"""The exceptions bynder_ext raises, the redaction helpers they rely on, and the argument checks
that raise ConfigurationError.

Hierarchy::

    BynderError
    ├── ConfigurationError (also ValueError)   bad arguments, caught before any request
    │   └── StateMismatchError                 an OAuth redirect whose state is not ours
    ├── AuthorizationDenied                    the redirect came back with an OAuth error
    ├── APIError                               Bynder answered with an error status
    │   ├── InvalidRequest                     400, 422
    │   ├── AuthenticationError                401, and any failed token request
    │   ├── PermissionDenied                   403
    │   ├── NotFound                           404
    │   ├── Conflict                           409
    │   ├── RateLimited                        429 (``retry_after`` in seconds, when known)
    │   ├── ServerError                        5xx
    │   └── UnexpectedResponse                 any other status >= 400
    ├── TransportError (also httpx.TransportError)   the request got no answer
    │   └── RequestTimeout (also httpx.TimeoutException)
    ├── DownloadError                          a download's size is wrong or its answer unusable
    ├── ContractViolationError                 the contract guard (raise mode) saw the spec broken
    └── UploadError                            an upload stopped; ``state`` resumes it
        ├── UploadFailed                       Bynder's processing failed or rejected the file
        ├── UploadRejected                     a v7 chunk or finalise refused (400): bytes changed
        └── UploadTimeout                      processing outlasted the poll deadline

Every message is redacted: sensitive query parameters in URLs are replaced (see
``SENSITIVE_QUERY_PARAMS``), and the secrets an auth object knows about (client secret, tokens,
authorization codes, PKCE verifiers) are scrubbed from any text that reaches ``str()`` or ``repr()``.

Bynder's error bodies come in several shapes, all handled by :func:`extract_message`:
``{"message", "statuscode"}`` (v4), ``{"message", "status_code"}`` (Brandstore), OAuth's
``{"error", "error_description"}``, a bare JSON string, and ``text/plain``.

This module is the leaf of bynder_ext: it imports nothing else from the package, so every other
module can use it.
"""

from __future__ import annotations

import copy
import json
import math
import re
import time
from collections.abc import Callable, Iterable
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

import httpx

__all__ = [
    "SENSITIVE_QUERY_PARAMS",
    "APIError",
    "AuthenticationError",
    "AuthorizationDenied",
    "BynderError",
    "ConfigurationError",
    "Conflict",
    "ContractViolationError",
    "DownloadError",
    "InvalidRequest",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "RequestTimeout",
    "ServerError",
    "StateMismatchError",
    "TransportError",
    "UnexpectedResponse",
    "UploadError",
    "UploadFailed",
    "UploadRejected",
    "UploadTimeout",
    "error_for_status",
    "error_from_response",
    "extract_message",
    "parse_retry_after",
    "redact_text",
    "redact_url",
    "transport_error_from",
]

REDACTED = "[REDACTED]"

#: Query parameters whose values never appear in messages or logs (compared case-insensitively).
SENSITIVE_QUERY_PARAMS = frozenset(
    {
        "access_token",
        "refresh_token",
        "id_token",
        "token",
        "client_secret",
        "code",
        "code_verifier",
        "password",
        "secret",
        "signature",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "policy",
    }
)

# A sensitive query parameter's value anywhere in a text (a URL inside an exception's message).
_SENSITIVE_VALUE = re.compile(
    r"(?i)([?&;](?:"
    + "|".join(re.escape(name) for name in sorted(SENSITIVE_QUERY_PARAMS))
    + r")=)[^&#\s'\"<>]*"
)

_MAX_MESSAGE_CHARS = 500
# Strings shorter than this are not scrubbed as secrets: they would mangle ordinary words.
_MIN_SECRET_CHARS = 6


class BynderError(Exception):
    """Base class of every exception bynder_ext raises on purpose."""


class ConfigurationError(BynderError, ValueError):
    """An argument is invalid; raised before any request is sent."""


# Argument checks shared by the helpers: each returns the checked value or raises
# ConfigurationError naming the argument.


def identifier(value: object, name: str) -> str:
    """A non-blank string that is not a dot segment (an id or name that goes into a path)."""
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name} must be a non-empty string, got {value!r}")
    if value in (".", ".."):
        raise ConfigurationError(f"{name} cannot be {value!r}")
    return value


def int_at_least(value: object, name: str, minimum: int) -> int:
    """An int (not a bool) of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigurationError(f"{name} must be an int >= {minimum}, got {value!r}")
    return value


def non_negative(value: object, name: str) -> float:
    """``value`` as a float, or ConfigurationError unless it is a finite number >= 0."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or math.isnan(value)
        or math.isinf(value)
        or value < 0
    ):
        raise ConfigurationError(f"{name} must be a finite number >= 0, got {value!r}")
    return float(value)


# Bytes a header name may hold (an HTTP token), and a value (visible ASCII, space and tab: what
# every server and proxy takes); checked with bytes.translate, which is fast enough to run on
# every request.
_TOKEN_BYTES = b"!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_VALUE_BYTES = bytes([9, *range(0x20, 0x7F)])


def headers_checked(headers: object, what: str = "headers") -> httpx.Headers:
    """``headers`` (a dict, a list of pairs or ``httpx.Headers``) as ``httpx.Headers``, or
    ConfigurationError when a name is not an HTTP token or a value is not ASCII text on one line
    (CR, LF and NUL would split or end the header; other characters are not portable)."""
    try:
        checked = httpx.Headers(headers)  # type: ignore[arg-type]
    except UnicodeEncodeError:
        raise ConfigurationError(
            f"{what}: a header name or value is not ASCII (send non-ASCII text percent-encoded "
            "or in the body)"
        ) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise ConfigurationError(
            f"{what} must be a dict of header names to values: {exc}"
        ) from None
    for name, value in checked.raw:
        if not name or name.translate(None, _TOKEN_BYTES):
            raise ConfigurationError(
                f"{what}: {name.decode('latin-1')!r} is not a valid HTTP header name"
            )
        if value.translate(None, _VALUE_BYTES):
            raise ConfigurationError(
                f"{what}: the value of header {name.decode('latin-1')!r} must be single-line "
                "ASCII text (no CR, LF, NUL or non-ASCII character)"
            )
    return checked


class StateMismatchError(ConfigurationError):
    """The ``state`` returned to the redirect URI is not the one this client issued."""


class AuthorizationDenied(BynderError):
    """The portal redirected back with an OAuth error (for example the user denied access)."""

    def __init__(self, error: str, description: str | None = None) -> None:
        self.error = error
        self.description = description
        super().__init__(f"{error}: {description}" if description else error)


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Replace every occurrence of each known secret in ``text``."""
    for secret in sorted({s for s in secrets if s and len(s) >= _MIN_SECRET_CHARS}, key=len)[::-1]:
        text = text.replace(secret, REDACTED)
    return text


def redact_url(url: httpx.URL | str, secrets: Iterable[str] = ()) -> str:
    """The URL as text with credentials, sensitive query values and known secrets removed."""
    text = str(url)
    try:
        parts = urlsplit(text)
    except ValueError:
        return redact_text(text, secrets)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{REDACTED}@{netloc.rsplit('@', 1)[1]}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = "&".join(
            f"{key}={REDACTED}" if key.lower() in SENSITIVE_QUERY_PARAMS else _requote(key, value)
            for key, value in pairs
        )
    rebuilt = urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    return redact_text(rebuilt, secrets)


def _requote(key: str, value: str) -> str:
    return f"{quote(key, safe='')}={quote(value, safe='')}"


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header (delta-seconds or an HTTP date).

    ``now`` is the current Unix time, used for HTTP dates. Returns None when the header is absent
    or unreadable; never a negative number.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - now
    if math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def decode_body(response: httpx.Response) -> Any:
    """The response body as JSON when it parses, else as text (None when empty, blank or
    unreadable)."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except ValueError:
        pass
    try:
        return response.text
    except (UnicodeDecodeError, LookupError):
        return None


def extract_message(body: Any) -> str | None:
    """Bynder's human-readable message from a decoded error body, if there is one."""
    if isinstance(body, dict):
        message = body.get("message")
        if isinstance(message, str) and message.strip():
            status = body.get("status")
            if isinstance(status, str) and status.strip() and status != message:
                return f"{status.strip()} {message.strip()}"
            return message.strip()
        error = body.get("error")
        description = body.get("error_description")
        if isinstance(error, str) and error:
            if isinstance(description, str) and description:
                return f"{error}: {description}"
            return error
        if isinstance(description, str) and description:
            return description
        if body:
            return json.dumps(body, ensure_ascii=False, sort_keys=True)[:_MAX_MESSAGE_CHARS]
        return None
    if isinstance(body, str):
        text = " ".join(body.split())
        return text[:_MAX_MESSAGE_CHARS] or None
    if isinstance(body, list) and body:
        return json.dumps(body, ensure_ascii=False)[:_MAX_MESSAGE_CHARS]
    return None


class APIError(BynderError):
    """Bynder (or S3) answered with an error status.

    Attributes: ``status_code``, ``message`` (Bynder's message, redacted), ``method``, ``url``
    (redacted), ``response`` (the ``httpx.Response``, body already read) and ``body`` (decoded JSON
    or text).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        url: str,
        response: httpx.Response | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.method = method
        self.url = url
        self.response = response
        self.body = body

    @property
    def reason(self) -> str:
        """The standard reason phrase of the status code."""
        return httpx.codes.get_reason_phrase(self.status_code) or "Error"

    def __str__(self) -> str:
        return f"{self.status_code} {self.reason}: {self.message} ({self.method} {self.url})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r}, "
            f"method={self.method!r}, url={self.url!r})"
        )


class InvalidRequest(APIError):
    """400 or 422: Bynder rejected the parameters."""


class AuthenticationError(APIError):
    """401, or a token request that failed (the status is then the token endpoint's)."""


class PermissionDenied(APIError):
    """403: the token's user lacks the security role or scope."""


class NotFound(APIError):
    """404: no such resource."""


class Conflict(APIError):
    """409: the resource is not in a state that allows the operation."""


class RateLimited(APIError):
    """429: too many requests. ``retry_after`` is the server's hint in seconds, if it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def __str__(self) -> str:
        text = super().__str__()
        if self.retry_after is not None:
            text += f" (retry after {self.retry_after:g} s)"
        return text


class ServerError(APIError):
    """5xx: the server failed."""


class UnexpectedResponse(APIError):
    """Any other error status."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: InvalidRequest,
    422: InvalidRequest,
    401: AuthenticationError,
    403: PermissionDenied,
    404: NotFound,
    409: Conflict,
    429: RateLimited,
}


def error_for_status(status_code: int) -> type[APIError]:
    """The exception class for an HTTP error status."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if 500 <= status_code <= 599:
        return ServerError
    return UnexpectedResponse


def error_from_response(
    response: httpx.Response,
    *,
    secrets: Iterable[str] = (),
    error_class: type[APIError] | None = None,
    clock: Callable[[], float] | None = None,
    prefix: str = "",
) -> APIError:
    """Build the typed error for an error response whose body has been read.

    ``error_class`` forces the class (token requests always raise AuthenticationError);
    ``clock`` gives the Unix time used for an HTTP-date ``Retry-After``.
    """
    secret_list = list(secrets)
    body = decode_body(response)
    message = extract_message(body) or response.reason_phrase or "error"
    message = redact_text(prefix + message, secret_list)
    request = response.request
    cls = error_class or error_for_status(response.status_code)
    kwargs: dict[str, Any] = {
        "status_code": response.status_code,
        "method": request.method,
        "url": redact_url(request.url, secret_list),
        "response": response,
        "body": body,
    }
    if issubclass(cls, RateLimited):
        now = (clock or time.time)()
        kwargs["retry_after"] = parse_retry_after(response.headers.get("Retry-After"), now)
    return cls(message, **kwargs)


class TransportError(BynderError, httpx.TransportError):
    """The request got no answer: connection refused or dropped, TLS failure, proxy error.

    Also an ``httpx.TransportError``, so code that catches httpx's exceptions keeps working.
    ``method`` and ``url`` (redacted) name the request. ``__cause__`` is a redacted copy of httpx's
    exception (same type and traceback), so a printed traceback shows no secret; ``original`` is
    httpx's exception itself, unredacted and never printed, for debugging.
    """

    def __init__(self, message: str, *, request: httpx.Request, method: str, url: str) -> None:
        super().__init__(message, request=request)
        self.message = message
        self.method = method
        self.url = url
        self.original: httpx.TransportError | None = None

    def __str__(self) -> str:
        return f"{self.message} ({self.method} {self.url})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r}, method={self.method!r}, url={self.url!r})"


class RequestTimeout(TransportError, httpx.TimeoutException):
    """A connect, read, write or pool timeout expired."""


def transport_error_from(
    exc: httpx.TransportError, *, secrets: Iterable[str] = ()
) -> TransportError:
    """Wrap httpx's network exception in ours, with the message and URL redacted.

    The result is chained to a redacted copy of ``exc``: raise it ``from error.__cause__`` (or
    as it is), never ``from exc``, which would print the original's text, secrets included."""
    secret_list = list(secrets)
    try:
        request = exc.request
    except RuntimeError:  # raised outside a client: there is no request to name
        request = httpx.Request("GET", "http://unknown.invalid/")
    cls = RequestTimeout if isinstance(exc, httpx.TimeoutException) else TransportError
    url = redact_url(request.url, secret_list)
    detail = str(exc) or type(exc).__name__
    # httpx's messages may quote the URL, query string included.
    detail = _SENSITIVE_VALUE.sub(rf"\1{REDACTED}", detail.replace(str(request.url), url))
    detail = redact_text(detail, secret_list)
    error = cls(f"{type(exc).__name__}: {detail}", request=request, method=request.method, url=url)
    error.original = exc
    error.__cause__ = _redacted_copy(exc, detail)
    error.__suppress_context__ = True
    return error


def _redacted_copy(exc: httpx.TransportError, detail: str) -> httpx.TransportError:
    """``exc`` again with the redacted message and its traceback, without its own chain (whose
    texts are not redacted; ``TransportError.original`` keeps them)."""
    try:
        clone = copy.copy(exc)
    except Exception:  # an exception class that cannot be rebuilt from its arguments
        clone = httpx.TransportError(detail)
    clone.args = (detail,)
    return clone.with_traceback(exc.__traceback__)


class UploadError(BynderError):
    """An upload stopped before it was done.

    ``state`` is the :class:`~bynder_ext.upload.UploadState` to pass back as ``resume=`` (with the
    same source) to continue: parts already registered are not sent again. ``stage`` is the step
    the upload was in, ``filename`` the name Bynder shows, and ``__cause__`` the error that stopped
    it (a typed :class:`APIError` or :class:`TransportError`, or an error reading the source).
    """

    def __init__(self, message: str, *, filename: str, state: Any) -> None:
        super().__init__(message)
        self.message = message
        self.filename = filename
        self.state = state

    @property
    def stage(self) -> str:
        """The step the upload was in when it stopped (``state.stage``)."""
        return str(self.state.stage)

    def __str__(self) -> str:
        return f"{self.message} (file {self.filename!r}, stage {self.stage})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r}, filename={self.filename!r}, stage={self.stage!r})"


class UploadFailed(UploadError):
    """Bynder could not process the file: the poll listed its import in ``itemsFailed`` or
    ``itemsRejected`` (``outcome`` is "failed" or "rejected"). ``import_id`` names the import and
    ``body`` is the last poll answer."""

    def __init__(
        self,
        message: str,
        *,
        filename: str,
        state: Any,
        import_id: str,
        outcome: str,
        body: Any,
    ) -> None:
        super().__init__(message, filename=filename, state=state)
        self.import_id = import_id
        self.outcome = outcome
        self.body = body


class UploadRejected(UploadError):
    """Bynder refused the bytes of a v7 upload (a 400, the cause): a chunk whose bytes do not
    match its SHA-256 (``part``, 1-based: chunk ``part - 1`` on the wire), or the finalise
    (``part`` None) because the size, the chunk count or the whole file's SHA-256 does not match
    the chunks received. The source changed while it was read, or bytes were damaged on the way.
    Resuming with ``state`` checks the source against the parts accepted so far and sends the
    refused part again."""

    def __init__(self, message: str, *, filename: str, state: Any, part: int | None) -> None:
        super().__init__(message, filename=filename, state=state)
        self.part = part


class UploadTimeout(UploadError):
    """Bynder had not processed the file when the poll deadline passed. Every part is uploaded:
    resuming with ``state`` polls again and never re-uploads. ``waited`` is in seconds. For the
    v7 engine, which saves instead of polling, ``import_id`` is the file id."""

    def __init__(
        self,
        message: str,
        *,
        filename: str,
        state: Any,
        import_id: str,
        waited: float,
        body: Any = None,
    ) -> None:
        super().__init__(message, filename=filename, state=state)
        self.import_id = import_id
        self.waited = waited
        self.body = body


class DownloadError(BynderError):
    """A download cannot be trusted: fewer or more bytes than announced or expected, a size past
    ``max_size``, or an answer that cannot be used (no download URL, a mangled range). A partial
    file that could be corrupt is removed before this is raised."""


class ContractViolationError(BynderError):
    """A request or response broke ``openapi/bynder.yaml`` (the contract guard in raise mode).

    ``violations`` holds them all (``bynder_ext.contract.Violation``: operation, JSON path,
    expected, got); the message is the first one's line, already redacted. A request that breaks
    the spec was not sent."""

    def __init__(self, violations: Iterable[Any]) -> None:
        self.violations = list(violations)
        first = str(self.violations[0]) if self.violations else "the contract was broken"
        more = len(self.violations) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))
