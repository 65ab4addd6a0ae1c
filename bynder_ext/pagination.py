"""Pagination over Bynder's page/limit list operations, sync and async.

``iter_items(list_assets, client=client, type_="image")`` yields every asset, page by page;
``iter_pages`` yields the :class:`Page` objects themselves (items, total, headers); ``fetch_all``
returns a list and mirrors the connector's "Fetch All" switch. ``aiter_items``, ``aiter_pages``
and ``afetch_all`` are the async twins. Items are the generated models (``Asset``, ``Collection``,
``User``, ``Job``, ``Order``, ...), or with ``models=False`` the JSON objects as Bynder sent them
(dicts): building models costs more CPU than decoding the JSON, so bulk jobs that read a few fields,
or need fields the models do not declare, go faster without them. Everything else (the requests,
auth, budget, retries, typed errors, stop rules, totals and prefetch) is the same in both modes.

How an operation is understood: ``operation`` is a generated module (``list_assets``) or one of
its functions; the module's ``sync_detailed`` / ``asyncio_detailed`` do the requests, so the
generated code builds the query and parses the models. The paging parameters come from the
signature: ``page`` and ``limit`` are driven here, ``total`` (or else ``count``) is asked for on
the first page so that the total is known, unless the caller set ``total`` or ``count``.
With ``models=False`` the request comes from the module's ``_get_kwargs`` (see
:func:`_request_builder`) and goes through the same client, and the JSON is not parsed into models.
A list operation without ``page`` (``list_campaigns``, ``list_brands``) is a single page. What the
signature cannot tell is in ``_LIMITS``: the largest ``limit`` (1000 for assets and collections)
and fixed page sizes (10 for orders); any other operation that takes ``page`` without ``limit``
has its page size learnt from the first page.

Every response shape Bynder uses is read: a bare array, ``{"total": {"count": N}, "media": [...]}``,
``{"count": {..., "total": N}, "media": [...]}``, ``{"count": N, "collections": [...]}``, and the
``X-Pagination-TotalRecords`` / ``X-Pagination-Limit`` headers (the latter also reveals a server
that caps ``limit`` below the size asked for). Iteration stops on an empty page, on a short page,
on ``max_items`` and on the total, so when the total is known no request is made past the last
page.

Prefetch: with ``prefetch=N`` and a known total, the pages after the first are requested up to N
at a time (threads for sync, tasks for async) and yielded in order; at most N pages are held
ahead of the consumer, so memory stays flat in the number of items. The first error surfaces
when its page is reached (pages before it are yielded), and the pages still in flight are
cancelled or awaited before the exception leaves the iterator. Threads run in a copy of the
caller's context, so :func:`bynder_ext.retry_policy` blocks apply to them too. Async iterators
that are left early should be closed (``contextlib.aclosing``) so that their tasks end at once.

Errors: a page with an error status raises the typed error of :mod:`bynder_ext.errors`, also on a
client built with ``raise_errors=False``; a success whose body is not a page raises
:class:`~bynder_ext.errors.UnexpectedResponse`. Bad arguments raise ConfigurationError before any
request. Written here rather than borrowed: the paginators of other SDKs are bound to their own
client classes and know none of Bynder's shapes.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import inspect
import json
import math
import sys
import threading
import types
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Final, Literal, NamedTuple, TypeGuard, get_args, get_origin, overload

import attrs
import httpx

from .client import BynderClient, Session, raising_errors, session_of
from .errors import ConfigurationError, UnexpectedResponse, int_at_least

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PREFETCH",
    "Page",
    "afetch_all",
    "aiter_items",
    "aiter_pages",
    "fetch_all",
    "iter_items",
    "iter_pages",
]

#: Page size for operations whose largest ``limit`` is not known.
DEFAULT_PAGE_SIZE: Final = 100
#: The largest ``prefetch`` window.
MAX_PREFETCH: Final = 32

#: A generated module (``list_assets``) or one of its functions (``list_assets.sync_detailed``).
Operation = types.ModuleType | Callable[..., Any]


@dataclass(frozen=True)
class _Limits:
    max_page_size: int | None = None
    fixed_page_size: int | None = None


# Facts about Bynder's list operations that their signatures do not carry.
_LIMITS: Final[Mapping[str, _Limits]] = {
    "bynder_client.api.assets.list_assets": _Limits(max_page_size=1000),
    "bynder_client.api.collections.list_collections": _Limits(max_page_size=1000),
    "bynder_client.api.orders.list_orders": _Limits(fixed_page_size=10),
}
# Parameters that iteration drives itself, with what to pass instead.
_MANAGED: Final = {
    "page": "start_page=",
    "limit": "page_size=",
    "cursor": "page numbers (cursor paging is not supported)",
}


@dataclass(frozen=True)
class Page:
    """One page of a list: its 1-based ``number``, its ``items`` (generated models, or dicts with
    ``models=False``), the ``total`` number of items over all pages when the response told it
    (else None), and the response ``headers``."""

    number: int
    items: list[Any]
    total: int | None
    headers: httpx.Headers


@dataclass(frozen=True)
class _Operation:
    """What the signature of a generated list operation says."""

    name: str
    module: types.ModuleType
    sync: Callable[..., Any]
    asyncio: Callable[..., Awaitable[Any]]
    parameters: frozenset[str]
    required: frozenset[str]
    comma_separated: frozenset[str]
    paged: bool
    has_limit: bool
    total_param: str | None
    limits: _Limits
    # For models=False: the JSON keys that hold the items of an object-shaped page, and whether
    # the items are objects (False for operations that list plain strings).
    item_keys: tuple[str, ...]
    lists_objects: bool


class _Answer(NamedTuple):
    """One page's response: its status, headers and body (models, or the decoded JSON)."""

    status_code: int
    headers: httpx.Headers
    parsed: Any


