"""The exceptions bynder_ext raises, the redaction they rely on and the shared argument checks.
The leaf of bynder_ext: it imports nothing else from the package. Hierarchy::

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

Every message is redacted: values of ``SENSITIVE_QUERY_PARAMS`` in URLs, and the secrets an auth
object knows (client secret, tokens, codes, PKCE verifiers) in any text.
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

REDACTED = "[REDACTED]"
#: Query parameters whose values never appear in messages or logs (compared case-insensitively).
SENSITIVE_QUERY_PARAMS = frozenset(
    "access_token refresh_token id_token token client_secret code code_verifier password secret "  # noqa: SIM905
    "signature x-amz-signature x-amz-credential x-amz-security-token policy".split()
)
# A sensitive query parameter's value anywhere in a text (a URL inside an exception's message).
_SENSITIVE_VALUE = re.compile(
    rf"(?i)([?&;](?:{'|'.join(map(re.escape, sorted(SENSITIVE_QUERY_PARAMS)))})=)[^&#\s'\"<>]*"
)
_MAX_MESSAGE_CHARS = 500
_MIN_SECRET_CHARS = 6  # shorter strings are not scrubbed: they would mangle ordinary words
# Bytes a header name may hold (an HTTP token), and a value (visible ASCII, space and tab).
_TOKEN_BYTES = b"!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_VALUE_BYTES = bytes([9, *range(0x20, 0x7F)])


class BynderError(Exception):
    """Base class of every exception bynder_ext raises on purpose."""


class ConfigurationError(BynderError, ValueError):
    """An argument is invalid; raised before any request is sent."""


class StateMismatchError(ConfigurationError):
    """The ``state`` returned to the redirect URI is not the one this client issued."""


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


def boolean(value: object, name: str) -> bool:
    """``value`` if it is True or False."""
    if not isinstance(value, bool):
        raise ConfigurationError(f"{name} must be True or False, got {value!r}")
    return value


def flag(_: Any, attribute: Any, value: Any) -> None:
    """An attrs validator: True or False."""
    boolean(value, attribute.name)


def at_least(minimum: int, *, optional: bool = False) -> Callable[[object, Any, object], None]:
    """An attrs validator: an int of at least ``minimum`` (or None when ``optional``)."""

    def check(_: object, attribute: Any, value: object) -> None:
        if value is not None or not optional:
            int_at_least(value, attribute.name, minimum)

    return check


def non_negative(value: object, name: str) -> float:
    """``value`` as a float, or ConfigurationError unless it is a finite number >= 0."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < math.inf:
        raise ConfigurationError(f"{name} must be a finite number >= 0, got {value!r}")
    return float(value)


def headers_checked(headers: object, what: str = "headers") -> httpx.Headers:
    """``headers`` as ``httpx.Headers``: names HTTP tokens, values single-line ASCII text."""
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
        shown = name.decode("latin-1")
        if not name or name.translate(None, _TOKEN_BYTES):
            raise ConfigurationError(f"{what}: {shown!r} is not a valid HTTP header name")
        if value.translate(None, _VALUE_BYTES):
            raise ConfigurationError(
                f"{what}: the value of header {shown!r} must be single-line ASCII text (no CR, "
                "LF, NUL or non-ASCII character)"
            )
    return checked


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
    query = "&".join(
        f"{key}={REDACTED}"
        if key.lower() in SENSITIVE_QUERY_PARAMS
        else f"{quote(key, safe='')}={quote(value, safe='')}"
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
    )
    return redact_text(urlunsplit((parts.scheme, netloc, parts.path, query, "")), secrets)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait by a ``Retry-After`` header (seconds, or an HTTP date compared with
    ``now``, Unix time); None when absent or unreadable, never negative."""
    if value is None or not value.strip():
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - now
    return max(0.0, seconds) if math.isfinite(seconds) else None


def decode_body(response: httpx.Response) -> Any:
    """The body as JSON when it parses, else as text (None when empty or unreadable)."""
    try:
        return json.loads(response.content) if response.content.strip() else None
    except httpx.ResponseNotRead:
        return None
    except ValueError:
        pass
    try:
        return response.text
    except (UnicodeDecodeError, LookupError):
        return None


def extract_message(body: Any) -> str | None:
    """The human-readable message of a decoded error body (Bynder's ``message``, OAuth's
    ``error`` and ``error_description``, a text), if there is one."""
    if isinstance(body, dict):
        message, status = body.get("message"), body.get("status")
        if isinstance(message, str) and message.strip():
            if isinstance(status, str) and status.strip() and status != message:
                return f"{status.strip()} {message.strip()}"
            return message.strip()
        error, description = body.get("error"), body.get("error_description")
        described = isinstance(description, str) and description
        if isinstance(error, str) and error:
            return f"{error}: {description}" if described else error
        if described:
            return str(description)
    if isinstance(body, str):
        return " ".join(body.split())[:_MAX_MESSAGE_CHARS] or None
    if isinstance(body, dict | list) and body:
        sort = isinstance(body, dict)
        return json.dumps(body, ensure_ascii=False, sort_keys=sort)[:_MAX_MESSAGE_CHARS]
    return None


class AuthorizationDenied(BynderError):
    """The portal redirected back with an OAuth error (for example the user denied access)."""

    def __init__(self, error: str, description: str | None = None) -> None:
        self.error = error
        self.description = description
        super().__init__(f"{error}: {description}" if description else error)


class APIError(BynderError):
    """Bynder (or S3) answered with an error status; ``message`` and ``url`` are redacted,
    ``response`` has its body read and ``body`` is it decoded."""

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
    """429: too many requests; ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def __str__(self) -> str:
        after = f" (retry after {self.retry_after:g} s)" if self.retry_after is not None else ""
        return super().__str__() + after


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
    default = ServerError if 500 <= status_code <= 599 else UnexpectedResponse
    return _BY_STATUS.get(status_code, default)


