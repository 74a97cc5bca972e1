"""A workspace on disk: strategy/*.md plus okrs.yaml, read into index entries."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from pydantic import BaseModel

from index.chunking import chunk_document
from index.entries import build_entries, strategy_version
from index.errors import WorkspaceError
from index.models import IndexEntry, OKRSet, Passage, StrategyDocument
from index.okrs import find_okr_file, load_okrs
from index.strategy import load_strategy


class Workspace(BaseModel):
    """Everything read from a workspace folder, ready to index."""

    root: str
    name: str
    okrs: OKRSet
    passages: list[Passage]
    entries: list[IndexEntry]
    version: str

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
    if not folder.is_dir():
        raise WorkspaceError("workspace folder not found", file=folder)
    okrs = load_okrs(find_okr_file(folder))
    documents = load_strategy(folder)
    return assemble_workspace(folder.resolve().name, str(folder.resolve()), okrs, documents)


def assemble_workspace(
    name: str, root: str, okrs: OKRSet, documents: list[StrategyDocument]
) -> Workspace:
    """A workspace from already-read OKRs and documents (from a folder or a database)."""
    if not documents:
        raise WorkspaceError("no strategy documents; add at least one Markdown file", file=root)
    passages = [p for doc in documents for p in chunk_document(doc)]
    entries = build_entries(okrs, passages)
    return Workspace(
        root=root,
        name=name,
        okrs=okrs,
        passages=passages,
        entries=entries,
        version=strategy_version(entries),
    )
