"""Turn a workspace's OKRs and passages into index entries with content-hash ids."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from index.models import IndexEntry, KeyResult, Objective, OKRSet, Passage


def content_id(kind: str, text: str, metadata: Mapping[str, object]) -> str:
    """A stable id from everything stored: unchanged content keeps its id and its vector."""
    payload = json.dumps([kind, text, metadata], sort_keys=True, ensure_ascii=False)
    return f"{kind[:2]}-{hashlib.sha256(payload.encode()).hexdigest()[:32]}"


def metric_words(metric: str | None) -> str:
    """A metric slug read as words: no_show_rate -> no show rate."""
    return (metric or "").replace("_", " ").replace("-", " ").strip()


def key_result_text(objective: Objective, kr: KeyResult) -> str:
    """What is embedded for a key result: the KR in its objective's context."""
    parts = [f"Objective: {objective.title}."]
    if objective.description:
        parts.append(objective.description.strip())
    parts.append(f"Key result: {kr.title}.")
    if kr.description:
        parts.append(kr.description.strip())
    if kr.metric:
        unit = f" ({kr.unit})" if kr.unit else ""
        parts.append(f"Metric: {metric_words(kr.metric)}{unit}.")
    return "\n".join(parts)


def key_result_title_text(kr: KeyResult) -> str:
    """The key result alone, without its objective: separates sibling KRs better."""
    metric = f" Metric: {metric_words(kr.metric)}." if kr.metric else ""
    return f"{kr.title}.{metric}"


def key_result_entries(objective: Objective, kr: KeyResult) -> list[IndexEntry]:
    """Two views of a key result: in its objective's context, and on its own."""
    return [
        _key_result_entry(objective, kr, "key_result", key_result_text(objective, kr)),
        _key_result_entry(objective, kr, "key_result_title", key_result_title_text(kr)),
    ]


def _key_result_entry(objective: Objective, kr: KeyResult, entry: str, text: str) -> IndexEntry:
    metadata: dict[str, str | int | float | bool] = {
        "entry": entry,
        "kr_id": kr.id,
        "objective_id": objective.id,
        "kr_title": kr.title,
        "objective_title": objective.title,
        "metric": kr.metric or "",
    }
    return IndexEntry(
        id=content_id(entry, text, metadata), kind="key_result", text=text, metadata=metadata
    )


def passage_entry(passage: Passage) -> IndexEntry:
    metadata: dict[str, str | int | float | bool] = {
        "entry": "passage",
        "source": passage.source,
        "section": passage.section,
        "passage_kind": passage.kind,
        "line": passage.line,
    }
    if passage.about_refused:  # (only when set: every other passage keeps its id)
        metadata["about_refused"] = True
    # The line is left out of the id: an edit above a passage must not re-embed it.
    identity = {k: v for k, v in metadata.items() if k != "line"}
    return IndexEntry(
        id=content_id("passage", passage.text, identity),
        kind="passage",
        text=passage.text,
        metadata=metadata,
    )


def build_entries(okrs: OKRSet, passages: list[Passage]) -> list[IndexEntry]:
    """All entries of a workspace, de-duplicated by id (identical passages collapse)."""
    entries = [
        e.model_copy(update={"metadata": {**e.metadata, "position": position}})
        for position, (o, kr) in enumerate(okrs.key_results())
        for e in key_result_entries(o, kr)
    ]
    entries += [passage_entry(p) for p in passages]
    return list({e.id: e for e in entries}.values())


def strategy_version(entries: list[IndexEntry]) -> str:
    """Hash of every input that shapes a verdict; returned with every result."""
    digest = hashlib.sha256("\n".join(sorted(e.id for e in entries)).encode()).hexdigest()
    return digest[:16]
