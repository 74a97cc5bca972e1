"""Retrieval for the LLM judge: the key results it may pick and the passages it may cite.

Retrieval here is recall-oriented: the judge can only choose what it is offered, so a key
result left out is a wrong answer whatever the model. Objectives are ranked by the union of
several views (blended score, dense, lexical, and the strategy passages linked to the
objective's key results): an objective that any view ranks high comes early.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    """A strategy passage the judge may cite, under its workspace-wide id (P1, P2, ...)."""

    ref: str
    source: str
    section: str
    kind: str
    text: str
    score: float


@dataclass(frozen=True)
class Candidates:
    """What the judge sees for one item; anything it names outside these is invalid.

    `krs` and `passages` are everything offered; `item_krs` and `item_passages` are the part
    shown with the item itself, the rest is in the strategy part every item shares.
    """

    krs: list[KRCandidate]
    passages: list[PassageCandidate]
    item_krs: list[KRCandidate] = field(default_factory=list)
    item_passages: list[PassageCandidate] = field(default_factory=list)

    def kr(self, kr_id: str) -> KRCandidate | None:
        return next((k for k in self.krs if k.kr_id == kr_id), None)

    def passage(self, ref: str) -> PassageCandidate | None:
        wanted = ref.strip().strip("[]").upper()
        return next((p for p in self.passages if p.ref == wanted), None)


def passage_ref(row: int) -> str:
    """A passage's id in prompts: stable across items, so the shared part never changes."""
    return f"P{row + 1}"


def kr_candidate(model: StrategyModel, scores: Scores, i: int) -> KRCandidate:
    """Key result `i` with this item's scores."""
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


def passage_candidate(model: StrategyModel, scores: Scores, row: int) -> PassageCandidate:
    """Passage `row` with this item's match score (dense plus lexical)."""
    p = model.passages[row]
    score = round(float(scores.passage_match[row]), 4)
    return PassageCandidate(passage_ref(row), p.source, p.section, p.kind, p.text, score)


def objective_order(model: StrategyModel, scores: Scores) -> list[str]:
    """Objective ids, the most likely first: by their best rank under any view (a union of
    the views' top lists), ties broken by the blended score."""
    objectives = list(dict.fromkeys(kr.objective_id for kr in model.krs))
    owner = np.array([objectives.index(kr.objective_id) for kr in model.krs])
    views = [scores.kr_scores, scores.kr_dense, scores.kr_lexical, _linked_match(model, scores)]
    best_rank = np.full(len(objectives), len(objectives), dtype=int)
    for view in views:
        per_objective = _max_by(owner, view, len(objectives))
        ranks = np.empty(len(objectives), dtype=int)
        ranks[np.argsort(-per_objective, kind="stable")] = np.arange(len(objectives))
        best_rank = np.minimum(best_rank, ranks)
    blended = _max_by(owner, scores.kr_scores, len(objectives))
    order = sorted(range(len(objectives)), key=lambda o: (best_rank[o], -blended[o]))
    return [objectives[o] for o in order]


def supporting_rows(model: StrategyModel, scores: Scores, count: int) -> list[int]:
    """The passages (not non-goals) that match the item best, best first."""
    positive = np.flatnonzero(~model.non_goal)
    return [int(r) for r in positive[np.argsort(-scores.passage_match[positive])][:count]]


def _linked_match(model: StrategyModel, scores: Scores) -> np.ndarray:
    """Per key result, the best match among the strategy passages linked to it."""
    return np.array(
        [
            float(scores.passage_match[link].max()) if len(link) else float(scores.kr_dense[k])
            for k, link in enumerate(model.links)
        ],
        dtype=np.float32,
    )


def _max_by(owner: np.ndarray, values: np.ndarray, groups: int) -> np.ndarray:
    out = np.full(groups, -np.inf, dtype=np.float64)
    np.maximum.at(out, owner, values.astype(np.float64))
    return out
