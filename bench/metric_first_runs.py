"""How the metric rule read each organisation the first time it saw it.

    cd bench && python metric_first_runs.py

`data/metric_first_runs.jsonl` keeps the rule's `names_metric` answer for every labelled item of
an organisation in `eval/`, from the run made before anything of that organisation was read
(the commit of each run is kept with it). Prints, per organisation, the agreement with the
writers' `states_metric` labels (0-1) and the commit, then the mean over organisations, the
pooled agreement over items, and how many organisations reached the issue's goal (0.95).
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
        labels = {}
        for line in (HERE / "eval" / name / "labels.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                label = json.loads(line)
                labels[label["id"]] = label.get("states_metric")
        hits = sum(labels[row["id"]] == row["names_metric"] for row in rows)
        agreements.append(hits / len(rows))
        right, total = right + hits, total + len(rows)
        print(f"{name:28s} {hits / len(rows):.3f}  ({len(rows)} items, {rows[0]['commit']})")
    print(f"{len(agreements)} organisations: mean {sum(agreements) / len(agreements):.3f}, "
          f"pooled {right / total:.3f} over {total} items, "
          f"{sum(a >= GOAL for a in agreements)} at {GOAL} or more")


if __name__ == "__main__":
    main()
