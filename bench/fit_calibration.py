"""Fit the embedded engine's confidence curves and the `--engine auto` escalation rule on
labelled workspaces (checker/evaluation/fitting.py), checked honestly: each workspace is
scored with curves and a rule fitted on the others (leave one set out) before the final ones
are fitted on all of them.

    python bench/fit_calibration.py [--data /tmp/sa-fit] [--points FILE] [--write] \\
        EVAL_DIR/harbor-health EVAL_DIR/lumen-devtools EVAL_DIR/kubernetes

`--points FILE` keeps every assessed item (JSON lines, fitting.Point) in FILE, and a later run
with the same FILE, folders and engine code fits from it without assessing again (assessing 130
sets takes about 4 minutes on 2 cores; a file written for other folders or code is replaced).

Prints, per left-out set and pooled, the reliability table and ECE, the bins that miss the goal
(10+ items, accuracy more than 0.1 from confidence) with how often an exactly calibrated engine
would miss none on that set by chance (binomial spread), and the rule's escalation figures; then the
final constants. `--write` puts them into checker/thresholds.py between its two marker lines
(the same inputs always write the same bytes). Re-run it whenever the embedded scoring changes.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from checker.evaluation.calibration import Reliability, chance_of_no_miss, misses
from checker.evaluation.fitting import (
    EscalationFigures,
    Fold,
    Point,
    choose_rule,
    committed_calls,
    escalation_figures,
    fit_curves,
    leave_one_out,
    point_of,
    pooled_reliability,
    reliability_for,
    replace_block,
    thresholds_block,
)
from checker.evaluation.llm_path import reachable
from checker.evaluation.scores import load_eval_inputs
from checker.llm.escalation import Signals
from checker.service import Services, build_checker, ensure_indexed
from checker.settings import Settings
from checker.thresholds import ESCALATE_MAX_SHARE
from index.embedding import load_embedder
from index.store import ChromaStore, open_persistent_client

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = ROOT / "checker" / "thresholds.py"


def points_of(folder: Path, services: Services) -> list[Point]:
    """Every labelled item of one evaluation workspace, assessed by the embedded engine."""
    proposals, labels = load_eval_inputs(folder)
    by_id = {label.id: label for label in labels}
    workspace = ensure_indexed(folder, services, lambda _: None)
    assessments = build_checker(workspace, services).assess_many(proposals)
    return [point_of(folder.name, a, by_id[a.proposal.id]) for a in assessments
            if a.proposal.id in by_id]


def cached_points(
    path: Path | None, folders: list[Path], services: Callable[[], Services]
) -> list[Point]:
    """The points of `folders`, read from `path` when it was written for these folders and this
    code (its first line: the folders' names and `stamp`), else assessed with `services()` (and
    written to `path` when given): a stale file is assessed afresh, never fitted from."""
    stamp = {"workspaces": sorted(f.name for f in folders), "code": _stamp(folders)}
    if path is not None and path.exists():
        head, *rows = path.read_text("utf-8").splitlines()
        if json.loads(head) == stamp:
            return [_point(json.loads(line)) for line in rows]
        print(f"{path} was written for other folders or code: assessing afresh", flush=True)
    made = services()
    points = []
    for n, folder in enumerate(folders, 1):
        points += points_of(folder, made)
        print(f"assessed {folder.name} ({n} of {len(folders)})", flush=True)
    if path is not None:
        path.write_text("".join(json.dumps(row) + "\n" for row in [
            stamp, *(dataclasses.asdict(p) for p in points)]), "utf-8")
    return points


def _stamp(folders: list[Path]) -> str:
    """A hash of what the points depend on: the engine's code (checker/, index/) and every file
    of the folders (strategy, OKRs, backlog, labels)."""
    digest = hashlib.sha256()
    for root in (ROOT / "checker", ROOT / "index", *folders):
        for file in sorted(root.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(str(file.relative_to(root)).encode() + file.read_bytes())
    return digest.hexdigest()[:16]


def _point(row: dict[str, Any]) -> Point:
    signals = row.pop("signals")
    return Point(**row, signals=Signals(**{**signals, "flags": tuple(signals["flags"])}))


def held_out_confidences(points: list[Point], fold: Fold) -> list[float]:
    """The committed confidences of the fold's left-out workspace, from its own curves."""
    held = [p for p in points if p.workspace == fold.workspace]
    return [c for c, _ in committed_calls(held, fold.curves)]


