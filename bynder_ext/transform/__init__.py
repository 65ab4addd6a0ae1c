"""Dynamic asset transformations (DAT): build the URL of a derivative, or fetch its bytes.

``GET {portal}/transform/{asset id}/{name}`` answers an image computed on the fly (WebP unless
``format`` asks for ``jpg`` or ``png``). Its inputs, checked before any request:

- ``io``: operations applied in order, each ``transform:{operation},{param}:{value},...``, as
  :data:`OPERATIONS` lists them. Sizes are integers >= 1, offsets and blur integers >= 0,
  ``angle`` 0 to 360, ``gravity`` one of :data:`GRAVITIES`, ``shape`` circle or square,
  ``aspectratio`` ``{int}x{int}``; colours are for the portal to judge. :func:`transform_op`
  writes one from keyword arguments.
- ``focus_point``: ``(x, y)``, each from 0 to 1; ``format``: ``"jpg"``, ``"png"`` or None (WebP);
  ``quality``: 1 to 100, refused with png (Bynder would ignore it).

:func:`transformation_url` returns the URL without sending anything; :func:`fetch_transformation`
and :func:`afetch_transformation` call the generated ``generate_dynamic_asset_transformation``
(auth, retries, typed errors) and read the image whole (derivatives are small).
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
