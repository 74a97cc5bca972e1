"""Confidence of an embedded verdict: the chance it is right, from the margin that decided it.

Each kind of call (aligned, orphan, conflict) maps its margin to a probability through its own
logistic curve, p = 1 / (1 + exp(-(intercept + slope * margin))), fitted on labelled workspaces
(Platt scaling, each workspace weighing alike, checked leave one workspace out:
checker/evaluation/fitting.py, run by `bench/fit_calibration.py --write`, which writes the
numbers into `checker.thresholds`).
Margins are in the engine's units: orphan line distance in unclear bands for aligned and
orphan, non-goal margin in `CONFLICT_MARGIN_UNIT` for conflict; always >= 0 for a call made.
A curve reads its margin through `curve_input`: a conflict's margin below
`CONFLICT_CURVE_FLOOR` counts as the floor, where the margin stops telling right from wrong.
"""

from __future__ import annotations

import math

from checker.thresholds import CALIBRATION, CONFLICT_CURVE_FLOOR, Platt


def probability(curve: Platt, margin: float) -> float:
    """The curve's probability (0..1, rounded to 3 places) at `margin`."""
    return round(1 / (1 + math.exp(-(curve.intercept + curve.slope * margin))), 3)


def curve_input(kind: str, margin: float) -> float:
    """What the curve of `kind` ("aligned", "orphan", "conflict") reads for `margin`."""
    return max(margin, CONFLICT_CURVE_FLOOR) if kind == "conflict" else margin


def aligned_confidence(margin: float) -> float:
    """Chance an `aligned` call is right, `margin` unclear bands above the orphan line (>= 1)."""
    return probability(CALIBRATION["aligned"], margin)


def orphan_confidence(margin: float) -> float:
    """Chance an orphan call is right, `margin` unclear bands below the orphan line (>= 1)."""
    return probability(CALIBRATION["orphan"], margin)


def conflict_confidence(margin: float) -> float:
    """Chance a conflict call is right, the non-goal `margin` units over the best positive match."""
    return probability(CALIBRATION["conflict"], curve_input("conflict", margin))
