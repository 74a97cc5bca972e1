"""Workspaces in the database: names, their files, and which strategy version is indexed."""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel
from sqlalchemy import Engine, delete, insert, select, update

from api import db
from api.content import StoredFile, assemble, okrs_in
from api.errors import ConflictError, NotFoundError
from api.parsed import VersionCache
from checker.learning.store import CorrectionStore
from index.errors import WorkspaceError
from index.models import OKRSet
from index.store import ChromaStore
from index.workspace import Workspace, collection_name_for


class WorkspaceRecord(BaseModel):
    """A workspace row."""

    id: int
    name: str
    root: str
    collection: str
    content_version: str | None
    indexed_version: str | None
    created_at: float


class WorkspaceRepo:
    """Reads and writes workspaces and their files; every change is one transaction."""

    def __init__(self, engine: Engine, now: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.now = now
        # Parsed once per strategy version (by root: a re-created workspace starts afresh).
        self._assembled: VersionCache[tuple[str, str], Workspace] = VersionCache()
        self._okrs: VersionCache[tuple[str, str], OKRSet] = VersionCache()

    def create(self, name: str) -> WorkspaceRecord:
        """A new, empty workspace with a collection of its own."""
        with self.engine.begin() as conn:
            if conn.execute(select(db.workspaces.c.id).where(db.workspaces.c.name == name)).first():
                raise ConflictError(f"workspace '{name}' already exists")
            # A fresh suffix: a re-created workspace never meets a dead one's vectors.
            root = f"db:{name}:{uuid.uuid4().hex}"
            conn.execute(
                insert(db.workspaces).values(
                    name=name,
                    root=root,
                    collection=collection_name_for(name, root),
                    created_at=self.now(),
                )
            )
        return self.get(name)

    def all(self) -> list[WorkspaceRecord]:
        """Every workspace, by name."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(db.workspaces).order_by(db.workspaces.c.name)).mappings()
            return [WorkspaceRecord.model_validate(dict(r)) for r in rows]

    def find(self, name: str) -> WorkspaceRecord | None:
        """The workspace of that name, if any."""
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(db.workspaces).where(db.workspaces.c.name == name))
                .mappings()
                .first()
            )
        return WorkspaceRecord.model_validate(dict(row)) if row else None

    def by_id(self, workspace_id: int) -> WorkspaceRecord:
        """The workspace with that id (jobs refer to workspaces by id)."""
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(db.workspaces).where(db.workspaces.c.id == workspace_id))
                .mappings()
                .first()
            )
        if row is None:
            raise NotFoundError(f"workspace {workspace_id} was deleted")
        return WorkspaceRecord.model_validate(dict(row))

    def get(self, name: str) -> WorkspaceRecord:
        """The workspace of that name, or a 404-mapped error."""
        record = self.find(name)
        if record is None:
            raise NotFoundError(f"no workspace named '{name}'")
        return record

    def delete(self, record: WorkspaceRecord) -> None:
        """Remove the workspace with its files, keys, jobs and feedback."""
        with self.engine.begin() as conn:
            conn.execute(delete(db.workspaces).where(db.workspaces.c.id == record.id))

    def files(self, record: WorkspaceRecord) -> list[StoredFile]:
        """The stored files, by kind and name."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(db.workspace_files)
                .where(db.workspace_files.c.workspace_id == record.id)
                .order_by(db.workspace_files.c.kind, db.workspace_files.c.name)
            ).mappings()
            return [StoredFile(kind=r["kind"], name=r["name"], text=r["text"]) for r in rows]

    def put_files(
        self, record: WorkspaceRecord, uploads: list[StoredFile], replace: bool = False
    ) -> WorkspaceRecord:
        """Add or replace files; the result is validated as a whole before anything is written."""
        return self._write(record, _merge(self.files(record), uploads, replace))

    def delete_file(self, record: WorkspaceRecord, name: str) -> WorkspaceRecord:
        """Remove one file by name."""
        files = self.files(record)
        if not any(f.name == name for f in files):
            raise NotFoundError(f"workspace '{record.name}' has no file '{name}'")
        return self._write(record, [f for f in files if f.name != name])

    def _write(self, record: WorkspaceRecord, files: list[StoredFile]) -> WorkspaceRecord:
        assembled = self._assemble(record, files)  # validates before anything is written
        version = assembled.version if assembled else None
        with self.engine.begin() as conn:
            conn.execute(
                delete(db.workspace_files).where(db.workspace_files.c.workspace_id == record.id)
            )
            now = self.now()
            for f in files:
                conn.execute(
                    insert(db.workspace_files).values(
                        workspace_id=record.id,
                        kind=f.kind,
                        name=f.name,
                        text=f.text,
                        updated_at=now,
                    )
                )
            conn.execute(
                update(db.workspaces)
                .where(db.workspaces.c.id == record.id)
                .values(content_version=version)
            )
        if assembled is not None:
            self._assembled.put((record.root, assembled.version), assembled)
        return self.get(record.name)

    def _assemble(self, record: WorkspaceRecord, files: list[StoredFile]) -> Workspace | None:
        """The workspace a complete set of files makes; None while one is missing."""
        try:
            return assemble(record.name, record.root, files)
        except WorkspaceError:
            return None  # incomplete (no OKRs or no documents yet) is allowed while uploading

    def okrs(self, record: WorkspaceRecord) -> OKRSet:
        """The workspace's stored OKRs, validated; says when there is no OKR file.

        Parsed once per strategy version (or, while the workspace is incomplete, per OKR file
        text), never once per request.
        """
        if record.content_version is not None:
            return self.indexable(record).okrs
        files = self.files(record)
        digest = hashlib.sha256("".join(f.text for f in files if f.kind == "okrs").encode())
        key = (record.root, digest.hexdigest())
        cached = self._okrs.get(key)
        if cached is None:
            cached = okrs_in(record.name, files)
            self._okrs.put(key, cached)
        return cached

    def indexable(self, record: WorkspaceRecord) -> Workspace:
        """The workspace ready to index, or an error saying what is missing; assembled once
        per strategy version."""
        key = (record.root, record.content_version or "")
        cached = self._assembled.get(key)
        if cached is not None:
            return cached
        workspace = assemble(record.name, record.root, self.files(record))
        # The files may have changed since `record` was read: cache only what its version says.
        if workspace.version == record.content_version:
            self._assembled.put(key, workspace)
        return workspace

    def set_indexed(self, workspace_id: int, version: str) -> None:
        """Record that Chroma now holds this version."""
        with self.engine.begin() as conn:
            conn.execute(
                update(db.workspaces)
                .where(db.workspaces.c.id == workspace_id)
                .values(indexed_version=version)
            )


