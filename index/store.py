"""The Chroma store of a workspace: incremental sync by content hash, and read-back snapshots.

chromadb is imported only when a client is opened: a check whose snapshot file is current
(index/snapshot.py) never opens Chroma at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel

from index.embedding import OnnxEmbedder
from index.errors import IndexStateError, InputError
from index.models import IndexEntry
from index.snapshot import IndexSnapshot, SnapshotFiles
from index.workspace import Workspace

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

__all__ = ["ChromaStore", "IndexSnapshot", "SyncReport", "open_http_client",
           "open_persistent_client"]

_VERSION_KEY = "strategy_version"
_MODEL_KEY = "embedding_model"
_WRITE_BATCH = 256


def open_persistent_client(data_dir: Path) -> ClientAPI:
    """A local Chroma store under data_dir, telemetry off."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    data_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(
        path=str(data_dir / "chroma"),
        settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False),
    )


def open_http_client(url: str) -> ClientAPI:
    """A client of a Chroma server (`chroma run`), telemetry off."""
    from urllib.parse import urlparse

    import chromadb
    from chromadb.config import Settings as ChromaSettings

    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise InputError(f"not a Chroma server URL: '{url}'", field="chroma_url")
    return chromadb.HttpClient(
        host=parsed.hostname,
        port=parsed.port or (443 if parsed.scheme == "https" else 80),
        ssl=parsed.scheme == "https",
        settings=ChromaSettings(anonymized_telemetry=False),
    )


class SyncReport(BaseModel):
    """What a sync changed in the store."""

    collection: str
    version: str
    added: int
    removed: int
    kept: int


