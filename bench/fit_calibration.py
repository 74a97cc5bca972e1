"""Fit the embedded engine's confidence curves (checker.thresholds.CALIBRATION) on labelled
workspaces, and check them honestly: each set is scored with curves fitted on the others
(leave one set out) before the final curves are fitted on all of them.

    python bench/fit_calibration.py [--data /tmp/sa-fit] /work/shared/eval/harbor-health ...

Prints the points per kind of call, the held-out reliability table and ECE per set and pooled,
and the curves to paste into thresholds.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from checker.evaluation.calibration import Reliability, fit_platt, reliability
from checker.evaluation.scores import Label, load_eval_inputs
from checker.models import CheckResult
from checker.service import Services, build_checker, ensure_indexed
from checker.settings import Settings
from checker.thresholds import CALIBRATION, Platt
from index.embedding import load_embedder
from index.store import ChromaStore, open_persistent_client

KINDS = ("aligned", "orphan", "conflict")


def kind_of(result: CheckResult) -> str | None:
    """Which curve gave the result its confidence (None for unclear)."""
    if result.verdict == "aligned":
        return "aligned"
    return str(result.reason) if result.verdict == "misaligned" else None


def run_set(folder: Path, services: Services) -> tuple[list[Label], list[CheckResult]]:
    proposals, labels = load_eval_inputs(folder)
    workspace = ensure_indexed(folder, services, lambda _: None)
    return labels, list(build_checker(workspace, services).check_many(proposals))


def fit(runs: dict[str, tuple[list[Label], list[CheckResult]]]) -> dict[str, Platt]:
    """One curve per kind over the pooled runs; a kind with no points keeps its curve."""
    curves = dict(CALIBRATION)
    for kind in KINDS:
        points = [
            (float(r.details["margin"]), r.verdict == by_id[r.id].verdict)
            for labels, results in runs.values()
            for by_id in [{label.id: label for label in labels}]
            for r in results
            if r.id in by_id and kind_of(r) == kind
        ]
        if points:
            curves[kind] = fit_platt([m for m, _ in points], [ok for _, ok in points])
            print(f"  {kind}: {len(points)} points, {sum(ok for _, ok in points)} right")
    return curves


def recalibrated(results: list[CheckResult], curves: dict[str, Platt]) -> list[CheckResult]:
    """The results with confidence read from other curves (the margin is in details)."""
    from checker.embedded.confidence import probability

    out = []
    for r in results:
        kind = kind_of(r)
        if kind is None:
            out.append(r)
        else:
            confidence = probability(curves[kind], float(r.details["margin"]))
            out.append(r.model_copy(update={"confidence": confidence}))
    return out


def show(name: str, table: Reliability) -> None:
    print(f"{name}: ECE {table.ece:.3f}, {table.committed} committed, {table.abstained} unclear")
    for b in table.bins:
        if b.count:
            print(f"  {b.low:.1f}-{b.high:.1f}  n={b.count:4d}  conf {b.confidence:.3f}  "
                  f"acc {b.accuracy:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--data", type=Path, default=Path("/tmp/sa-fit-calibration"))
    args = parser.parse_args()
    settings = Settings()
    embedder = load_embedder(settings.embedding_model, threads=settings.embedding_threads)
    services = Services(embedder, ChromaStore(open_persistent_client(args.data), embedder))
    runs = {folder.name: run_set(folder, services) for folder in args.sets}
    held_out: list[tuple[list[Label], list[CheckResult]]] = []
    for name in runs:
        print(f"fit without {name}:")
        curves = fit({k: v for k, v in runs.items() if k != name})
        labels, results = runs[name]
        held = recalibrated(results, curves)
        held_out.append((labels, held))
        show(f"held out {name}", reliability(labels, held))
    pooled_labels = [label for labels, _ in held_out for label in labels]
    show("held out, pooled", reliability(pooled_labels, [r for _, rs in held_out for r in rs]))
    print("fit on all sets:")
    final = fit(runs)
    print(json.dumps({k: [v.intercept, v.slope] for k, v in final.items()}))


if __name__ == "__main__":
    main()
