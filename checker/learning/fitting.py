"""Fit what was learned to one workspace: the orphan line moved by confirmed aligned items and
confirmed orphans, and how far the near items' vote is trusted, judged on the confirmations
themselves (each left out in turn), never on the items being checked."""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace

import numpy as np

from checker.embedded.scoring import Scores, StrategyModel
from checker.embedded.verdict import Reading, conflict_excess, decide
from checker.learning.blending import blend
from checker.learning.corrections import Correction
from checker.learning.memory import ConfirmationMemory
from checker.screening.injection import screen
from checker.screening.language import LanguageReading
from checker.thresholds import THIN_TEXT_WORDS
from checker.vocabulary import Reason, Verdict

# Trust levels tried; the smallest of the best is kept, so a vote that helps no more than the
# strategy alone is not given weight it has not earned.
TRUST_STEPS = (0.0, 0.25, 0.5, 1.0)

# A confirmation was read by a person: its scores are judged as if the text was read whole.
_READ_WHOLE = Reading(LanguageReading("en", "Latin", readable=True), 0, THIN_TEXT_WORDS)


@dataclass
class _Sample:
    correction: Correction
    position: int
    vector: np.ndarray
    scores: Scores


def fit(model: StrategyModel, memory: ConfirmationMemory) -> StrategyModel:
    """Sets `memory.trust` and returns the model with the workspace's orphan line and non-goal
    margin (a shallow copy when either moved; `model` itself is never changed).

    The trust is judged with the default non-goal margin: fitted after the margin moved, one
    fold of harbor-health at 0.2 got another trust step and lost an item's key result.
    """
    memory.with_strategy(model.kr_vectors)
    samples = _samples(model, memory)
    learned = with_learned_line(model, memory, samples)
    memory.trust = _trust(learned, memory, samples)
    learned = with_learned_margin(learned, memory, samples)
    memory.default_tuning = model.tuning if learned.tuning != model.tuning else None
    return learned


def _samples(model: StrategyModel, memory: ConfirmationMemory) -> list[_Sample]:
    """The newest `line_sample` confirmations, scored by the strategy alone."""
    start = max(0, len(memory) - memory.tuning.line_sample)
    return [
        _Sample(c, i, v, model.score(v, screen(c.text).text or c.text))
        for i, (c, v) in enumerate(
            zip(memory.corrections[start:], memory.vectors[start:], strict=True), start=start
        )
    ]


def with_learned_line(
    model: StrategyModel, memory: ConfirmationMemory, samples: list[_Sample] | None = None
) -> StrategyModel:
    """The model with its orphan line moved towards the line that best separates the confirmed
    aligned items from the confirmed orphans.

    Moves only with `line_min` of each, when that line puts at least `line_gain` fewer of them
    on the wrong side than the default, and by m / (m + line_prior) of the way, m the smaller
    count, so a handful of answers nudges the line and hundreds set it.
    """
    t = memory.tuning
    samples = _samples(model, memory) if samples is None else samples
    aligned = [s.scores.z for s in samples if s.correction.verdict == Verdict.ALIGNED]
    orphans = [s.scores.z for s in samples if _is_orphan(s.correction)]
    m = min(len(aligned), len(orphans))
    if m < t.line_min:
        return model
    default = model.tuning.orphan_z
    best = separating_line(np.array(aligned), np.array(orphans), default)
    gain = _wrong_side(aligned, orphans, default) - _wrong_side(aligned, orphans, best)
    if gain < t.line_gain:
        return model
    learned = copy.copy(model)
    line = default + (best - default) * m / (m + t.line_prior)
    learned.tuning = replace(model.tuning, orphan_z=line)
    return learned


def _wrong_side(aligned: list[float], orphans: list[float], line: float) -> int:
    return sum(z < line for z in aligned) + sum(z >= line for z in orphans)


def with_learned_margin(
    model: StrategyModel, memory: ConfirmationMemory, samples: list[_Sample] | None = None
) -> StrategyModel:
    """The model with the margin a non-goal must win by moved toward where it best separates the
    confirmed conflicts from the confirmed aligned items (orphans called conflicts keep their
    verdict, so they do not count): only when some line puts fewer of them on the wrong side
    than the default, with `margin_min` of each, by at most `margin_reach`, and never to a
    margin that puts more of them on the wrong side than the default."""
    t = memory.tuning
    samples = _samples(model, memory) if samples is None else samples
    conflicts = [conflict_excess(model, s.scores) for s in samples if _is_conflict(s.correction)]
    aligned = [
        conflict_excess(model, s.scores)
        for s in samples if s.correction.verdict == Verdict.ALIGNED
    ]
    if min(len(conflicts), len(aligned)) < t.margin_min:
        return model
    shift = margin_shift(np.array(conflicts), np.array(aligned), t.margin_reach, t.margin_step)
    if shift == 0.0:
        return model
    learned = copy.copy(model)
    learned.tuning = replace(
        model.tuning, conflict_margin=model.tuning.conflict_margin + shift
    )
    return learned


