"""Schemathesis (pinned 4.32.5) against the fake on loopback: no 5xx, no response that breaks the
spec, no hang. Examples are bounded and derandomized, so the run is repeatable and short.

Every operation runs, nothing is excluded. `upload_chunk` goes to the fake's S3 origin (its own
server in the spec), without the bearer token (S3 refuses a second auth mechanism). The OAuth
endpoints are called without a token too; they are public.

The strict fake gets every default check. A second run against a fake with strict validation off
checks only what such a fake still promises (no 5xx, documented statuses, conforming responses):
its handlers see the invalid input that the contract check would have stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from bynder_ext.testing import FakeBynder
from bynder_ext.testing.contract import spec_path
from bynder_ext.testing.server import FakeServer

pytestmark = pytest.mark.slow

schema = schemathesis.openapi.from_path(str(spec_path()))
schema.config.generation.update(max_examples=10, deterministic=True, no_shrink=True)
schema.config.update(request_timeout=10)
# The spec documents 400 for values that are well-formed but refer to nothing (a brandId or a
# campaignID that does not exist) and 303 for a save that comes before processing ends; the fake
# answers those like the portal, so they count as accepting valid data.
checks = schema.config.checks
checks.positive_data_acceptance.expected_statuses = ["2xx", "303", "400", "401", "403", "404"]
# S3 answers a POST that is not multipart/form-data with 412 Precondition Failed.
checks.negative_data_rejection.expected_statuses = [
    *checks.negative_data_rejection.expected_statuses,
    "412",
]


def _serve(strict: bool) -> Iterator[FakeServer]:
    fake = FakeBynder(strict=strict, validate_responses=True, seed=11)
    fake.seed(n_assets=10)
    with fake.serve() as server:
        yield server
    assert fake.errors == [], "\n".join(fake.errors)
    assert fake.contract_violations == []


@pytest.fixture(scope="module")
def live() -> Iterator[FakeServer]:
    yield from _serve(strict=True)


@pytest.fixture(scope="module")
def lenient() -> Iterator[FakeServer]:
    yield from _serve(strict=False)


def _call(case: Any, server: FakeServer, **kwargs: Any) -> None:
    operation_id = case.operation.definition.raw.get("operationId")
    case.call_and_validate(
        base_url=server.base_url_for(operation_id),
        headers=server.auth_headers_for(operation_id),
        **kwargs,
    )


@schema.parametrize()
def test_fake_conforms(case: Any, live: FakeServer) -> None:
    _call(case, live)


@schema.parametrize()
def test_lenient_fake_never_fails(case: Any, lenient: FakeServer) -> None:
    checks = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]
    _call(case, lenient, checks=checks)
