"""Pagination without I/O: the paging records, the caller's options, and the walk.

How each list operation pages is declared once, in its ``x-bynder-paging`` extension of
``openapi/bynder.yaml``; ``make generate`` turns those into :data:`~.table.PAGING`, one
:class:`Paging` record per operation. Nothing here inspects signatures or guesses shapes: the
record says which parameter carries the position, which the page size, where the items, the
total and the next position are. A :class:`Walk` is one iteration's state: which request comes
next, and what each answer means (items, total, next position, when to stop), so the stop rules
exist once for ``for`` and ``async for``.
"""

from __future__ import annotations

import gc
import json
import math
import sys
import threading
import types
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Final, Generic, Literal, NamedTuple, TypeVar

import attrs
import httpx
from bynder_client.errors import UnexpectedStatus
from bynder_client.types import Unset

from ..errors import BynderError, ConfigurationError, UnexpectedResponse, boolean, int_at_least

T = TypeVar("T")

#: Page size for operations whose largest page size is not declared.
DEFAULT_PAGE_SIZE: Final = 100
#: The largest ``prefetch`` window.
MAX_PREFETCH: Final = 32

Style = Literal["page", "offset", "cursor", "single"]


@attrs.frozen
class Location:
    """Where a value is in an answer: a ``header``, a ``body`` path (JSON keys, and the model
    attributes they become), or a key of the ``last`` item of the page."""

    where: Literal["header", "body", "last"]
    keys: tuple[str, ...]
    attributes: tuple[str, ...] = ()

    def read(self, answer: Answer, items: list[Any]) -> Any:
        if self.where == "header":
            return answer.headers.get(self.keys[0])
        if self.where == "last":
            if not items:
                return None
            return _walk(items[-1], self.keys, self.attributes)
        return _walk(answer.parsed, self.keys, self.attributes)


def _walk(value: Any, keys: tuple[str, ...], attributes: tuple[str, ...]) -> Any:
    for key, attribute in zip(keys, attributes, strict=True):
        value = value.get(key) if isinstance(value, dict) else getattr(value, attribute, None)
        if value is None or isinstance(value, Unset):
            return None
    return value


@attrs.frozen
class Paging:
    """How one list operation pages: its ``x-bynder-paging``, with parameter names as the
    generated functions spell them."""

    operation: str
    style: Style
    #: The parameter that carries the page number, the offset or the cursor.
    position: str | None = None
    #: The page-size parameter, and what Bynder allows and does for it.
    size: str | None = None
    max_size: int | None = None
    default_size: int | None = None
    fixed_size: int | None = None
    #: The JSON key, and the page model's attribute, of the items in an object page.
    items: tuple[str, str] | None = None
    total: tuple[Location, ...] = ()
    #: Parameters that make the first page carry the total: the first choice is sent, unless
    #: the caller set a parameter of any of them.
    ask_total: tuple[Mapping[str, Any], ...] = ()
    next: Location | None = None
    size_header: str | None = None
    stable_order: Mapping[str, Any] = attrs.field(factory=dict)
    #: Whether the items are objects (models, or dicts with ``models=False``) or plain values.
    objects: bool = True
    #: The operation's own parameters, those it needs, and the string ones that take a list.
    parameters: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()
    joined: frozenset[str] = frozenset()

    @property
    def paged(self) -> bool:
        return self.style != "single"


@attrs.frozen
class Page(Generic[T]):
    """One page of a list: its ``number`` (1-based page number, or the count of pages read for
    offset and cursor paging), its ``items``, the ``total`` number of items over all pages when
    the answer told it (else None), and the response ``headers``."""

    number: int
    items: list[T]
    total: int | None
    headers: httpx.Headers


class Answer(NamedTuple):
    """One page's response: its status, headers and body (models, or the decoded JSON)."""

    status_code: int
    headers: httpx.Headers
    parsed: Any


class Request(NamedTuple):
    number: int
    position: Any


def _module_of(operation: object) -> types.ModuleType:
    if isinstance(operation, types.ModuleType):
        return operation
    name = getattr(operation, "__module__", None)
    module = sys.modules.get(name) if isinstance(name, str) and callable(operation) else None
    if module is None:
        raise ConfigurationError(
            "expected a generated list operation such as "
            f"bynder_client.api.assets.list_assets, got {operation!r}"
        )
    return module


def paging_of(operation: object, table: Mapping[str, Paging]) -> tuple[types.ModuleType, Paging]:
    """The generated module of ``operation`` (a module or one of its functions) and its record."""
    module = _module_of(operation)
    paging = table.get(module.__name__)
    if paging is None:
        if not callable(getattr(module, "sync_detailed", None)):
            raise ConfigurationError(f"{module.__name__} is not a generated operation")
        raise ConfigurationError(
            f"{module.__name__.rsplit('.', 1)[-1]} is not a list operation "
            "(its x-bynder-paging is not in openapi/bynder.yaml)"
        )
    return module, paging


@attrs.frozen
class Options:
    """The caller's choices, checked."""

    page_size: int | None
    start_page: int
    max_items: int | None
    prefetch: int
    models: bool
    stable_order: bool
    params: Mapping[str, Any]


