"""``bynder collections list|get|create|update|delete|share|assets|add|remove``."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, Literal

import typer
from bynder_client.api.collections import (
    add_assets_to_collection,
    create_collection,
    delete_collection,
    get_collection,
    list_collection_assets,
    list_collections,
    remove_assets_from_collection,
    share_collection,
    update_collection,
)
from bynder_client.models.asset_ids_data_form import AssetIdsDataForm
from bynder_client.models.collection import Collection
from bynder_client.models.collection_create_form import CollectionCreateForm
from bynder_client.models.collection_share_form import CollectionShareForm
from bynder_client.models.collection_update_form import CollectionUpdateForm
from bynder_client.types import UNSET

from ..client import BynderClient
from ..pagination import iter_items, iter_pages
from .common import JsonFlag, YesFlag, check, split_list, state_of
from .errors import CLIError, ExitCode

__all__ = ["add_to_collection", "app", "created_collection_id"]

app = typer.Typer(
    help="List, show, create, change, share and delete collections.", no_args_is_help=True
)

Permission = Literal["view", "readOnly", "readAccess", "edit"]
_LOCATION = re.compile(r"/api/v4/collections/([^/?#]+)/?(?:[?#].*)?$")


def _public(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value == 1
    return None


def created_collection_id(client: BynderClient, name: str, location: str | None) -> str:
    """The id of a collection just created: from the ``Location`` header when Bynder sends one,
    else the newest collection with exactly this name."""
    if location:
        match = _LOCATION.search(location)
        if match:
            return match.group(1)
    for collection in iter_items(
        list_collections,
        client=client,
        keyword=name,
        order_by="dateCreated desc",
        max_items=100,
    ):
        if collection.name == name and isinstance(collection.id, str):
            return collection.id
    raise CLIError(f"the collection {name!r} was created, but its id could not be found")


def add_to_collection(client: BynderClient, collection_id: str, asset_ids: list[str]) -> None:
    """Add assets to a collection (``add_assets_to_collection``: a JSON array in the form field
    ``data``)."""
    body = AssetIdsDataForm(data=json.dumps(asset_ids))
    add_assets_to_collection.sync_detailed(collection_id, client=client, body=body)


@app.command("list")
def list_(
    ctx: typer.Context,
    keyword: Annotated[str | None, typer.Option("--keyword", "-k", help="Search text.")] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="At most this many collections.", min=1)
    ] = 50,
    all_: Annotated[bool, typer.Option("--all", help="Every collection (no --limit).")] = False,
    json_output: JsonFlag = False,
) -> None:
    """List collections, newest first."""
    state = state_of(ctx)
    out = state.output(json_output)
    params: dict[str, Any] = {"order_by": "dateCreated desc"}
    if keyword:
        params["keyword"] = keyword
    max_items = None if all_ else limit
    items: list[Collection] = []
    total: int | None = None
    for page in iter_pages(
        list_collections,
        client=state.client(),
        page_size=min(limit, 1000) if max_items is not None else None,
        max_items=max_items,
        **params,
    ):
        items.extend(page.items)
        total = page.total
    if out.json:
        out.emit(items)
        return
    out.table(
        ["id", "name", "assets", "public", "created"],
        [(c.id, c.name, c.collection_count, _public(c.is_public), c.date_created) for c in items],
    )
    out.note(f"{len(items)} of {total if total is not None else len(items)} collections")


@app.command()
def get(
    ctx: typer.Context,
    collection_id: Annotated[str, typer.Argument(metavar="ID", help="The collection's id.")],
    json_output: JsonFlag = False,
) -> None:
    """Show one collection."""
    state = state_of(ctx)
    out = state.output(json_output)
    found = check(
        get_collection.sync_detailed(collection_id, client=state.client()),
        Collection,
        "get_collection",
    )
    if out.json:
        out.emit(found)
        return
    owner = found.user.name if found.user else None
    out.fields(
        {
            "id": found.id,
            "name": found.name,
            "description": found.description,
            "assets": found.collection_count,
            "public": _public(found.is_public),
            "owner": owner,
            "created": found.date_created,
            "modified": found.date_modified,
            "link": found.link,
        }
    )


@app.command()
def create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The new collection's name.")],
    description: Annotated[str | None, typer.Option("--description", help="Description.")] = None,
    json_output: JsonFlag = False,
) -> None:
    """Create a collection and print its id."""
    state = state_of(ctx)
    out = state.output(json_output)
    if not name.strip():
        raise CLIError("the collection name cannot be empty", ExitCode.USAGE)
    client = state.client()
    body = CollectionCreateForm(
        name=name, description=UNSET if description is None else description
    )
    response = create_collection.sync_detailed(client=client, body=body)
    new_id = created_collection_id(client, name, response.headers.get("Location"))
    found = check(get_collection.sync_detailed(new_id, client=client), Collection, "get_collection")
    if out.json:
        out.emit(found)
    else:
        out.line(f"Created collection {found.name}: {found.id}")


@app.command()
def update(
    ctx: typer.Context,
    collection_id: Annotated[str, typer.Argument(metavar="ID", help="The collection's id.")],
    name: Annotated[str | None, typer.Option("--name", help="New name.")] = None,
    description: Annotated[
        str | None, typer.Option("--description", help="New description.")
    ] = None,
    public: Annotated[
        bool | None, typer.Option("--public/--private", help="Make it public or private.")
    ] = None,
    cover: Annotated[
        str | None, typer.Option("--cover", help="Id of the asset to use as the cover.")
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Change a collection; only the fields given change."""
    state = state_of(ctx)
    out = state.output(json_output)
    body = CollectionUpdateForm(
        name=UNSET if name is None else name,
        description=UNSET if description is None else description,
        is_public=UNSET if public is None else public,
        thumbnail_asset_id=UNSET if cover is None else cover,
    )
    if not body.to_dict():
        raise CLIError("nothing to change: give at least one option (see --help)", ExitCode.USAGE)
    client = state.client()
    update_collection.sync_detailed(collection_id, client=client, body=body)
    found = check(
        get_collection.sync_detailed(collection_id, client=client), Collection, "get_collection"
    )
    if out.json:
        out.emit(found)
    else:
        out.line(f"Updated collection {found.id} ({found.name}).")


