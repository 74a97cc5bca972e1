"""Turn scores into a verdict: aligned, misaligned (orphan or conflict) or unclear."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from checker.embedded.flags import INJECTION_SUSPECTED, NON_ENGLISH, THIN_TEXT
from checker.embedded.scoring import Scores, StrategyModel
from checker.models import Reason, Verdict
from checker.thresholds import CONFIDENCE_SLOPE, CONFLICT_MARGIN_UNIT, THIN_TEXT_ALIGNED_BANDS


@dataclass
class Decision:
    """A verdict with the numbers behind it."""

    verdict: Verdict
    reason: Reason | None
    confidence: float
    conflict_passage: int | None
    why_unclear: str | None = None


def decide(model: StrategyModel, scores: Scores, flags: list[str]) -> Decision:
    """Conflict beats alignment; weak matches are orphans; borderline cases are unclear."""
    t = model.tuning
    conflict = _conflict(model, scores)
    if conflict is not None:
        margin = float(scores.conflict_scores[conflict] - _positive_reference(model, scores))
        confidence = _squash(margin / CONFLICT_MARGIN_UNIT)
        return _unless_foreign(
            Decision(Verdict.MISALIGNED, Reason.CONFLICT, confidence, conflict), flags
        )
    distance = scores.z - t.orphan_z
    confidence = _squash(abs(distance) / max(t.unclear_band, 1e-6) - 1)
    if abs(distance) < t.unclear_band:
        return Decision(Verdict.UNCLEAR, None, confidence, None, "scores too close to call")
    if distance < 0:
        return _unless_foreign(Decision(Verdict.MISALIGNED, Reason.ORPHAN, confidence, None), flags)
    if INJECTION_SUSPECTED in flags:
        return Decision(Verdict.UNCLEAR, None, 0.0, None, "text tries to instruct the reviewer")
    if THIN_TEXT in flags and distance < THIN_TEXT_ALIGNED_BANDS * t.unclear_band:
        return Decision(Verdict.UNCLEAR, None, confidence, None, "too little text to judge")
    return Decision(Verdict.ALIGNED, None, confidence, None)


def _unless_foreign(decision: Decision, flags: list[str]) -> Decision:
    """A misaligned call on a text the English-only model cannot read well becomes unclear:
    its low scores say more about the language than about the work."""
    if NON_ENGLISH not in flags:
        return decision
    return Decision(
        Verdict.UNCLEAR, None, 0.0, None,
        "the text is not in English, which the embedded model reads poorly; "
        "an LLM judge (--engine llm) can read it",
    )


def _positive_reference(model: StrategyModel, scores: Scores) -> float:
    """How well the proposal matches what the strategy wants (not its non-goals)."""
    allowed = ~model.non_goal
    # Lexical overlap counts for both sides, at half weight for the positive side: charters
    # name neighbouring areas in their out-of-scope lists, yet a real non-goal should win.
    positive = (scores.passage_dense + scores.passage_match) / 2
    best_passage = float(positive[allowed].max()) if allowed.any() else -1.0
    best_kr = float(scores.kr_dense.max()) if scores.kr_dense.size else -1.0
    return max(best_passage, best_kr)


def _conflict(model: StrategyModel, scores: Scores) -> int | None:
    if not model.non_goal.any():
        return None
    index = int(np.argmax(scores.conflict_scores))
    value = float(scores.conflict_scores[index])
    t = model.tuning
    if value >= t.conflict_min and value - _positive_reference(model, scores) >= t.conflict_margin:
        return index
    return None


def _squash(x: float) -> float:
    """Map a margin to a 0..1 confidence."""
    return round(float(1 / (1 + np.exp(-CONFIDENCE_SLOPE * x))), 3)
