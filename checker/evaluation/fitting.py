"""Fit the embedded engine's confidence curves and the `--engine auto` escalation rule on
labelled workspaces, and measure both honestly: leave one workspace out.

A fold fits the curves on all workspaces but one, reads every item's confidence from them,
picks the escalation rule on the same workspaces, then scores the left-out workspace with
both. Nothing of the left-out workspace's labels reaches its own fold (a test flips them and
checks that its held-out confidences do not move). The final curves and rule are fitted on all
workspaces and written into checker/thresholds.py between two marker lines.

Each workspace weighs alike in a fit, however many items it has: otherwise the largest set
(kubernetes, 645 items, all labelled aligned) decides the curves for everyone.
"""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from checker.embedded.confidence import curve_input, probability
from checker.embedded.engine import Assessment
from checker.evaluation.calibration import Reliability, fit_platt, reliability_of
from checker.evaluation.llm_path import answer_wrong, caught, share, verdict_wrong
from checker.evaluation.rule_grid import sent_matrix
from checker.evaluation.scores import Label
from checker.llm.escalation import Signals, reasons_for, signals_of
from checker.thresholds import ABSTAIN_CONFIDENCE, EscalationRule, Platt
from checker.vocabulary import Verdict

KINDS = ("aligned", "orphan", "conflict")
BEGIN = "# --- begin: fitted by bench/fit_calibration.py --write (do not edit by hand) ---"
END = "# --- end: fitted ---"
_MARGIN_UNITS = {
    "aligned": "margin in unclear bands above the line",
    "orphan": "margin in unclear bands below the line",
    "conflict": "margin in CONFLICT_MARGIN_UNITs",
}
# The candidate rules: every combination of these lines (4,480 rules). (Finer steps between 0.7
# and 0.75: the aligned curve starts near 0.70, so a refit that moved its intercept by 0.015 left
# most low-margin aligned calls just above 0.7 and the rule caught a third fewer wrong answers.)
GRID = {
    "min_confidence": (0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.71, 0.72, 0.73, 0.74, 0.75,
                       0.8, 0.85, 0.9),
    "kr_margin": (0.0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12),
    "orphan_band": (0.0, 0.5, 1.0, 1.5, 2.0),
    "conflict_gap": (None, 0.0, 0.02, 0.05),
    "conflict_verdict": (False, True),
}


@dataclass(frozen=True)
class Point:
    """One labelled item as the fit sees it.

    `kind` is the call that gave the confidence (None for unclear), `margin` its margin in the
    units of checker/embedded/confidence.py; `verdict_right` compares the verdict with the
    label's (None for unclear); `answer_right` is False for anything score.py counts against the
    engine (checker/evaluation/llm_path.py, `answer_wrong`), `verdict_error` for a wrong verdict
    or reason (`verdict_wrong` there)."""

    workspace: str
    kind: str | None
    margin: float | None
    verdict_right: bool | None
    answer_right: bool
    verdict_error: bool
    signals: Signals
    # the confidence of a call made by a rule rather than read from a margin (an upkeep title)
    fixed: float | None = None
    # the most the call claims whatever its margin (an aligned call on thin text)
    ceiling: float | None = None
    item: str = ""  # the labelled item's id (to read a fit's points against their labels)


@dataclass(frozen=True)
class EscalationFigures:
    """A rule's effect on one workspace: shares 0..1 (None when there is nothing to share)."""

    items: int
    escalated: float | None
    errors: int
    caught: float | None  # share of the wrong answers escalated
    verdict_errors: int
    verdict_caught: float | None  # share of the verdict errors escalated


@dataclass(frozen=True)
class Fold:
    """One left-out workspace scored with curves and a rule fitted without it."""

    workspace: str
    curves: dict[str, Platt]
    rule: EscalationRule
    reliability: Reliability
    escalation: EscalationFigures


