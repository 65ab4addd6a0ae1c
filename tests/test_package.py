"""The package's public face: a small top-level namespace of what everyday code needs, each name
imported on first use, and the rest in the submodules where it belongs."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import bynder_ext

#: Where each top-level name lives.
HOMES = {
    "connect": "client",
    "BynderClient": "client",
    "PermanentToken": "auth",
    "ClientCredentials": "auth",
    "AuthorizationCode": "auth",
    "FileTokenStore": "auth",
    "RetryPolicy": "retry",
    "RequestBudget": "budget",
    "iter_items": "pagination",
    "iter_pages": "pagination",
    "fetch_all": "pagination",
    "afetch_all": "pagination",
    "upload_file": "upload",
    "download_original": "download",
    "raw_request": "raw",
    "BynderError": "errors",
    "ConfigurationError": "errors",
    "APIError": "errors",
    "AuthenticationError": "errors",
    "PermissionDenied": "errors",
    "NotFound": "errors",
    "RateLimited": "errors",
    "ServerError": "errors",
    "UnexpectedResponse": "errors",
    "TransportError": "errors",
    "RequestTimeout": "errors",
    "UploadError": "errors",
    "DownloadError": "errors",
}


def test_the_top_level_namespace_is_small() -> None:
    assert len(bynder_ext.__all__) <= 30
    assert set(bynder_ext.__all__) == {*HOMES, "__version__"}


@pytest.mark.parametrize(("name", "home"), HOMES.items())
def test_each_name_is_its_submodules_own(name: str, home: str) -> None:
    module = importlib.import_module(f"bynder_ext.{home}")
    assert getattr(bynder_ext, name) is getattr(module, name)


def test_plumbing_stays_in_its_submodule() -> None:
    for name in ("session_of", "RetryTransport", "BynderHTTPClient", "araw_request", "Token"):
        with pytest.raises(AttributeError, match=name):
            getattr(bynder_ext, name)


def test_importing_the_package_loads_nothing_until_a_name_is_used() -> None:
    code = (
        "import sys, bynder_ext; before = {'httpx', 'bynder_ext.client'} & set(sys.modules); "
        "bynder_ext.connect; after = {'httpx', 'bynder_ext.client'} <= set(sys.modules); "
        "print(sorted(before), after)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[] True"
