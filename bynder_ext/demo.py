"""``python -m bynder_ext.demo`` (``make demo``): a real workflow against a fake Bynder.

It starts the fake portal in a separate process on 127.0.0.1 (``python -m bynder_ext.testing
serve``), then goes through bynder_ext's public API the way an integration would: client-credentials
authentication, brands, a new collection, a multi-part upload of a freshly generated file with a
progress bar, metadata and metaproperty options, paginated listing, collection membership and
sharing, a campaign and a job, a download verified by SHA-256, and one raw request. The fake is
stopped at the end, also after a failure or Ctrl-C.

``--quick`` uploads a smaller file (6 MiB, two parts) into a smaller portal; ``make test`` runs
that variant. Exit status: 0 when every step succeeded, 1 when one failed (one line says which and
why), 130 when interrupted.

Needs the ``testing`` and ``cli`` extras (the fake, and rich for the progress bar).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO, TypeVar

from bynder_client.api.assets import (
    add_asset_metaproperty_options,
    get_asset,
    list_assets,
    update_asset,
)
from bynder_client.api.brands import list_brands
from bynder_client.api.campaigns import create_campaign
from bynder_client.api.collections import (
    add_assets_to_collection,
    create_collection,
    list_collection_assets,
    list_collections,
    share_collection,
)
from bynder_client.api.jobs import create_job, get_job_preset, list_jobs
from bynder_client.api.metaproperties import list_metaproperties
from bynder_client.api.users import get_current_user
from bynder_client.models import (
    Asset,
    AssetIdsDataForm,
    AssetMetapropertyOptions,
    AssetUpdateForm,
    Brand,
    CampaignCreate,
    CampaignId,
    CollectionCreateForm,
    CollectionShareForm,
    Job,
    JobActionResponse,
    JobCreate,
    JobPresetEnvelope,
    MetapropertyMap,
    User,
)
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TransferSpeedColumn,
)

from bynder_ext import BynderClient, BynderError, ClientCredentials, connect
from bynder_ext.download import download_original
from bynder_ext.pagination import iter_items, iter_pages
from bynder_ext.raw import raw_request
from bynder_ext.upload import UploadProgress, upload_file

__all__ = ["main"]

MIB = 1024 * 1024
T = TypeVar("T")


class StepFailed(Exception):
    """A step got an answer it cannot go on with."""


def expect(value: object, kind: type[T], what: str) -> T:
    """``value`` when it is a ``kind``; StepFailed otherwise."""
    if not isinstance(value, kind):
        raise StepFailed(f"{what}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def plural(count: int, noun: str) -> str:
    """``1 asset``, ``2 assets``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def mib(size: int) -> str:
    """A byte count in MiB, one decimal."""
    return f"{size / MIB:.1f} MiB"


# The fake Bynder in its own process ---------------------------------------------------------------


