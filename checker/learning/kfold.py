"""`stratalign eval --feedback FRACTION`: how much the team's confirmations help, measured.

The items are split into k folds. Each fold is judged with `FRACTION` of all items (drawn from
the other folds, never its own) loaded as confirmations, their answers taken from the answer
key; every item is judged exactly once. k = round(1 / min(f, 1 - f)): 5 folds at 0.2 (each
fold sees a fifth of the labels), 2 at 0.5 (each fold sees the other half). Items are embedded
once and the vectors reused across folds.
"""

from __future__ import annotations

import numpy as np

from checker.embedded.engine import Assessment, EmbeddedChecker
from checker.evaluation.scores import Label
from checker.learning.corrections import Correction
from checker.learning.fitting import fit
from checker.learning.memory import ConfirmationMemory
from checker.models import Proposal
from checker.thresholds import LearningTuning
from checker.vocabulary import Reason, Verdict
from index.errors import InputError

SEED = 20270101  # folds are the same on every run, so figures can be compared


def fold_plan(count: int, fraction: float, seed: int = SEED) -> list[tuple[np.ndarray, np.ndarray]]:
    """(judged, confirmed) item positions per fold; fraction in (0, 1)."""
    if not 0 < fraction < 1:
        raise InputError(f"--feedback takes a fraction between 0 and 1, got {fraction}")
    rng = np.random.default_rng(seed)
    order = rng.permutation(count)
    folds = max(2, round(1 / min(fraction, 1 - fraction)))
    wanted = round(fraction * count)
    plan = []
    for judged in np.array_split(order, folds):
        others = np.setdiff1d(order, judged)
        confirmed = rng.choice(others, size=min(wanted, len(others)), replace=False)
        plan.append((np.sort(judged), np.sort(confirmed)))
    return plan


def label_corrections(proposals: list[Proposal], labels: list[Label]) -> list[Correction | None]:
    """Per proposal, its answer-key line as a confirmation (None: no usable label)."""
    by_id = {label.id: label for label in labels}
    return [_correction(p, by_id.get(p.id)) for p in proposals]


def _correction(proposal: Proposal, label: Label | None) -> Correction | None:
    if label is None or label.verdict not in (Verdict.ALIGNED, Verdict.MISALIGNED):
        return None
    if not proposal.text:
        return None
    kind = Reason(label.kind) if label.verdict == Verdict.MISALIGNED and label.kind else None
    return Correction(
        item_id=proposal.id, title=proposal.title, body=proposal.body,
        verdict=Verdict(label.verdict), kind=kind, krs=label.krs, source="eval",
    )


def assess_with_feedback(
    checker: EmbeddedChecker,
    proposals: list[Proposal],
    labels: list[Label],
    fraction: float,
    vectors: np.ndarray | None = None,
    tuning: LearningTuning | None = None,
) -> list[Assessment]:
    """Every proposal judged once, with its fold's confirmations loaded; input order kept.
    `vectors` (from `checker.embed`) skip embedding when a caller already has them."""
    vectors = _embed(checker, proposals) if vectors is None else vectors
    answers = label_corrections(proposals, labels)
    kr_ids = [kr.kr_id for kr in checker.model.krs]
    results: list[Assessment | None] = [None] * len(proposals)
    for judged, confirmed in fold_plan(len(proposals), fraction):
        known = [int(i) for i in confirmed if answers[i] is not None]
        memory = ConfirmationMemory(
            [answers[i] for i in known], vectors[known], kr_ids, tuning  # type: ignore[misc]
        )
        fold = EmbeddedChecker(
            fit(checker.model, memory), checker.embedder, memory=memory,
            metric_reader=checker.metric_reader,
        )
        assessed = fold.assess_embedded([proposals[i] for i in judged], vectors[judged])
        for i, assessment in zip(judged, assessed, strict=True):
            results[int(i)] = assessment
    return [r for r in results if r is not None]


def _embed(checker: EmbeddedChecker, proposals: list[Proposal]) -> np.ndarray:
    size = checker.batch_size
    parts = [checker.embed(proposals[i : i + size]) for i in range(0, len(proposals), size)]
    return np.concatenate(parts) if parts else np.zeros((0, 0), np.float32)