def show(name: str, table: Reliability) -> None:
    ece = "-" if table.ece is None else f"{table.ece:.3f}"
    print(f"{name}: ECE {ece}, {table.committed} committed, {table.abstained} unclear")
    for b in table.bins:
        if b.count:
            print(f"  {b.low:.1f}-{b.high:.1f}  n={b.count:4d}  conf {b.confidence:.3f}  "
                  f"acc {b.accuracy:.3f}")
    print(f"  bins missing the goal: {len(misses(table))}")


def show_escalation(name: str, f: EscalationFigures) -> None:
    print(f"{name}: escalated {f.escalated} of {f.items}; caught {f.caught} of {f.errors} "
          f"wrong answers, {f.verdict_caught} of {f.verdict_errors} verdict errors")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--data", type=Path, default=Path("/tmp/sa-fit-calibration"))
    parser.add_argument("--points", type=Path, help="keep the assessed items here (JSON lines)")
    parser.add_argument("--write", action="store_true", help="write into checker/thresholds.py")
    args = parser.parse_args()

    def services() -> Services:  # (only when the points must be assessed)
        settings = Settings()
        embedder = load_embedder(settings.embedding_model, threads=settings.embedding_threads)
        return Services(embedder, ChromaStore(open_persistent_client(args.data), embedder))

    points = cached_points(args.points, args.sets, services)
    folds = leave_one_out(points, ESCALATE_MAX_SHARE)
    expected = 0.0
    for fold in folds:
        show(f"held out {fold.workspace}", fold.reliability)
        chance = chance_of_no_miss(held_out_confidences(points, fold))
        expected += chance
        print(f"  an exactly calibrated engine would miss no bin here in {chance:.0%} of runs")
        print(f"  rule fitted without it: {fold.rule}")
        show_escalation(f"held out {fold.workspace}", fold.escalation)
    errors = sum(fold.escalation.errors for fold in folds)
    within = sum((reachable(fold.escalation.errors, fold.escalation.items) or 0.0)
                 * fold.escalation.errors for fold in folds)
    print(f"a rule that knew the answers, sending at most {ESCALATE_MAX_SHARE:.0%} of each set, "
          f"could hold {within / errors:.1%} of the {errors} wrong answers")
    passed = sum(not misses(fold.reliability) for fold in folds)
    print(f"sets with no bin off the goal: {passed} of {len(folds)}; an exactly calibrated "
          f"engine with the same confidences: {expected:.1f} expected")
    show("held out, pooled", pooled_reliability(points, folds))
    curves = fit_curves(points)
    rule = choose_rule(points, curves, ESCALATE_MAX_SHARE)
    print(f"fitted on all sets: {curves}\n  {rule}")
    for folder in args.sets:
        mine = [p for p in points if p.workspace == folder.name]
        show(f"in sample {folder.name}", reliability_for(mine, curves))
        show_escalation(f"in sample {folder.name}", escalation_figures(mine, curves, rule))
    source = ", ".join(f"{f.name} ({sum(p.workspace == f.name for p in points)} items)"
                       for f in args.sets)
    block = thresholds_block(curves, rule, source)
    print(block)
    if args.write:
        THRESHOLDS.write_text(replace_block(THRESHOLDS.read_text("utf-8"), block), "utf-8")
        print(f"written into {THRESHOLDS}")


if __name__ == "__main__":
    main()