def point_of(workspace: str, assessment: Assessment, label: Label) -> Point:
    """The fit's view of one assessed, labelled item."""
    result = assessment.result
    kind = None if result.verdict == Verdict.UNCLEAR else (
        "aligned" if result.verdict == Verdict.ALIGNED else str(result.reason))
    margin = result.details.get("margin")
    ceiling = result.details.get("confidence_ceiling")
    return Point(
        workspace=workspace,
        kind=kind,
        margin=float(margin) if isinstance(margin, int | float) else None,
        verdict_right=None if kind is None else result.verdict == label.verdict,
        answer_right=not answer_wrong(result, label),
        verdict_error=verdict_wrong(result, label),
        signals=signals_of(assessment),
        fixed=result.confidence if kind is not None and not isinstance(margin, int | float)
        else None,
        ceiling=float(ceiling) if isinstance(ceiling, int | float) else None,
        item=label.id,
    )


def fit_curves(points: Sequence[Point], prior: float = 1.0) -> dict[str, Platt]:
    """One curve per kind of call over the points, each workspace weighing alike. Raises
    ValueError when a kind has no committed point."""
    curves: dict[str, Platt] = {}
    for kind in KINDS:
        mine = [p for p in points if p.kind == kind and p.margin is not None]
        per_workspace = {p.workspace: 0 for p in mine}
        for p in mine:
            per_workspace[p.workspace] += 1
        weights = [len(mine) / (len(per_workspace) * per_workspace[p.workspace]) for p in mine]
        curves[kind] = fit_platt(
            [curve_input(kind, p.margin) for p in mine if p.margin is not None],
            [bool(p.verdict_right) for p in mine], weights, prior,
        )
    return curves


def confidence(point: Point, curves: dict[str, Platt]) -> float:
    """The point's confidence read from `curves` (0 for an unclear verdict)."""
    if point.kind is None:
        return ABSTAIN_CONFIDENCE
    if point.margin is None:
        return point.fixed if point.fixed is not None else ABSTAIN_CONFIDENCE
    read = probability(curves[point.kind], curve_input(point.kind, point.margin))
    return read if point.ceiling is None else min(read, point.ceiling)


def committed_calls(points: Sequence[Point], curves: dict[str, Platt]) -> list[tuple[float, bool]]:
    """(confidence read from `curves`, verdict right) of the points not `unclear`."""
    return [(confidence(p, curves), bool(p.verdict_right)) for p in points
            if p.verdict_right is not None]


def reliability_for(points: Sequence[Point], curves: dict[str, Platt]) -> Reliability:
    """The reliability table of the points with their confidence read from `curves`."""
    return reliability_of(committed_calls(points, curves),
                          abstained=sum(p.verdict_right is None for p in points))


def candidate_rules() -> list[EscalationRule]:
    """Every rule of the grid, in a fixed order (ties go to the earliest)."""
    names = list(GRID)
    return [EscalationRule(**dict(zip(names, values, strict=True)))  # type: ignore[arg-type]
            for values in itertools.product(*GRID.values())]


def escalation_figures(
    points: Sequence[Point], curves: dict[str, Platt], rule: EscalationRule
) -> EscalationFigures:
    """Which share of the points the rule escalates, and of their wrong answers."""
    return _figures(points, _signals(points, curves), rule)


