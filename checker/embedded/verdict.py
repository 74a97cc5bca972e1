"""Turn scores into a verdict: aligned, misaligned (orphan or conflict) or unclear.

A verdict rests only on what was read: text the model cannot read (another language), or too
little text once the injection screen set instructions aside, is `unclear`, never misaligned.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from checker.embedded.confidence import (
    aligned_confidence,
    conflict_confidence,
    orphan_confidence,
)
from checker.embedded.flags import INJECTION_SUSPECTED, THIN_TEXT
from checker.embedded.scoring import Scores, StrategyModel
from checker.models import Reason, Verdict
from checker.screening.language import LanguageReading
from checker.thresholds import (
    ABSTAIN_CONFIDENCE,
    CITED_NON_GOAL_BAND,
    CONFLICT_MARGIN_UNIT,
    INTERNAL_WORK_CONFIDENCE,
    INTERNAL_WORK_CONFLICT_EXCESS,
    NAMED_CONFLICT_BAND,
    NAMED_CONFLICT_CONFIDENCE,
    NAMED_CONFLICT_WORDS,
    THIN_TEXT_ALIGNED_BANDS,
    THIN_TEXT_MAX_CONFIDENCE,
    THIN_TEXT_WORDS,
    UPKEEP_TITLE_CONFIDENCE,
    Tuning,
)


@dataclass
class Decision:
    """A verdict with the numbers behind it."""

    verdict: Verdict
    reason: Reason | None
    confidence: float
    conflict_passage: int | None
    why_unclear: str | None = None
    margin: float | None = None  # what the confidence was read from (confidence.py units)
    read: bool = True  # False when the verdict abstains because the text was not read
    # An orphan called from what the title says rather than from the scores: the area of
    # internal or cosmetic work it belongs to (internal_work.py)
    internal_work: str | None = None
    ceiling: float | None = None  # the most the call claims whatever its margin (thin text)


@dataclass(frozen=True)
class Reading:
    """What the engine actually read of a proposal: the screened text's language, and how
    much the injection screen set aside."""

    language: LanguageReading
    removed: int = 0  # spans the injection screen set aside
    words: int = 0  # words left after screening
    # A version upgrade, dependency bump or security patch (upkeep.is_maintenance): work that
    # keeps the product as it is goes against no non-goal, whatever words it shares with one
    # ("Upgrade the online shop to Python 3.12" against "the online shop ships only in the UK").
    maintenance: bool = False
    # The title says the item keeps the product as it is (upkeep.is_upkeep_title) and the text
    # cites no key result: it serves none, whatever words it shares with one.
    upkeep_title: bool = False
    # The title is internal or cosmetic work the strategy never names (internal_work.py: how
    # its area is said), and the text cites no key result nor names one's metric.
    internal_work: str | None = None


def unread_reason(reading: Reading) -> str | None:
    """Why a verdict cannot rest on what was read, or None when the text was read well enough.

    An abstention, not a judgement: the English-only model cannot read other languages, and a
    handful of words (what remains after the screen, or all there was) can match anything.
    """
    if not reading.language.readable:
        name = reading.language.language or reading.language.script or "unknown"
        return (
            f"the text is not in English (detected: {name}), which the embedded model cannot "
            "read; an LLM judge reads it once one is configured (STRATALIGN_LLM_MODEL, with "
            "a key or STRATALIGN_LLM_BASE_URL)"
        )
    if reading.words < THIN_TEXT_WORDS and reading.removed:
        return (
            "the screen set aside text addressed to an AI reviewer, and too little text "
            "describing the work remained to judge"
        )
    if reading.words == 0:
        return (
            "the text says nothing about the work (an empty form or template, links, code or "
            "a pointer elsewhere such as \"as discussed\")"
        )
    return None


def decide(model: StrategyModel, scores: Scores, flags: list[str], reading: Reading) -> Decision:
    """Abstain on what was not read; conflict beats alignment; weak matches are orphans;
    borderline cases are unclear."""
    why_not = unread_reason(reading)
    if why_not is not None:
        return Decision(Verdict.UNCLEAR, None, ABSTAIN_CONFIDENCE, None, why_not, read=False)
    t = model.tuning
    # Upkeep goes against no non-goal; internal work the strategy never names only against one
    # it matches far past the margin: "Lisbon HQ office move" shares the city with "No new
    # cities", a rename a word with "We are not a rental company" (thresholds.
    # INTERNAL_WORK_CONFLICT_EXCESS), while "Refresh the logo and app colours" against "We will
    # not change the logo, colours or app look" is a conflict whatever the area is
    excess = float("-inf") if reading.maintenance else conflict_excess(model, scores)
    needed = INTERNAL_WORK_CONFLICT_EXCESS if reading.internal_work else 0.0
    if excess >= needed:
        best = int(np.argmax(scores.conflict_scores))
        margin = float(scores.conflict_scores[best] - _positive_reference(model, scores))
        units = margin / CONFLICT_MARGIN_UNIT
        return Decision(
            Verdict.MISALIGNED, Reason.CONFLICT, conflict_confidence(units),
            _cited_non_goal(scores, best), None, units
        )
    named = None if reading.internal_work else _named_conflict(model, scores, excess)
    if named is not None:
        return Decision(Verdict.MISALIGNED, Reason.CONFLICT, NAMED_CONFLICT_CONFIDENCE, named)
    if reading.upkeep_title:
        # "chore(deps): bump stripe ...", "Renew the code-signing certificate", "Rotate TLS
        # certs": words shared with a key result ("payment", "runner") are no sign the work
        # moves it, and three words say all there is to say of such work
        return Decision(Verdict.MISALIGNED, Reason.ORPHAN, UPKEEP_TITLE_CONFIDENCE, None)
    if reading.internal_work:
        # "Dark mode for the permits portal", "Cut CI queue time from 14 to 6 minutes": the
        # words a key result shares with it say nothing of what the work moves
        return Decision(Verdict.MISALIGNED, Reason.ORPHAN, INTERNAL_WORK_CONFIDENCE, None,
                        internal_work=reading.internal_work)
    distance = (scores.z - t.orphan_z) / max(t.unclear_band, 1e-6)
    if abs(distance) < 1:
        return Decision(Verdict.UNCLEAR, None, ABSTAIN_CONFIDENCE, None, "scores too close to call")
    if THIN_TEXT in flags and distance < THIN_TEXT_ALIGNED_BANDS:
        return Decision(
            Verdict.UNCLEAR, None, ABSTAIN_CONFIDENCE, None, "too little text to judge"
        )
    if distance < 0:
        return Decision(
            Verdict.MISALIGNED, Reason.ORPHAN, orphan_confidence(-distance), None, None, -distance
        )
    if INJECTION_SUSPECTED in flags:
        # The LLM path holds the same line (checker/llm/verdict.py): work that tries to get
        # itself approved is not approved by a machine, whatever the rest reads like.
        return Decision(
            Verdict.UNCLEAR, None, ABSTAIN_CONFIDENCE, None,
            "the text tried to instruct the reviewer (set aside), and work that tries to get "
            "itself approved is not approved by a machine",
        )
    if THIN_TEXT in flags:
        # A word or three can match a key result closely and still say little about the work.
        return Decision(
            Verdict.ALIGNED, None, min(aligned_confidence(distance), THIN_TEXT_MAX_CONFIDENCE),
            None, None, distance, ceiling=THIN_TEXT_MAX_CONFIDENCE,
        )
    return Decision(Verdict.ALIGNED, None, aligned_confidence(distance), None, None, distance)


def _cited_non_goal(scores: Scores, best: int) -> int:
    """The non-goal a conflict cites: `best`, unless one within CITED_NON_GOAL_BAND of it has
    more of its own ruled-out words in the title (thresholds.CITED_NON_GOAL_BAND)."""
    said = scores.title_ruled_out
    if not said.size:
        return best
    floor = scores.conflict_scores[best] - CITED_NON_GOAL_BAND
    near = np.flatnonzero(scores.conflict_scores >= floor)
    named = max(near, key=lambda i: (int(said[i]), float(scores.conflict_scores[i])))
    return int(named) if said[named] > said[best] else best


def _positive_reference(model: StrategyModel, scores: Scores) -> float:
    """How well the proposal matches what the strategy wants (not its non-goals)."""
    allowed = model.speaks_for_work
    # Lexical overlap counts for both sides, at half weight for the positive side: charters
    # name neighbouring areas in their out-of-scope lists, yet a real non-goal should win.
    positive = (scores.passage_dense + scores.passage_match) / 2
    best_passage = float(positive[allowed].max()) if allowed.any() else -1.0
    best_kr = float(scores.kr_dense.max()) if scores.kr_dense.size else -1.0
    return max(best_passage, best_kr)


def _named_conflict(model: StrategyModel, scores: Scores, excess: float) -> int | None:
    """The non-goal whose own words the title says (thresholds.NAMED_CONFLICT_WORDS) and that
    falls short of the conflict margin by less than NAMED_CONFLICT_BAND (`excess`, from
    `conflict_excess`), or None.

    Work that does what a non-goal rules out often claims a key result to get through ("Self-
    insure first EUR 1,500 of each damage claim" against "We do not self-insure ..."; "Open job
    marketplace: let contractors bid on repairs" against "No open marketplace, no bidding"): it
    matches that key result as well as the non-goal, and only the non-goal's own words, said in
    the title, tell them apart.
    """
    if model.tuning.conflict_margin > Tuning.conflict_margin:
        # The team's answers moved the margin up (checker/learning): it said which near
        # conflicts are aligned work, and a rule read from the words does not overrule it.
        return None
    if not scores.title_ruled_out.size or excess < -NAMED_CONFLICT_BAND:
        return None
    index = int(np.argmax(scores.conflict_scores))
    return index if scores.title_ruled_out[index] >= NAMED_CONFLICT_WORDS else None


def conflict_excess(model: StrategyModel, scores: Scores) -> float:
    """By how much (cosine units) the strongest non-goal match clears the margin it must win
    by: `decide` calls a conflict at 0 or more; -inf when no non-goal match reaches
    `conflict_min` (or the strategy states no non-goal)."""
    if not model.non_goal.any():
        return float("-inf")
    index = int(np.argmax(scores.conflict_scores))
    value = float(scores.conflict_scores[index])
    if value < model.tuning.conflict_min:
        return float("-inf")
    return value - _positive_reference(model, scores) - _needed_margin(model, index)


def _needed_margin(model: StrategyModel, index: int) -> float:
    """The margin a non-goal must win by: more for one that reads like a key result
    (thresholds.Tuning.conflict_overlap_*), since it marks the edge of an area the strategy
    covers rather than work it rules out."""
    t = model.tuning
    excess = max(0.0, float(model.kr_overlap[index]) - t.conflict_overlap_start)
    return t.conflict_margin + t.conflict_overlap_slope * excess
