"""bynder_ext: the handwritten layer over the generated ``bynder_client``.

``connect(domain, auth=...)`` returns the generated client, wired for OAuth (or a permanent token),
typed errors, retries with backoff, an overall deadline per call and the request budget::

    from bynder_ext import connect, ClientCredentials
    from bynder_client.api.assets import get_asset

    client = connect("acme.bynder.com", auth=ClientCredentials(client_id, client_secret))
    asset = get_asset.sync("an-asset-id", client=client)

This namespace holds what everyday code needs; the rest is in the submodules (``bynder_ext.auth``,
``.errors``, ``.pagination``, ``.upload``, ``.download``, ``.raw``, ``.transform``, ``.retry``,
``.budget``, ``.contract``, ``.testing``). Each name is imported on first use (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .auth import AuthorizationCode, ClientCredentials, FileTokenStore, PermanentToken
    from .budget import RequestBudget
    from .client import BynderClient, connect
    from .download import download_original
    from .errors import (
        APIError,
        AuthenticationError,
        BynderError,
        ConfigurationError,
        DownloadError,
        NotFound,
        PermissionDenied,
        RateLimited,
        RequestTimeout,
        ServerError,
        TransportError,
        UnexpectedResponse,
        UploadError,
    )
    from .pagination import afetch_all, fetch_all, iter_items, iter_pages
    from .raw import raw_request
    from .retry import RetryPolicy
    from .upload import upload_file

#: Public name -> the submodule it comes from.
_LAZY: dict[str, str] = {
    name: module
    for module, names in {
        ".auth": "AuthorizationCode ClientCredentials FileTokenStore PermanentToken",
        ".budget": "RequestBudget",
        ".client": "BynderClient connect",
        ".download": "download_original",
        ".errors": "APIError AuthenticationError BynderError ConfigurationError DownloadError "
        "NotFound PermissionDenied RateLimited RequestTimeout ServerError TransportError "
        "UnexpectedResponse UploadError",
        ".pagination": "afetch_all fetch_all iter_items iter_pages",
        ".raw": "raw_request",
        ".retry": "RetryPolicy",
        ".upload": "upload_file",
    }.items()
    for name in names.split()
}

__all__ = [
    "APIError",
    "AuthenticationError",
    "AuthorizationCode",
    "BynderClient",
    "BynderError",
    "ClientCredentials",
    "ConfigurationError",
    "DownloadError",
    "FileTokenStore",
    "NotFound",
    "PermanentToken",
    "PermissionDenied",
    "RateLimited",
    "RequestBudget",
    "RequestTimeout",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "UnexpectedResponse",
    "UploadError",
    "__version__",
    "afetch_all",
    "connect",
    "download_original",
    "fetch_all",
    "iter_items",
    "iter_pages",
    "raw_request",
    "upload_file",
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
