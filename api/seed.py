"""Seed workspaces from folders named at start (`stratalign serve -w FOLDER`).

What the API stored is the truth: a folder creates its workspace only when none of that name
exists yet. When both exist and differ, the stored files are kept (they may hold uploads made
through the API since) and the difference is reported, in the log and on `/healthz`; only an
explicit `--reload-from-folder` replaces the stored files with the folder's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from api.content import StoredFile, parse_upload
from api.workspaces import WorkspaceRecord
from index.errors import InputError
from index.okrs import find_okr_file
from index.strategy import MARKDOWN_SUFFIXES, STRATEGY_DIR

if TYPE_CHECKING:
    from api.context import AppContext

SeedAction = Literal["created", "unchanged", "kept_stored", "reloaded"]


class SeedReport(BaseModel):
    """What starting with a folder did to its workspace, in a sentence an operator can act on."""

    workspace: str
    folder: str
    action: SeedAction
    message: str
    reindex_job: str | None = None


def folder_files(folder: Path) -> list[StoredFile]:
    """The OKR file and strategy documents of a folder, validated like uploads."""
    okr_path = find_okr_file(folder)
    docs = sorted(
        p for p in (folder / STRATEGY_DIR).rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES
    )
    return [parse_upload(p.name, p.read_bytes()) for p in [okr_path, *docs]]


def seed_workspace(
    context: AppContext, folder: Path, name: str | None = None, reload: bool = False
) -> SeedReport:
    """Create the workspace from the folder when it is new; otherwise keep what is stored
    unless `reload`. InputError when a new workspace's folder cannot be read."""
    ws_name = (name or folder.resolve().name).lower()
    report = _report(ws_name, folder)
    record = context.workspaces.find(ws_name)
    if record is None:
        files = folder_files(folder)  # a folder that cannot be read creates nothing
        record = context.workspaces.put_files(context.workspaces.create(ws_name), files)
        return _indexing(context, record, report("created", "created from the folder"))
    try:
        files = folder_files(folder)
    except InputError as exc:
        return report("kept_stored", f"kept the stored files; the folder could not be read: {exc}")
    difference = _difference(context.workspaces.files(record), files)
    if not difference:
        outcome = report("unchanged", "the folder matches the stored files")
    elif not reload:
        return report(
            "kept_stored",
            f"kept the stored files, which differ from the folder ({difference}); start with "
            f"--reload-from-folder to replace them with the folder's",
        )
    else:
        record = context.workspaces.put_files(record, files, replace=True)
        outcome = report("reloaded", f"reloaded from the folder ({difference})")
    return _indexing(context, record, outcome)


def _report(workspace: str, folder: Path) -> Callable[[SeedAction, str], SeedReport]:
    def make(action: SeedAction, message: str) -> SeedReport:
        return SeedReport(workspace=workspace, folder=str(folder), action=action, message=message)

    return make


def _indexing(context: AppContext, record: WorkspaceRecord, report: SeedReport) -> SeedReport:
    """Queue a reindex when the stored files are not what the index holds."""
    if record.content_version is None or record.content_version == record.indexed_version:
        return report
    job = context.jobs.queued(record.id, "reindex") or context.jobs.submit(record.id, "reindex")
    return report.model_copy(update={"reindex_job": job.id})


def _difference(stored: list[StoredFile], folder: list[StoredFile]) -> str:
    """Which files differ, by name: '' when none does."""
    have = {(f.kind, f.name): f.text for f in stored}
    want = {(f.kind, f.name): f.text for f in folder}
    parts = [
        ("changed", sorted(n for k, n in have.keys() & want.keys() if have[k, n] != want[k, n])),
        ("only stored", sorted(n for _, n in have.keys() - want.keys())),
        ("only in the folder", sorted(n for _, n in want.keys() - have.keys())),
    ]
    return "; ".join(f"{label}: {', '.join(names)}" for label, names in parts if names)
