"""bynder_ext: the handwritten layer over the generated ``bynder_client``.

``connect(domain, auth=...)`` returns the generated client, wired for OAuth (or a permanent token),
typed errors, retries with backoff and the request budget::

    from bynder_ext import connect, ClientCredentials
    from bynder_client.api.assets import get_asset

    client = connect("acme.bynder.com", auth=ClientCredentials(client_id, client_secret))
    asset = get_asset.sync(client=client, id=asset_id)

Modules that are heavier or optional are imported on first attribute access (see ``_LAZY``).
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

from .auth import (
    DEFAULT_SCOPES,
    AuthorizationCode,
    BynderAuth,
    ClientCredentials,
    FileTokenStore,
    PermanentToken,
    Token,
    TokenStore,
)
from .client import (
    AsyncBynderHTTPClient,
    BynderClient,
    BynderHTTPClient,
    Session,
    connect,
    raising_errors,
    session_of,
)
from .errors import (
    APIError,
    AuthenticationError,
    AuthorizationDenied,
    BynderError,
    ConfigurationError,
    Conflict,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    RequestTimeout,
    ServerError,
    StateMismatchError,
    TransportError,
    UnexpectedResponse,
)
from .transport import (
    AsyncRetryTransport,
    RequestBudget,
    RetryPolicy,
    RetryTransport,
    retry_policy,
)

# Public names provided by submodules that are imported only when first used: name -> module.
_LAZY: dict[str, str] = {
    "DownloadError": ".errors",
    "DownloadProgress": ".download",
    "DownloadResult": ".download",
    "adownload_item": ".download",
    "adownload_original": ".download",
    "download_item": ".download",
    "download_original": ".download",
    "original_item": ".download",
    "Transformation": ".transform",
    "afetch_transformation": ".transform",
    "fetch_transformation": ".transform",
    "transform_op": ".transform",
    "transformation_url": ".transform",
    "Page": ".pagination",
    "afetch_all": ".pagination",
    "aiter_items": ".pagination",
    "aiter_pages": ".pagination",
    "fetch_all": ".pagination",
    "iter_items": ".pagination",
    "iter_pages": ".pagination",
    "RawResponse": ".raw",
    "araw_request": ".raw",
    "raw_request": ".raw",
    "UploadError": ".errors",
    "UploadFailed": ".errors",
    "UploadRejected": ".errors",
    "UploadTimeout": ".errors",
    "PollPolicy": ".upload",
    "UploadItem": ".upload",
    "UploadOutcome": ".upload",
    "UploadProgress": ".upload",
    "UploadResult": ".upload",
    "UploadState": ".upload",
    "aupload_additional": ".upload",
    "aupload_file": ".upload",
    "aupload_many": ".upload",
    "aupload_version": ".upload",
    "upload_additional": ".upload",
    "upload_file": ".upload",
    "upload_many": ".upload",
    "upload_version": ".upload",
}

__all__ = [
    "DEFAULT_SCOPES",
    "APIError",
    "AsyncBynderHTTPClient",
    "AsyncRetryTransport",
    "AuthenticationError",
    "AuthorizationCode",
    "AuthorizationDenied",
    "BynderAuth",
    "BynderClient",
    "BynderError",
    "BynderHTTPClient",
    "ClientCredentials",
    "ConfigurationError",
    "Conflict",
    "FileTokenStore",
    "InvalidRequest",
    "NotFound",
    "PermanentToken",
    "PermissionDenied",
    "RateLimited",
    "RequestBudget",
    "RequestTimeout",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "Session",
    "StateMismatchError",
    "Token",
    "TokenStore",
    "TransportError",
    "UnexpectedResponse",
    "__version__",
    "connect",
    "raising_errors",
    "retry_policy",
    "session_of",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'bynder_ext' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
