"""Wire a workspace folder to its index and an embedded checker."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from checker.embedded.engine import EmbeddedChecker
from checker.embedded.metric_reader import MetricReader
from checker.embedded.scoring import Background, StrategyModel, background_texts
from checker.learning.fitting import fit
from checker.learning.memory import Learned, memory_for
from checker.settings import Settings
from checker.thresholds import Tuning
from index.embedding import OnnxEmbedder, load_embedder
from index.snapshot import SnapshotFiles
from index.store import ChromaStore, SyncReport, open_http_client, open_persistent_client
from index.workspace import Workspace, load_workspace

Notify = Callable[[str], None]


@dataclass
class Services:
    """The I/O-bound parts, built once and passed in."""

    embedder: OnnxEmbedder
    store: ChromaStore
    cache_dir: Path | None = None  # derived data kept between runs (background embeddings)
    metric_reader: MetricReader | None = None  # None: no_metric by the hand-written rule alone

    @classmethod
    def from_settings(cls, settings: Settings) -> Services:
        embedder = load_embedder(settings.embedding_model, threads=settings.embedding_threads)
        reader = (MetricReader(threads=settings.embedding_threads) if settings.metric_reader
                  else None)
        return cls(embedder=embedder, store=store_for(settings, embedder),
                   cache_dir=settings.data_dir / "cache", metric_reader=reader)


def store_for(settings: Settings, embedder: OnnxEmbedder) -> ChromaStore:
    """The configured store. A local one is opened on first use and keeps snapshot files beside
    it (index/snapshot.py), so a warm check never opens it; a Chroma server is connected to at
    once (a bad URL is said at start) and keeps none: other machines may write to it."""
    if settings.chroma_url:
        return ChromaStore(open_http_client(settings.chroma_url), embedder)
    data_dir = settings.data_dir
    return ChromaStore(None, embedder, SnapshotFiles(data_dir / "snapshots"),
                       open_client=lambda: open_persistent_client(data_dir))


def index_workspace(folder: Path, services: Services) -> tuple[Workspace, SyncReport]:
    """Validate the workspace fully, then bring its collection up to date."""
    workspace = load_workspace(folder)
    return workspace, services.store.sync(workspace)


def ensure_indexed(folder: Path, services: Services, notify: Notify) -> Workspace:
    """Index the workspace first when it is new or changed, saying so."""
    workspace = load_workspace(folder)
    stored = services.store.stored_version(workspace.collection_name, workspace.version)
    if stored != workspace.version:
        what = "not indexed yet" if stored is None else "changed since it was indexed"
        notify(f"workspace {workspace.name} is {what}; indexing it first")
        report = services.store.sync(workspace)
        notify(f"indexed: {report.added} index entries added, {report.removed} removed, "
               f"{report.kept} unchanged (passages, objectives and key results)")
    return workspace


def build_checker(
    workspace: Workspace,
    services: Services,
    tuning: Tuning | None = None,
    batch_size: int = 64,
    learned: Learned | None = None,
) -> EmbeddedChecker:
    """An embedded checker over the workspace's stored index, learning from the OKR file's
    examples and the `learned` corrections (none of either: the checker as without learning)."""
    snapshot = services.store.snapshot(workspace.collection_name, workspace.version)
    texts = background_texts()
    background = Background(texts, background_vectors(texts, services))
    model = StrategyModel(snapshot, tuning or Tuning(), background)
    learned = learned or Learned()
    memory = memory_for(
        workspace.okrs, [kr.kr_id for kr in model.krs], services.embedder,
        learned.corrections, learned.vectors,
    )
    if memory is not None:
        model = fit(model, memory)
    return EmbeddedChecker(model, services.embedder, batch_size=batch_size, memory=memory,
                           metric_reader=services.metric_reader)


def background_vectors(texts: list[str], services: Services) -> np.ndarray:
    """The background set's embeddings (n, dim), kept in the cache dir between runs: embedding
    them again is a quarter of a warm `stratalign check`. Keyed by model and texts, so a new
    model or background file is embedded afresh; an unreadable cache file is replaced."""
    if services.cache_dir is None:
        return services.embedder.embed_queries(texts)
    key = hashlib.sha256("\n".join([services.embedder.model_name, *texts]).encode()).hexdigest()
    path = services.cache_dir / f"background-{key[:16]}.npy"
    try:
        return np.load(path)
    except (OSError, ValueError):
        vectors = services.embedder.embed_queries(texts)
    try:
        services.cache_dir.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    except OSError:
        pass  # a read-only data dir still checks; it embeds the background each time
    return vectors