def _is_conflict(correction: Correction) -> bool:
    return correction.verdict == Verdict.MISALIGNED and correction.kind == Reason.CONFLICT


def nearest_better_line(
    above: np.ndarray, below: np.ndarray, default: float, reach: float = np.inf,
    step: float = 1e-4,
) -> float:
    """The line within `reach` of `default` with the fewest of `above` below it and of `below`
    at or above it: `default` unless a line in reach puts fewer on the wrong side, and then
    moved only `step` past the items it puts right (a few answers say where the line is not,
    not how far beyond them it lies; a step, not one float ulp, so the line survives being
    added to other terms). Values that are not finite (-inf) propose no line."""
    values = np.concatenate([above, below])
    values = values[np.isfinite(values)]
    candidates = np.concatenate([[default], values, values + step])
    candidates = candidates[np.abs(candidates - default) <= reach]
    errors = [wrong_side(above, below, line) for line in candidates]
    fewest = min(errors)
    best = [c for c, e in zip(candidates, errors, strict=True) if e == fewest]
    return float(min(best, key=lambda c: abs(c - default)))


def margin_shift(above: np.ndarray, below: np.ndarray, reach: float, step: float) -> float:
    """How far the margin moves, given confirmed conflicts' (`above`) and aligned items'
    (`below`) excess over it: toward the line that puts fewest on the wrong side, by at most
    `reach` (a few dozen answers say which way the margin should go more surely than how far),
    and 0 when the line so reached puts more of them on the wrong side than the default."""
    best = nearest_better_line(above, below, 0.0, step=step)
    shift = float(np.clip(best, -reach, reach))
    if wrong_side(above, below, shift) > wrong_side(above, below, 0.0):
        return 0.0
    return shift


def wrong_side(above: np.ndarray, below: np.ndarray, line: float) -> int:
    """How many of `above` fall below `line` and of `below` reach it."""
    return int((above < line).sum() + (below >= line).sum())


def separating_line(aligned: np.ndarray, orphans: np.ndarray, default: float) -> float:
    """The z line with the fewest confirmed items on the wrong side; ties go nearest `default`."""
    values = np.sort(np.concatenate([aligned, orphans]))
    candidates = np.concatenate([[default], (values[1:] + values[:-1]) / 2])
    errors = [int((aligned < line).sum() + (orphans >= line).sum()) for line in candidates]
    fewest = min(errors)
    best = [c for c, e in zip(candidates, errors, strict=True) if e == fewest]
    return float(min(best, key=lambda c: abs(c - default)))


def _is_orphan(correction: Correction) -> bool:
    return correction.verdict == Verdict.MISALIGNED and correction.kind != Reason.CONFLICT


def _trust(model: StrategyModel, memory: ConfirmationMemory, samples: list[_Sample]) -> float:
    """The trust step under which the most confirmations, each judged with the others as
    confirmations, get the team's answer; ties go to the smaller step."""
    right = {step: 0 for step in TRUST_STEPS}
    for sample in samples:
        for step in TRUST_STEPS:
            right[step] += _answered_right(model, memory, sample, step)
    best = max(right.values())
    return min(step for step, count in right.items() if count == best)


def _answered_right(
    model: StrategyModel, memory: ConfirmationMemory, sample: _Sample, step: float
) -> bool:
    scores = copy.copy(sample.scores)
    memory.trust = step
    vote = memory.vote(sample.vector, leave_out=sample.position)
    if vote is not None:
        blend(scores, vote, memory, model.tuning.orphan_z)
    decision = decide(model, scores, [], _READ_WHOLE)
    want = sample.correction
    if want.verdict == Verdict.MISALIGNED:
        return decision.verdict == Verdict.MISALIGNED
    top = model.krs[scores.order[0]].kr_id if scores.order else None
    return decision.verdict == Verdict.ALIGNED and (not want.krs or top in want.krs)