class ChromaStore:
    """Reads and writes workspace collections in one Chroma client. With `snapshots`, each sync
    also writes the collection's snapshot file, and a read for a known strategy version takes
    that file when it holds the version (Chroma is not opened then)."""

    def __init__(
        self,
        client: ClientAPI | None,
        embedder: OnnxEmbedder,
        snapshots: SnapshotFiles | None = None,
        *,
        open_client: Callable[[], ClientAPI] | None = None,
    ) -> None:
        if client is None and open_client is None:
            raise ValueError("a ChromaStore needs a client or a way to open one")
        self._client = client
        self._open_client = open_client
        self.embedder = embedder
        self.snapshots = snapshots
        self._function: Any = None

    @property
    def client(self) -> ClientAPI:
        """The Chroma client, opened on first use when the store was given `open_client`."""
        if self._client is None:
            assert self._open_client is not None
            self._client = self._open_client()
        return self._client

    def _embedding_function(self) -> Any:
        if self._function is None:
            from index.chroma_embedding import ChromaEmbedding

            self._function = ChromaEmbedding(self.embedder)
        return self._function

    def _collection(self, name: str) -> Any:
        return self.client.get_or_create_collection(
            name=name,
            configuration={"hnsw": {"space": "cosine"}},
            embedding_function=self._embedding_function(),
        )

    def stored_version(self, name: str, expected: str | None = None) -> str | None:
        """The strategy version last fully written, or None if never indexed. When `expected`
        is given and the snapshot file holds it (with this model), it is the answer without
        opening Chroma: the file is written only from what the collection holds."""
        if expected is not None and self.snapshots is not None and self.snapshots.holds(
            name, expected, self.embedder.model_name
        ):
            return expected
        client = self.client  # opening the store may fail: that is an error, not "never indexed"
        try:
            collection = client.get_collection(name, embedding_function=self._embedding_function())
        except Exception:  # chromadb raises NotFoundError or ValueError by version
            return None
        metadata = collection.metadata or {}
        if metadata.get(_MODEL_KEY) != self.embedder.model_name:
            return None
        version = metadata.get(_VERSION_KEY)
        return str(version) if version else None

    def drop(self, name: str) -> None:
        """Delete a collection; a collection that was never created is fine. IndexStateError
        when the store cannot be opened (a store that cannot be opened must not pass for
        "nothing to drop")."""
        try:
            client = self.client
        except Exception as exc:  # chromadb's errors differ by version and by local or server
            raise IndexStateError(f"the index store could not be opened: {exc}") from exc
        if self.snapshots is not None:
            self.snapshots.remove(name)
        try:
            client.delete_collection(name)
        except Exception:  # chromadb raises NotFoundError or ValueError by version
            return

    def sync(self, workspace: Workspace) -> SyncReport:
        """Make the collection hold exactly the workspace's entries, embedding only new ones;
        then write its snapshot file from what the collection holds."""
        if self.snapshots is not None:  # an interrupted sync must leave no file to trust
            self.snapshots.remove(workspace.collection_name)
        collection = self._collection(workspace.collection_name)
        metadata = collection.metadata or {}
        model_changed = metadata.get(_MODEL_KEY) not in (None, self.embedder.model_name)
        stored = set() if model_changed else set(collection.get(include=[])["ids"])
        if model_changed:
            self._delete(collection, collection.get(include=[])["ids"])
        wanted = {e.id: e for e in workspace.entries}
        new = [wanted[i] for i in wanted if i not in stored]
        stale = [i for i in stored if i not in wanted]
        if new or stale or model_changed:
            # While rows change, the collection claims no version: a check reading it meanwhile
            # finds it "not indexed" rather than mixed rows under the old version's name.
            collection.modify(metadata={**metadata, _VERSION_KEY: ""})
        for start in range(0, len(new), _WRITE_BATCH):
            batch = new[start : start + _WRITE_BATCH]
            collection.add(
                ids=[e.id for e in batch],
                documents=[e.text for e in batch],
                metadatas=[dict(e.metadata) for e in batch],
                embeddings=self.embedder.embed_documents([e.text for e in batch]),
            )
        self._delete(collection, stale)
        self._refresh_metadata(collection, [wanted[i] for i in wanted if i in stored])
        # The version goes last: an interrupted sync leaves a mismatch and is redone.
        collection.modify(
            metadata={
                _VERSION_KEY: workspace.version,
                _MODEL_KEY: self.embedder.model_name,
                "workspace_root": workspace.root,
            }
        )
        if self.snapshots is not None:
            read_back = self._read(collection, workspace.version)
            self.snapshots.write(workspace.collection_name, read_back)
        return SyncReport(
            collection=workspace.collection_name,
            version=workspace.version,
            added=len(new),
            removed=len(stale),
            kept=len(wanted) - len(new),
        )

    @staticmethod
    def _refresh_metadata(collection: Any, kept: list[IndexEntry]) -> None:
        """Kept entries may have moved (a new line number): update metadata, embed nothing."""
        for start in range(0, len(kept), _WRITE_BATCH):
            batch = kept[start : start + _WRITE_BATCH]
            collection.update(
                ids=[e.id for e in batch], metadatas=[dict(e.metadata) for e in batch]
            )

    @staticmethod
    def _delete(collection: Any, ids: list[str]) -> None:
        for start in range(0, len(ids), _WRITE_BATCH):
            collection.delete(ids=ids[start : start + _WRITE_BATCH])

    def snapshot(self, name: str, version: str | None = None) -> IndexSnapshot:
        """All entries and vectors of a collection: from its snapshot file when `version` is
        given and the file holds it, else from Chroma (then the file is written afresh).

        Raises IndexStateError when the collection was never indexed.
        """
        model = self.embedder.model_name
        if version is not None and self.snapshots is not None:
            held = self.snapshots.read(name, version, model)
            if held is not None:
                return held
        stored = self.stored_version(name)
        if stored is None:
            raise IndexStateError(f"collection '{name}' is not indexed; run `stratalign index`")
        snapshot = self._read(self._collection(name), stored)
        if self.snapshots is not None and version in (None, stored):
            self.snapshots.write(name, snapshot)
        return snapshot

    def _read(self, collection: Any, version: str) -> IndexSnapshot:
        got = collection.get(include=["documents", "metadatas", "embeddings"])
        return IndexSnapshot(
            ids=list(got["ids"]),
            texts=list(got["documents"] or []),
            metadata=[dict(m) for m in (got["metadatas"] or [])],
            vectors=np.asarray(got["embeddings"], dtype=np.float32),
            version=version,
            model=self.embedder.model_name,
        )
