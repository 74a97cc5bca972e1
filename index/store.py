"""The Chroma store of a workspace: incremental sync by content hash, and read-back snapshots."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api import ClientAPI
from pydantic import BaseModel

from index.embedding import OnnxEmbedder
from index.errors import IndexStateError, InputError
from index.models import IndexEntry
from index.workspace import Workspace

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


@dataclass
class IndexSnapshot:
    """Every entry of a workspace's collection, held in memory for fast scoring."""

    ids: list[str]
    texts: list[str]
    metadata: list[dict[str, Any]]
    vectors: np.ndarray
    version: str
    model: str

    def where(self, entry: str) -> list[int]:
        """Row numbers of one entry type ('key_result' or 'passage')."""
        return [i for i, m in enumerate(self.metadata) if m.get("entry") == entry]


class ChromaStore:
    """Reads and writes workspace collections in one Chroma client."""

    def __init__(self, client: ClientAPI, embedder: OnnxEmbedder) -> None:
        self.client = client
        self.embedder = embedder

    def _collection(self, name: str) -> Any:
        return self.client.get_or_create_collection(
            name=name,
            configuration={"hnsw": {"space": "cosine"}},
            embedding_function=self.embedder,  # type: ignore[arg-type]
        )

    def stored_version(self, name: str) -> str | None:
        """The strategy version last fully written, or None if never indexed."""
        try:
            collection = self.client.get_collection(name, embedding_function=self.embedder)  # type: ignore[arg-type]
        except Exception:  # chromadb raises NotFoundError or ValueError by version
            return None
        metadata = collection.metadata or {}
        if metadata.get(_MODEL_KEY) != self.embedder.model_name:
            return None
        version = metadata.get(_VERSION_KEY)
        return str(version) if version else None

    def drop(self, name: str) -> None:
        """Delete a collection; a collection that was never created is fine."""
        try:
            self.client.delete_collection(name)
        except Exception:  # chromadb raises NotFoundError or ValueError by version
            return

    def sync(self, workspace: Workspace) -> SyncReport:
        """Make the collection hold exactly the workspace's entries, embedding only new ones."""
        collection = self._collection(workspace.collection_name)
        metadata = collection.metadata or {}
        model_changed = metadata.get(_MODEL_KEY) not in (None, self.embedder.model_name)
        stored = set() if model_changed else set(collection.get(include=[])["ids"])
        if model_changed:
            self._delete(collection, collection.get(include=[])["ids"])
        wanted = {e.id: e for e in workspace.entries}
        new = [wanted[i] for i in wanted if i not in stored]
        stale = [i for i in stored if i not in wanted]
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

    def snapshot(self, name: str) -> IndexSnapshot:
        """All entries and vectors of a collection."""
        version = self.stored_version(name)
        if version is None:
            raise IndexStateError(f"collection '{name}' is not indexed; run `stratalign index`")
        collection = self._collection(name)
        got = collection.get(include=["documents", "metadatas", "embeddings"])
        vectors = np.asarray(got["embeddings"], dtype=np.float32)
        return IndexSnapshot(
            ids=list(got["ids"]),
            texts=list(got["documents"] or []),
            metadata=[dict(m) for m in (got["metadatas"] or [])],
            vectors=vectors,
            version=version,
            model=self.embedder.model_name,
        )
