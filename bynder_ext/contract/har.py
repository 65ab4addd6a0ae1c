"""Recorded traffic checked against the spec: a HAR file (``bynder contract check FILE.har``).

Entries to the portal are checked as the guard checks a live exchange; other hosts' are ignored,
except S3 part uploads. An answer recorded without its body is checked by status, content type and
headers, a multipart request by its parameters. Secrets the file shows are redacted.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit

from ..errors import SENSITIVE_QUERY_PARAMS, ConfigurationError, redact_url
from .spec import Contract, SpecRequest, SpecResponse, Violation, own_servers, require_checker

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
        keys = ("index", "method", "url", "status", "outcome", "operation", "reason")
        return {
            **{k: getattr(self, k) for k in keys},
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
        found = Counter(e.outcome for e in self.entries)
        return {outcome: found[outcome] for outcome in ("ok", "violation", "ignored")}

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "portal": self.portal,
            "summary": self.counts(),
            "entries": [e.to_json() for e in self.entries],
        }


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
    is_s3 = _s3(s3_hosts)
    known: Counter[str] = Counter()
    for entry in entries:
        request = entry.get("request") or {}
        url = str(request.get("url", ""))
        path = urlsplit(url).path
        if path not in ("", "/") and contract.operation_id(str(request.get("method", "GET")), path):
            known[_origin(url)] += 1
    if portal is None and not known:
        raise ConfigurationError(f"{name}: no entry went to a Bynder portal (give the portal)")
    host = _host(portal if portal is not None else known.most_common(1)[0][0])
    report = HarReport(source=name, portal=host)
    for index, entry in enumerate(entries):
        request, response = entry.get("request") or {}, entry.get("response") or {}
        method = str(request.get("method", "GET")).upper()
        url = str(request.get("url", ""))
        status = response.get("status") if isinstance(response.get("status"), int) else None
        shown = redact_url(url, secrets)
        if urlsplit(url).netloc.lower() != host and not is_s3(url):
            report.entries.append(
                HarEntry(index, method, shown, status, "ignored", reason="another host")
            )
            continue
        checked = SpecRequest.from_url(method, url, _headers(request), _request_body(request))
        answer = None
        if status:
            answer = SpecResponse(status, _headers(response), _response_body(response))
            mime = (response.get("content") or {}).get("mimeType")
            if answer.header("content-type") is None and isinstance(mime, str) and mime:
                answer.headers.append(("Content-Type", mime))
        found = contract.check(checked, answer, undocumented=undocumented, secrets=secrets)
        report.entries.append(
            HarEntry(
                index,
                method,
                shown,
                status,
                "violation" if found else "ok",
                operation=contract.operation_id(method, checked.path),
                violations=found,
                reason=None if status else "no response recorded: the request was checked",
            )
        )
    return report


def _s3(hosts: Iterable[str]) -> Callable[[str], bool]:
    """Whether a URL is an S3 part upload's: to a host given, or matching an own server."""
    extra = {_host(h) for h in hosts}
    patterns = [
        re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^./]+", re.escape(url.rstrip("/"))) + "$", re.I)
        for urls in own_servers().values()
        for url in urls
    ]
    return lambda url: (
        urlsplit(url).netloc.lower() in extra or any(p.match(_origin(url)) for p in patterns)
    )


def _load(source: str | Path | Mapping[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    name = "<HAR data>" if isinstance(source, Mapping) else str(source)
    data: Any = source
    if not isinstance(source, Mapping):
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
    return [
        (item["name"], str(item.get("value", "")))
        for item in (items if isinstance(items, list) else [])
        if isinstance(item, dict) and isinstance(item.get("name"), str)
    ]


def _headers(message: Mapping[str, Any]) -> list[tuple[str, str]]:
    # HTTP/2 recordings list pseudo-headers (":authority"); they are not headers of the request.
    return [(k, v) for k, v in _pairs(message.get("headers")) if not k.startswith(":")]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _host(value: str) -> str:
    """``acme.bynder.com`` from ``https://acme.bynder.com/`` or ``acme.bynder.com``."""
    text = value.strip()
    return urlsplit(text if "://" in text else "https://" + text).netloc.lower()


def _request_body(request: Mapping[str, Any]) -> bytes | None:
    post = request.get("postData")
    if not isinstance(post, dict):
        return b""
    mime = str(post.get("mimeType", "")).lower()
    if "multipart/" in mime:
        return None  # rarely recorded byte for byte: the parameters are checked
    if isinstance(text := post.get("text"), str):
        return text.encode("utf-8")
    params = _pairs(post.get("params"))
    return urlencode(params).encode() if params and "x-www-form-urlencoded" in mime else None


def _response_body(response: Mapping[str, Any]) -> bytes | None:
    content = response.get("content")
    if not isinstance(content, dict) or not isinstance(text := content.get("text"), str):
        return None  # not recorded
    if content.get("encoding") != "base64":
        return text.encode("utf-8")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _secrets(entries: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every secret the file shows: bearer tokens, sensitive query and form values, and tokens
    in the token endpoint's answers."""
    found: set[str] = set()
    for entry in entries:
        request = entry.get("request") or {}
        for name, value in _headers(request):
            if name.lower() in ("authorization", "proxy-authorization"):
                found.add(value.split(" ", 1)[-1].strip())
        pairs = parse_qsl(urlsplit(str(request.get("url", ""))).query, keep_blank_values=True)
        if isinstance(post := request.get("postData"), dict):
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
                    str(answer[k]) for k in ("access_token", "refresh_token") if k in answer
                )
    return sorted(s for s in found if len(s) >= 6)
