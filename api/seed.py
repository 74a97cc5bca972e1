"""Load a workspace folder (strategy/*.md + okrs.yaml) into the database and queue its index."""

from __future__ import annotations

from pathlib import Path

from api.content import StoredFile, parse_upload
from api.context import AppContext
from api.jobs import JobRecord
from index.okrs import find_okr_file
from index.strategy import MARKDOWN_SUFFIXES, STRATEGY_DIR


def folder_files(folder: Path) -> list[StoredFile]:
    """The OKR file and strategy documents of a folder, validated like uploads."""
    okr_path = find_okr_file(folder)
    docs = sorted(
        p for p in (folder / STRATEGY_DIR).rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES
    )
    return [parse_upload(p.name, p.read_bytes()) for p in [okr_path, *docs]]


def seed_workspace(context: AppContext, folder: Path, name: str | None = None) -> JobRecord | None:
    """Create or update the workspace from the folder; a reindex job when anything changed."""
    ws_name = (name or folder.resolve().name).lower()
    record = context.workspaces.find(ws_name) or context.workspaces.create(ws_name)
    record = context.workspaces.put_files(record, folder_files(folder), replace=True)
    if record.content_version == record.indexed_version:
        return None
    return context.jobs.queued(record.id, "reindex") or context.jobs.submit(record.id, "reindex")
