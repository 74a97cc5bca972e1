"""A workspace on disk: strategy/*.md plus okrs.yaml, read into index entries."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from pydantic import BaseModel, Field

from index.chunking import read_document
from index.entries import build_entries, strategy_version
from index.errors import WorkspaceError
from index.models import (
    DocumentSummary,
    IndexEntry,
    OKRSet,
    Passage,
    ReadWarning,
    SkippedFile,
    StrategyDocument,
)
from index.okrs import OKR_FILE_NAMES, find_okr_file, load_okrs
from index.strategy import read_strategy_folder


class Workspace(BaseModel):
    """Everything read from a workspace folder, ready to index."""

    root: str
    name: str
    okrs: OKRSet
    passages: list[Passage]
    entries: list[IndexEntry]
    version: str
    documents: list[DocumentSummary] = Field(default_factory=list)
    skipped: list[SkippedFile] = Field(default_factory=list)
    warnings: list[ReadWarning] = Field(default_factory=list)
    """Warnings from the strategy documents (the OKR file's travel in okrs.warnings)."""

    @property
    def collection_name(self) -> str:
        """Chroma collection for this workspace: readable name plus a hash of its path."""
        return collection_name_for(self.name, self.root)


def collection_name_for(name: str, root: str) -> str:
    """A valid Chroma collection name, unique per root (a folder path or a database key)."""
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", name).strip("-_")[:40] or "workspace"
    path_hash = hashlib.sha256(root.encode()).hexdigest()[:10]
    return f"ws-{slug}-{path_hash}"


def load_workspace(folder: Path) -> Workspace:
    """Read and validate a workspace folder; errors name the file, line and field."""
    if folder.is_file():
        raise WorkspaceError("is a file, not a workspace folder: give the folder that holds "
                             "okrs.yaml and strategy/", file=folder)
    if not folder.is_dir():
        raise WorkspaceError("workspace folder not found", file=folder)
    okr_file = find_okr_file(folder)
    okrs = load_okrs(okr_file)
    documents, skipped = read_strategy_folder(folder)
    workspace = assemble_workspace(
        folder.resolve().name, str(folder.resolve()), okrs, documents, skipped
    )
    # A warning, not a skipped file: key results written only in the other file are missing
    # from every check (a newcomer's okrs.md beside okrs.yaml went unnoticed under "Warnings (0)").
    workspace.warnings += [
        ReadWarning(file=name, message=f"a second OKR file, not read: {okr_file.name} is the "
                    "one read; merge the two or remove one")
        for name in OKR_FILE_NAMES
        if name != okr_file.name and (folder / name).is_file()
    ]
    return workspace


def assemble_workspace(
    name: str,
    root: str,
    okrs: OKRSet,
    documents: list[StrategyDocument],
    skipped: list[SkippedFile] | None = None,
) -> Workspace:
    """A workspace from already-read OKRs and documents (from a folder or a database)."""
    if not documents:
        raise WorkspaceError("no strategy documents; add at least one Markdown file", file=root)
    readings = [(doc.name, read_document(doc)) for doc in documents]
    passages = [p for _, reading in readings for p in reading.passages]
    entries = build_entries(okrs, passages)
    return Workspace(
        root=root,
        name=name,
        okrs=okrs,
        passages=passages,
        entries=entries,
        version=strategy_version(entries),
        documents=[
            DocumentSummary(name=n, passages=len(r.passages), metadata=r.metadata)
            for n, r in readings
        ],
        skipped=skipped or [],
        warnings=[w for _, r in readings for w in r.warnings],
    )
