"""The drift probe: the spec's read-only operations run against a portal, each answer checked.

``probe(client)`` (``aprobe`` in async code) runs the GET operations that answer JSON, the lists
first with small pages, whose ids fill the path parameters of the rest. An operation drifted
when its answer breaks the spec or a list answers 404/405; it failed on a 5xx, a 429, a refusal
or no answer; it is skipped on 401/403, without an id, or past ``max_requests``.
"""

from ._async import aprobe
from ._sync import probe
from .report import ProbeReport, ProbeResult

__all__ = ["ProbeReport", "ProbeResult", "aprobe", "probe"]
