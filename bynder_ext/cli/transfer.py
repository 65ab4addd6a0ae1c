"""``bynder upload`` and ``bynder download``."""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Annotated, Any

import typer
from bynder_client.api.assets import get_asset
from bynder_client.api.brands import list_brands
from bynder_client.api.collections import get_collection
from bynder_client.models.asset import Asset
from bynder_client.models.brand import Brand
from bynder_client.models.collection import Collection
from bynder_client.models.media_item import MediaItem

from ..client import BynderClient
from ..download import DownloadProgress, DownloadResult, download_item, item_size, original_item
from ..upload import MIN_CHUNK_SIZE, UploadProgress, UploadResult, upload_file
from .collections import add_to_collection
from .common import JsonFlag, check, split_list, state_of
from .errors import CLIError, ExitCode, describe, exit_code_for
from .output import Output, human_size

__all__ = ["collect_files", "register"]

MIB = 1024 * 1024


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """The files to upload: each file given, and every file under each folder given (recursively,
    in name order, leaving out hidden files and folders, whose names start with a dot)."""
    found: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            candidates = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            candidates = [path]
        else:
            raise CLIError(f"no such file or folder: {path}", ExitCode.USAGE)
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _brand(client: BynderClient, given: str | None) -> str:
    """The brand to upload to: the one given, once checked to exist (before any byte is sent),
    or the portal's only brand."""
    brands: list[Brand] = check(list_brands.sync_detailed(client=client), list, "list_brands")
    ids = [b.id for b in brands if isinstance(b.id, str)]
    if given is not None:
        if given not in ids:
            raise CLIError(
                f"--brand {given!r} is not a brand of this portal (see `bynder brands`)",
                ExitCode.USAGE,
            )
        return given
    if len(ids) == 1:
        return ids[0]
    raise CLIError(
        f"this portal has {len(brands)} brands: pick one with --brand (see `bynder brands`)",
        ExitCode.USAGE,
    )


@dataclasses.dataclass
class _Done:
    """How one file of an upload ended."""

    path: Path
    size: int
    result: UploadResult | None = None
    error: BaseException | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "filename": self.result.filename if self.result else self.path.name,
            "size": self.size,
            "ok": self.result is not None,
            "media_id": self.result.media_id if self.result else None,
            "parts": self.result.parts if self.result else None,
            "seconds": round(self.seconds, 3),
            "error": describe(self.error) if self.error is not None else None,
        }


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _upload_all(
    client: BynderClient,
    out: Output,
    files: list[Path],
    *,
    brand_id: str,
    concurrency: int,
    chunk_size: int | None,
    tags: list[str],
    description: str | None,
) -> list[_Done]:
    done = [_Done(path, _file_size(path)) for path in files]
    lock = threading.Lock()
    confirmed = [0] * len(files)
    with out.progress() as progress:
        overall = progress.add_task(
            f"{len(files)} file{'s' if len(files) != 1 else ''}",
            total=sum(d.size for d in done) or None,
        )

        def one(index: int) -> None:
            entry = done[index]
            name = entry.path.name
            task = progress.add_task(name, total=entry.size or None)

            def report(update: UploadProgress) -> None:
                with lock:
                    confirmed[index] = update.bytes_done
                    progress.update(
                        task, completed=update.bytes_done, description=f"{name} ({update.stage})"
                    )
                    progress.update(overall, completed=sum(confirmed))

            started = time.perf_counter()
            try:
                entry.result = upload_file(
                    client,
                    entry.path,
                    brand_id=brand_id,
                    tags=tags or None,
                    description=description,
                    chunk_size=chunk_size,
                    progress=report,
                )
            except Exception as exc:
                entry.error = exc
            finally:
                entry.seconds = time.perf_counter() - started
                progress.remove_task(task)

        with ThreadPoolExecutor(max(1, min(concurrency, len(files)))) as pool:
            list(pool.map(one, range(len(files))))
    return done