def error_from_response(
    response: httpx.Response,
    *,
    secrets: Iterable[str] = (),
    error_class: type[APIError] | None = None,
    clock: Callable[[], float] | None = None,
    prefix: str = "",
) -> APIError:
    """The typed error for an error response whose body has been read; ``clock`` (Unix time)
    reads an HTTP-date ``Retry-After``."""
    secret_list = list(secrets)
    body = decode_body(response)
    message = extract_message(body) or response.reason_phrase or "error"
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
    return cls(redact_text(prefix + message, secret_list), **kwargs)


class TransportError(BynderError, httpx.TransportError):
    """The request got no answer (connection refused or dropped, TLS, proxy). ``url`` is redacted;
    ``__cause__`` is a redacted copy of httpx's exception, ``original`` the unredacted one."""

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
    """A connect, read, write or pool timeout expired, or the call's deadline passed."""


def transport_error_from(
    exc: httpx.TransportError, *, secrets: Iterable[str] = ()
) -> TransportError:
    """httpx's exception wrapped in ours, redacted: raise it ``from error.__cause__``, never
    ``from exc``."""
    secret_list = list(secrets)
    try:
        request = exc.request
    except RuntimeError:  # raised outside a client: there is no request to name
        request = httpx.Request("GET", "http://unknown.invalid/")
    cls = RequestTimeout if isinstance(exc, httpx.TimeoutException) else TransportError
    url = redact_url(request.url, secret_list)
    detail = (str(exc) or type(exc).__name__).replace(str(request.url), url)
    detail = redact_text(_SENSITIVE_VALUE.sub(rf"\1{REDACTED}", detail), secret_list)
    error = cls(f"{type(exc).__name__}: {detail}", request=request, method=request.method, url=url)
    error.original = exc
    try:
        clone = copy.copy(exc)
    except Exception:  # an exception class that cannot be rebuilt from its arguments
        clone = httpx.TransportError(detail)
    clone.args = (detail,)
    error.__cause__ = clone.with_traceback(exc.__traceback__)  # without exc's own chain
    error.__suppress_context__ = True
    return error


class DownloadError(BynderError):
    """A download cannot be trusted (a wrong size, past ``max_size``, an unusable answer); a
    partial file that could be corrupt is removed first."""


class ContractViolationError(BynderError):
    """A request or response broke ``openapi/bynder.yaml`` (the contract guard in raise mode);
    ``violations`` holds them all. A bad request was not sent."""

    def __init__(self, violations: Iterable[Any]) -> None:
        self.violations = list(violations)
        first = str(self.violations[0]) if self.violations else "the contract was broken"
        more = len(self.violations) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))


class UploadError(BynderError):
    """An upload stopped before it was done; ``state`` passed back as ``resume=`` with the same
    source continues it. Subclasses take their own fields as keywords."""

    def __init__(self, message: str, *, filename: str, state: Any, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.filename = filename
        self.state = state
        for name, value in details.items():
            setattr(self, name, value)

    @property
    def stage(self) -> str:
        """The step the upload was in when it stopped (``state.stage``)."""
        return str(self.state.stage)

    def __str__(self) -> str:
        return f"{self.message} (file {self.filename!r}, stage {self.stage})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r}, filename={self.filename!r}, stage={self.stage!r})"


class UploadFailed(UploadError):
    """Bynder failed or rejected (``outcome``) import ``import_id``; ``body`` is the last poll
    answer."""

    import_id: str
    outcome: str
    body: Any


class UploadRejected(UploadError):
    """Bynder refused a v7 chunk (``part``, 1-based) or the finalise (``part`` None) with a 400:
    the bytes do not match their SHA-256. Resuming checks the source again."""

    part: int | None


class UploadTimeout(UploadError):
    """The poll deadline passed (``waited`` seconds) before Bynder processed the file; every part
    is uploaded and resuming polls again."""

    import_id: str
    waited: float
    body: Any = None
