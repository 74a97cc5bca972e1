"""How the metric rule read each organisation the first time it saw it.

    cd bench && python metric_first_runs.py

`data/metric_first_runs.jsonl` keeps the rule's `names_metric` answer for every labelled item of
an organisation in `eval/`, from the run made before anything of that organisation was read
(the commit of each run is kept with it). Prints, per organisation, the agreement with the
writers' `states_metric` labels (0-1) and the commit, then the mean over organisations, the
pooled agreement over items, and how many organisations reached the issue's goal (0.95).
Rows with `with_reader` (from 2026-12-04) also keep the engine's answer with the metric reader
weighed in (checker/embedded/metric_reader.py) from the same first run; those organisations are
summed again, rule alone and weighed, at the end.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOAL = 0.95


def main() -> None:
    runs: dict[str, list[dict[str, object]]] = defaultdict(list)
    for line in (HERE / "data" / "metric_first_runs.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        runs[str(row["organisation"])].append(row)
    agreements: list[float] = []
    right = total = 0
    for name, rows in runs.items():
        labels = _labels(name)
        hits = sum(labels[str(row["id"])] == row["names_metric"] for row in rows)
        agreements.append(hits / len(rows))
        right, total = right + hits, total + len(rows)
        print(f"{name:28s} {hits / len(rows):.3f}  ({len(rows)} items, {rows[0]['commit']})")
    _summary("", agreements, right, total)
    _with_reader(runs)


def _labels(name: str) -> dict[str, object]:
    rows = (HERE / "eval" / name / "labels.jsonl").read_text("utf-8").splitlines()
    return {r["id"]: r.get("states_metric") for r in map(json.loads, filter(str.strip, rows))}


def _with_reader(runs: dict[str, list[dict[str, object]]]) -> None:
    for key, heading in (("names_metric", "rule alone"), ("with_reader", "with the reader")):
        agreements: list[float] = []
        right = total = 0
        for name, rows in runs.items():
            if not all("with_reader" in row for row in rows):
                continue
            labels = _labels(name)
            hits = sum(labels[str(row["id"])] == row[key] for row in rows)
            agreements.append(hits / len(rows))
            right, total = right + hits, total + len(rows)
        if agreements:
            _summary(f"first runs with the reader's answer kept, {heading}: ", agreements, right,
                     total)


def _summary(lead: str, agreements: list[float], right: int, total: int) -> None:
    print(f"{lead}{len(agreements)} organisations: mean {sum(agreements) / len(agreements):.3f}, "
          f"pooled {right / total:.3f} over {total} items, "
          f"{sum(a >= GOAL for a in agreements)} at {GOAL} or more")


if __name__ == "__main__":
    main()