def options(
    paging: Paging,
    *,
    page_size: object,
    start_page: object,
    max_items: object,
    prefetch: object,
    models: object,
    stable_order: object,
    params: Mapping[str, Any],
) -> Options:
    """Check the arguments of an iteration against the record; ConfigurationError if wrong."""
    name = paging.operation
    as_models, stable = boolean(models, "models"), boolean(stable_order, "stable_order")
    if not as_models and not paging.objects:
        raise ConfigurationError(
            f"{name} lists plain values, not objects: models=False does not apply to it "
            "(its items are plain already)"
        )
    start = int_at_least(start_page, "start_page", 1)
    if paging.style != "page" and start != 1:
        raise ConfigurationError(f"{name} is not paged by page number: it takes no start_page")
    prefetch_n = int_at_least(prefetch, "prefetch", 0)
    if prefetch_n > MAX_PREFETCH:
        raise ConfigurationError(f"prefetch must be at most {MAX_PREFETCH}, got {prefetch}")
    limit = None if max_items is None else int_at_least(max_items, "max_items", 0)
    size = _page_size(paging, page_size)
    checked = _params(paging, params)
    if stable:
        if not paging.stable_order:
            raise ConfigurationError(f"{name} has no stable order")
        clash = sorted(set(paging.stable_order) & set(checked))
        if clash:
            raise ConfigurationError(f"stable_order=True sets {', '.join(clash)}: leave it out")
        checked = {**checked, **paging.stable_order}
    return Options(size, start, limit, prefetch_n, as_models, stable, checked)


def _page_size(paging: Paging, page_size: object) -> int | None:
    name = paging.operation
    if not paging.paged:
        if page_size is not None:
            raise ConfigurationError(f"{name} is not paged: it takes no page_size")
        return None
    if paging.size is None:
        if page_size is not None and page_size != paging.fixed_size:
            what = (
                f"a fixed page size of {paging.fixed_size}" if paging.fixed_size else "no page size"
            )
            raise ConfigurationError(f"{name} has {what}: leave page_size out")
        return None
    if page_size is None:
        return None
    size = int_at_least(page_size, "page_size", 1)
    if paging.max_size is not None and size > paging.max_size:
        raise ConfigurationError(
            f"page_size for {name} must be within 1..{paging.max_size}, got {size}"
        )
    return size


