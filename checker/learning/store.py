"""The one store of corrections: a SQLite file per workspace under the data dir, written by
every surface (CLI, API, MCP, web page) and read when a workspace's checker is built.

Each row keeps the correction (JSON of `Correction`) and its embedding, so building a checker
over thousands of confirmations embeds only the new ones. Removing the workspace removes
the file (`drop`).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from checker.learning.corrections import Correction
from checker.learning.memory import Learned, embed_corrections
from index.embedding import Embedder

_SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id TEXT NOT NULL,
    correction TEXT NOT NULL,
    model TEXT,
    vector BLOB
)
"""


class CorrectionStore:
    """Corrections of one workspace, oldest first; one answer per item (the latest wins)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def of(cls, data_dir: Path, collection_name: str) -> CorrectionStore:
        """The store of a workspace, by its index collection name."""
        return cls(data_dir / "learning" / f"{collection_name}.sqlite3")

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path)
        try:
            conn.execute(_SCHEMA)
            with conn:
                yield conn
        finally:
            conn.close()

    def add(self, corrections: list[Correction]) -> list[Correction]:
        """Store corrections (an item answered again replaces its earlier answer)."""
        stamped = [c if c.created_at else c.model_copy(update={"created_at": time.time()})
                   for c in corrections]
        with self._db() as conn:
            for c in stamped:
                conn.execute("DELETE FROM corrections WHERE item_id = ?", (c.item_id,))
                conn.execute(
                    "INSERT INTO corrections (item_id, correction) VALUES (?, ?)",
                    (c.item_id, c.model_dump_json()),
                )
        return stamped

    def list(self) -> list[Correction]:
        """Every stored correction, oldest first."""
        if not self.path.exists():
            return []
        with self._db() as conn:
            rows = conn.execute("SELECT correction FROM corrections ORDER BY id").fetchall()
        return [Correction.model_validate_json(r[0]) for r in rows]

    def remove(self, item_id: str) -> int:
        """Forget an item's correction; returns how many were removed (0 or 1)."""
        if not self.path.exists():
            return 0
        with self._db() as conn:
            return conn.execute("DELETE FROM corrections WHERE item_id = ?", (item_id,)).rowcount

    def drop(self) -> None:
        """Remove the store with its workspace."""
        self.path.unlink(missing_ok=True)

    def learned(self, embedder: Embedder, model_name: str) -> Learned:
        """The corrections with their vectors; those not yet embedded by `model_name` are
        embedded now and kept."""
        if not self.path.exists():
            return Learned()
        with self._db() as conn:
            rows = conn.execute(
                "SELECT id, correction, model, vector FROM corrections ORDER BY id"
            ).fetchall()
            corrections = [Correction.model_validate_json(r[1]) for r in rows]
            stale = [i for i, r in enumerate(rows) if r[2] != model_name or r[3] is None]
            fresh = embed_corrections([corrections[i] for i in stale], embedder)
            for i, vector in zip(stale, fresh, strict=True):
                conn.execute(
                    "UPDATE corrections SET model = ?, vector = ? WHERE id = ?",
                    (model_name, np.asarray(vector, np.float32).tobytes(), rows[i][0]),
                )
            pending = set(stale)
            vectors = [None if i in pending else np.frombuffer(r[3], np.float32)
                       for i, r in enumerate(rows)]
        for i, vector in zip(stale, fresh, strict=True):
            vectors[i] = np.asarray(vector, np.float32)
        if not corrections:
            return Learned()
        return Learned(corrections, np.stack([v for v in vectors if v is not None]))
