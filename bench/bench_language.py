"""Benchmark language detection: the one-off model load, time per item and resident memory,
over every backlog item of the shared evaluation sets (or any JSONL backlogs given).

    python bench/bench_language.py [backlog.jsonl ...]
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from checker.screening.language import read_language

DEFAULT = sorted(Path("/work/shared/eval").glob("*/backlog.jsonl"))


def texts(paths: list[Path]) -> list[str]:
    """Title and body of every item in the backlogs."""
    rows = [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines() if line]
    return [f"{r.get('title', '')}\n{r.get('body') or ''}" for r in rows]


def main(argv: list[str]) -> None:
    items = texts([Path(a) for a in argv] or DEFAULT)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    read_language("Cambiar al proveedor secundario cuando el principal responde 429")
    load = time.perf_counter() - start
    start = time.perf_counter()
    unreadable = sum(not read_language(t).readable for t in items)
    per_item = (time.perf_counter() - start) / max(len(items), 1)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"items {len(items)}, not readable {unreadable}")
    print(f"first call (loads the models) {load:.2f} s, then {per_item * 1000:.2f} ms per item")
    print(f"peak RSS grew {rss_after - rss_before:.0f} MB (to {rss_after:.0f} MB)")


if __name__ == "__main__":
    main(sys.argv[1:])
