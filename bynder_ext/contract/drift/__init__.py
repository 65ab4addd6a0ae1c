"""The drift probe: the spec's read-only operations run against a portal, each answer checked.

``probe(client)`` (``aprobe`` in async code, ``bynder contract probe``) runs the spec's GET
operations that answer JSON (never OAuth, S3 or a write), the lists first with small pages; the
ids they list fill the path parameters of the rest. An operation drifted when its answer breaks
the spec, has fields the spec does not list, or a list answers 404/405; it failed on a 5xx, a 429,
a refused request or no answer; it is skipped on 401/403, when no id was found for it, or past
``max_requests``. :class:`ProbeReport` prints as JSON or JUnit XML.

``plan`` decides without I/O, ``_async.py`` sends (``_sync.py`` is generated from it), ``report``
holds the results.
"""

from ._async import aprobe
from ._sync import probe
from .report import ProbeReport, ProbeResult

__all__ = ["ProbeReport", "ProbeResult", "aprobe", "probe"]
