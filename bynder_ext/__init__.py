"""bynder_ext: the handwritten layer over the generated ``bynder_client``.

``connect(domain, auth=...)`` returns the generated client, wired for OAuth (or a permanent token),
typed errors, retries with backoff and the request budget::

    from bynder_ext import connect, ClientCredentials
    from bynder_client.api.assets import get_asset

    client = connect("acme.bynder.com", auth=ClientCredentials(client_id, client_secret))
    asset = get_asset.sync(client=client, id=asset_id)

Every name is imported from its submodule on first access (see ``_LAZY``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
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
    from .budget import RequestBudget
    from .client import (
        AsyncBynderHTTPClient,
        BynderClient,
        BynderHTTPClient,
        Session,
        connect,
        raising_errors,
        session_of,
    )
    from .download import (
        DownloadProgress,
        DownloadResult,
        adownload_item,
        adownload_original,
        download_item,
        download_original,
        original_item,
    )
    from .errors import (
        APIError,
        AuthenticationError,
        AuthorizationDenied,
        BynderError,
        ConfigurationError,
        Conflict,
        DownloadError,
        InvalidRequest,
        NotFound,
        PermissionDenied,
        RateLimited,
        RequestTimeout,
        ServerError,
        StateMismatchError,
        TransportError,
        UnexpectedResponse,
        UploadError,
        UploadFailed,
        UploadRejected,
        UploadTimeout,
    )
    from .pagination import (
        Page,
        afetch_all,
        aiter_items,
        aiter_pages,
        fetch_all,
        iter_items,
        iter_pages,
    )
    from .raw import (
        RawResponse,
        araw_request,
        raw_request,
    )
    from .retry import RetryPolicy, retry_policy
    from .transform import (
        Transformation,
        afetch_transformation,
        fetch_transformation,
        transform_op,
        transformation_url,
    )
    from .transport import AsyncRetryTransport, RetryTransport
    from .upload import (
        PollPolicy,
        UploadItem,
        UploadOutcome,
        UploadProgress,
        UploadResult,
        UploadState,
        aupload_additional,
        aupload_file,
        aupload_many,
        aupload_version,
        upload_additional,
        upload_file,
        upload_many,
        upload_version,
    )

# Every public name is imported from its submodule when first used (PEP 562), so that importing
# the package, or a submodule such as the command line, loads only what it needs: name -> module.
_LAZY: dict[str, str] = {
    "AuthorizationCode": ".auth",
    "BynderAuth": ".auth",
    "ClientCredentials": ".auth",
    "DEFAULT_SCOPES": ".auth",
    "FileTokenStore": ".auth",
    "PermanentToken": ".auth",
    "Token": ".auth",
    "TokenStore": ".auth",
    "AsyncBynderHTTPClient": ".client",
    "BynderClient": ".client",
    "BynderHTTPClient": ".client",
    "Session": ".client",
    "connect": ".client",
    "raising_errors": ".client",
    "session_of": ".client",
    "APIError": ".errors",
    "AuthenticationError": ".errors",
    "AuthorizationDenied": ".errors",
    "BynderError": ".errors",
    "ConfigurationError": ".errors",
    "Conflict": ".errors",
    "InvalidRequest": ".errors",
    "NotFound": ".errors",
    "PermissionDenied": ".errors",
    "RateLimited": ".errors",
    "RequestTimeout": ".errors",
    "ServerError": ".errors",
    "StateMismatchError": ".errors",
    "TransportError": ".errors",
    "UnexpectedResponse": ".errors",
    "AsyncRetryTransport": ".transport",
    "RequestBudget": ".budget",
    "RetryPolicy": ".retry",
    "RetryTransport": ".transport",
    "retry_policy": ".retry",
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
    "DownloadError",
    "DownloadProgress",
    "DownloadResult",
    "FileTokenStore",
    "InvalidRequest",
    "NotFound",
    "Page",
    "PermanentToken",
    "PermissionDenied",
    "PollPolicy",
    "RateLimited",
    "RawResponse",
    "RequestBudget",
    "RequestTimeout",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "Session",
    "StateMismatchError",
    "Token",
    "TokenStore",
    "Transformation",
    "TransportError",
    "UnexpectedResponse",
    "UploadError",
    "UploadFailed",
    "UploadItem",
    "UploadOutcome",
    "UploadProgress",
    "UploadRejected",
    "UploadResult",
    "UploadState",
    "UploadTimeout",
    "__version__",
    "adownload_item",
    "adownload_original",
    "afetch_all",
    "afetch_transformation",
    "aiter_items",
    "aiter_pages",
    "araw_request",
    "aupload_additional",
    "aupload_file",
    "aupload_many",
    "aupload_version",
    "connect",
    "download_item",
    "download_original",
    "fetch_all",
    "fetch_transformation",
    "iter_items",
    "iter_pages",
    "original_item",
    "raising_errors",
    "raw_request",
    "retry_policy",
    "session_of",
    "transform_op",
    "transformation_url",
    "upload_additional",
    "upload_file",
    "upload_many",
    "upload_version",
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
