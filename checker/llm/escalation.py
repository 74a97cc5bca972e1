"""When `--engine auto` asks the LLM: only where the embedded answer is unsure.

The embedded engine judges every item; an item goes to the LLM judge when any reason below
holds. The thresholds live in checker/thresholds.py, with how they were measured.
"""

from __future__ import annotations

import numpy as np

from checker.embedded.engine import Assessment
from checker.embedded.verdict import _positive_reference  # the conflict test's own reference
from checker.thresholds import (
    ESCALATE_CONFLICT_GAP,
    ESCALATE_KR_MARGIN,
    ESCALATE_MIN_CONFIDENCE,
    ESCALATE_ORPHAN_BAND,
)
from checker.vocabulary import Flag, Reason, Verdict

# Text the embedded model could not judge well: an LLM reads it.
_UNSURE_FLAGS = (Flag.NON_ENGLISH, Flag.THIN_TEXT, Flag.INJECTION_SUSPECTED)


def escalation_reasons(assessment: Assessment) -> list[str]:
    """Why the embedded answer is unsure, one short phrase per reason; [] when it is sure."""
    result, scores = assessment.result, assessment.scores
    reasons = [f"flag {flag}" for flag in _UNSURE_FLAGS if flag in result.flags]
    if result.verdict == Verdict.UNCLEAR:
        reasons.append("the embedded verdict is unclear")
    if result.reason == Reason.CONFLICT:
        reasons.append("the embedded verdict is a conflict")
    elif _conflict_gap(assessment) > -ESCALATE_CONFLICT_GAP:
        reasons.append("a non-goal matches nearly as well as the strategy")
    if abs(scores.z - assessment.model.tuning.orphan_z) < ESCALATE_ORPHAN_BAND:
        reasons.append("the best score is near the orphan line")
    if result.verdict == Verdict.ALIGNED and _kr_margin(assessment) < ESCALATE_KR_MARGIN:
        reasons.append("the first two key results score almost the same")
    if result.confidence < ESCALATE_MIN_CONFIDENCE:
        reasons.append(f"low confidence ({result.confidence:.2f})")
    return reasons


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
