"""Candidates for the LLM judge: the key results and passages the index finds nearest."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from checker.embedded.scoring import Scores, StrategyModel


@dataclass(frozen=True)
class KRCandidate:
    """A key result the judge may pick, with the embedded evidence for it."""

    kr_id: str
    objective_id: str
    objective_title: str
    title: str
    metric: str
    score: float
    dense: float
    lexical: float


@dataclass(frozen=True)
class PassageCandidate:
    """A strategy passage the judge may cite, under a short id (P1, P2, ...)."""

    ref: str
    source: str
    section: str
    kind: str
    text: str
    score: float


@dataclass(frozen=True)
class Candidates:
    """What the judge sees; anything it names outside these is invalid."""

    krs: list[KRCandidate]
    passages: list[PassageCandidate]

    def kr(self, kr_id: str) -> KRCandidate | None:
        return next((k for k in self.krs if k.kr_id == kr_id), None)

    def passage(self, ref: str) -> PassageCandidate | None:
        wanted = ref.strip().strip("[]").upper()
        return next((p for p in self.passages if p.ref == wanted), None)


def candidates_for(
    model: StrategyModel,
    scores: Scores,
    kr_count: int = 8,
    passage_count: int = 5,
    non_goal_count: int = 3,
) -> Candidates:
    """Top key results, top supporting passages, and the nearest non-goals, always."""
    krs = [_kr(model, scores, int(i)) for i in scores.order[:kr_count]]
    positive = np.flatnonzero(~model.non_goal)
    negative = np.flatnonzero(model.non_goal)
    chosen = [
        *positive[np.argsort(-scores.passage_match[positive])][:passage_count],
        *negative[np.argsort(-scores.passage_match[negative])][:non_goal_count],
    ]
    passages = [
        _passage(model, int(row), float(scores.passage_match[row]), f"P{n}")
        for n, row in enumerate(chosen, start=1)
    ]
    return Candidates(krs=krs, passages=passages)


def _kr(model: StrategyModel, scores: Scores, i: int) -> KRCandidate:
    ref = model.krs[i]
    return KRCandidate(
        kr_id=ref.kr_id,
        objective_id=ref.objective_id,
        objective_title=ref.objective_title,
        title=ref.title,
        metric=ref.metric,
        score=round(float(scores.kr_scores[i]), 4),
        dense=float(scores.kr_dense[i]),
        lexical=float(scores.kr_lexical[i]),
    )


def _passage(model: StrategyModel, row: int, score: float, ref: str) -> PassageCandidate:
    p = model.passages[row]
    return PassageCandidate(ref, p.source, p.section, p.kind, p.text, round(score, 4))
