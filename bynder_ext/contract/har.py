"""Recorded traffic checked against the spec: a HAR file, as a browser's developer tools or
mitmproxy export it (``bynder contract check FILE.har``).

Each entry to the portal is checked like the guard checks a live exchange (the request's
parameters and body, the response's status, content type, headers and body), with the same
one-line messages. Which host is the portal: the one given, else the host most entries with a path
of the spec went to. Entries for other hosts are ignored, except the S3 part upload: an entry for a
host that matches the spec's own server of an operation (``https://{bucket}.s3.amazonaws.com``
for ``upload_chunk``), or one of ``s3_hosts``, is checked against that operation.

What a HAR file holds decides what can be checked: a response whose body was not recorded is
checked by status, content type and headers; a multipart request body (recorders rarely keep it
byte for byte) by its parameters. Secrets seen in the file (bearer tokens, client secrets, codes,
signatures, issued tokens) are redacted from every message and URL.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit

from ..errors import SENSITIVE_QUERY_PARAMS, ConfigurationError, redact_url
from .spec import Contract, SpecRequest, SpecResponse, Violation, load_spec, require_checker

__all__ = ["HarEntry", "HarReport", "check_har"]

Outcome = Literal["ok", "violation", "ignored"]
_SECRET_FIELDS = SENSITIVE_QUERY_PARAMS | {"client_id"}


@dataclass
class HarEntry:
    """One recorded exchange and what the check made of it."""

    index: int
    method: str
    url: str  # redacted
    status: int | None
    outcome: Outcome
    operation: str | None = None
    violations: list[Violation] = field(default_factory=list)
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "method": self.method,
            "url": self.url,
            "status": self.status,
            "outcome": self.outcome,
            "operation": self.operation,
            "reason": self.reason,
            "violations": [v.to_json() for v in self.violations],
        }


@dataclass
class HarReport:
    """The checked entries of one HAR file."""

    source: str
    portal: str
    entries: list[HarEntry] = field(default_factory=list)

    @property
    def checked(self) -> list[HarEntry]:
        return [e for e in self.entries if e.outcome != "ignored"]

    @property
    def violations(self) -> list[Violation]:
        return [v for e in self.entries for v in e.violations]

    @property
    def ok(self) -> bool:
        """Every checked entry conforms (ignored ones do not count)."""
        return not self.violations

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(("ok", "violation", "ignored"), 0)
        for entry in self.entries:
            out[entry.outcome] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "portal": self.portal,
            "summary": self.counts(),
            "entries": [e.to_json() for e in self.entries],
        }


def _load(source: str | Path | Mapping[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    if isinstance(source, Mapping):
        data: Any = source
        name = "<HAR data>"
    else:
        name = str(source)
        try:
            data = json.loads(Path(source).read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise ConfigurationError(f"{name}: {exc.strerror or exc}") from exc
        except ValueError as exc:
            raise ConfigurationError(f"{name} is not a HAR file (not JSON: {exc})") from exc
    entries = data.get("log", {}).get("entries") if isinstance(data, Mapping) else None
    if not isinstance(entries, list):
        raise ConfigurationError(f"{name} is not a HAR file (no log.entries)")
    return name, [e for e in entries if isinstance(e, dict)]


def _pairs(items: Any) -> list[tuple[str, str]]:
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            out.append((item["name"], str(item.get("value", ""))))
    return out


def _headers(message: Mapping[str, Any]) -> list[tuple[str, str]]:
    # HTTP/2 recordings list pseudo-headers (":authority"); they are not headers of the request.
    return [(k, v) for k, v in _pairs(message.get("headers")) if not k.startswith(":")]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _request_body(request: Mapping[str, Any]) -> bytes | None:
    post = request.get("postData")
    if not isinstance(post, dict):
        return b""
    mime = str(post.get("mimeType", "")).lower()
    if "multipart/" in mime:
        return None  # rarely recorded byte for byte: the parameters are checked
    text = post.get("text")
    if isinstance(text, str):
        return text.encode("utf-8")
    params = _pairs(post.get("params"))
    if params and "x-www-form-urlencoded" in mime:
        return urlencode(params).encode()
    return None


def _response_body(response: Mapping[str, Any]) -> bytes | None:
    content = response.get("content")
    if not isinstance(content, dict) or not isinstance(content.get("text"), str):
        return None  # not recorded
    text: str = content["text"]
    if content.get("encoding") == "base64":
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            return None
    return text.encode("utf-8")


def _secrets(entries: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every secret the file shows: bearer tokens, sensitive query and form values, and tokens
    in the token endpoint's answers."""
    found: set[str] = set()
    for entry in entries:
        request = entry.get("request") or {}
        for name, value in _headers(request):
            if name.lower() in ("authorization", "proxy-authorization"):
                found.add(value.split(" ", 1)[-1].strip())
        url = str(request.get("url", ""))
        pairs = parse_qsl(urlsplit(url).query, keep_blank_values=True)
        post = request.get("postData")
        if isinstance(post, dict):
            pairs += _pairs(post.get("params"))
            if isinstance(post.get("text"), str) and "=" in post["text"]:
                pairs += parse_qsl(post["text"], keep_blank_values=True)
        found.update(v for k, v in pairs if k.lower() in _SECRET_FIELDS)
        body = _response_body(entry.get("response") or {})
        if body and b"token" in body:
            try:
                answer = json.loads(body)
            except ValueError:
                answer = None
            if isinstance(answer, dict):
                found.update(
                    str(v) for k, v in answer.items() if k in ("access_token", "refresh_token")
                )
    return sorted(s for s in found if len(s) >= 6)


