"""Syncing a workspace into real Chroma: idempotent, incremental, no stale entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.service import Services, index_workspace
from index.errors import InputError
from index.workspace import load_workspace


def _stored_count(services: Services, root: Path) -> int:
    return len(services.store.snapshot(load_workspace(root).collection_name).ids)


def test_second_sync_adds_nothing_and_embeds_nothing(
    example_copy: Path, services: Services
) -> None:
    workspace, first = index_workspace(example_copy, services)
    assert first.added == len(workspace.entries) > 10
    assert (first.removed, first.kept) == (0, 0)
    calls = services.embedder.calls
    _, second = index_workspace(example_copy, services)
    assert (second.added, second.removed, second.kept) == (0, 0, len(workspace.entries))
    assert services.embedder.calls == calls
    assert second.version == first.version


def test_editing_one_passage_re_embeds_only_that_passage(
    example_copy: Path, services: Services
) -> None:
    index_workspace(example_copy, services)
    doc = example_copy / "strategy" / "principles.md"
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.replace("Boring, proven technology.", "Proven technology."), "utf-8")
    calls = services.embedder.calls
    workspace, report = index_workspace(example_copy, services)
    assert (report.added, report.removed) == (1, 1)
    assert report.kept == len(workspace.entries) - 1
    assert services.embedder.calls == calls + 1
    snapshot = services.store.snapshot(workspace.collection_name)
    assert any(t.startswith("Proven technology.") for t in snapshot.texts)
    assert not any("Boring" in t for t in snapshot.texts)


def test_inserting_a_paragraph_re_embeds_only_the_new_one(
    example_copy: Path, services: Services
) -> None:
    index_workspace(example_copy, services)
    doc = example_copy / "strategy" / "strategy.md"
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.replace("## Vision\n", "## Vision\n\nA brand new paragraph about "
                                "counters that open at six in the morning.\n", 1), "utf-8")
    _, report = index_workspace(example_copy, services)
    assert (report.added, report.removed) == (1, 0)


def test_removing_a_document_leaves_no_stale_passages(
    example_copy: Path, services: Services
) -> None:
    _, first = index_workspace(example_copy, services)
    before = load_workspace(example_copy)
    principles = [p for p in before.passages if p.source == "principles.md"]
    assert principles
    (example_copy / "strategy" / "principles.md").unlink()
    workspace, report = index_workspace(example_copy, services)
    assert report.added == 0
    assert report.removed == len(principles)
    snapshot = services.store.snapshot(workspace.collection_name)
    assert len(snapshot.ids) == len(workspace.entries) == first.added - len(principles)
    assert not any(m.get("source") == "principles.md" for m in snapshot.metadata)


def test_removing_a_key_result_leaves_no_stale_entry(
    example_copy: Path, services: Services
) -> None:
    index_workspace(example_copy, services)
    okrs = example_copy / "okrs.yaml"
    text = okrs.read_text(encoding="utf-8")
    start = text.index("      - id: O3.KR2")
    okrs.write_text(text[:start], encoding="utf-8")
    workspace, report = index_workspace(example_copy, services)
    # Both views of the key result go: in its objective's context and on its own.
    assert (report.added, report.removed) == (0, 2)
    snapshot = services.store.snapshot(workspace.collection_name)
    kr_ids = [m["kr_id"] for m in snapshot.metadata if m.get("entry") == "key_result"]
    assert sorted(kr_ids) == ["O1.KR1", "O1.KR2", "O2.KR1", "O2.KR2", "O3.KR1"]
    assert _stored_count(services, example_copy) == len(workspace.entries)


def test_strategy_version_changes_with_input_and_only_then(example_copy: Path) -> None:
    first = load_workspace(example_copy).version
    assert load_workspace(example_copy).version == first
    doc = example_copy / "strategy" / "strategy.md"
    # Trailing blank lines change no passage, so no verdict can change.
    doc.write_text(doc.read_text(encoding="utf-8") + "\n\n\n", encoding="utf-8")
    assert load_workspace(example_copy).version == first
    okrs = example_copy / "okrs.yaml"
    okrs.write_text(okrs.read_text(encoding="utf-8").replace("to 5,000", "to 6,000"), "utf-8")
    second = load_workspace(example_copy).version
    assert second != first
    okrs.write_text(okrs.read_text(encoding="utf-8").replace("to 6,000", "to 5,000"), "utf-8")
    assert load_workspace(example_copy).version == first


def test_bad_okrs_after_a_good_index_leaves_the_index_intact(
    example_copy: Path, services: Services
) -> None:
    workspace, report = index_workspace(example_copy, services)
    okrs = example_copy / "okrs.yaml"
    # A missing id is generated (and said); a missing title is an error.
    okrs.write_text(okrs.read_text(encoding="utf-8").replace("    title: Become the first",
                                                             "    titel: Become the first"),
                    encoding="utf-8")
    with pytest.raises(InputError) as info:
        index_workspace(example_copy, services)
    assert info.value.file == str(okrs)
    assert info.value.field == "objectives[1].title"
    snapshot = services.store.snapshot(workspace.collection_name)
    assert snapshot.version == workspace.version
    assert len(snapshot.ids) == report.added
    assert services.store.stored_version(workspace.collection_name) == workspace.version


def test_snapshot_of_an_unindexed_workspace_says_to_index(
    example_copy: Path, services: Services
) -> None:
    from index.errors import IndexStateError

    with pytest.raises(IndexStateError, match="stratalign index"):
        services.store.snapshot(load_workspace(example_copy).collection_name)
