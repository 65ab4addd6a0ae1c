"""Dynamic asset transformations (DAT): build the URL of a derivative, or fetch its bytes.

``GET {portal}/transform/{asset id}/{name}`` answers an image computed on the fly. Its inputs are
checked before any request: ``io`` (operations in order, ``transform:{operation},{param}:{value}``
as :data:`OPERATIONS` lists them; :func:`transform_op` writes one), ``focus_point`` (``(x, y)``
from 0 to 1), ``format`` (``"jpg"``, ``"png"`` or None for WebP) and ``quality`` (1 to 100, not
with png). :func:`transformation_url` sends nothing; :func:`fetch_transformation` and
:func:`afetch_transformation` read the image whole (derivatives are small).
"""

from __future__ import annotations

from ._async import fetch_transformation as afetch_transformation
from ._sync import fetch_transformation
from .core import GRAVITIES, OPERATIONS, Transformation, transform_op, transformation_url

__all__ = [
    "GRAVITIES",
    "OPERATIONS",
    "Transformation",
    "afetch_transformation",
    "fetch_transformation",
    "transform_op",
    "transformation_url",
]
