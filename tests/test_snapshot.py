"""The snapshot file beside Chroma (index/snapshot.py): a warm check reads it instead of opening
Chroma, and its results are the ones Chroma gives, field for field (real Chroma, real model)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from checker.backlog.reading import read_backlog
from checker.models import Proposal
from checker.service import Services, build_checker, ensure_indexed, index_workspace, store_for
from checker.settings import Settings
from index.embedding import OnnxEmbedder
from index.snapshot import SnapshotFiles
from index.store import ChromaStore, open_persistent_client
from index.workspace import load_workspace
from tests.helpers import EXAMPLE

EXTRA = [
    "Self-serve trade account sign-up",
    "Moves O4.KR9. Aisle-sorted pick lists so store staff get orders ready within the hour",
    "Rename the internal wiki's sidebar sections",
    "Build a marketplace for third-party sellers",
]


def _never_opened() -> ChromaStore:
    # pytest.fail raises a BaseException: no `except Exception` in the store can swallow it.
    pytest.fail("Chroma was opened although the snapshot file was current")


def _file_only(data: Path, embedder: OnnxEmbedder) -> Services:
    """A store that fails the test if it opens Chroma: only the snapshot file may answer."""
    store = ChromaStore(None, embedder, SnapshotFiles(data / "snapshots"),
                        open_client=_never_opened)  # type: ignore[arg-type]
    return Services(embedder, store)


def _chroma_only(data: Path, embedder: OnnxEmbedder) -> Services:
    """The store as it was before snapshot files: every read from Chroma."""
    return Services(embedder, ChromaStore(open_persistent_client(data), embedder))


def _results(folder: Path, services: Services) -> list[dict[str, object]]:
    """Every result on the example's backlog plus a few texts, as the contract dumps them."""
    said: list[str] = []
    workspace = ensure_indexed(folder, services, said.append)
    assert said == []  # already indexed: neither path may re-index
    checker = build_checker(workspace, services)
    items = read_backlog(EXAMPLE / "backlog.jsonl").items
    results = list(checker.check_many(items))
    results += [checker.check(Proposal(id=f"extra-{i}", title=text, body=""))
                for i, text in enumerate(EXTRA)]
    return [r.model_dump(mode="json") for r in results]


@pytest.fixture
def indexed(tmp_path: Path, embedder: OnnxEmbedder) -> Path:
    """The example indexed through the configured store (so its snapshot file is written)."""
    data = tmp_path / "data"
    index_workspace(EXAMPLE, Services(embedder, store_for(Settings(data_dir=data), embedder)))
    return data


def test_a_check_from_the_snapshot_file_equals_one_from_chroma_field_for_field(
    indexed: Path, embedder: OnnxEmbedder
) -> None:
    from_file = _results(EXAMPLE, _file_only(indexed, embedder))
    from_chroma = _results(EXAMPLE, _chroma_only(indexed, embedder))
    assert len(from_file) > 10
    assert from_file == from_chroma


def test_the_snapshot_file_holds_what_chroma_holds(indexed: Path, embedder: OnnxEmbedder) -> None:
    workspace = load_workspace(EXAMPLE)
    name, version = workspace.collection_name, workspace.version
    held = SnapshotFiles(indexed / "snapshots").read(name, version, embedder.model_name)
    stored = _chroma_only(indexed, embedder).store.snapshot(name)
    assert held is not None
    assert (held.ids, held.texts, held.metadata) == (stored.ids, stored.texts, stored.metadata)
    assert held.vectors.dtype == stored.vectors.dtype == np.float32
    assert np.array_equal(held.vectors, stored.vectors)
    assert (held.version, held.model) == (stored.version, stored.model)


def test_a_file_of_another_version_or_model_is_not_read(
    indexed: Path, embedder: OnnxEmbedder
) -> None:
    workspace = load_workspace(EXAMPLE)
    files = SnapshotFiles(indexed / "snapshots")
    name = workspace.collection_name
    assert files.holds(name, workspace.version, embedder.model_name)
    assert not files.holds(name, "0123456789abcdef", embedder.model_name)
    assert files.read(name, workspace.version, "another-model") is None


def test_a_changed_workspace_falls_back_to_chroma_and_rewrites_the_file(
    example_copy: Path, tmp_path: Path, embedder: OnnxEmbedder
) -> None:
    data = tmp_path / "data"
    configured = Services(embedder, store_for(Settings(data_dir=data), embedder))
    old = index_workspace(example_copy, configured)[0].version
    okrs = example_copy / "okrs.yaml"
    okrs.write_text(okrs.read_text(encoding="utf-8").replace("to 5,000", "to 6,000"), "utf-8")
    said: list[str] = []
    workspace = ensure_indexed(example_copy, configured, said.append)
    assert workspace.version != old
    assert said and "changed since it was indexed" in said[0]
    files = SnapshotFiles(data / "snapshots")
    assert files.holds(workspace.collection_name, workspace.version, embedder.model_name)
    assert not files.holds(workspace.collection_name, old, embedder.model_name)
    assert _results(example_copy, _file_only(data, embedder)) == _results(
        example_copy, _chroma_only(data, embedder))


@pytest.mark.parametrize("damage", [
    lambda path: path.write_bytes(b"not a zip file"),
    lambda path: path.write_bytes(path.read_bytes()[:200]),
    lambda path: path.write_bytes(b""),
])
def test_a_damaged_file_falls_back_to_chroma_and_is_rewritten(
    indexed: Path, embedder: OnnxEmbedder, damage: Callable[[Path], object]
) -> None:
    workspace = load_workspace(EXAMPLE)
    files = SnapshotFiles(indexed / "snapshots")
    damage(files.path(workspace.collection_name))
    assert files.read(workspace.collection_name, workspace.version, embedder.model_name) is None
    configured = Services(embedder, store_for(Settings(data_dir=indexed), embedder))
    from_chroma = _results(EXAMPLE, configured)
    assert files.holds(workspace.collection_name, workspace.version, embedder.model_name)
    assert _results(EXAMPLE, _file_only(indexed, embedder)) == from_chroma


def test_dropping_a_collection_removes_its_file(indexed: Path, embedder: OnnxEmbedder) -> None:
    workspace = load_workspace(EXAMPLE)
    store = store_for(Settings(data_dir=indexed), embedder)
    assert store.snapshots is not None
    assert store.snapshots.path(workspace.collection_name).is_file()
    store.drop(workspace.collection_name)
    assert not store.snapshots.path(workspace.collection_name).exists()
    assert store.stored_version(workspace.collection_name, workspace.version) is None


def test_an_unwritable_folder_is_no_error(tmp_path: Path, embedder: OnnxEmbedder) -> None:
    blocker = tmp_path / "snapshots"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    data = tmp_path / "data"
    store = ChromaStore(open_persistent_client(data), embedder, SnapshotFiles(blocker))
    workspace, report = index_workspace(EXAMPLE, Services(embedder, store))
    assert report.added == len(workspace.entries)
    assert len(store.snapshot(workspace.collection_name, workspace.version).ids) == report.added
