"""Typed errors: status mapping, Bynder's message in every body shape, redaction, Retry-After."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest
from bynder_client.api.assets import get_asset
from bynder_client.errors import UnexpectedStatus
from bynder_client.models.error import Error

import bynder_ext
from bynder_ext.client import raising_errors, session_of
from bynder_ext.errors import (
    APIError,
    AuthenticationError,
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
    error_for_status,
    error_from_response,
    extract_message,
    parse_retry_after,
    redact_text,
    redact_url,
    transport_error_from,
)

PORTAL = "https://portal.example.com"


def _response(
    status: int, *, url: str = f"{PORTAL}/api/v4/media/x/", **kwargs: object
) -> httpx.Response:
    request = httpx.Request("GET", url)
    response = httpx.Response(status, request=request, **kwargs)  # type: ignore[arg-type]
    response.read()
    return response


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, InvalidRequest),
        (422, InvalidRequest),
        (401, AuthenticationError),
        (403, PermissionDenied),
        (404, NotFound),
        (409, Conflict),
        (429, RateLimited),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (599, ServerError),
        (405, UnexpectedResponse),
        (418, UnexpectedResponse),
    ],
)
def test_status_maps_to_class(status: int, expected: type[APIError]) -> None:
    assert error_for_status(status) is expected
    error = error_from_response(_response(status, json={"message": "m", "statuscode": status}))
    assert type(error) is expected
    assert isinstance(error, APIError)
    assert isinstance(error, BynderError)
    assert error.status_code == status


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"json": {"message": "Media not found", "statuscode": 404}}, "Media not found"),
        ({"json": {"message": "No brandid provided", "statuscode": "400"}}, "No brandid provided"),
        ({"json": {"message": "Order not found", "status_code": 404}}, "Order not found"),
        (
            {"json": {"error": "invalid_grant", "error_description": "The code expired"}},
            "invalid_grant: The code expired",
        ),
        ({"json": {"error": "invalid_client"}}, "invalid_client"),
        (
            {"json": {"status": "Job already finished.", "message": "Re-open the job."}},
            "Job already finished. Re-open the job.",
        ),
        (
            {"json": {"filename": "'image' is not a valid filename"}},
            '{"filename": "\'image\' is not a valid filename"}',
        ),
        ({"json": "Access denied"}, "Access denied"),
        (
            {"text": "Invalid or expired token.", "headers": {"Content-Type": "text/plain"}},
            "Invalid or expired token.",
        ),
        ({"content": b""}, "Not Found"),
        ({"text": "  <html>\n  oops </html>"}, "<html> oops </html>"),
    ],
)
def test_message_from_every_body_shape(kwargs: dict[str, object], message: str) -> None:
    error = error_from_response(_response(404, **kwargs))
    assert error.message == message
    assert message in str(error)


def test_long_text_bodies_are_truncated() -> None:
    assert len(extract_message("x" * 5000) or "") == 500


def test_str_and_repr_name_method_status_and_url() -> None:
    error = error_from_response(_response(404, json={"message": "Media not found"}))
    assert str(error) == f"404 Not Found: Media not found (GET {PORTAL}/api/v4/media/x/)"
    assert repr(error) == (
        f"NotFound(status_code=404, message='Media not found', method='GET', "
        f"url='{PORTAL}/api/v4/media/x/')"
    )
    assert error.body == {"message": "Media not found"}
    assert error.response is not None
    assert error.response.status_code == 404


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            f"{PORTAL}/x?access_token=abc&limit=5",
            f"{PORTAL}/x?access_token=[REDACTED]&limit=5",
        ),
        (
            f"{PORTAL}/t?client_secret=s3cr3t&code=c0de&refresh_token=r&token=t&state=ok",
            f"{PORTAL}/t?client_secret=[REDACTED]&code=[REDACTED]&refresh_token=[REDACTED]"
            "&token=[REDACTED]&state=ok",
        ),
        (
            "https://bucket.s3.amazonaws.com/k?X-Amz-Signature=deadbeef&X-Amz-Credential=AKIA/x&x=1",
            "https://bucket.s3.amazonaws.com/k?X-Amz-Signature=[REDACTED]"
            "&X-Amz-Credential=[REDACTED]&x=1",
        ),
        (
            "https://cdn.example.com/f?Signature=abc&Expires=1",
            "https://cdn.example.com/f?Signature=[REDACTED]&Expires=1",
        ),
        ("https://user:pass@example.com/p", "https://[REDACTED]@example.com/p"),
        (f"{PORTAL}/api/v4/media/", f"{PORTAL}/api/v4/media/"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected
    assert redact_url(httpx.URL(url)).replace("%5BREDACTED%5D", "[REDACTED]") == expected


def test_known_secrets_are_scrubbed_from_text_and_urls() -> None:
    secret = "tok_1234567890"
    assert redact_text(f"bad token {secret}!", [secret]) == "bad token [REDACTED]!"
    assert secret not in redact_url(f"{PORTAL}/api/{secret}/x", [secret])
    assert redact_text("short ab", ["ab"]) == "short ab"  # too short to be a secret


def test_error_message_echoing_a_secret_is_scrubbed() -> None:
    secret = "client-secret-value-42"
    response = _response(
        401, json={"error": "invalid_client", "error_description": f"bad {secret}"}
    )
    error = error_from_response(response, secrets=[secret], error_class=AuthenticationError)
    assert secret not in str(error)
    assert secret not in repr(error)
    assert error.message == "invalid_client: bad [REDACTED]"


NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("3", 3.0),
        (" 120 ", 120.0),
        ("1.5", 1.5),
        ("-4", 0.0),
        (format_datetime(datetime.fromtimestamp(NOW + 20, tz=UTC), usegmt=True), 20.0),
        (format_datetime(datetime.fromtimestamp(NOW - 20, tz=UTC), usegmt=True), 0.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
    ],
)
def test_parse_retry_after(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header, NOW) == seconds


def test_rate_limited_carries_retry_after() -> None:
    response = _response(429, json={"message": "Too many"}, headers={"Retry-After": "7"})
    error = error_from_response(response, clock=lambda: NOW)
    assert isinstance(error, RateLimited)
    assert error.retry_after == 7.0
    assert str(error).endswith("(retry after 7 s)")
    without = error_from_response(_response(429, text="slow down"))
    assert isinstance(without, RateLimited)
    assert without.retry_after is None


def test_transport_errors_wrap_httpx_and_stay_catchable_as_httpx() -> None:
    request = httpx.Request("GET", f"{PORTAL}/api/v4/media/?access_token=secret123456")
    error = transport_error_from(httpx.ConnectError("Connection refused", request=request))
    assert type(error) is TransportError
    assert isinstance(error, httpx.TransportError)
    assert isinstance(error, BynderError)
    assert "secret123456" not in str(error)
    assert "ConnectError: Connection refused" in str(error)
    assert error.method == "GET"
    timeout = transport_error_from(httpx.ReadTimeout("timed out", request=request))
    assert isinstance(timeout, RequestTimeout)
    assert isinstance(timeout, httpx.TimeoutException)


def test_configuration_error_is_a_value_error() -> None:
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(StateMismatchError, ConfigurationError)


# -- through the generated client ----------------------------------------------------------


def _client(handler: httpx.MockTransport, **kwargs: object) -> bynder_ext.BynderClient:
    return bynder_ext.connect(
        PORTAL,
        auth=bynder_ext.PermanentToken("permanent-token-value"),
        transport=handler,
        retry=None,
        **kwargs,  # type: ignore[arg-type]
    )


def _answer(status: int, **kwargs: object) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, **kwargs))  # type: ignore[arg-type]


def test_generated_call_raises_not_found_with_bynder_message() -> None:
    client = _client(_answer(404, json={"message": "Media not found", "statuscode": 404}))
    with pytest.raises(NotFound) as caught:
        get_asset.sync(client=client, id="missing")
    assert caught.value.message == "Media not found"
    assert caught.value.method == "GET"
    assert caught.value.url.startswith(f"{PORTAL}/api/v4/media/missing/")


async def test_generated_async_call_raises_typed_error() -> None:
    client = _client(_answer(403, json={"message": "Access denied", "statuscode": 403}))
    with pytest.raises(PermissionDenied, match="Access denied"):
        await get_asset.asyncio(client=client, id="x")


def test_text_plain_401_becomes_authentication_error() -> None:
    client = _client(_answer(401, text="Invalid or expired token."))
    with pytest.raises(AuthenticationError, match=r"Invalid or expired token\."):
        get_asset.sync(client=client, id="x")


def test_raise_errors_false_gives_the_generated_raw_behaviour() -> None:
    client = _client(
        _answer(404, json={"message": "Media not found", "statuscode": 404}), raise_errors=False
    )
    parsed = get_asset.sync_detailed(client=client, id="missing").parsed
    assert isinstance(parsed, Error)
    assert parsed.message == "Media not found"
    assert client.raise_on_unexpected_status is False
    # A plain call returns only its success type: anything else raises, even here.
    with pytest.raises(UnexpectedStatus) as caught:
        get_asset.sync(client=client, id="missing")
    assert caught.value.status_code == 404


def test_raising_errors_block_overrides_the_client_setting() -> None:
    answer = _answer(404, json={"message": "Media not found", "statuscode": 404})
    lenient = _client(answer, raise_errors=False)
    with raising_errors(), pytest.raises(NotFound, match="Media not found"):
        get_asset.sync(client=lenient, id="missing")
    strict = _client(answer)
    with raising_errors(False):
        assert isinstance(get_asset.sync_detailed(client=strict, id="missing").parsed, Error)
    with pytest.raises(NotFound):
        get_asset.sync(client=strict, id="missing")


async def test_raising_errors_block_applies_to_async_calls() -> None:
    answer = _answer(404, json={"message": "Media not found", "statuscode": 404})
    lenient = _client(answer, raise_errors=False)
    with raising_errors(), pytest.raises(NotFound):
        await get_asset.asyncio(client=lenient, id="missing")


def test_raise_errors_turns_on_the_generated_unexpected_status_check() -> None:
    assert _client(_answer(200)).raise_on_unexpected_status is True
    assert _client(_answer(200), raise_errors=False).raise_on_unexpected_status is False


def test_streamed_error_body_is_read_before_raising() -> None:
    client = _client(_answer(409, json={"message": "Already finished", "statuscode": 409}))
    http = session_of(client).http
    with pytest.raises(Conflict, match="Already finished"), http.stream("GET", "/api/v4/x/"):
        pytest.fail("the block must not run for an error response")


async def test_async_streamed_error_body_is_read_before_raising() -> None:
    client = _client(_answer(500, text="backend down"))
    http = session_of(client).async_http
    with pytest.raises(ServerError, match="backend down"):
        async with http.stream("GET", "/api/v4/x/"):
            pytest.fail("the block must not run for an error response")


def test_network_failure_becomes_transport_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    client = _client(httpx.MockTransport(refuse))
    with pytest.raises(TransportError) as caught:
        get_asset.sync(client=client, id="x")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_timeout_becomes_request_timeout() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = _client(httpx.MockTransport(slow))
    with pytest.raises(RequestTimeout):
        get_asset.sync(client=client, id="x")


# -- a success whose body is not JSON --------------------------------------------------------------


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_a_success_whose_body_is_not_json_raises_unexpected_response(is_async: bool) -> None:
    client = _client(_answer(200, content=b"<html><body>Gateway maintenance</body></html>"))

    async def call_async() -> object:
        async with client:
            return await get_asset.asyncio(client=client, id="some-asset")

    def call() -> object:
        if is_async:
            return asyncio.run(call_async())
        return get_asset.sync(client=client, id="some-asset")

    with pytest.raises(bynder_ext.UnexpectedResponse) as caught:
        call()
    error = caught.value
    assert error.status_code == 200
    assert "<html><body>Gateway maintenance" in error.message
    assert "/api/v4/media/some-asset/" in error.url