def _merge(stored: list[StoredFile], uploads: list[StoredFile], replace: bool) -> list[StoredFile]:
    """Uploads win by name; one OKR file at most; `replace` drops strategy files not uploaded."""
    has_okrs = any(u.kind == "okrs" for u in uploads)
    kept = [
        f
        for f in stored
        if not (f.kind == "okrs" and has_okrs)
        and not (f.kind == "strategy" and replace and any(u.kind == "strategy" for u in uploads))
        and f.name not in {u.name for u in uploads}
    ]
    if len([u for u in uploads if u.kind == "okrs"]) > 1:
        raise WorkspaceError("upload one OKR file at a time", file="okrs")
    return sorted([*kept, *uploads], key=lambda f: (f.kind, f.name))


def remove_workspace(
    repo: WorkspaceRepo, store: ChromaStore, data_dir: Path, record: WorkspaceRecord
) -> None:
    """Delete a workspace with everything it holds: its index collection, the team's
    corrections, then its row with files, keys, jobs and feedback (the row last, so a store that
    fails, IndexStateError, leaves the workspace listed and the removal can be tried again). The
    API's DELETE and `stratalign workspaces remove` both end here."""
    store.drop(record.collection)
    CorrectionStore.of(data_dir, record.collection).drop()
    repo.delete(record)
