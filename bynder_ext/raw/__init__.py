"""Raw Request: any HTTP request to Bynder, with the options and defaults of the connector's
"Raw Request" action.

    reply = raw_request(client, "GET", "/api/v4/media/", params={"limit": 5})
    reply.status_code, reply.headers, reply.body          # body: decoded JSON by default

A URL on the portal goes through the portal's client (token, budget, redaction); any other origin
through the session's external client (no token, no budget); plain http only on loopback. The
body is ``data`` (JSON for a dict or list) or a multipart form of ``form_data`` and ``file_data``.

Retries follow the connector: ``max_retry_count`` (default 0) after a network error or a 5xx (any
status >= 300 with ``retry_on_all_errors``), each after ``retry_delay_ms`` or, with
``use_exponential_backoff``, 1, 2, 4, ... s up to 60 s; every method, POST included. They are
:meth:`RetryPolicy.connector <bynder_ext.retry.RetryPolicy.connector>`, run by the connection's
retry transport. The answer is a :class:`RawResponse`; a status >= 400 raises the typed error
unless ``raise_errors=False``; bad arguments raise ConfigurationError before anything is sent.
"""

from __future__ import annotations

from ..retry import EXPONENTIAL_BACKOFF_BASE, EXPONENTIAL_BACKOFF_MAX
from ._async import raw_request as araw_request
from ._sync import raw_request
from .options import HTTP_METHODS, RESPONSE_TYPES
from .response import RawResponse

__all__ = [
    "EXPONENTIAL_BACKOFF_BASE",
    "EXPONENTIAL_BACKOFF_MAX",
    "HTTP_METHODS",
    "RESPONSE_TYPES",
    "RawResponse",
    "araw_request",
    "raw_request",
]
