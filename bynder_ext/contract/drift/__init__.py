"""The drift probe: the spec's read-only operations run against a portal, each answer checked.

``probe(client)`` (``aprobe`` in async code, ``bynder contract probe`` on the command line) reads,
never writes: the spec's GET operations that answer JSON, except OAuth and the operations served
by a host of their own (S3). The lists run first, with small pages (``limit`` = ``page_size``);
the ids they list fill the path parameters of the rest: ``{id}`` of ``/api/v4/media/{id}/`` from
the answer of ``/api/v4/media/``, a parameter named after a kind of object (``assetId``) from the
list of that kind. An operation whose ids cannot be found, or whose required query parameters have
no example in the spec, is skipped, as is everything past ``max_requests`` (the client's request
budget paces the rest).

Each answer is checked as the guard checks, fields the spec does not list included
(``undocumented=True``). An operation drifted when its answer breaks the spec, has such fields, or
a list answers 404/405 (its path moved or went away); it failed (an error) on a 5xx, a 429, a
refused request or no answer; it is skipped on 401/403 (the token lacks the scope, or the user the
role). :class:`ProbeReport` prints as JSON or JUnit XML; ``ok`` tells whether to regenerate.

``plan`` decides, without I/O; ``_async.py`` sends (``_sync.py`` is generated from it);
``report`` holds the results.
"""

from ._async import aprobe
from ._sync import probe
from .report import ProbeReport, ProbeResult

__all__ = ["ProbeReport", "ProbeResult", "aprobe", "probe"]
