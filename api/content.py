"""Workspace files held in the database, validated by the same loaders as a folder on disk."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from pydantic import BaseModel

from api.fields import NUL
from index.chunking import chunk_document
from index.encoding import decode_text
from index.errors import InputError, WorkspaceError
from index.models import OKRSet, StrategyDocument
from index.okrs import OKR_FILE_NAMES, load_okrs
from index.strategy import MARKDOWN_SUFFIXES
from index.workspace import Workspace, assemble_workspace

OKR_SUFFIXES = (".yaml", ".yml", ".json")


class StoredFile(BaseModel):
    """One strategy document or the OKR file of a workspace."""

    kind: str  # "okrs" or "strategy"
    name: str
    text: str


def parse_upload(name: str, data: bytes | str) -> StoredFile:
    """Classify, decode and validate one uploaded file; errors name the file, line and field."""
    clean = _clean_name(name)
    suffix = PurePosixPath(clean).suffix.lower()
    if clean.lower() in OKR_FILE_NAMES:
        kind = "okrs"
    elif suffix in MARKDOWN_SUFFIXES:
        kind = "strategy"
    elif suffix in OKR_SUFFIXES:
        kind = "okrs"
    else:
        raise InputError(
            f"unknown file type; send strategy documents as .md and OKRs as "
            f"{' / '.join(OKR_FILE_NAMES)}",
            file=clean,
        )
    text = _decode(clean, data)
    if NUL in text:
        raise InputError(
            f"holds the NUL character (U+0000) at character {text.index(NUL)}: send text, "
            f"not a binary file",
            file=clean,
            field="content",
        )
    stored = StoredFile(kind=kind, name=clean, text=text)
    if kind == "okrs":
        okrs_of(stored)
    else:
        chunk_document(StrategyDocument(name=clean, text=text))
    return stored


def _clean_name(name: str) -> str:
    base = PurePosixPath(name.replace("\\", "/")).name.strip()
    if not base or base.startswith(".") or len(base) > 200 or NUL in base:
        raise InputError("a file needs a plain name such as strategy.md or okrs.yaml", file=name)
    return base


def _decode(name: str, data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    try:
        return decode_text(data, name)
    except InputError as exc:  # the file's bytes arrived in the `content` field
        raise InputError(exc.message, file=name, field="content") from None


def okrs_of(stored: StoredFile) -> OKRSet:
    """The validated OKRs of a stored OKR file."""
    return load_okrs(Path(stored.name), stored.text)


def okrs_in(name: str, files: list[StoredFile]) -> OKRSet:
    """The validated OKRs among a workspace's stored files; says when there are none."""
    okr_files = [f for f in files if f.kind == "okrs"]
    if not okr_files:
        raise WorkspaceError(
            f"no OKR file yet; upload one of {', '.join(OKR_FILE_NAMES)}", file=name
        )
    return okrs_of(okr_files[0])


def assemble(name: str, root: str, files: list[StoredFile]) -> Workspace:
    """The indexable workspace from its stored files; says what is missing."""
    okrs = okrs_in(name, files)
    documents = [
        StrategyDocument(name=f.name, text=f.text)
        for f in sorted(files, key=lambda f: f.name)
        if f.kind == "strategy"
    ]
    if not documents:
        raise WorkspaceError("no strategy documents yet; upload at least one .md file", file=name)
    return assemble_workspace(name, root, okrs, documents)
