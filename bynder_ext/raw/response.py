"""A raw request's answer: the body decoded as asked, or streamed into ``output`` (no I/O of the
network)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import httpx

from ..errors import UnexpectedResponse, decode_body, redact_url
from ..transport import seekable


@dataclass(frozen=True)
class RawResponse:
    """The answer to :func:`raw_request`: ``status_code``, ``headers``, ``body`` (decoded as the
    response type says; None when streamed to ``output``), ``url`` (redacted) and ``retries``."""

    status_code: int
    headers: httpx.Headers
    body: Any
    url: str
    retries: int

    @property
    def is_success(self) -> bool:
        """Whether the status is 2xx."""
        return 200 <= self.status_code < 300


def decoded(response: httpx.Response, response_type: str, secrets: list[str]) -> Any:
    """The body of a response that has been read: bytes, text or JSON (None when empty); an
    error's body leniently (JSON when it parses, else text)."""
    content = response.content
    if response_type == "binary":
        return content
    if not response.is_success:
        return decode_body(response)
    if response_type == "text":
        return response.text
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except ValueError:
        raise UnexpectedResponse(
            "the answer is not JSON (use response_type='text' or 'binary')",
            status_code=response.status_code,
            method=response.request.method,
            url=redact_url(response.request.url, secrets),
            response=response,
            body=response.text,
        ) from None


class Output:
    """Where a binary answer streams: a temporary file beside the path, renamed into place when
    complete, or the caller's file object from its position (rewound for another attempt when
    it can seek)."""

    def __init__(self, target: Path | IO[bytes]) -> None:
        self.target = target
        self.start = None if isinstance(target, Path) or not seekable(target) else target.tell()
        self.wrote = False

    @contextlib.contextmanager
    def open(self) -> Iterator[Callable[[bytes], object]]:
        """A function that writes a chunk; a path is in place once the block ends without error."""
        if not isinstance(self.target, Path):
            self.wrote = True
            yield self.target.write
            return
        with tempfile.NamedTemporaryFile(
            dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".part", delete=False
        ) as handle:
            try:
                yield handle.write
            except BaseException:
                handle.close()
                os.unlink(handle.name)
                raise
        os.replace(handle.name, self.target)

    def rewind(self) -> bool:
        """Ready for another attempt; False when bytes went to a stream that cannot seek back."""
        if isinstance(self.target, Path) or not self.wrote:
            return True  # a path gets a new temporary file
        if self.start is None:
            return False
        self.target.seek(self.start)
        self.target.truncate()
        self.wrote = False
        return True
