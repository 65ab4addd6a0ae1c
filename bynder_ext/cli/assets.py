"""``bynder assets list|get|update|delete``."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from bynder_client.api.assets import delete_asset, get_asset, list_assets, update_asset
from bynder_client.models.asset import Asset
from bynder_client.models.asset_type_name import ASSET_TYPE_NAME_VALUES
from bynder_client.models.asset_update_form import AssetUpdateForm
from bynder_client.types import UNSET, Unset

from ..pagination import iter_pages
from .common import JsonFlag, YesFlag, check, key_values, split_list, state_of
from .errors import CLIError, ExitCode
from .output import human_size

__all__ = ["app"]

app = typer.Typer(help="List, show, change and delete assets.", no_args_is_help=True)

_USUAL_ORDER = ("image", "document", "audio", "video", "3d")
#: The asset types of the spec (its AssetTypeName schema), in the order the help shows them; a type
#: the spec adds comes after these.
ASSET_TYPES = (
    *(name for name in _USUAL_ORDER if name in ASSET_TYPE_NAME_VALUES),
    *sorted(ASSET_TYPE_NAME_VALUES - set(_USUAL_ORDER)),
)


def _asset_types(value: str) -> str:
    """The ``--type`` value, checked against the spec's asset types before any request."""
    names = [name.strip() for name in value.split(",")]
    unknown = [name for name in names if name not in ASSET_TYPE_NAME_VALUES]
    if unknown:
        raise CLIError(
            f"--type: {', '.join(map(repr, unknown))} is not an asset type; use "
            f"{', '.join(ASSET_TYPES)} (several comma-separated)",
            ExitCode.USAGE,
        )
    return ",".join(names)


def _extension(asset: Asset) -> str:
    return ", ".join(asset.extension) if isinstance(asset.extension, list) else ""


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


