"""The confidence fit and the escalation rule's fit (checker/evaluation/fitting.py) on synthetic
workspaces: held out honestly, each workspace weighing alike, written back reproducibly."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest

import checker.thresholds as thresholds
from checker.evaluation.calibration import chance_of_no_miss, fit_platt, misses, reliability_of
from checker.evaluation.fitting import (
    BEGIN,
    END,
    Point,
    choose_rule,
    escalation_figures,
    fit_curves,
    leave_one_out,
    replace_block,
    thresholds_block,
)
from checker.llm.escalation import Signals
from checker.thresholds import EscalationRule

THRESHOLDS = Path(thresholds.__file__)


def _signals(confidence: float = 0.9) -> Signals:
    return Signals((), False, False, confidence, float("inf"), 5.0, float("-inf"))


def _point(workspace: str, kind: str, margin: float, right: bool) -> Point:
    return Point(workspace, kind, margin, right, right, not right, _signals())


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def _synthetic(workspace: str, n: int, seed: int, flip: bool = False) -> list[Point]:
    """Aligned calls right with chance sigmoid(-1 + 0.5 margin), or its opposite with `flip`."""
    rng = np.random.default_rng(seed)
    points = []
    for margin in rng.uniform(0, 10, n):
        p = _sigmoid(-1 + 0.5 * margin)
        right = bool(rng.random() < (1 - p if flip else p))
        points.append(_point(workspace, "aligned", float(margin), right))
    # one call of each other kind, so every curve has a point to fit
    points += [_point(workspace, "orphan", 3.0, True), _point(workspace, "conflict", 1.0, False)]
    return points


def test_fit_platt_recovers_a_known_curve() -> None:
    points = _synthetic("a", 4000, seed=1)
    aligned = [p for p in points if p.kind == "aligned"]
    curve = fit_platt([p.margin or 0.0 for p in aligned], [bool(p.verdict_right) for p in aligned],
                      prior=0.01)
    assert curve.intercept == pytest.approx(-1, abs=0.15)
    assert curve.slope == pytest.approx(0.5, abs=0.05)


def test_fit_platt_stays_finite_when_one_side_is_far_away() -> None:
    # Many right calls at large margins, a few wrong ones near zero: an undamped Newton step
    # overshot to an intercept of 4e11 on the shared sets.
    margins = [40.0 + i % 10 for i in range(600)] + [float(i % 5) for i in range(20)]
    right = [True] * 600 + [i % 2 == 0 for i in range(20)]
    weights = [0.2] * 600 + [6.0] * 20
    curve = fit_platt(margins, right, weights)
    assert abs(curve.intercept) < 10 and 0 < curve.slope < 2


def test_held_out_confidences_never_see_their_own_labels() -> None:
    a, b = _synthetic("a", 300, seed=2), _synthetic("b", 300, seed=3)
    c = _synthetic("c", 300, seed=4)
    flipped = [Point(p.workspace, p.kind, p.margin, not p.verdict_right, not p.answer_right,
                     p.answer_right, p.signals) for p in c]
    fold = {f.workspace: f for f in leave_one_out(a + b + c, 0.4)}["c"]
    fold_flipped = {f.workspace: f for f in leave_one_out(a + b + flipped, 0.4)}["c"]
    assert fold.curves == fold_flipped.curves
    assert fold.rule == fold_flipped.rule
    confidences = [b.confidence for b in fold.reliability.bins]
    assert confidences == [b.confidence for b in fold_flipped.reliability.bins]
    # ... while a fit that may see them moves: the flipped labels pull the curve down
    assert fit_curves(a + b + flipped)["aligned"].slope < fit_curves(a + b + c)["aligned"].slope


def test_a_set_that_disagrees_shows_in_its_held_out_error() -> None:
    agree = _synthetic("a", 300, seed=5) + _synthetic("b", 300, seed=6)
    same = {f.workspace: f for f in leave_one_out(agree + _synthetic("c", 300, seed=7), 0.4)}
    other = {f.workspace: f for f in
             leave_one_out(agree + _synthetic("c", 300, seed=7, flip=True), 0.4)}
    assert same["c"].reliability.ece is not None and same["c"].reliability.ece < 0.1
    assert other["c"].reliability.ece is not None and other["c"].reliability.ece > 0.3
    assert len(misses(other["c"].reliability)) >= 3


def test_each_workspace_weighs_alike_however_many_items_it_has() -> None:
    big = [_point("big", "aligned", 5.0, True) for _ in range(1000)]
    small = [_point("small", "aligned", 5.0, False) for _ in range(10)]
    others = [_point("small", "orphan", 3.0, True), _point("small", "conflict", 1.0, True)]
    curve = fit_curves(big + small + others)["aligned"]
    assert 0.3 < _sigmoid(curve.intercept + curve.slope * 5.0) < 0.7


def test_the_reliability_table_and_its_error() -> None:
    points = [(0.95, True)] * 9 + [(0.95, False)] + [(0.55, True)] * 2 + [(0.55, False)] * 8
    table = reliability_of(points, abstained=3)
    filled = {round(b.low, 1): b for b in table.bins if b.count}
    assert set(filled) == {0.5, 0.9}
    assert filled[0.9].count == 10 and filled[0.9].accuracy == pytest.approx(0.9)
    assert filled[0.5].count == 10 and filled[0.5].accuracy == pytest.approx(0.2)
    assert table.ece == pytest.approx((10 * 0.05 + 10 * 0.35) / 20)
    assert (table.committed, table.abstained) == (20, 3)
    assert [round(b.low, 1) for b in misses(table)] == [0.5]


def test_the_chosen_rule_keeps_under_the_share_on_every_workspace() -> None:
    # confidence = sigmoid(margin): a quarter of the calls are wrong, at confidence 0.45
    curves = {"aligned": thresholds.Platt(0.0, 1.0)}
    points = [
        Point(workspace, "aligned", -0.2 if i % 4 == 0 else 2.0 + i % 10 / 10,
              i % 4 != 0, i % 4 != 0, i % 4 == 0, _signals())
        for workspace in ("a", "b") for i in range(100)
    ]
    rule = choose_rule(points, curves, 0.4)
    for workspace in ("a", "b"):
        figures = escalation_figures([p for p in points if p.workspace == workspace], curves, rule)
        assert figures.escalated == 0.25 and figures.caught == 1.0
    # a rule that would catch them all only by escalating more than the share is not chosen
    assert choose_rule(points, curves, 0.2).min_confidence < 0.45


def test_the_fitted_block_in_thresholds_is_what_the_fit_writes() -> None:
    text = THRESHOLDS.read_text("utf-8")
    said = re.search(r"^# (Fitted on .*?)\.\nCALIBRATION", text, re.M | re.S)
    assert said is not None and BEGIN in text and END in text
    source = " ".join(line.removeprefix("# ") for line in said.group(1).split("\n"))
    block = thresholds_block(thresholds.CALIBRATION, thresholds.ESCALATION,
                             source.removeprefix("Fitted on "))
    assert replace_block(text, block) == text  # the constants are the block, byte for byte
    other = thresholds_block(thresholds.CALIBRATION, EscalationRule(0.5, 0.0, 0.0, None, True),
                             "a test")
    rewritten = replace_block(text, other)
    assert rewritten.split(BEGIN)[0] == text.split(BEGIN)[0]
    assert rewritten.split(END)[1] == text.split(END)[1]
    assert replace_block(rewritten, block) == text
    with pytest.raises(ValueError, match="markers"):
        replace_block("no markers here", block)


def test_the_fit_reads_confidence_as_the_product_gives_it() -> None:
    """A thin text's aligned call claims at most its ceiling, and a conflict's margin below the
    floor reads as the floor: the fit's tables showed the curve's figure where the product
    shows the capped one (the 0.5-0.6 bin of 2026-12-01's held-out table was not what users
    saw)."""
    from checker.embedded.confidence import conflict_confidence, curve_input
    from checker.evaluation.fitting import confidence
    from checker.thresholds import CALIBRATION, CONFLICT_CURVE_FLOOR, THIN_TEXT_MAX_CONFIDENCE

    thin = Point("a", "aligned", 90.0, True, True, False, _signals(),
                 ceiling=THIN_TEXT_MAX_CONFIDENCE)
    plain = Point("a", "aligned", 90.0, True, True, False, _signals())
    assert confidence(plain, CALIBRATION) > THIN_TEXT_MAX_CONFIDENCE
    assert confidence(thin, CALIBRATION) == THIN_TEXT_MAX_CONFIDENCE
    near = Point("a", "conflict", 0.2, True, True, False, _signals())
    assert confidence(near, CALIBRATION) == conflict_confidence(0.2) == conflict_confidence(
        CONFLICT_CURVE_FLOOR)
    assert curve_input("conflict", 0.2) == CONFLICT_CURVE_FLOOR
    assert curve_input("aligned", 0.2) == 0.2


def _binomial_within(n: int, p: float, tolerance: float) -> float:
    """P(|X/n - p| <= tolerance) for X ~ Binomial(n, p), summed exactly."""
    return sum(math.comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)
               if abs(k / n - p) <= tolerance + 1e-12)


def test_chance_of_no_miss_is_the_binomial_spread_of_an_exactly_calibrated_engine() -> None:
    # one bin of 10 verdicts at 0.8: fine when 7, 8 or 9 are right (about 0.77)
    assert chance_of_no_miss([0.8] * 10, trials=20000) == pytest.approx(
        _binomial_within(10, 0.8, 0.1), abs=0.02)
    # two such bins are independent: the chances multiply
    both = chance_of_no_miss([0.8] * 10 + [0.65] * 12, trials=20000)
    assert both == pytest.approx(
        _binomial_within(10, 0.8, 0.1) * _binomial_within(12, 0.65, 0.1), abs=0.02)
    # a bin under 10 verdicts is never judged; a large bin is almost never off by chance
    assert chance_of_no_miss([0.8] * 9 + [0.35] * 3) == 1.0
    assert chance_of_no_miss([0.85] * 1000) > 0.99
    assert chance_of_no_miss([0.8] * 10, seed=3) == chance_of_no_miss([0.8] * 10, seed=3)


def test_the_eval_run_says_how_often_chance_alone_would_miss_a_bin() -> None:
    from checker.evaluation.calibration import reliability
    from checker.evaluation.scores import Label
    from checker.models import CheckResult

    labels = [Label(id=f"X-{i}", verdict="aligned", kind=None, krs=["O1.KR1"]) for i in range(12)]
    results = [CheckResult.model_validate({
        "id": f"X-{i}", "verdict": "aligned", "reason": None, "impacted": [], "flags": [],
        "rationale": "", "evidence": [], "confidence": 0.8,
        "strategy_version": "v", "engine": "embedded"}) for i in range(12)]
    table = reliability(labels, results)
    assert table.committed == 12 and table.chance_no_miss == pytest.approx(
        _binomial_within(12, 0.8, 0.1), abs=0.03)


def test_the_grid_asks_every_rule_what_reasons_for_asks_one() -> None:
    """rule_grid.sent_matrix answers all rules at once (a fit over 130 workspaces asked rule by
    rule ran for hours); it must send exactly the items reasons_for sends."""
    from checker.evaluation.fitting import GRID, candidate_rules
    from checker.evaluation.rule_grid import sent_matrix
    from checker.llm.escalation import reasons_for

    rng = np.random.default_rng(7)
    signals = [
        Signals(
            flags=("thin_text",) if rng.random() < 0.05 else (),
            unclear=bool(rng.random() < 0.1), conflict=bool(rng.random() < 0.2),
            confidence=float(rng.uniform(0.5, 1.0)),
            kr_margin=float("inf") if rng.random() < 0.3 else float(rng.uniform(0, 0.15)),
            orphan_distance=float(rng.uniform(0, 3)),
            conflict_gap=float("-inf") if rng.random() < 0.3 else float(rng.uniform(-0.2, 0.1)),
        )
        for _ in range(150)
    ]
    rules = candidate_rules()[::7]  # every seventh of the 4,480: each value of each line
    for line, values in GRID.items():
        assert {getattr(rule, line) for rule in rules} == set(values), line
    expected = np.array([[bool(reasons_for(s, rule)) for s in signals] for rule in rules])
    assert np.array_equal(sent_matrix(signals, rules), expected)
    assert 0 < expected.mean() < 1  # some items sent, some kept