def choose_rule(
    points: Sequence[Point], curves: dict[str, Platt], max_share: float
) -> EscalationRule:
    """The grid's rule that escalates at most `max_share` of every workspace's items and holds
    the largest mean share (over workspaces) of their wrong answers; ties go to fewer items
    escalated. When no rule keeps under the share, the one escalating least. Shares are read
    to 3 decimals, as EscalationFigures gives them; all rules are asked at once (rule_grid.py)."""
    groups = list(_by_workspace(points).values())
    ordered = [p for group in groups for p in group]
    sizes = np.array([len(group) for group in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    rules = candidate_rules()
    sent = sent_matrix(_signals(ordered, curves), rules).astype(np.int32)
    wrong = np.array([not p.answer_right for p in ordered], dtype=np.int32)
    escalated = np.round(np.add.reduceat(sent, starts, axis=1) / sizes, 3)
    errors = np.add.reduceat(wrong, starts)
    hits = np.add.reduceat(sent * wrong, starts, axis=1)
    # (a workspace with no wrong answer counts as none caught, as `caught` None did)
    caught = np.where(errors > 0, np.round(hits / np.maximum(errors, 1), 3), 0.0)
    most = escalated.max(axis=1)
    over = most > max_share
    # the first of: not over, least over, most caught, fewest sent, earliest in the grid
    order = np.lexsort((np.arange(len(rules)), escalated.sum(axis=1), -caught.mean(axis=1),
                        np.where(over, most, 0.0), over))
    return rules[int(order[0])]


def leave_one_out(points: Sequence[Point], max_share: float, prior: float = 1.0) -> list[Fold]:
    """Each workspace scored with curves and a rule fitted on the others."""
    folds = []
    for name, held in _by_workspace(points).items():
        rest = [p for p in points if p.workspace != name]
        curves = fit_curves(rest, prior)
        rule = choose_rule(rest, curves, max_share)
        folds.append(Fold(name, curves, rule, reliability_for(held, curves),
                          escalation_figures(held, curves, rule)))
    return folds


def pooled_reliability(points: Sequence[Point], folds: Sequence[Fold]) -> Reliability:
    """One table over every workspace, each item's confidence from its own fold."""
    curves = {fold.workspace: fold.curves for fold in folds}
    committed = [(confidence(p, curves[p.workspace]), bool(p.verdict_right)) for p in points
                 if p.verdict_right is not None]
    return reliability_of(committed, abstained=sum(p.verdict_right is None for p in points))


def thresholds_block(curves: dict[str, Platt], rule: EscalationRule, source: str) -> str:
    """The fitted constants as the lines of checker/thresholds.py between BEGIN and END."""
    said = textwrap.wrap(f"Fitted on {source}.", width=98)  # (each line under ruff's 100)
    lines = [BEGIN, *(f"# {line}" for line in said), "CALIBRATION: dict[str, Platt] = {"]
    lines += [f'    "{kind}": Platt(intercept={curves[kind].intercept}, '
              f"slope={curves[kind].slope}),  # {_MARGIN_UNITS[kind]}" for kind in KINDS]
    lines += ["}", "ESCALATION = EscalationRule(",
              f"    min_confidence={rule.min_confidence}, kr_margin={rule.kr_margin}, "
              f"orphan_band={rule.orphan_band},",
              f"    conflict_gap={rule.conflict_gap}, conflict_verdict={rule.conflict_verdict},",
              ")", END]
    return "\n".join(lines)


def replace_block(text: str, block: str) -> str:
    """`text` (checker/thresholds.py) with the lines from BEGIN to END replaced by `block`.
    Raises ValueError when the markers are missing."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"thresholds file lacks the markers {BEGIN!r} ... {END!r}")
    return text[:start] + block + text[end + len(END):]


def _signals(points: Sequence[Point], curves: dict[str, Platt]) -> list[Signals]:
    return [p.signals.with_confidence(confidence(p, curves)) for p in points]


def _figures(
    points: Sequence[Point], signals: Sequence[Signals], rule: EscalationRule
) -> EscalationFigures:
    sent = [bool(reasons_for(s, rule)) for s in signals]
    wrong = [not p.answer_right for p in points]
    verdict_wrong = [p.verdict_error for p in points]
    return EscalationFigures(
        items=len(points),
        escalated=share(sum(sent), len(points)),
        errors=sum(wrong),
        caught=caught(sent, wrong),
        verdict_errors=sum(verdict_wrong),
        verdict_caught=caught(sent, verdict_wrong),
    )


def _by_workspace(points: Sequence[Point]) -> dict[str, list[Point]]:
    groups: dict[str, list[Point]] = {}
    for p in points:
        groups.setdefault(p.workspace, []).append(p)
    return groups



