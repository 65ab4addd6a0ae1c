"""A download's arguments, checked before any request, and the choice of what to download."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO, Any, Final

import attrs
import httpx
from bynder_client.models.asset import Asset
from bynder_client.models.download_location import DownloadLocation
from bynder_client.models.error import Error
from bynder_client.models.media_item import MediaItem
from bynder_client.types import Response

from ..client import is_loopback
from ..errors import ConfigurationError, DownloadError, at_least, flag
from .sink import PathSink, StreamSink, companions
from .transfer import ProgressCallback

#: Bytes read from the network and written to the file at a time.
DEFAULT_CHUNK_SIZE: Final = 256 * 1024
#: Reconnections in a row without progress before a dropped download gives up.
DEFAULT_MAX_RECONNECTS: Final = 5

Destination = str | os.PathLike[str] | IO[bytes]


def _progress(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not callable(value):
        raise ConfigurationError("progress must be a callable taking a DownloadProgress")


@attrs.frozen(kw_only=True)
class Options:
    """The keyword arguments every download takes (ConfigurationError for bad ones)."""

    hashed: bool = attrs.field(default=False, validator=flag)
    resume: bool = attrs.field(default=True, validator=flag)
    progress: ProgressCallback | None = attrs.field(default=None, validator=_progress)
    expected_size: int | None = attrs.field(default=None, validator=at_least(0, optional=True))
    max_size: int | None = attrs.field(default=None, validator=at_least(0, optional=True))
    chunk_size: int = attrs.field(default=DEFAULT_CHUNK_SIZE, validator=at_least(1))
    max_reconnects: int = attrs.field(default=DEFAULT_MAX_RECONNECTS, validator=at_least(0))
    version: int | None = attrs.field(default=None, validator=at_least(1, optional=True))

    def __attrs_post_init__(self) -> None:
        expected, cap = self.expected_size, self.max_size
        if expected is not None and cap is not None and expected > cap:
            raise ConfigurationError(f"expected_size={expected} is larger than max_size={cap}")

    def expecting(self, item: MediaItem) -> Options:
        """These options, expecting the size ``item`` lists unless a size was given."""
        if self.expected_size is not None:
            return self
        size = item_size(item)
        if size is not None and self.max_size is not None and size > self.max_size:
            raise DownloadError(
                f"the original has {size} bytes, more than max_size={self.max_size}"
            )
        return attrs.evolve(self, expected_size=size)

    def sink(self, target: Path | Any, source: str) -> PathSink | StreamSink:
        if isinstance(target, Path):
            return PathSink(target, source, resume=self.resume)
        return StreamSink(target)


def check_destination(value: object) -> Path | Any:
    """A checked path, or the writable binary file object itself."""
    if isinstance(value, str | os.PathLike):
        path = Path(os.fspath(value))
        if not str(path) or path.name in ("", ".", ".."):
            raise ConfigurationError(f"destination {str(path)!r} does not name a file")
        if path.is_dir():
            raise ConfigurationError(f"destination {path} is a directory; name the file")
        if not path.parent.is_dir():
            raise ConfigurationError(f"the directory of destination {path} does not exist")
        if not os.access(path.parent, os.W_OK):
            raise ConfigurationError(f"the directory of destination {path} is not writable")
        for companion in companions(path):
            if companion.is_symlink():
                raise ConfigurationError(
                    f"{companion} is a symbolic link: a download never writes through one; "
                    "remove it, or choose another destination"
                )
        return path
    if isinstance(value, bytes | bytearray) or not callable(getattr(value, "write", None)):
        raise ConfigurationError(
            f"destination must be a path or a writable binary file object, got {type(value).__name__}"
        )
    mode = getattr(value, "mode", "b")
    if isinstance(value, io.TextIOBase) or (isinstance(mode, str) and "b" not in mode):
        raise ConfigurationError("destination file object must be opened in binary mode")
    writable = getattr(value, "writable", None)
    if callable(writable) and not writable():
        raise ConfigurationError("destination file object is not writable")
    return value


def checked_location(url: str, label: str) -> str:
    """The signed URL, if it is one this client follows (https; http only on loopback)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise DownloadError(f"{label}: the portal returned an unusable download URL") from exc
    if not parsed.host or parsed.scheme.lower() not in ("http", "https"):
        raise DownloadError(f"{label}: the portal returned an unusable download URL")
    if parsed.scheme.lower() == "http" and not is_loopback(parsed.host):
        raise DownloadError(
            f"{label}: refusing a plain http download URL on {parsed.host} (https is required)"
        )
    return url


def location(reply: Response[DownloadLocation | Error], label: str) -> str:
    """The signed URL in the portal's answer."""
    parsed = reply.parsed
    if not isinstance(parsed, DownloadLocation) or not isinstance(parsed.s3_file, str):
        raise DownloadError(f"{label}: the portal's answer has no download URL (s3_file)")
    return checked_location(parsed.s3_file, label)


def _version_of(item: MediaItem) -> int:
    return item.version if isinstance(item.version, int) else 0


def original_of(reply: Response[Asset | Error], asset_id: str, version: int | None) -> MediaItem:
    """The original to download from the portal's answer to ``get_asset``."""
    if not isinstance(reply.parsed, Asset):
        raise DownloadError(f"asset {asset_id} has no original file listed in its mediaItems")
    return original_item(reply.parsed, version)


def original_item(asset: Asset, version: int | None = None) -> MediaItem:
    """The media item :func:`download_original` downloads from ``asset`` (fetched with
    ``versions=True``): its active original, or the original of ``version``. DownloadError when
    there is none."""
    items = asset.media_items if isinstance(asset.media_items, list) else []
    originals = [i for i in items if i.type_ == "original" and isinstance(i.id, str) and i.id]
    if version is not None:
        chosen = [item for item in originals if _version_of(item) == version]
        if not chosen:
            known = sorted({_version_of(item) for item in originals})
            raise DownloadError(
                f"asset {asset.id} has no original of version {version} (versions: {known})"
            )
    else:
        active = [
            i for i in originals if i.active is True or (type(i.active) is int and i.active == 1)
        ]
        chosen = active or originals
        if not chosen:
            raise DownloadError(f"asset {asset.id} has no original file listed in its mediaItems")
    return max(chosen, key=_version_of)


def item_size(item: MediaItem) -> int | None:
    """The size an item lists, when it is a usable byte count."""
    size = item.size
    return size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None