@app.command()
def delete(
    ctx: typer.Context,
    collection_id: Annotated[str, typer.Argument(metavar="ID", help="The collection's id.")],
    yes: YesFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Delete a collection (its assets stay); asks first unless --yes."""
    state = state_of(ctx)
    out = state.output(json_output)
    client = state.client()
    found = check(
        get_collection.sync_detailed(collection_id, client=client), Collection, "get_collection"
    )
    if not yes:
        typer.confirm(f"Delete collection {collection_id} ({found.name})?", abort=True, err=True)
    delete_collection.sync_detailed(collection_id, client=client)
    if out.json:
        out.emit({"id": collection_id, "deleted": True})
    else:
        out.line(f"Deleted collection {collection_id}.")


@app.command()
def share(
    ctx: typer.Context,
    collection_id: Annotated[str, typer.Argument(metavar="ID", help="The collection's id.")],
    recipient: Annotated[
        list[str] | None,
        typer.Option("--recipient", "-r", help="E-mail address (repeatable, or comma-separated)."),
    ] = None,
    group: Annotated[
        list[str] | None, typer.Option("--group", help="Group id (repeatable).")
    ] = None,
    profile: Annotated[
        list[str] | None, typer.Option("--profile", help="Security profile id (repeatable).")
    ] = None,
    permission: Annotated[
        Permission,
        typer.Option("--permission", help="What they may do."),
    ] = "view",
    message: Annotated[
        str | None, typer.Option("--message", "-m", help="Message for the e-mail.")
    ] = None,
    send_mail: Annotated[
        bool, typer.Option("--send-mail/--no-send-mail", help="Notify the recipients.")
    ] = False,
    login_required: Annotated[
        bool, typer.Option("--login-required", help="Recipients must log in.")
    ] = False,
    start: Annotated[
        str | None, typer.Option("--from", help="Start of the sharing period (ISO 8601).")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--until", help="End of the sharing period (ISO 8601).")
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Share a collection with people, groups or security profiles."""
    state = state_of(ctx)
    out = state.output(json_output)
    recipients, groups, profiles = split_list(recipient), split_list(group), split_list(profile)
    if not (recipients or groups or profiles):
        raise CLIError("give at least one --recipient, --group or --profile", ExitCode.USAGE)
    body = CollectionShareForm(
        collection_options=permission,
        recipients=",".join(recipients) if recipients else UNSET,
        groups=",".join(groups) if groups else UNSET,
        profiles=",".join(profiles) if profiles else UNSET,
        login_required=login_required,
        send_mail=send_mail,
        message=UNSET if message is None else message,
        date_start=UNSET if start is None else start,
        date_end=UNSET if end is None else end,
    )
    share_collection.sync_detailed(collection_id, client=state.client(), body=body)
    if out.json:
        out.emit(
            {
                "id": collection_id,
                "permission": permission,
                "recipients": recipients,
                "groups": groups,
                "profiles": profiles,
            }
        )
    else:
        shared = ", ".join(
            recipients + [f"group {g}" for g in groups] + [f"profile {p}" for p in profiles]
        )
        out.line(f"Shared collection {collection_id} ({permission}) with {shared}.")


AssetIds = Annotated[
    list[str], typer.Argument(metavar="ASSET_ID...", help="Asset ids (or comma-separated lists).")
]


@app.command()
def assets(
    ctx: typer.Context,
    collection_id: Annotated[str, typer.Argument(metavar="ID", help="The collection's id.")],
    json_output: JsonFlag = False,
) -> None:
    """List the ids of the assets in a collection."""
    state = state_of(ctx)
    out = state.output(json_output)
    ids: list[str] = check(
        list_collection_assets.sync_detailed(collection_id, client=state.client()),
        list,
        "list_collection_assets",
    )
    if out.json:
        out.emit(ids)
        return
    out.table(["id"], [(i,) for i in ids])
    out.note(f"{len(ids)} assets in collection {collection_id}")


@app.command()
def add(
    ctx: typer.Context,
    collection_id: Annotated[str, typer.Argument(metavar="ID", help="The collection's id.")],
    asset_ids: AssetIds,
    json_output: JsonFlag = False,
) -> None:
    """Add assets to a collection (those already in it stay)."""
    state = state_of(ctx)
    out = state.output(json_output)
    ids = split_list(asset_ids)
    add_to_collection(state.client(), collection_id, ids)
    if out.json:
        out.emit({"id": collection_id, "added": ids})
    else:
        out.line(f"Added {len(ids)} asset(s) to collection {collection_id}.")


@app.command()
def remove(
    ctx: typer.Context,
    collection_id: Annotated[str, typer.Argument(metavar="ID", help="The collection's id.")],
    asset_ids: AssetIds,
    json_output: JsonFlag = False,
) -> None:
    """Remove assets from a collection (the assets themselves stay)."""
    state = state_of(ctx)
    out = state.output(json_output)
    ids = split_list(asset_ids)
    remove_assets_from_collection.sync_detailed(
        collection_id, client=state.client(), delete_ids=",".join(ids)
    )
    if out.json:
        out.emit({"id": collection_id, "removed": ids})
    else:
        out.line(f"Removed {len(ids)} asset(s) from collection {collection_id}.")
