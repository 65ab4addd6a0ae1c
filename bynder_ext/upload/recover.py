"""A save whose answer was lost: find the asset it made instead of making a second one.

A save (new asset or new version) can go through while its answer is lost (a dropped
connection, a timeout). The upload then stops with a state in the ``saving`` stage, and
``save_sent_at`` says a save went out. Resuming it:

- new asset: the assets created since the save was sent (less ``SAVE_LOOKUP_MARGIN``) in its
  brand are listed first; an original with the upload's file name and size (and the name it was
  saved with) is the asset, and nothing is saved again. When none is found the save is sent
  again, and if Bynder refuses it as already done, the list is read once more (a new asset may
  take a moment to be listed).
- new version: the save is sent again; Bynder refuses a second save of the same import, and the
  asset is then checked for an original with the file name and size.

Either way the upload ends with the asset's id and exactly one asset. When several assets match,
:class:`~bynder_ext.errors.UploadError` says which (which one is this upload's cannot be told).
The sync and async drivers of both engines call these; the matching is ``Job.saved_asset``.
"""

from __future__ import annotations

from typing import Any

from bynder_client.api.assets import get_asset, list_assets
from bynder_client.models import Asset

from ..client import BynderClient
from ..errors import APIError
from .plan import SAVE_REFUSED_STATUSES, Job, expect

__all__ = ["arecover_saved", "recover_saved", "refused_after_a_lost_answer"]


def refused_after_a_lost_answer(exc: BaseException, earlier: bool) -> bool:
    """Whether ``exc``, the answer to a save, may mean "already saved": a save went out before
    (``earlier``) and Bynder refused this one."""
    return earlier and isinstance(exc, APIError) and exc.status_code in SAVE_REFUSED_STATUSES


def _found(job: Job, answer: Any) -> bool:
    if job.kind == "version":
        assets = [expect(answer, Asset, f"GET /api/v4/media/{job.state.asset_id}/")]
    else:
        assets = expect(answer, list, "GET /api/v4/media/")
    media_id = job.saved_asset(assets)
    if media_id is None:
        return False
    job.on_recovered(media_id)
    return True


def recover_saved(client: BynderClient, job: Job) -> bool:
    """Look for the asset an earlier save made; True (and the job is saved) when found."""
    if job.kind == "version":
        answer: Any = get_asset.sync_detailed(str(job.state.asset_id), client=client, versions=True)
    else:
        answer = list_assets.sync_detailed(client=client, **job.lookup_query())
    return _found(job, answer)


async def arecover_saved(client: BynderClient, job: Job) -> bool:
    """The async twin of :func:`recover_saved`."""
    if job.kind == "version":
        answer: Any = await get_asset.asyncio_detailed(
            str(job.state.asset_id), client=client, versions=True
        )
    else:
        answer = await list_assets.asyncio_detailed(client=client, **job.lookup_query())
    return _found(job, answer)
