"""The fake's handlers, one module per area of the API. Importing this package registers them."""

from . import (
    assets,
    collections,
    metaproperties,
    oauth,
    orders,
    s3,
    transform,
    upload,
    users,
    workflow,
)

__all__ = [
    "assets",
    "collections",
    "metaproperties",
    "oauth",
    "orders",
    "s3",
    "transform",
    "upload",
    "users",
    "workflow",
]