_OPERATIONS: dict[str, _Operation] = {}
_OPERATIONS_LOCK = threading.Lock()


def _module_of(operation: object) -> types.ModuleType:
    if isinstance(operation, types.ModuleType):
        module = operation
    else:
        name = getattr(operation, "__module__", None)
        found = sys.modules.get(name) if isinstance(name, str) and callable(operation) else None
        if found is None:
            raise ConfigurationError(
                f"expected a generated list operation such as "
                f"bynder_client.api.assets.list_assets, got {operation!r}"
            )
        module = found
    if not callable(getattr(module, "sync_detailed", None)) or not callable(
        getattr(module, "asyncio_detailed", None)
    ):
        raise ConfigurationError(
            f"{module.__name__} is not a generated operation (it has no sync_detailed and "
            "asyncio_detailed)"
        )
    return module


def _mentions_list(annotation: object) -> bool:
    if get_origin(annotation) is list:
        return True
    return any(_mentions_list(arg) for arg in get_args(annotation))


def _takes_str_only(annotation: object) -> bool:
    args = get_args(annotation)
    return str in args and not any(get_origin(a) is list or a is list for a in args)


def _json_key(field_name: str) -> str:
    """The JSON name of a generated model's field (``media_items`` -> ``mediaItems``)."""
    head, *rest = field_name.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _json_shape(annotation: object) -> tuple[tuple[str, ...], bool]:
    """From an operation's return annotation: the JSON keys of the list fields of its page
    models (``media``, ``collections``), and whether every bare ``list[...]`` holds models."""
    keys: list[str] = []
    objects = True

    def visit(node: object) -> None:
        nonlocal objects
        if get_origin(node) is list:
            objects = objects and all(isinstance(t, type) and attrs.has(t) for t in get_args(node))
        elif isinstance(node, type) and attrs.has(node):
            for field in attrs.fields(node):
                kind = field.type if isinstance(field.type, str) else repr(field.type)
                if field.name != "additional_properties" and kind.startswith("list["):
                    keys.append(_json_key(field.name))
        else:
            for arg in get_args(node):
                visit(arg)

    visit(annotation)
    return tuple(dict.fromkeys(keys)), objects


