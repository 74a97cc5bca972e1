"""When `--engine auto` asks the LLM: only where the embedded answer is unsure.

The embedded engine judges every item; an item goes to the LLM judge when it could not be read
well (unclear verdict; flags non_english, thin_text, injection_suspected) or when any line of
the escalation rule is crossed. The rule's lines are fitted (checker/evaluation/fitting.py) and
live in checker/thresholds.py (`ESCALATION`); `reasons_for` is the one place they are applied,
both at run time and when the fit tries a candidate rule.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from checker.embedded.engine import Assessment
from checker.embedded.verdict import _positive_reference  # the conflict test's own reference
from checker.thresholds import ESCALATION, EscalationRule
from checker.vocabulary import Flag, Reason, Verdict

# Text the embedded model could not judge well: an LLM reads it, whatever the rule says.
_UNSURE_FLAGS = (Flag.NON_ENGLISH, Flag.THIN_TEXT, Flag.INJECTION_SUSPECTED)


@dataclass(frozen=True)
class Signals:
    """What the rule reads of one embedded assessment."""

    flags: tuple[str, ...]  # the unsure flags the result carries
    unclear: bool
    conflict: bool  # the embedded verdict is misaligned / conflict
    confidence: float  # the result's calibrated confidence, 0..1
    kr_margin: float  # aligned: blended-score gap of the first two key results; else inf
    orphan_distance: float  # |z - orphan_z|, z units
    conflict_gap: float  # best non-goal minus best positive match (cosine); -inf: no non-goal

    def with_confidence(self, confidence: float) -> Signals:
        """The same signals read with another confidence (a held-out curve's, in the fit)."""
        return Signals(self.flags, self.unclear, self.conflict, confidence, self.kr_margin,
                       self.orphan_distance, self.conflict_gap)


def signals_of(assessment: Assessment) -> Signals:
    """The rule's inputs, read from an embedded assessment."""
    result, scores = assessment.result, assessment.scores
    aligned = result.verdict == Verdict.ALIGNED
    return Signals(
        flags=tuple(str(flag) for flag in _UNSURE_FLAGS if flag in result.flags),
        unclear=result.verdict == Verdict.UNCLEAR,
        conflict=result.reason == Reason.CONFLICT,
        confidence=result.confidence,
        kr_margin=_kr_margin(assessment) if aligned else float("inf"),
        orphan_distance=abs(scores.z - assessment.model.tuning.orphan_z),
        conflict_gap=_conflict_gap(assessment),
    )


def reasons_for(signals: Signals, rule: EscalationRule = ESCALATION) -> list[str]:
    """Why the embedded answer is unsure, one short phrase per reason; [] when it is sure."""
    reasons = [f"flag {flag}" for flag in signals.flags]
    if signals.unclear:
        reasons.append("the embedded verdict is unclear")
    if signals.conflict and rule.conflict_verdict:
        reasons.append("the embedded verdict is a conflict")
    elif rule.conflict_gap is not None and signals.conflict_gap > -rule.conflict_gap:
        reasons.append("a non-goal matches nearly as well as the strategy")
    if signals.orphan_distance < rule.orphan_band:
        reasons.append("the best score is near the orphan line")
    if signals.kr_margin < rule.kr_margin:
        reasons.append("the first two key results score almost the same")
    if not signals.unclear and signals.confidence < rule.min_confidence:
        reasons.append(f"low confidence ({signals.confidence:.2f})")
    return reasons


def escalation_reasons(assessment: Assessment, rule: EscalationRule = ESCALATION) -> list[str]:
    """Why `--engine auto` sends this item to the LLM; [] when the embedded answer stands."""
    return reasons_for(signals_of(assessment), rule)


def _kr_margin(assessment: Assessment) -> float:
    ranked = np.sort(assessment.scores.kr_scores)[::-1]
    return float(ranked[0] - ranked[1]) if len(ranked) > 1 else float("inf")


def _conflict_gap(assessment: Assessment) -> float:
    """Best non-goal match minus the best match of what the strategy asks for (cosine units),
    as the embedded conflict test measures it; -inf when no non-goal matches better than
    generic background work does."""
    scores = assessment.scores
    if not np.isfinite(scores.conflict_scores).any():
        return float("-inf")
    return float(scores.conflict_scores.max()) - _positive_reference(assessment.model, scores)
