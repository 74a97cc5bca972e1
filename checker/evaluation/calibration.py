"""Is `confidence` the chance the verdict is right? Reliability against an answer key, and the
fit of the curves that make it so.

A verdict is right when it matches the label's verdict (aligned / misaligned). `unclear` makes
no claim and is counted apart (abstained), not as wrong. The reliability table puts committed
verdicts in equal-width confidence bins and compares each bin's mean confidence with its
accuracy; the expected calibration error (ECE) is the count-weighted mean of those gaps
(Guo et al. 2017, "On Calibration of Modern Neural Networks", section 2).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence

import numpy as np
from pydantic import BaseModel

from checker.evaluation.scores import Label
from checker.models import CheckResult
from checker.thresholds import Platt
from checker.vocabulary import Verdict

BINS = 10
# A bin is held to the goal only with this many verdicts in it (`misses`).
MIN_BIN_VERDICTS = 10
# 0.8 - 0.7 is 0.10000000000000009 in floats: a bin exactly 0.1 off is within the goal
_ROUNDING = 1e-9


class ReliabilityBin(BaseModel):
    """Committed verdicts whose confidence lies in [low, high)."""

    low: float
    high: float
    count: int
    confidence: float | None  # mean confidence in the bin, None when empty
    accuracy: float | None  # share right, None when empty


class Reliability(BaseModel):
    """Confidence against accuracy over one or more labelled workspaces."""

    bins: list[ReliabilityBin]
    ece: float | None  # 0..1; None when nothing was committed
    committed: int
    abstained: int  # `unclear` verdicts
    # 0..1: how often an engine whose every confidence were exactly right would show no bin
    # off the goal with these confidences (`chance_of_no_miss`); None when not simulated
    chance_no_miss: float | None = None


def outcomes(
    labels: Iterable[Label], results: Iterable[CheckResult]
) -> list[tuple[CheckResult, bool]]:
    """Each committed result with whether its verdict matches the label (unlabelled ids and
    `unclear` results left out)."""
    by_id = {label.id: label for label in labels}
    return [
        (r, r.verdict == by_id[r.id].verdict)
        for r in results
        if r.id in by_id and r.verdict != Verdict.UNCLEAR
    ]


def reliability(labels: Iterable[Label], results: Iterable[CheckResult]) -> Reliability:
    """The reliability table and ECE of a run against its answer key."""
    results = list(results)
    judged = outcomes(labels, results)
    abstained = sum(r.verdict == Verdict.UNCLEAR for r in results)
    table = reliability_of([(r.confidence, ok) for r, ok in judged], abstained)
    chance = chance_of_no_miss([r.confidence for r, _ in judged]) if judged else None
    return table.model_copy(update={"chance_no_miss": chance})


def reliability_of(points: Sequence[tuple[float, bool]], abstained: int = 0) -> Reliability:
    """The reliability table and ECE of committed verdicts given as (confidence, right)."""
    grouped: list[list[tuple[float, bool]]] = [[] for _ in range(BINS)]
    for c, ok in points:
        index = bin_index(c)
        if index is not None:
            grouped[index].append((c, ok))
    bins = [_bin(i, mine) for i, mine in enumerate(grouped)]
    total = sum(b.count for b in bins)
    ece = (
        sum(b.count * abs(b.confidence - b.accuracy) for b in bins
            if b.confidence is not None and b.accuracy is not None) / total
        if total else None
    )
    return Reliability(bins=bins, ece=ece, committed=total, abstained=abstained)


def misses(
    table: Reliability, min_count: int = MIN_BIN_VERDICTS, tolerance: float = 0.1
) -> list[ReliabilityBin]:
    """The bins with at least `min_count` verdicts whose accuracy is more than `tolerance` away
    from their mean confidence (the calibration goal: none)."""
    return [
        b for b in table.bins
        if b.count >= min_count and b.confidence is not None and b.accuracy is not None
        and abs(b.accuracy - b.confidence) > tolerance + _ROUNDING
    ]


def chance_of_no_miss(
    confidences: Sequence[float],
    min_count: int = MIN_BIN_VERDICTS,
    tolerance: float = 0.1,
    trials: int = 2000,
    seed: int = 0,
) -> float:
    """The share (0..1) of `trials` simulated runs in which an engine whose confidence is
    exactly the chance of being right, giving these `confidences`, shows no bin that `misses`
    would report: each verdict drawn right with its confidence, the bins kept as they are.

    The yardstick for the calibration goal on one workspace: a bin of 10 verdicts at 0.8 is
    off by more than 0.1 about one time in four by chance alone (0.23, the binomial spread), so
    a set with a few such bins misses the goal often however well calibrated the engine is.
    Bins as the reliability table draws them (`bin_index`); memory `trials` x the largest bin.
    Deterministic for a given `seed`; 1.0 when no bin holds `min_count` verdicts."""
    c = np.clip(np.asarray(confidences, dtype=float), 0.0, 1.0)
    index = np.array([bin_index(float(x)) for x in c])
    rng = np.random.default_rng(seed)
    fine = np.ones(trials, dtype=bool)
    for b in range(BINS):
        mine = c[index == b]
        if len(mine) >= min_count:
            right = rng.random((trials, len(mine))) < mine
            fine &= np.abs(right.mean(axis=1) - mine.mean()) <= tolerance + _ROUNDING
    return float(fine.mean())


# The bins' edges, i / BINS: 0.3 * 3 = 0.8999999999999999 falls below 0.9, in the 0.8-0.9 bin
_EDGES = [i / BINS for i in range(BINS + 1)]


def bin_index(confidence: float) -> int | None:
    """The bin a confidence falls in: [i / BINS, (i + 1) / BINS), the top bin including 1.0;
    None outside 0..1."""
    if not 0.0 <= confidence <= 1.0:
        return None
    return min(bisect.bisect_right(_EDGES, confidence) - 1, BINS - 1)


def _bin(index: int, mine: Sequence[tuple[float, bool]]) -> ReliabilityBin:
    """Bin `index` of the table, from the verdicts that fall in it."""
    low, high = index / BINS, (index + 1) / BINS
    if not mine:
        return ReliabilityBin(low=low, high=high, count=0, confidence=None, accuracy=None)
    return ReliabilityBin(
        low=low, high=high, count=len(mine),
        confidence=sum(c for c, _ in mine) / len(mine),
        accuracy=sum(ok for _, ok in mine) / len(mine),
    )


def fit_platt(
    margins: Sequence[float],
    right: Sequence[bool],
    weights: Sequence[float] | None = None,
    prior: float = 1.0,
) -> Platt:
    """The logistic curve p(right | margin), by Newton's method on the weighted log-likelihood
    with a Gaussian prior of strength `prior` on the slope (so a handful of points cannot make
    it steep); targets smoothed as Platt (1999) does. `weights` (default 1 each) let every
    workspace count alike however many items it has. Raises ValueError on no points."""
    if not margins:
        raise ValueError("no points to fit")
    x = np.asarray(margins, dtype=float)
    v = np.ones(len(x)) if weights is None else np.asarray(weights, dtype=float)
    positives = float(np.sum(right))
    n = len(x)
    # Platt's targets: never exactly 0 or 1, so a separable set keeps a finite slope.
    y = np.where(np.asarray(right), (positives + 1) / (positives + 2), 1 / (n - positives + 2))
    w = np.array([math.log((positives + 1) / (n - positives + 1)), 0.0])
    design = np.column_stack([np.ones(n), x])
    penalty = np.diag([0.0, prior])

    def loss(coef: np.ndarray) -> float:
        z = design @ coef
        # log(1 + e^z) - y z, written so large |z| cannot overflow
        return float(np.sum(v * (np.logaddexp(0.0, z) - y * z)) + coef @ penalty @ coef / 2)

    for _ in range(100):
        p = 1 / (1 + np.exp(-(design @ w)))
        gradient = design.T @ (v * (p - y)) + penalty @ w
        hessian = design.T @ (design * (v * p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(2)
        step = np.linalg.solve(hessian, gradient)
        # Damped: a full Newton step can overshoot when some margins are far from the rest.
        while loss(w - step) > loss(w) and float(np.abs(step).max()) > 1e-12:
            step /= 2
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return Platt(intercept=round(float(w[0]), 3), slope=round(float(w[1]), 3))
