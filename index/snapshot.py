"""A workspace's indexed entries held in memory, and a compact copy of them on disk.

Chroma is the store and the source of truth. Opening it costs a warm `stratalign check` more
than a second (importing chromadb, starting its client) for a read of a few hundred rows, so
each sync also writes what the collection then holds to one `.npz` file beside Chroma. A check
reads that file only when it was written for the workspace's current strategy version and
embedding model; a missing, unreadable or stale file sends the check to Chroma, which then
writes the file afresh.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

# A change to what the file holds, or how, bumps this: older files are then stale.
FORMAT = 1


@dataclass
class IndexSnapshot:
    """Every entry of a workspace's collection, held in memory for fast scoring.

    `vectors` is float32 (n, dim), rows L2-normalised, row i belonging to ids[i]; `version` is the
    strategy version (index/entries.py) and `model` the embedding model name they were made with.
    """

    ids: list[str]
    texts: list[str]
    metadata: list[dict[str, Any]]
    vectors: np.ndarray
    version: str
    model: str

    def where(self, entry: str) -> list[int]:
        """Row numbers of one entry type ('key_result' or 'passage')."""
        return [i for i, m in enumerate(self.metadata) if m.get("entry") == entry]


class SnapshotFiles:
    """One snapshot file per collection in `folder`: `<collection>.npz` holding the vectors
    (float32 .npy), a small JSON head (format, version, model) and the rows as JSON (ids, texts,
    metadata); np.load reads a member only when asked, so `holds` reads the head alone.

    Written atomically (a temp file renamed over the old one), so a reader sees the old file or
    the new one, never half of one.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.npz"

    def holds(self, name: str, version: str, model: str) -> bool:
        """True when collection `name`'s file is readable and of this version and model."""
        try:
            with self.path(name).open("rb") as file, np.load(file, allow_pickle=False) as data:
                return _head_of(data) == _head(version, model)
        except _UNREADABLE:
            return False

    def read(self, name: str, version: str, model: str) -> IndexSnapshot | None:
        """The snapshot of collection `name` if its file holds exactly this strategy version and
        model; None when the file is missing, unreadable or of another version, model or format."""
        try:
            # np.load leaves its own handle open when a damaged file fails half-way: pass ours.
            with self.path(name).open("rb") as file, np.load(file, allow_pickle=False) as data:
                if _head_of(data) != _head(version, model):
                    return None
                rows = json.loads(str(data["rows"]))
                vectors = np.asarray(data["vectors"], dtype=np.float32)
            ids, texts, metadata = rows["ids"], rows["texts"], rows["metadata"]
        except _UNREADABLE:
            return None
        if not len(ids) == len(texts) == len(metadata) == len(vectors):
            return None
        return IndexSnapshot(ids, texts, metadata, vectors, version, model)

    def write(self, name: str, snapshot: IndexSnapshot) -> None:
        """Store `snapshot` as collection `name`'s file; a folder that cannot be written is no
        error (checks then read Chroma, as before the file existed)."""
        rows = {"ids": snapshot.ids, "texts": snapshot.texts, "metadata": snapshot.metadata}
        tmp: str | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{name}.", suffix=".npz")
            with os.fdopen(fd, "wb") as out:
                np.savez(out, vectors=snapshot.vectors.astype(np.float32),
                         head=np.array(json.dumps(_head(snapshot.version, snapshot.model))),
                         rows=np.array(json.dumps(rows, ensure_ascii=False)))
            os.replace(tmp, self.path(name))
        except OSError:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)

    def remove(self, name: str) -> None:
        """Forget collection `name`'s file (before a sync changes the collection, or a drop)."""
        try:
            self.path(name).unlink(missing_ok=True)
        except OSError:
            # Left in place it is still only read for the exact version and model it holds.
            return


# What a damaged, truncated or foreign file raises on the way in.
_UNREADABLE = (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError,
               zipfile.BadZipFile)


def _head(version: str, model: str) -> dict[str, Any]:
    return {"format": FORMAT, "version": version, "model": model}


def _head_of(data: Any) -> Any:
    return json.loads(str(data["head"]))
