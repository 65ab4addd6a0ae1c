# Generated from bynder_ext/raw/_async.py by scripts/unasync.py: edit that file, not this one.
"""The raw request's I/O, written once: ``_sync.py`` is generated from this file."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import httpx

from .._concurrency import sleep as pause
from ..client import RAISE_EXTENSION, BynderClient, session_of
from ..deadline import DEADLINE_EXTENSION, Deadline
from ..errors import error_from_response, redact_url, transport_error_from
from ..retry import RETRY_EXTENSION
from ..transport import RETRIES_EXTENSION
from .options import (
    FileValue,
    FormValue,
    Headers,
    Output,
    QueryParams,
    RawOptions,
    ResponseType,
    Sleep,
    check_url,
    query,
)
from .response import Output as Sink
from .response import RawResponse, decoded

_CHUNK = 1 << 16


def raw_request(
    client: BynderClient,
    method: str,
    url: str | httpx.URL,
    *,
    data: dict[str, Any] | list[Any] | str | bytes | None = None,
    form_data: Mapping[str, FormValue | Sequence[FormValue]] | None = None,
    file_data: Mapping[str, FileValue] | None = None,
    file_data_file_names: Mapping[str, str] | None = None,
    params: QueryParams | None = None,
    headers: Headers | None = None,
    response_type: ResponseType = "json",
    timeout: float | httpx.Timeout | None = None,
    retry_delay_ms: float = 0,
    retry_on_all_errors: bool = False,
    max_retry_count: int = 0,
    use_exponential_backoff: bool = False,
    output: Output | None = None,
    raise_errors: bool | None = None,
    sleep: Sleep | None = None,
) -> RawResponse:
    """Send one HTTP request to Bynder with the connector's Raw Request options.

    ``url`` is a path on the portal or an absolute URL (other origins get no token). ``data`` is
    a JSON (dict, list) or str/bytes body; ``form_data`` and ``file_data`` (with
    ``file_data_file_names``, same keys) make a multipart form. ``timeout`` is in seconds (the
    client's when None). ``sleep`` waits between retries (tests inject it). See
    :mod:`bynder_ext.raw` for retries, ``output`` and errors.
    """
    session = session_of(client)
    options = RawOptions(
        method=method,
        response_type=response_type,
        max_retry_count=max_retry_count,
        retry_delay_ms=retry_delay_ms,
        retry_on_all_errors=retry_on_all_errors,
        use_exponential_backoff=use_exponential_backoff,
        raise_errors=raise_errors,
        timeout=timeout,
        params=params,
        headers=headers,
        data=data,
        form_data=form_data,
        file_data=file_data,
        file_data_file_names=file_data_file_names,
        output=output,
    )
    target = check_url(session, url)
    http = session.http if session.is_portal(target) else session.external
    policy = options.policy(session.retry, sleep=sleep)
    raising = session.raise_errors if options.raise_errors is None else options.raise_errors
    sink = None if options.output is None else Sink(options.output)
    deadline = Deadline(session.deadline)  # one for every attempt
    secrets = session.secrets()
    retries = 0
    with contextlib.ExitStack() as opened:
        body = options.body(opened)
        if options.timeout is not None:
            body["timeout"] = options.timeout
        while True:
            extensions = {
                RETRY_EXTENSION: attrs.evolve(policy, max_retries=policy.max_retries - retries),
                RAISE_EXTENSION: False,
                DEADLINE_EXTENSION: deadline,
            }
            request = http.build_request(
                options.method,
                target,
                params=query(target, options.params),
                headers=options.headers,
                extensions=extensions,
                **body,
            )
            response = http.send(request, stream=True)  # the transport retries
            retries += response.extensions.get(RETRIES_EXTENSION, 0)
            try:
                length = response.headers.get("Content-Length", "").strip()
                deadline.allow_size(int(length) if length.isdigit() else None)
                if response.status_code >= 400 and raising:
                    response.read()
                    raise error_from_response(response, secrets=secrets, clock=policy.clock)
                body_of: Any = None
                if sink is None or not response.is_success:
                    response.read()
                    body_of = decoded(response, options.response_type, secrets)
                else:
                    with sink.open() as write:
                        for chunk in response.iter_bytes(_CHUNK):
                            write(chunk)
                url_shown = redact_url(response.request.url, secrets)
                return RawResponse(
                    response.status_code, response.headers, body_of, url_shown, retries
                )
            except httpx.TransportError as exc:  # the body was cut: ask the policy again
                delay = policy.decide(retries, options.method, exc)
                if delay is None or deadline.left() <= delay or not (sink is None or sink.rewind()):
                    error = transport_error_from(exc, secrets=secrets)
                    raise error from error.__cause__  # a redacted copy of exc
                retries += 1
                session.logger.debug(
                    "raw request: %s, retry %d in %.3f s", type(exc).__name__, retries, delay
                )
            finally:
                response.close()
            pause(delay, policy.sleep)