def _params(paging: Paging, params: Mapping[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in params.items():
        if name == paging.position:
            hint = (
                "start_page= instead" if paging.style == "page" else "nothing: the pager moves it"
            )
            raise ConfigurationError(f"{name}= is driven by the pager; use {hint}")
        if name == paging.size:
            raise ConfigurationError(f"{name}= is driven by the pager; use page_size= instead")
        if name not in paging.parameters:
            known = ", ".join(sorted(paging.parameters - {paging.position, paging.size})) or "none"
            raise ConfigurationError(
                f"{paging.operation} takes no parameter {name!r}; its parameters: {known}"
            )
        if name in paging.joined and isinstance(value, list | tuple):
            if not all(isinstance(v, str) for v in value):
                raise ConfigurationError(f"{name} must be a string or a list of strings")
            value = ",".join(value)
        result[name] = value
    missing = paging.required - set(result)
    if missing:
        raise ConfigurationError(f"{paging.operation} needs {', '.join(sorted(missing))}")
    return result


class Walk:
    """One iteration's state: which request comes next, and what each answer means."""

    def __init__(self, paging: Paging, choice: Options, origin: str, *, add_total: bool) -> None:
        self.paging = paging
        self.origin = origin
        self.choice = choice
        # The size of a full page (for the short-page rule), when known.
        self.limit = choice.page_size
        if self.limit is None and paging.size is not None:
            self.limit = paging.max_size or DEFAULT_PAGE_SIZE
        self.full: int | None = self.limit or paging.fixed_size
        self.first_extra: dict[str, Any] = {}
        asked = {name for each in paging.ask_total for name in each}
        if add_total and paging.ask_total and not asked & set(choice.params):
            self.first_extra = dict(paging.ask_total[0])
        self.total: int | None = None
        self.seen = 0  # items on the pages accepted so far, before trimming to max_items
        self.yielded = 0
        self.pages = 0
        self.done = choice.max_items == 0
        self.next: Any = None  # the position of the next request (offset or cursor)
        if paging.style == "page":
            self.next = choice.start_page
        elif paging.style == "offset":
            self.next = 0

    def first(self) -> Request:
        return Request(self.choice.start_page if self.paging.style == "page" else 1, self.next)

    def kwargs(self, request: Request) -> dict[str, Any]:
        paging = self.paging
        kwargs = dict(self.choice.params)
        if paging.position is not None and request.position is not None:
            kwargs[paging.position] = request.position
        if paging.size is not None and self.limit is not None:
            kwargs[paging.size] = self.limit
        if request.number == self.first().number:
            kwargs.update(self.first_extra)
        return kwargs

    def following(self) -> Request | None:
        """The next request in sequence, or None when the walk is over."""
        if self.done:
            return None
        number = self.first().number + self.pages
        return Request(number, number if self.paging.style == "page" else self.next)

    def accept(self, request: Request, answer: Answer) -> Page[Any] | None:
        """Read one answer: the page to yield (None for an empty one); updates ``done``."""
        paging = self.paging
        items = self._items(request.number, answer)
        for location in paging.total:
            total = _as_int(location.read(answer, items))
            if total is not None:
                self.total = total
                break
        if paging.size_header is not None:
            served = _as_int(answer.headers.get(paging.size_header))
            if served is not None and self.full is not None and served < self.full:
                self.full = served
        self.pages += 1
        self.seen += len(items)
        self.done = self._last(answer, items)
        if self.choice.max_items is not None and self.yielded + len(items) >= self.choice.max_items:
            items = items[: self.choice.max_items - self.yielded]
            self.done = True
        self.yielded += len(items)
        if not items:
            return None
        return Page(number=request.number, items=items, total=self.total, headers=answer.headers)

    def _items(self, number: int, answer: Answer) -> list[Any]:
        parsed = answer.parsed
        if isinstance(parsed, list):
            return parsed
        if self.paging.items is not None:
            key, attribute = self.paging.items
            found = (
                parsed.get(key) if isinstance(parsed, dict) else getattr(parsed, attribute, None)
            )
            if isinstance(found, list):
                return found
        raise self.unexpected(
            number, answer.status_code, f"not a list of items (got {type(parsed).__name__})"
        )

    def _last(self, answer: Answer, items: list[Any]) -> bool:
        paging = self.paging
        if not paging.paged or not items:
            return True
        if self.full is not None and len(items) < self.full:
            return True
        if paging.style == "page":
            seen = (self.choice.start_page - 1) * (self.full or 0) + self.seen
            return self.total is not None and seen >= self.total
        if paging.style == "offset":
            self.next = self.seen
            return paging.next is not None and not paging.next.read(answer, items)
        self.next = paging.next.read(answer, items) if paging.next is not None else None
        return self.next in (None, "")

    def plan(self) -> range | None:
        """The page numbers still to fetch when the total says (page style only)."""
        choice = self.choice
        if self.done or choice.prefetch == 0 or self.paging.style != "page":
            return None
        if self.total is None or not self.full:
            return None
        last = math.ceil(self.total / self.full)
        if choice.max_items is not None:
            last = min(last, choice.start_page - 1 + math.ceil(choice.max_items / self.full))
        return range(choice.start_page + 1, last + 1)

    def unexpected(self, number: int, status_code: int, what: str) -> UnexpectedResponse:
        return UnexpectedResponse(
            f"{self.paging.operation} page {number} is {what}",
            status_code=int(status_code),
            method="GET",
            url=self.origin,
        )


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


#: What the generated parsers raise on a body that is not the documented page.
UNPARSED: Final = (TypeError, KeyError, AttributeError, ValueError)


def unparsed(walk: Walk, request: Request, exc: Exception) -> UnexpectedResponse:
    what = f"not a list of items ({type(exc).__name__} while reading it)"
    return walk.unexpected(request.number, 200, what)


_pauses = 0
_pauses_lock = threading.Lock()
_collecting = False  # whether the cyclic collector was on when the first pause began


@contextmanager
def gc_paused() -> Iterator[None]:
    """Build one page's objects with the cyclic garbage collector paused.

    Decoding a page allocates tens of thousands of containers, none of them garbage, and each
    allocation count past the collector's threshold would walk them again: a quarter of a
    listing's CPU. The objects stay tracked; the collector runs as usual once no page is being
    decoded. Pauses nest and overlap across threads; the collector is switched back on only if
    it was on when the first began.
    """
    global _pauses, _collecting
    with _pauses_lock:
        if _pauses == 0:
            _collecting = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses -= 1
            if _pauses == 0 and _collecting:
                gc.enable()


def parsed(
    walk: Walk, request: Request, module: types.ModuleType, client: Any, response: httpx.Response
) -> Answer:
    """One page's answer as the operation's models."""
    try:
        with gc_paused():
            body = module.parse_success(client=client, response=response)
    except BynderError:
        raise
    except UnexpectedStatus as exc:
        raise walk.unexpected(
            request.number, response.status_code, "not a documented answer"
        ) from exc
    except UNPARSED as exc:
        raise unparsed(walk, request, exc) from exc
    return Answer(response.status_code, response.headers, body)


def decoded(walk: Walk, request: Request, response: httpx.Response) -> Answer:
    """One page's answer as the JSON Bynder sent."""
    try:
        with gc_paused():
            body = json.loads(response.content)
    except ValueError as exc:  # also UnicodeDecodeError
        raise walk.unexpected(request.number, response.status_code, "not JSON") from exc
    return Answer(response.status_code, response.headers, body)


__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PREFETCH",
    "UNPARSED",
    "Answer",
    "Location",
    "Options",
    "Page",
    "Paging",
    "Request",
    "Walk",
    "decoded",
    "gc_paused",
    "options",
    "paging_of",
    "parsed",
    "unparsed",
]