def _resolve(operation: object) -> _Operation:
    module = _module_of(operation)
    cached = _OPERATIONS.get(module.__name__)
    if cached is not None and cached.module is module:
        return cached
    sync = module.sync_detailed
    try:
        signature = inspect.signature(sync, eval_str=True)
    except (NameError, TypeError, ValueError):
        signature = inspect.signature(sync)
    parameters = {name: p for name, p in signature.parameters.items() if name != "client"}
    name = module.__name__.rsplit(".", 1)[-1]
    paged = "page" in parameters
    if not paged and not _mentions_list(signature.return_annotation):
        raise ConfigurationError(f"{name} is not a list operation: it returns no list of items")
    total_param = next((p for p in ("total", "count") if p in parameters), None)
    item_keys, lists_objects = _json_shape(signature.return_annotation)
    resolved = _Operation(
        name=name,
        module=module,
        sync=sync,
        asyncio=module.asyncio_detailed,
        parameters=frozenset(parameters),
        required=frozenset(
            n for n, p in parameters.items() if p.default is inspect.Parameter.empty
        ),
        comma_separated=frozenset(
            n for n, p in parameters.items() if _takes_str_only(p.annotation)
        ),
        paged=paged,
        has_limit="limit" in parameters,
        total_param=total_param,
        limits=_LIMITS.get(module.__name__, _Limits()),
        item_keys=item_keys,
        lists_objects=lists_objects,
    )
    with _OPERATIONS_LOCK:
        _OPERATIONS[module.__name__] = resolved
    return resolved


def _int_header(headers: httpx.Headers, name: str) -> int | None:
    value = headers.get(name, "").strip()
    return int(value) if value.isdigit() else None


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _total_of(parsed: object) -> int | None:
    """``total.count`` (``total=true``), ``count.total`` (asset facets) or an int ``count``, of a
    model or of a JSON object."""
    if isinstance(parsed, dict):
        for outer, inner in (("total", "count"), ("count", "total")):
            value = parsed.get(outer)
            if _is_int(value):
                return value
            nested = value.get(inner) if isinstance(value, dict) else None
            if _is_int(nested):
                return nested
        return None
    for outer, inner in (("total", "count"), ("count", "total")):
        value = getattr(parsed, outer, None)
        if _is_int(value):
            return value
        nested = getattr(value, inner, None)
        if _is_int(nested):
            return nested
    return None


def _items_of(parsed: object, keys: tuple[str, ...]) -> list[Any] | None:
    """The items of a page: a bare list, the first list field of a model, or the list under
    one of ``keys`` (the JSON names of the page models' list fields) of a JSON object."""
    if isinstance(parsed, list):
        return parsed
    if isinstance(parsed, dict):
        for key in keys:
            value = parsed.get(key)
            if isinstance(value, list):
                return value
        return None
    cls = type(parsed)
    if attrs.has(cls):
        for field in attrs.fields(cls):
            value = getattr(parsed, field.name)
            if isinstance(value, list):
                return value
    return None


def _request_builder(op: _Operation) -> Callable[..., dict[str, Any]] | None:
    """The module's ``_get_kwargs``: it builds the arguments of the ``request(...)`` call that
    ``sync_detailed`` makes (method, URL, query, body, headers), before the answer is parsed.

    It is the generated code's private helper, used here (and only here) so that
    ``models=False`` sends exactly the generated operation's request without building models. It
    is safe to rely on: generated/ comes from a pinned generator (``make check-generated``), and
    a test checks that every list operation module has it."""
    build = getattr(op.module, "_get_kwargs", None)
    return build if callable(build) else None