def upload(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH...", help="Files, and folders to upload recursively."),
    ],
    brand: Annotated[
        str | None,
        typer.Option("--brand", "-b", help="Brand id (default: the portal's only brand)."),
    ] = None,
    collection: Annotated[
        str | None,
        typer.Option("--collection", "-c", help="Add the uploaded assets to this collection id."),
    ] = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", help="Files uploaded at the same time.", min=1, max=16)
    ] = 2,
    chunk_size: Annotated[
        int | None,
        typer.Option("--chunk-size", help="Part size in MiB (at least 5; default 8).", min=5),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", help="Tag for every file (repeatable, or comma-separated)."),
    ] = None,
    description: Annotated[
        str | None, typer.Option("--description", help="Description for every file.")
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Upload files as new assets, with a progress bar per file and overall.

    Prints a summary. The exit status is 5 when some files failed, and the failure's own (1 for
    most) when all did.
    """
    state = state_of(ctx)
    out = state.output(json_output)
    files = collect_files(paths)
    if not files:
        raise CLIError("no files to upload", ExitCode.USAGE)
    client = state.client()
    if collection is not None:
        check(get_collection.sync_detailed(collection, client=client), Collection, "collection")
    brand_id = _brand(client, brand)
    done = _upload_all(
        client,
        out,
        files,
        brand_id=brand_id,
        concurrency=concurrency,
        chunk_size=None if chunk_size is None else max(chunk_size * MIB, MIN_CHUNK_SIZE),
        tags=split_list(tag),
        description=description,
    )
    uploaded = [d.result.media_id for d in done if d.result is not None]
    failed = [d for d in done if d.result is None]
    collection_error: BaseException | None = None
    if collection is not None and uploaded:
        try:
            add_to_collection(client, collection, uploaded)
        except Exception as exc:
            collection_error = exc
    if out.json:
        report: dict[str, Any] = {
            "brand_id": brand_id,
            "uploaded": len(uploaded),
            "failed": len(failed),
            "files": [d.to_dict() for d in done],
        }
        if collection is not None:
            report["collection"] = {
                "id": collection,
                "added": bool(uploaded) and collection_error is None,
                "error": describe(collection_error) if collection_error else None,
            }
        out.emit(report)
    else:
        out.table(
            ["file", "asset id", "size", "seconds", "result"],
            [
                (
                    str(d.path),
                    d.result.media_id if d.result else "",
                    human_size(d.size),
                    f"{d.seconds:.1f}",
                    "uploaded" if d.result else f"failed: {describe(d.error or Exception())}",
                )
                for d in done
            ],
            no_wrap=("asset id",),
        )
        if collection is not None and uploaded and collection_error is None:
            out.line(f"Added {len(uploaded)} asset(s) to collection {collection}.")
    if failed and not uploaded:
        first = failed[0].error
        code = exit_code_for(first) if first is not None else ExitCode.ERROR
        raise CLIError(f"all {len(failed)} file(s) failed", code)
    if failed:
        raise CLIError(f"{len(failed)} of {len(done)} files failed", ExitCode.PARTIAL)
    if collection_error is not None:
        raise CLIError(
            f"uploaded, but not added to collection {collection}: {describe(collection_error)}",
            ExitCode.PARTIAL,
        )


# Download -----------------------------------------------------------------------------------------


def _pick(asset: Asset, item_id: str | None) -> tuple[str, MediaItem | None]:
    """The item asked for (None when the asset does not list it), or else the original that
    download_original would choose."""
    if item_id is None:
        chosen = original_item(asset)
        return str(chosen.id), chosen
    items = [i for i in (asset.media_items or []) if isinstance(i.id, str)]
    return item_id, next((i for i in items if i.id == item_id), None)


def _file_name(asset: Asset, item: MediaItem | None, asset_id: str) -> str:
    for candidate in (item.file_name if item else None, asset.name):
        if isinstance(candidate, str):
            name = Path(candidate.replace("\\", "/")).name.strip()
            if name and name not in (".", ".."):
                return name
    return asset_id


def download(
    ctx: typer.Context,
    asset_id: Annotated[str, typer.Argument(metavar="ID", help="The asset's id.")],
    item: Annotated[
        str | None,
        typer.Option("--item", help="A media item id (default: the active original)."),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="File to write, or folder to write into (an existing one, or ending with /); "
            "default: the asset's file name here.",
        ),
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Download an asset's original (or one of its files) with a progress bar.

    The file is written beside its target as NAME.part and renamed when complete; an
    interrupted download resumes when run again.
    """
    state = state_of(ctx)
    out = state.output(json_output)
    client = state.client()
    asset = check(
        get_asset.sync_detailed(asset_id, client=client, versions=True), Asset, "get_asset"
    )
    item_id, chosen = _pick(asset, item)
    name = _file_name(asset, chosen, asset_id)
    if output is None:
        target = Path.cwd() / name
    elif output.endswith(("/", os.sep)) or Path(output).is_dir():
        Path(output).mkdir(parents=True, exist_ok=True)
        target = Path(output) / name
    else:
        target = Path(output)
    with out.progress() as progress:
        task = progress.add_task(name, total=None)

        def report(update: DownloadProgress) -> None:
            progress.update(task, completed=update.bytes_done, total=update.bytes_total)

        # The asset is fetched already: download the chosen item rather than fetch it again.
        result: DownloadResult = download_item(
            client,
            asset_id,
            item_id,
            target,
            expected_size=item_size(chosen) if chosen is not None else None,
            progress=report,
        )
    path = result.path or target
    if out.json:
        out.emit(
            {
                "asset_id": asset_id,
                "item_id": item_id,
                "path": str(path),
                "size": result.size,
                "sha256": result.sha256,
                "content_type": result.content_type,
                "resumed_from": result.resumed_from,
            }
        )
    else:
        out.line(f"Saved {path} ({human_size(result.size)}), sha256 {result.sha256}")


def register(app: typer.Typer) -> None:
    """Add ``upload`` and ``download`` to the root command."""
    app.command()(upload)
    app.command()(download)
