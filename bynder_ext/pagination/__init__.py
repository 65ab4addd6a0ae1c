"""Pagination over every list operation of the spec, sync and async, typed by operation.

``iter_items(list_assets, client=client, type_="image")`` yields every asset, page by page, as
generated ``Asset`` models (mypy knows: the item type follows from the operation passed in);
``iter_pages`` yields :class:`Page` objects (items, total, headers); ``fetch_all`` returns a list
and mirrors the connector's "Fetch All" switch, and ``afetch_all`` is its async twin. What
``iter_items`` and ``iter_pages`` return is a :class:`Pager`, iterated with ``for`` or
``async for`` (``aiter_items`` and ``aiter_pages`` are the same functions, kept as names).

With ``models=False`` the items are the JSON objects as Bynder sent them (``dict[str, Any]``):
bulk jobs that read a few fields, or need fields the models do not declare, skip building
models. Everything else (requests, auth, budget, retries, typed errors, stop rules, totals and
prefetch) is the same in both modes.

How each operation pages is declared in its ``x-bynder-paging`` extension in
``openapi/bynder.yaml`` and reaches this package through generation (its ``table`` module): page
numbers (assets, collections, users, jobs, tags, orders...), item offsets (automation rules),
cursors (analytics events, taxonomy options, content access rules), or a single response
(brands, campaigns...). Asking for the total on the first page avoids a request past the last
page; iteration stops on an empty page, a short page, ``max_items``, the total, or the end of
the cursor. Arguments are checked before any request (ConfigurationError): unknown parameters,
parameters the pager drives (``page``, ``limit``, ``cursor``: use ``start_page=`` and
``page_size=``), a page size above Bynder's largest. A list or tuple given for a string
parameter (``ids``, ``tags``, ...) is joined with commas.

Prefetch: with ``prefetch=N`` and a known total, page-numbered lists request up to N pages
ahead (threads for ``for``, tasks for ``async for``) and yield them in order; at most N pages
are held ahead of the consumer, so memory stays flat in the number of items. The first error
surfaces when its page is reached, and the pages still in flight are cancelled or awaited
before the exception leaves the iterator. Threads run in a copy of the caller's context, so
:func:`bynder_ext.retry_policy` blocks apply to them too. An async iteration left early should
be closed (``contextlib.aclosing(pager)``) so that its tasks end at once.

Listing while the list changes: Bynder pages by position, so an item added or removed while a
listing runs shifts the items after it, and a page/limit listing may then repeat or miss items
(as with any such API). ``stable_order=True`` asks for the order Bynder allows under which
additions land on the last pages (oldest first: ``orderBy=dateCreated asc`` for assets and
collections), so items that existed when the listing started are each seen once while others are
added; a removal during the listing can still hide one item from the pages after it. Where an
exact snapshot matters, filter on a fixed ``dateModifiedTo`` / ``dateCreatedTo`` or list ids.

Errors: a page with an error status raises the typed error of :mod:`bynder_ext.errors`, also on a
client built with ``raise_errors=False``; a success whose body is not a page raises
:class:`~bynder_ext.errors.UnexpectedResponse`.
"""

from __future__ import annotations

from .core import DEFAULT_PAGE_SIZE, MAX_PREFETCH, Page, Paging
from .pager import Pager
from .table import PAGING, afetch_all, fetch_all, iter_items, iter_pages

#: The same function as :func:`iter_items`: its :class:`Pager` is iterated with ``async for``.
aiter_items = iter_items
#: The same function as :func:`iter_pages`: its :class:`Pager` is iterated with ``async for``.
aiter_pages = iter_pages

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PREFETCH",
    "PAGING",
    "Page",
    "Pager",
    "Paging",
    "afetch_all",
    "aiter_items",
    "aiter_pages",
    "fetch_all",
    "iter_items",
    "iter_pages",
]