def _own_server_hosts() -> list[re.Pattern[str]]:
    """Origins of the operations served by a host of their own, as patterns."""
    out = []
    for item in load_spec().get("paths", {}).values():
        for operation in [item, *item.values()]:
            servers = operation.get("servers") if isinstance(operation, dict) else None
            for server in servers or []:
                url = re.escape(str(server.get("url", "")).rstrip("/"))
                url = re.sub(r"\\\{[^}]+\\\}", r"[^./]+", url)
                out.append(re.compile(f"^{url}$", re.IGNORECASE))
    return out


def check_har(
    source: str | Path | Mapping[str, Any],
    *,
    portal: str | None = None,
    s3_hosts: Iterable[str] = (),
    undocumented: bool = False,
) -> HarReport:
    """Check a HAR file (a path, or its parsed JSON) against the spec.

    - ``portal``: the portal's host or origin (default: the host most entries with a path of the
      spec went to);
    - ``s3_hosts``: more hosts (or origins) whose entries are S3 part uploads (a test's fake S3);
    - ``undocumented``: also report response fields the spec does not list.
    """
    require_checker()
    name, entries = _load(source)
    contract = Contract.shared()
    secrets = _secrets(entries)
    s3_patterns = _own_server_hosts()
    s3_extra = {_host(h) for h in s3_hosts}
    known: Counter[str] = Counter()
    for entry in entries:
        request = entry.get("request") or {}
        url = str(request.get("url", ""))
        path = urlsplit(url).path
        if path not in ("", "/") and contract.operation(str(request.get("method", "GET")), path):
            known[_origin(url)] += 1
    if portal is not None:
        portal_host = _host(portal)
    elif known:
        portal_host = _host(known.most_common(1)[0][0])
    else:
        raise ConfigurationError(f"{name}: no entry went to a Bynder portal (give the portal)")
    report = HarReport(source=name, portal=portal_host)
    for index, entry in enumerate(entries):
        report.entries.append(
            _check_entry(
                contract, index, entry, portal_host, s3_patterns, s3_extra, secrets, undocumented
            )
        )
    return report


def _host(value: str) -> str:
    """``acme.bynder.com`` from ``https://acme.bynder.com/`` or ``acme.bynder.com``."""
    text = value.strip()
    if "://" not in text:
        text = "https://" + text
    return urlsplit(text).netloc.lower()


def _check_entry(
    contract: Contract,
    index: int,
    entry: Mapping[str, Any],
    portal_host: str,
    s3_patterns: list[re.Pattern[str]],
    s3_extra: set[str],
    secrets: list[str],
    undocumented: bool,
) -> HarEntry:
    request = entry.get("request") or {}
    response = entry.get("response") or {}
    method = str(request.get("method", "GET")).upper()
    url = str(request.get("url", ""))
    status = response.get("status") if isinstance(response.get("status"), int) else None
    shown = redact_url(url, secrets)
    host = urlsplit(url).netloc.lower()
    is_s3 = host in s3_extra or any(p.match(_origin(url)) for p in s3_patterns)
    if host != portal_host and not is_s3:
        return HarEntry(index, method, shown, status, "ignored", reason="another host")
    spec_request = SpecRequest.from_url(method, url, _headers(request), _request_body(request))
    operation = contract.operation(method, spec_request.path)
    if not status:
        found = contract.check(spec_request, secrets=secrets)
    else:
        answer = SpecResponse(status, _headers(response), _response_body(response))
        if not any(k.lower() == "content-type" for k, _ in answer.headers):
            mime = (response.get("content") or {}).get("mimeType")
            if isinstance(mime, str) and mime:
                answer.headers.append(("Content-Type", mime))
        found = contract.check(spec_request, answer, undocumented=undocumented, secrets=secrets)
    return HarEntry(
        index,
        method,
        shown,
        status,
        "violation" if found else "ok",
        operation=operation.operation_id if operation else None,
        violations=found,
        reason=None if status else "no response recorded: the request was checked",
    )
