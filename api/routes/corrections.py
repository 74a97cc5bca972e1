"""The corrections a workspace learns from (checker/learning/): list them, remove one.

The same store `stratalign feedback list/remove` reads for a folder workspace; here for a
workspace the API holds (corrections come in through `POST .../feedback`, tracker replies,
the page and MCP). Removing one makes the next check judge that text afresh.
"""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from api.bodies import BoundedJsonRoute
from api.deps import AdminWorkspace, CheckWorkspace, ContextDep
from api.errors import WORKSPACE_ERRORS, NotFoundError
from checker.learning.corrections import Correction
from checker.learning.store import CorrectionStore

router = APIRouter(
    prefix="/v1/workspaces",
    route_class=BoundedJsonRoute,
    tags=["corrections"],
    responses=WORKSPACE_ERRORS,
)


class CorrectionsOut(BaseModel):
    """Every correction the workspace learns from, oldest first."""

    corrections: list[Correction]


class RemovedOut(BaseModel):
    """The item whose correction was removed (a workspace keeps one per item)."""

    item_id: str
    removed: int


@router.get("/{ws}/corrections", summary="The corrections the workspace learns from")
def list_corrections(record: CheckWorkspace, context: ContextDep) -> CorrectionsOut:
    store = CorrectionStore.of(context.settings.data_dir, record.collection)
    return CorrectionsOut(corrections=store.list())


@router.delete(
    "/{ws}/corrections/{item_id:path}", summary="Forget one item's correction (admin scope)"
)
def remove_correction(item_id: str, record: AdminWorkspace, context: ContextDep) -> RemovedOut:
    store = CorrectionStore.of(context.settings.data_dir, record.collection)
    removed = store.remove(item_id)
    if not removed:
        raise NotFoundError(f"no correction of item '{item_id}' in workspace '{record.name}'")
    context.checkers.forget(record.collection)
    return RemovedOut(item_id=item_id, removed=removed)