@app.command("list")
def list_(
    ctx: typer.Context,
    keyword: Annotated[str | None, typer.Option("--keyword", "-k", help="Search text.")] = None,
    type_: Annotated[
        str | None,
        typer.Option(
            "--type",
            help=f"{', '.join(ASSET_TYPES[:-1])} or {ASSET_TYPES[-1]} (several comma-separated).",
        ),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", help="Only assets with this tag (repeatable, or comma-separated)."),
    ] = None,
    brand: Annotated[str | None, typer.Option("--brand", help="Brand id.")] = None,
    collection: Annotated[str | None, typer.Option("--collection", help="Collection id.")] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="At most this many assets.", min=1)
    ] = 50,
    all_: Annotated[bool, typer.Option("--all", help="Every matching asset (no --limit).")] = False,
    page_size: Annotated[
        int | None,
        typer.Option("--page-size", help="Assets per request (1-1000).", min=1, max=1000),
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """List assets, newest first, fetching as many pages as needed."""
    state = state_of(ctx)
    out = state.output(json_output)
    params: dict[str, Any] = {}
    if keyword:
        params["keyword"] = keyword
    if type_ is not None:
        params["type_"] = _asset_types(type_)
    tags = split_list(tag)
    if tags:
        params["tags"] = tags
    if brand:
        params["brand_id"] = brand
    if collection:
        params["collection_id"] = collection
    max_items = None if all_ else limit
    size = page_size or (min(limit, 1000) if max_items is not None else None)
    items: list[Asset] = []
    total: int | None = None
    for page in iter_pages(
        list_assets, client=state.client(), page_size=size, max_items=max_items, **params
    ):
        items.extend(page.items)
        total = page.total
    if out.json:
        out.emit(items)
        return
    out.table(
        ["id", "name", "type", "extension", "size", "modified"],
        [
            (a.id, a.name, a.type_, _extension(a), human_size(a.file_size), a.date_modified)
            for a in items
        ],
    )
    out.note(f"{len(items)} of {total if total is not None else len(items)} assets")


@app.command()
def get(
    ctx: typer.Context,
    asset_id: Annotated[str, typer.Argument(metavar="ID", help="The asset's id.")],
    json_output: JsonFlag = False,
) -> None:
    """Show one asset, with its files (media items)."""
    state = state_of(ctx)
    out = state.output(json_output)
    asset = check(
        get_asset.sync_detailed(asset_id, client=state.client(), versions=True), Asset, "get_asset"
    )
    if out.json:
        out.emit(asset)
        return
    width, height = asset.width, asset.height
    out.fields(
        {
            "id": asset.id,
            "name": asset.name,
            "type": asset.type_,
            "extension": _extension(asset),
            "size": human_size(asset.file_size),
            "dimensions": f"{width} x {height}" if width and height else None,
            "brand": asset.brand_id,
            "tags": asset.tags,
            "description": asset.description,
            "copyright": asset.copyright_,
            "property options": asset.property_options,
            "created": asset.date_created,
            "modified": asset.date_modified,
        }
    )
    media = asset.media_items if isinstance(asset.media_items, list) else []
    if media:
        out.table(
            ["id", "file", "type", "version", "size"],
            [(m.id, m.file_name, m.type_, m.version, human_size(m.size)) for m in media],
            title="Files",
        )


@app.command()
def update(
    ctx: typer.Context,
    asset_id: Annotated[str, typer.Argument(metavar="ID", help="The asset's id.")],
    name: Annotated[str | None, typer.Option("--name", help="New name.")] = None,
    description: Annotated[str | None, typer.Option("--description", help="Description.")] = None,
    copyright_: Annotated[str | None, typer.Option("--copyright", help="Copyright.")] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag", help="Tags: replace the whole list (repeatable, or comma-separated)."
        ),
    ] = None,
    brand: Annotated[str | None, typer.Option("--brand", help="Move to this brand id.")] = None,
    archive: Annotated[
        bool | None, typer.Option("--archive/--no-archive", help="Archive or restore.")
    ] = None,
    meta: Annotated[
        list[str] | None,
        typer.Option(
            "--meta",
            help="METAPROPERTY_ID=OPTION_ID[,OPTION_ID...] sets a metaproperty (repeatable).",
        ),
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option("--field", help="Any other form field KEY=VALUE (repeatable)."),
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Change an asset's metadata; only the fields given change."""
    state = state_of(ctx)
    out = state.output(json_output)
    tags: str | Unset = UNSET
    if tag is not None:
        tags = ",".join(split_list(tag))
    form = AssetUpdateForm(
        name=UNSET if name is None else name,
        description=UNSET if description is None else description,
        copyright_=UNSET if copyright_ is None else copyright_,
        tags=tags,
        brand_id=UNSET if brand is None else brand,
        archive=UNSET if archive is None else archive,
    )
    for key, value in key_values(meta, "--meta"):
        form.additional_properties[f"metaproperty.{key}"] = value
    for key, value in key_values(field, "--field"):
        form.additional_properties[key] = value
    if not form.to_dict():
        raise CLIError("nothing to change: give at least one option (see --help)", ExitCode.USAGE)
    client = state.client()
    update_asset.sync_detailed(asset_id, client=client, body=form)
    asset = check(get_asset.sync_detailed(asset_id, client=client), Asset, "get_asset")
    if out.json:
        out.emit(asset)
    else:
        out.line(f"Updated asset {asset.id} ({asset.name}).")


@app.command()
def delete(
    ctx: typer.Context,
    asset_id: Annotated[str, typer.Argument(metavar="ID", help="The asset's id.")],
    yes: YesFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Delete an asset (asks first unless --yes)."""
    state = state_of(ctx)
    out = state.output(json_output)
    client = state.client()
    asset = check(get_asset.sync_detailed(asset_id, client=client), Asset, "get_asset")
    if not yes:
        typer.confirm(f"Delete asset {asset_id} ({_text(asset.name) or ''})?", abort=True, err=True)
    delete_asset.sync_detailed(asset_id, client=client)
    if out.json:
        out.emit({"id": asset_id, "deleted": True})
    else:
        out.line(f"Deleted asset {asset_id}.")