@dataclass
class FakePortal:
    """The fake portal running in a child process, and the credentials it printed."""

    process: subprocess.Popen[str]
    info: dict[str, str]
    log: IO[bytes]

    @classmethod
    def start(cls, seed: int, timeout: float = 30.0) -> FakePortal:
        """Start ``python -m bynder_ext.testing serve`` on a free port; wait for its first line."""
        log = tempfile.TemporaryFile()  # noqa: SIM115  (closed by stop(), with the process)
        command = [sys.executable, "-m", "bynder_ext.testing", "serve", "--port", "0"]
        command += ["--seed", str(seed)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True)
        lines: queue.Queue[str] = queue.Queue()
        stdout = process.stdout
        assert stdout is not None
        threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
        portal = cls(process, {}, log)
        try:
            first = lines.get(timeout=timeout)
            portal.info = json.loads(first)
        except queue.Empty:
            portal.stop()
            raise StepFailed(f"the fake Bynder printed no address within {timeout:g} s") from None
        except ValueError:  # it ended (or printed something else) before its address
            portal.end_process()
            tail = portal.log_tail()
            portal.stop()
            raise StepFailed(f"the fake Bynder did not start: {tail}") from None
        except BaseException:  # Ctrl-C while waiting: the child must not outlive us
            portal.stop()
            raise
        return portal

    def log_tail(self) -> str:
        """The end of the child's standard error, on one line."""
        self.log.seek(0)
        text = self.log.read().decode("utf-8", "replace")
        return " ".join(text.split())[-300:] or f"exit status {self.process.poll()}"

    def end_process(self) -> None:
        """Stop the child (SIGTERM, then SIGKILL after 5 s) and wait for it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def stop(self) -> None:
        """End the child and close its output streams."""
        self.end_process()
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.log.close()


# The workflow -------------------------------------------------------------------------------------


@dataclass
class Demo:
    """The steps, and what they hand to each other."""

    console: Console
    file_size: int
    chunk_size: int
    page_size: int
    seed: int
    workdir: Path
    portal: FakePortal | None = None
    client: BynderClient | None = None
    user: User | None = None
    brand: Brand | None = None
    collection_id: str = ""
    source: Path | None = None
    source_sha256: str = ""
    asset_id: str = ""
    campaign_id: str = ""
    notes: list[str] = field(default_factory=list)

    def say(self, text: str) -> None:
        """One indented line under the current step."""
        self.console.print(f"     {escape(text)}")

    @property
    def api(self) -> BynderClient:
        """The connected client."""
        if self.client is None:
            raise StepFailed("not connected")
        return self.client

    def start_fake(self) -> None:
        self.portal = FakePortal.start(self.seed)
        info = self.portal.info
        self.say(f"python -m bynder_ext.testing serve --port 0 --seed {self.seed}")
        self.say(f"portal {info['base_url']}, S3 {info['s3_url']} (pid {self.portal.process.pid})")

    def authenticate(self) -> None:
        assert self.portal is not None
        info = self.portal.info
        auth = ClientCredentials(info["client_id"], info["client_secret"])
        self.client = connect(info["base_url"], auth=auth, user_agent="bynder-demo")
        self.user = expect(get_current_user.sync(client=self.api), User, "get_current_user")
        token = auth.token
        lifetime = ""
        if token is not None and token.expires_at is not None:
            lifetime = f", valid for {token.expires_at - time.time():.0f} s"
        self.say(f"client credentials -> access token{lifetime}")
        self.say(f"acting as {self.user.firstname} {self.user.lastname} <{self.user.email}>")

    def brands(self) -> None:
        found = expect(list_brands.sync(client=self.api), list, "list_brands")
        brands = [expect(b, Brand, "brand") for b in found]
        if not brands:
            raise StepFailed("the portal has no brand to upload into")
        self.brand = brands[0]
        for brand in brands:
            subs = ", ".join(str(s.name) for s in brand.sub_brands or [])
            self.say(f"{brand.name}  {brand.id}" + (f"  (sub-brands: {subs})" if subs else ""))
        self.say(f"uploads go to {self.brand.name}")

    def create_collection(self) -> None:
        name = f"Demo collection {time.strftime('%Y-%m-%d %H:%M:%S')}"
        body = CollectionCreateForm(name=name, description="Made by make demo")
        response = create_collection.sync_detailed(client=self.api, body=body)
        # Bynder answers 201 with no id in the body: take it from the Location header...
        match = re.search(r"/collections/([^/]+)/?$", response.headers.get("Location", ""))
        if match:
            self.collection_id = match.group(1)
            how = "from the Location header"
        else:  # ... or find the newest collection with this name.
            for collection in iter_items(
                list_collections, client=self.api, keyword=name, order_by="dateCreated desc"
            ):
                if collection.name == name and isinstance(collection.id, str):
                    self.collection_id = collection.id
                    break
            how = "found by keyword"
        if not self.collection_id:
            raise StepFailed(f"collection {name!r} was created but cannot be found")
        self.say(f'"{name}" -> {self.collection_id} ({how})')

    def upload(self) -> None:
        if self.brand is None:
            raise StepFailed("no brand was chosen")
        path = self.workdir / "demo-artwork.bin"
        digest = hashlib.sha256()
        with path.open("wb") as file:
            left = self.file_size
            while left:
                block = os.urandom(min(MIB, left))
                digest.update(block)
                file.write(block)
                left -= len(block)
        self.source, self.source_sha256 = path, digest.hexdigest()
        parts = -(-self.file_size // self.chunk_size)
        self.say(
            f"generated {path.name}: {mib(self.file_size)} of random bytes, "
            f"sha256 {self.source_sha256[:16]}..."
        )
        self.say(f"uploading in {parts} parts of at most {mib(self.chunk_size)}")
        polls = 0
        progress = Progress(
            TextColumn("     {task.description:<12}"),
            BarColumn(),
            DownloadColumn(binary_units=True),
            TextColumn("{task.fields[parts]}"),
            TransferSpeedColumn(),
            console=self.console,
        )
        with progress:
            task: TaskID = progress.add_task("starting", total=self.file_size, parts="")

            def report(update: UploadProgress) -> None:
                nonlocal polls
                if update.stage == "processing":
                    polls += 1
                progress.update(
                    task,
                    description=update.stage,
                    completed=update.bytes_done,
                    parts=f"{update.parts_done}/{update.parts_total} parts",
                )

            started = time.perf_counter()
            result = upload_file(
                self.api,
                path,
                brand_id=self.brand.id,
                name="Demo artwork",
                tags=["demo"],
                chunk_size=self.chunk_size,
                progress=report,
            )
            elapsed = time.perf_counter() - started
        self.asset_id = result.media_id
        self.say(
            f"asset {result.media_id}: {result.parts} parts in {elapsed:.2f} s; "
            f"processed after {plural(polls, 'poll')}, then saved"
        )

    def metadata(self) -> None:
        form = AssetUpdateForm(
            name="Demo artwork (edited)",
            description="Uploaded and described by make demo.",
            copyright_="bynder-client",
            tags="demo,bynder-client",
        )
        update_asset.sync(self.asset_id, client=self.api, body=form)
        self.say("update_asset: name, description, copyright and tags")
        found = expect(
            list_metaproperties.sync(client=self.api, options=True),
            MetapropertyMap,
            "list_metaproperties",
        )
        chosen = next(
            (m for m in found.additional_properties.values() if len(m.options or []) >= 2),
            None,
        )
        if chosen is None:
            raise StepFailed("no metaproperty with options to set")
        options = (chosen.options or [])[:2]
        option_ids = [str(o.id) for o in options]
        body = AssetMetapropertyOptions(
            asset_id=self.asset_id, metaproperty_id=chosen.id, metaproperty_option_ids=option_ids
        )
        add_asset_metaproperty_options.sync(client=self.api, body=body)
        asset = expect(get_asset.sync(self.asset_id, client=self.api), Asset, "get_asset")
        missing = set(option_ids) - set(asset.property_options or [])
        if missing:
            raise StepFailed(f"options {sorted(missing)} were not added")
        labels = ", ".join(str(o.label or o.name) for o in options)
        self.say(f"add_asset_metaproperty_options: {chosen.name} = {labels}")
        self.say(f'the asset is now "{asset.name}", tags {", ".join(asset.tags or [])}')

    def paginate(self) -> None:
        pages = 0
        seen = 0
        found_on: int | None = None
        total: int | None = None
        for page in iter_pages(list_assets, client=self.api, page_size=self.page_size):
            pages += 1
            seen += len(page.items)
            total = page.total
            if any(a.id == self.asset_id for a in page.items):
                found_on = page.number
            self.say(f"page {page.number}: {plural(len(page.items), 'asset')} (total {page.total})")
        if total is not None and seen != total:
            raise StepFailed(f"listed {seen} assets, but the total says {total}")
        if found_on is None:
            raise StepFailed("the uploaded asset is not in the listing")
        self.say(
            f"{plural(seen, 'asset')} on {plural(pages, 'page')} of {self.page_size}; "
            f"ours is on page {found_on}"
        )

    def collect_and_share(self) -> None:
        body = AssetIdsDataForm(data=json.dumps([self.asset_id]))
        add_assets_to_collection.sync(self.collection_id, client=self.api, body=body)
        members = expect(
            list_collection_assets.sync(self.collection_id, client=self.api),
            list,
            "list_collection_assets",
        )
        if self.asset_id not in members:
            raise StepFailed("the asset is not in the collection after adding it")
        self.say(f"add_assets_to_collection: the collection holds {plural(len(members), 'asset')}")
        recipients = "ada@example.com,grace@example.com"
        share = CollectionShareForm(
            collection_options="view", recipients=recipients, send_mail=False
        )
        share_collection.sync(self.collection_id, client=self.api, body=share)
        self.say(f"share_collection: view access for {recipients.replace(',', ', ')}")

    def workflow(self) -> None:
        if self.user is None or not isinstance(self.user.id, str):
            raise StepFailed("the current user is not known")
        campaign = expect(
            create_campaign.sync(
                client=self.api,
                body=CampaignCreate(
                    name="Demo launch",
                    key="DEMO",
                    description="Made by make demo",
                    responsible_id=self.user.id,
                    deadline="2030-06-30T12:00:00+00:00",
                ),
            ),
            CampaignId,
            "create_campaign",
        )
        self.campaign_id = campaign.id
        self.say(f'campaign "Demo launch" -> {campaign.id}')
        jobs = expect(list_jobs.sync(client=self.api, limit=10), list, "list_jobs")
        preset_id = next(
            (j.preset_id for j in jobs if isinstance(j, Job) and isinstance(j.preset_id, str)),
            None,
        )
        if preset_id is None:
            raise StepFailed("no job preset found (the portal has no jobs to learn one from)")
        preset = expect(
            get_job_preset.sync(preset_id, client=self.api), JobPresetEnvelope, "get_job_preset"
        ).preset
        stages = preset.presetstages if isinstance(preset.presetstages, list) else []
        self.say(f'preset "{preset.name}" ({preset_id}, {len(stages)} stages), from list_jobs')
        created = expect(
            create_job.sync(
                client=self.api,
                body=JobCreate(
                    name="Demo artwork review",
                    campaign_id=campaign.id,
                    accountable_id=self.user.id,
                    preset_id=preset_id,
                    deadline="2030-06-15",
                ),
            ),
            JobActionResponse,
            "create_job",
        )
        self.say(f'job "Demo artwork review" -> {created.job_id} ({created.status})')

    def download(self) -> None:
        target = self.workdir / "downloaded" / "demo-artwork.bin"
        target.parent.mkdir()
        result = download_original(self.api, self.asset_id, target)
        if result.sha256 != self.source_sha256:
            raise StepFailed(
                f"the downloaded file differs: sha256 {result.sha256} != {self.source_sha256}"
            )
        self.say(f"{mib(result.size)} to {target.name}; sha256 {result.sha256[:16]}... matches")

    def raw(self) -> None:
        reply = raw_request(self.api, "GET", "/api/v4/account/")
        body = expect(reply.body, dict, "account")
        self.say(
            f"GET /api/v4/account/ -> {reply.status_code}: account "
            f'"{body.get("name")}", languages {", ".join(body.get("availableLanguages") or [])}'
        )

    def close(self) -> None:
        """Close the client and stop the fake."""
        if self.client is not None:
            self.client.session.close()
        if self.portal is not None:
            self.portal.stop()

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        """The workflow, in order."""
        return [
            ("Start the fake Bynder", self.start_fake),
            ("Authenticate", self.authenticate),
            ("List brands", self.brands),
            ("Create a collection", self.create_collection),
            ("Upload a file", self.upload),
            ("Update metadata", self.metadata),
            ("List assets page by page", self.paginate),
            ("Add to the collection and share it", self.collect_and_share),
            ("Create a campaign and a job", self.workflow),
            ("Download and verify", self.download),
            ("Raw request", self.raw),
        ]


def _describe(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace, console: Console) -> int:
    """Run the workflow; returns the exit status."""
    size = args.size * MIB if args.size else (6 * MIB if args.quick else 24 * MIB)
    kind = "quick run" if args.quick else "full run"
    with tempfile.TemporaryDirectory(prefix="bynder-demo-") as workdir:
        demo = Demo(
            console=console,
            file_size=size,
            chunk_size=5 * MIB,
            page_size=5 if args.quick else 10,
            seed=12 if args.quick else 30,
            workdir=Path(workdir),
        )
        console.print(
            f"[bold]bynder-client demo[/bold] ({kind}): a real workflow against a fake Bynder "
            "on 127.0.0.1"
        )
        started = time.perf_counter()
        steps = demo.steps()
        current = ""
        try:
            for number, (title, action) in enumerate(steps, 1):
                current = f"{number}. {title}"
                console.print(f"[bold cyan]{number:>2}. {escape(title)}[/bold cyan]")
                action()
        except KeyboardInterrupt:
            console.print("[red]error:[/red] interrupted; the fake Bynder is stopped")
            return 130
        except (BynderError, StepFailed, OSError) as exc:
            console.print(
                f"[red]error:[/red] step {escape(current)} failed: {escape(_describe(exc))}"
            )
            return 1
        finally:
            demo.close()
        console.print(
            f"[bold green]Done[/bold green]: {len(steps)} steps in "
            f"{time.perf_counter() - started:.1f} s; the fake Bynder has stopped."
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The demo's command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bynder_ext.demo", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="a 6 MiB file in a smaller portal (make test)"
    )
    parser.add_argument("--size", type=int, metavar="MIB", help="size of the uploaded file in MiB")
    args = parser.parse_args(argv)
    if args.size is not None and args.size < 1:
        parser.error("--size must be at least 1 (MiB)")
    signal.signal(signal.SIGTERM, _on_sigterm)
    return run(args, Console(highlight=False, soft_wrap=True))


if __name__ == "__main__":
    sys.exit(main())