def _request_of(op: _Operation, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments of the request the generated operation would send for ``kwargs``."""
    build = _request_builder(op)
    if build is None:
        raise ConfigurationError(f"{op.name} has no _get_kwargs: models=False needs it")
    return build(**kwargs)


class _Pager:
    """The state of one iteration: which page comes next, and when to stop."""

    def __init__(
        self,
        operation: object,
        client: BynderClient,
        page_size: int | None,
        start_page: int,
        max_items: int | None,
        prefetch: int,
        params: Mapping[str, Any],
        *,
        models: bool = True,
        add_total: bool = True,
    ) -> None:
        op = _resolve(operation)
        self.op = op
        self.models = _models_flag(op, models)
        self.client = client
        self.session: Session = session_of(client)
        self.start_page = int_at_least(start_page, "start_page", 1)
        self.max_items = None if max_items is None else int_at_least(max_items, "max_items", 0)
        self.prefetch = int_at_least(prefetch, "prefetch", 0)
        if self.prefetch > MAX_PREFETCH:
            raise ConfigurationError(f"prefetch must be at most {MAX_PREFETCH}, got {prefetch}")
        self.limit = self._page_size(page_size)
        # The size of a full page (for the short-page rule), when known.
        self.page_size: int | None = self.limit or op.limits.fixed_page_size
        self.params = self._params(params)
        self.first_extra: dict[str, Any] = {}
        if (
            add_total
            and op.paged
            and op.total_param is not None
            and not {"total", "count"} & set(self.params)
        ):
            self.first_extra[op.total_param] = True
        self.total: int | None = None
        self.seen = 0  # items on the pages accepted so far, before trimming to max_items
        self.yielded = 0
        self.done = self.max_items == 0

    def _page_size(self, page_size: object) -> int | None:
        op = self.op
        if not op.paged:
            if page_size is not None or self.start_page != 1:
                raise ConfigurationError(
                    f"{op.name} is not paged: it takes no page_size or start_page"
                )
            return None
        if not op.has_limit:
            fixed = op.limits.fixed_page_size
            if page_size is not None and page_size != fixed:
                what = f"a fixed page size of {fixed}" if fixed else "no page size"
                raise ConfigurationError(f"{op.name} has {what}: leave page_size out")
            return None
        largest = op.limits.max_page_size
        if page_size is None:
            return largest or DEFAULT_PAGE_SIZE
        size = int_at_least(page_size, "page_size", 1)
        if largest is not None and size > largest:
            raise ConfigurationError(
                f"page_size for {op.name} must be within 1..{largest}, got {size}"
            )
        return size

    def _params(self, params: Mapping[str, Any]) -> dict[str, Any]:
        op = self.op
        result: dict[str, Any] = {}
        for name, value in params.items():
            if name in _MANAGED and (name in op.parameters or name == "cursor"):
                raise ConfigurationError(
                    f"{name}= is driven by the iterator; use {_MANAGED[name]} instead"
                )
            if name not in op.parameters:
                known = ", ".join(sorted(op.parameters - set(_MANAGED))) or "none"
                raise ConfigurationError(
                    f"{op.name} takes no parameter {name!r}; its parameters: {known}"
                )
            if name in op.comma_separated and isinstance(value, list | tuple):
                if not all(isinstance(v, str) for v in value):
                    raise ConfigurationError(f"{name} must be a string or a list of strings")
                value = ",".join(value)
            result[name] = value
        missing = op.required - set(result)
        if missing:
            raise ConfigurationError(f"{op.name} needs {', '.join(sorted(missing))}")
        return result

    # Requests ---------------------------------------------------------------------------------

    def kwargs(self, number: int) -> dict[str, Any]:
        kwargs = dict(self.params)
        if self.op.paged:
            kwargs["page"] = number
        if self.limit is not None:
            kwargs["limit"] = self.limit
        if number == self.start_page:
            kwargs.update(self.first_extra)
        return kwargs

    def call(self, number: int) -> _Answer:
        with raising_errors():
            if self.models:
                response = self.op.sync(client=self.client, **self.kwargs(number))
                return _Answer(response.status_code, response.headers, response.parsed)
            request = _request_of(self.op, self.kwargs(number))
            answer = self.client.get_httpx_client().request(**request)
        return self._decoded(number, answer)

    async def acall(self, number: int) -> _Answer:
        with raising_errors():
            if self.models:
                response = await self.op.asyncio(client=self.client, **self.kwargs(number))
                return _Answer(response.status_code, response.headers, response.parsed)
            request = _request_of(self.op, self.kwargs(number))
            answer = await self.client.get_async_httpx_client().request(**request)
        return self._decoded(number, answer)

    # Responses --------------------------------------------------------------------------------

    def _decoded(self, number: int, response: httpx.Response) -> _Answer:
        try:
            body = json.loads(response.content)
        except ValueError as exc:  # also UnicodeDecodeError
            raise self._unexpected(number, response.status_code, "not JSON") from exc
        return _Answer(response.status_code, response.headers, body)

    def _unexpected(self, number: int, status_code: int, what: str) -> UnexpectedResponse:
        return UnexpectedResponse(
            f"{self.op.name} page {number} is {what}",
            status_code=int(status_code),
            method="GET",
            url=self.session.origin,
        )

    def accept(self, number: int, response: _Answer) -> Page | None:
        """Read one response; returns the page to yield (None for an empty one) and updates
        ``done``."""
        headers = httpx.Headers(response.headers)
        items = _items_of(response.parsed, self.op.item_keys)
        if items is None:
            raise self._unexpected(
                number,
                response.status_code,
                f"not a list of items (got {type(response.parsed).__name__})",
            )
        total = _total_of(response.parsed)
        if total is None:
            total = _int_header(headers, "X-Pagination-TotalRecords")
        if total is not None:
            self.total = total
        served = _int_header(headers, "X-Pagination-Limit")
        if served is not None and self.page_size is not None and served < self.page_size:
            self.page_size = served
        if self.page_size is None and self.seen == 0:
            self.page_size = len(items)  # an unknown fixed size, learnt from the first page
        self.seen += len(items)
        self.done = self._last(len(items))
        if self.max_items is not None and self.yielded + len(items) >= self.max_items:
            items = items[: self.max_items - self.yielded]
            self.done = True
        self.yielded += len(items)
        if not items:
            return None
        return Page(number=number, items=items, total=self.total, headers=headers)

    def _last(self, count: int) -> bool:
        if not self.op.paged or count == 0:
            return True
        size = self.page_size
        if size is None:
            return False
        if count < size:
            return True
        return self.total is not None and (self.start_page - 1) * size + self.seen >= self.total

    def plan(self) -> range | None:
        """The page numbers still to fetch, when the total says; None when unknown."""
        if self.done or self.prefetch == 0 or self.total is None or not self.page_size:
            return None
        last = math.ceil(self.total / self.page_size)
        if self.max_items is not None:
            last = min(last, self.start_page - 1 + math.ceil(self.max_items / self.page_size))
        return range(self.start_page + 1, last + 1)


def _models_flag(op: _Operation, models: object) -> bool:
    if not isinstance(models, bool):
        raise ConfigurationError(f"models must be True or False, got {models!r}")
    if not models and not op.lists_objects:
        raise ConfigurationError(
            f"{op.name} lists plain values, not objects: models=False does not apply to it "
            "(its items are plain already)"
        )
    if not models and _request_builder(op) is None:
        raise ConfigurationError(f"{op.name} has no _get_kwargs: models=False needs it")
    return models


# Sync -------------------------------------------------------------------------------------------


def _pages(pager: _Pager) -> Generator[Page, None, None]:
    if pager.done:
        return
    first = pager.accept(pager.start_page, pager.call(pager.start_page))
    plan = pager.plan()
    if plan is None:
        yield from _sequential(pager, first)
    else:
        yield from _prefetched(pager, first, plan)


def _sequential(pager: _Pager, page: Page | None) -> Iterator[Page]:
    number = pager.start_page
    while True:
        if page is not None:
            yield page
        if pager.done:
            return
        number += 1
        page = pager.accept(number, pager.call(number))


def _prefetched(pager: _Pager, page: Page | None, plan: range) -> Iterator[Page]:
    pending: deque[tuple[int, Future[_Answer]]] = deque()
    numbers = iter(plan)
    with ThreadPoolExecutor(pager.prefetch, thread_name_prefix="bynder-page") as pool:

        def fill() -> None:
            while not pager.done and len(pending) < pager.prefetch:
                following = next(numbers, None)
                if following is None:
                    return
                context = contextvars.copy_context()
                pending.append((following, pool.submit(context.run, pager.call, following)))

        try:
            fill()
            if page is not None:
                yield page
            while pending and not pager.done:
                number, future = pending.popleft()
                page = pager.accept(number, future.result())
                fill()
                if page is not None:
                    yield page
        finally:
            for _, future in pending:
                future.cancel()


def iter_pages(
    operation: Operation,
    *,
    client: BynderClient,
    page_size: int | None = None,
    start_page: int = 1,
    max_items: int | None = None,
    prefetch: int = 0,
    models: bool = True,
    **params: Any,
) -> Iterator[Page]:
    """Yield the non-empty pages of a list operation, from ``start_page`` on.

    ``operation`` is a generated module (``list_assets``) or its ``sync_detailed``; ``client`` is
    a client from :func:`bynder_ext.connect`. ``page_size`` defaults to Bynder's largest (1000 for
    assets and collections, otherwise 100; orders have a fixed 10). ``max_items`` caps the items
    (the last page is trimmed). ``prefetch=N`` fetches up to N pages ahead once the total is
    known. ``models=False`` gives each item as the JSON object Bynder sent (a dict) instead of a
    generated model. ``params`` are the operation's own parameters, passed through unchanged,
    except that a list or tuple given for a comma-separated string parameter (``ids``, ``tags``,
    ...) is joined with commas. Arguments are checked before any request (ConfigurationError).
    """
    return _pages(
        _Pager(operation, client, page_size, start_page, max_items, prefetch, params, models=models)
    )


def _items(pages: Generator[Page, None, None]) -> Iterator[Any]:
    with contextlib.closing(pages):
        for page in pages:
            yield from page.items


@overload
def iter_items(
    operation: Operation,
    *,
    client: BynderClient,
    page_size: int | None = ...,
    start_page: int = ...,
    max_items: int | None = ...,
    prefetch: int = ...,
    models: Literal[False],
    **params: Any,
) -> Iterator[dict[str, Any]]: ...
@overload
def iter_items(
    operation: Operation,
    *,
    client: BynderClient,
    page_size: int | None = ...,
    start_page: int = ...,
    max_items: int | None = ...,
    prefetch: int = ...,
    models: bool = ...,
    **params: Any,
) -> Iterator[Any]: ...
def iter_items(
    operation: Operation,
    *,
    client: BynderClient,
    page_size: int | None = None,
    start_page: int = 1,
    max_items: int | None = None,
    prefetch: int = 0,
    models: bool = True,
    **params: Any,
) -> Iterator[Any]:
    """Yield the items of a list operation across its pages (see :func:`iter_pages`)::

    for asset in iter_items(list_assets, client=client, type_="image", tags=["summer", "beach"]):
        ...

    With ``models=False`` the items are the JSON objects as Bynder sent them (dicts).
    """
    return _items(
        _pages(
            _Pager(
                operation, client, page_size, start_page, max_items, prefetch, params, models=models
            )
        )
    )


@overload
def fetch_all(
    operation: Operation,
    *,
    client: BynderClient,
    fetch_all: bool = ...,
    page_size: int | None = ...,
    start_page: int = ...,
    max_items: int | None = ...,
    prefetch: int = ...,
    models: Literal[False],
    **params: Any,
) -> list[dict[str, Any]]: ...
@overload
def fetch_all(
    operation: Operation,
    *,
    client: BynderClient,
    fetch_all: bool = ...,
    page_size: int | None = ...,
    start_page: int = ...,
    max_items: int | None = ...,
    prefetch: int = ...,
    models: bool = ...,
    **params: Any,
) -> list[Any]: ...
def fetch_all(
    operation: Operation,
    *,
    client: BynderClient,
    fetch_all: bool = True,
    page_size: int | None = None,
    start_page: int = 1,
    max_items: int | None = None,
    prefetch: int = 0,
    models: bool = True,
    **params: Any,
) -> list[Any]:
    """The items as a list, like the connector's "Fetch All" switch.

    With ``fetch_all=True`` (the connector's default for List Assets and List Collections) every
    page from ``start_page`` on; with False, the one page ``start_page`` of ``page_size`` items
    (Bynder's own default size when None), as the operation itself would return it.
    ``models=False`` gives the JSON objects (dicts) instead of generated models.
    """
    pager = _Pager(
        operation,
        client,
        page_size,
        start_page,
        max_items,
        prefetch,
        params,
        models=models,
        add_total=fetch_all,
    )
    if fetch_all:
        return [item for page in _pages(pager) for item in page.items]
    if pager.done:
        return []
    if page_size is None:
        pager.limit = None
    page = pager.accept(start_page, pager.call(start_page))
    return [] if page is None else page.items


# Async ------------------------------------------------------------------------------------------


async def _apages(pager: _Pager) -> AsyncGenerator[Page, None]:
    if pager.done:
        return
    first = pager.accept(pager.start_page, await pager.acall(pager.start_page))
    plan = pager.plan()
    pages = _asequential(pager, first) if plan is None else _aprefetched(pager, first, plan)
    async with contextlib.aclosing(pages):
        async for page in pages:
            yield page


async def _asequential(pager: _Pager, page: Page | None) -> AsyncGenerator[Page, None]:
    number = pager.start_page
    while True:
        if page is not None:
            yield page
        if pager.done:
            return
        number += 1
        page = pager.accept(number, await pager.acall(number))


async def _aprefetched(pager: _Pager, page: Page | None, plan: range) -> AsyncGenerator[Page, None]:
    pending: deque[tuple[int, asyncio.Task[_Answer]]] = deque()
    numbers = iter(plan)

    def fill() -> None:
        while not pager.done and len(pending) < pager.prefetch:
            following = next(numbers, None)
            if following is None:
                return
            pending.append((following, asyncio.ensure_future(pager.acall(following))))

    try:
        fill()
        if page is not None:
            yield page
        while pending and not pager.done:
            number, task = pending.popleft()
            page = pager.accept(number, await task)
            fill()
            if page is not None:
                yield page
    finally:
        tasks = [task for _, task in pending]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


def aiter_pages(
    operation: Operation,
    *,
    client: BynderClient,
    page_size: int | None = None,
    start_page: int = 1,
    max_items: int | None = None,
    prefetch: int = 0,
    models: bool = True,
    **params: Any,
) -> AsyncIterator[Page]:
    """The async twin of :func:`iter_pages` (``async for page in aiter_pages(...)``)."""
    return _apages(
        _Pager(operation, client, page_size, start_page, max_items, prefetch, params, models=models)
    )


async def _aitems(pages: AsyncGenerator[Page, None]) -> AsyncIterator[Any]:
    async with contextlib.aclosing(pages):
        async for page in pages:
            for item in page.items:
                yield item


@overload
def aiter_items(
    operation: Operation,
    *,
    client: BynderClient,
    page_size: int | None = ...,
    start_page: int = ...,
    max_items: int | None = ...,
    prefetch: int = ...,
    models: Literal[False],
    **params: Any,
) -> AsyncIterator[dict[str, Any]]: ...
@overload
def aiter_items(
    operation: Operation,
    *,
    client: BynderClient,
    page_size: int | None = ...,
    start_page: int = ...,
    max_items: int | None = ...,
    prefetch: int = ...,
    models: bool = ...,
    **params: Any,
) -> AsyncIterator[Any]: ...
def aiter_items(
    operation: Operation,
    *,
    client: BynderClient,
    page_size: int | None = None,
    start_page: int = 1,
    max_items: int | None = None,
    prefetch: int = 0,
    models: bool = True,
    **params: Any,
) -> AsyncIterator[Any]:
    """The async twin of :func:`iter_items` (``async for asset in aiter_items(...)``)."""
    return _aitems(
        _apages(
            _Pager(
                operation, client, page_size, start_page, max_items, prefetch, params, models=models
            )
        )
    )


@overload
async def afetch_all(
    operation: Operation,
    *,
    client: BynderClient,
    fetch_all: bool = ...,
    page_size: int | None = ...,
    start_page: int = ...,
    max_items: int | None = ...,
    prefetch: int = ...,
    models: Literal[False],
    **params: Any,
) -> list[dict[str, Any]]: ...
@overload
async def afetch_all(
    operation: Operation,
    *,
    client: BynderClient,
    fetch_all: bool = ...,
    page_size: int | None = ...,
    start_page: int = ...,
    max_items: int | None = ...,
    prefetch: int = ...,
    models: bool = ...,
    **params: Any,
) -> list[Any]: ...
async def afetch_all(
    operation: Operation,
    *,
    client: BynderClient,
    fetch_all: bool = True,
    page_size: int | None = None,
    start_page: int = 1,
    max_items: int | None = None,
    prefetch: int = 0,
    models: bool = True,
    **params: Any,
) -> list[Any]:
    """The async twin of :func:`fetch_all`."""
    pager = _Pager(
        operation,
        client,
        page_size,
        start_page,
        max_items,
        prefetch,
        params,
        models=models,
        add_total=fetch_all,
    )
    if fetch_all:
        return [item async for page in _apages(pager) for item in page.items]
    if pager.done:
        return []
    if page_size is None:
        pager.limit = None
    page = pager.accept(start_page, await pager.acall(start_page))
    return [] if page is None else page.items
