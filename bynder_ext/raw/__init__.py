"""Raw Request: any HTTP request to Bynder, with the options and defaults of the connector's
"Raw Request" action.

    reply = raw_request(client, "GET", "/api/v4/media/", params={"limit": 5})
    reply.status_code, reply.headers, reply.body          # body: decoded JSON by default

A relative URL, or an absolute one on the portal's origin, goes through the portal's client (the
token, the request budget, redaction); any other origin (S3, a CDN) through the session's
external client (no token, no budget). Plain http is refused except on loopback hosts. The body
is ``data`` (a dict or list as JSON; a str or bytes as is) or a multipart form of ``form_data``
and ``file_data`` (named by ``file_data_file_names``); files are bytes, paths (opened once, sent
again from their start by a retry) or binary file objects.

Retries follow the connector: ``max_retry_count`` (default 0) after a network error or a 5xx,
with ``retry_on_all_errors`` after any status >= 300, each after ``retry_delay_ms`` or, with
``use_exponential_backoff``, 1, 2, 4, ... s up to 60 s; ``Retry-After`` is a minimum, and one
beyond the client's ``retry_after_cap`` ends them. Every method is retried, POST included. The
options become :meth:`RetryPolicy.connector <bynder_ext.retry.RetryPolicy.connector>`, sent with
the request so that the connection's retry transport retries; a body cut while it streams is
fetched again as the same policy decides. The client's overall deadline covers the whole call,
waits included (plus a second per 64 KiB announced).

The answer is a :class:`RawResponse`: the body decoded as ``response_type`` says (``json``,
``text``, ``binary``; with ``output=`` streamed to a path or a binary file, and None). A final
status >= 400 raises the typed error unless ``raise_errors=False``; a 2xx that is not JSON when
JSON was asked for raises UnexpectedResponse; bad arguments raise ConfigurationError before
anything is sent.

Written here rather than with a retry library: the connector's rules (a delay in milliseconds,
3xx as errors, exact counts for every method) are a policy of :mod:`bynder_ext.retry`.
"""

from __future__ import annotations

from typing import Final

from ._async import raw_request as araw_request
from ._sync import raw_request
from .options import HTTP_METHODS, RESPONSE_TYPES
from .response import RawResponse

#: Seconds before the first retry with ``use_exponential_backoff``; doubled for each retry.
EXPONENTIAL_BACKOFF_BASE: Final = 1.0
#: The longest wait between two retries with ``use_exponential_backoff``.
EXPONENTIAL_BACKOFF_MAX: Final = 60.0

__all__ = [
    "EXPONENTIAL_BACKOFF_BASE",
    "EXPONENTIAL_BACKOFF_MAX",
    "HTTP_METHODS",
    "RESPONSE_TYPES",
    "RawResponse",
    "araw_request",
    "raw_request",
]
