"""Is the metric key a ceiling? A second reader's `states_metric` against the writers' labels, and
the rule's first runs against both, on the same items.

    cd bench && python metric_second_reader.py

`data/metric_second_reader.jsonl` holds a second reader's answers for organisations of `eval/`
(a helper that saw only each organisation's `okrs.yaml` and its items, with the guidance the
writers had; twentieth session, 2026-12-02); `data/metric_first_runs.jsonl` the rule's answers the
first time it saw each organisation. Items either reader left null (an instruction to a reviewer
the only mention of a key result) are not counted. Prints, per organisation and over all, the
share of items on which two readings agree (0..1).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main() -> None:
    second = {(r["organisation"], r["id"]): r["states_metric"]
              for r in _rows(HERE / "data" / "metric_second_reader.jsonl")}
    first = {(r["organisation"], r["id"]): r["names_metric"]
             for r in _rows(HERE / "data" / "metric_first_runs.jsonl")}
    pairs: dict[str, list[tuple[bool, bool, bool]]] = defaultdict(list)
    for organisation in sorted({str(o) for o, _ in second}):
        for label in _rows(HERE / "eval" / str(organisation) / "labels.jsonl"):
            key = (organisation, label["id"])
            writer, reader = label["states_metric"], second.get(key)
            if writer is None or reader is None or key not in first:
                continue
            pairs[str(organisation)].append((bool(writer), bool(reader), bool(first[key])))
    every = [p for rows in pairs.values() for p in rows]
    for name, rows in [*sorted(pairs.items()), ("all", every)]:
        print(f"{name:24s} items {len(rows):4d}  second reader = key {_share(rows, 0, 1):.3f}  "
              f"first run = key {_share(rows, 2, 0):.3f}  first run = second reader "
              f"{_share(rows, 2, 1):.3f}")


def _share(rows: list[tuple[bool, bool, bool]], a: int, b: int) -> float:
    return sum(r[a] == r[b] for r in rows) / len(rows) if rows else 0.0


if __name__ == "__main__":
    main()
