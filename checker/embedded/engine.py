"""The embedded checker: screen, embed, score, decide, explain. No LLM, no network."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from checker.embedded.flags import INJECTION_SUSPECTED, text_flags
from checker.embedded.metrics import kr_references
from checker.embedded.retrieval import Candidates, candidates_for
from checker.embedded.scoring import Scores, StrategyModel
from checker.embedded.verdict import decide
from checker.learning import blending
from checker.learning.memory import ConfirmationMemory, Vote
from checker.models import CheckResult, Impacted, Proposal
from checker.rationale import evidence_for, rationale_for
from checker.screening.injection import screen
from checker.thresholds import CITED_KR_BONUS
from index.embedding import Embedder

ENGINE = "embedded"


@dataclass
class Assessment:
    """The embedded verdict with what the LLM judge needs to improve on it."""

    proposal: Proposal
    text: str  # screened: instruction-like passages removed
    result: CheckResult
    model: StrategyModel
    scores: Scores

    @cached_property
    def candidates(self) -> Candidates:
        """Retrieval for the LLM judge, built only when a judge asks (not on the embedded path)."""
        return candidates_for(self.model, self.scores)


class EmbeddedChecker:
    """Checks proposals against one workspace's indexed strategy."""

    def __init__(
        self,
        model: StrategyModel,
        embedder: Embedder,
        batch_size: int = 64,
        memory: ConfirmationMemory | None = None,
    ) -> None:
        self.model = model
        self.memory = memory  # confirmed items (checker/learning/); None: none stored
        self.embedder = embedder
        self.batch_size = batch_size
        self.kr_ids = [kr.kr_id for kr in model.krs]
        self.metric_names = [kr.metric for kr in model.krs if kr.metric]

    def check(self, proposal: Proposal) -> CheckResult:
        """The verdict on one proposal."""
        return next(self.check_many([proposal]))

    def check_many(self, proposals: Iterable[Proposal]) -> Iterator[CheckResult]:
        """Verdicts in input order, embedding in batches."""
        return (assessment.result for assessment in self.assess_many(proposals))

    def assess_many(self, proposals: Iterable[Proposal]) -> Iterator[Assessment]:
        """Verdicts with their retrieval candidates, in input order, embedding in batches."""
        batch: list[Proposal] = []
        for proposal in proposals:
            batch.append(proposal)
            if len(batch) >= self.batch_size:
                yield from self._check_batch(batch)
                batch = []
        if batch:
            yield from self._check_batch(batch)

    def _check_batch(self, proposals: list[Proposal]) -> list[Assessment]:
        return self.assess_embedded(proposals, self.embed(proposals))

    def embed(self, proposals: list[Proposal]) -> np.ndarray:
        """Embeddings of the proposals' screened texts: float32 (n, dim), rows L2-normalised."""
        return self.embedder.embed_queries([screen(p.text).text or p.title for p in proposals])

    def assess_embedded(self, proposals: list[Proposal], vectors: np.ndarray) -> list[Assessment]:
        """Verdicts on proposals already embedded by `embed` (so k-fold runs embed once)."""
        screened = [screen(p.text) for p in proposals]
        return [
            self._assess(p, s.text, s.suspected, v)
            for p, s, v in zip(proposals, screened, vectors, strict=True)
        ]

    def _assess(
        self, proposal: Proposal, text: str, suspected: bool, vector: np.ndarray
    ) -> Assessment:
        flags = text_flags(text, self.kr_ids, self.metric_names)
        if suspected:
            flags.append(INJECTION_SUSPECTED)
        scores = self.model.score(vector, text)
        self._favour_cited(scores, text)
        vote = self._learn(scores, vector)
        decision = decide(self.model, scores, flags)
        impacted = self._impacted(scores)
        evidence = evidence_for(self.model, scores, decision)
        result = CheckResult(
            id=proposal.id,
            verdict=decision.verdict,
            reason=decision.reason,
            impacted=impacted,
            flags=flags,
            rationale=rationale_for(decision, impacted, evidence, flags),
            evidence=evidence,
            confidence=decision.confidence,
            strategy_version=self.model.version,
            engine=ENGINE,
            details={"alignment_z": round(scores.z, 3)},
            learned_version=self.memory.version if self.memory is not None else None,
        )
        if vote is not None:
            _learned(result, vote)
        return Assessment(proposal, text, result, self.model, scores)

    def _learn(self, scores: Scores, vector: np.ndarray) -> Vote | None:
        """The near confirmed items' vote, blended into the scores; None when none is near."""
        if self.memory is None:
            return None
        vote = self.memory.vote(vector)
        if vote is not None:
            blending.blend(scores, vote, self.memory, self.model.tuning.orphan_z)
        return vote

    def _favour_cited(self, scores: Scores, text: str) -> None:
        """A key result the author names explicitly moves up the ranking, a little."""
        cited = {ref.lower() for ref in kr_references(text)}
        if not cited:
            return
        for i, kr in enumerate(self.model.krs):
            if kr.kr_id.lower() in cited:
                scores.kr_scores[i] += CITED_KR_BONUS
        scores.order = list(np.argsort(-scores.kr_scores))

    def _impacted(self, scores: Scores) -> list[Impacted]:
        return [
            Impacted(
                kr_id=self.model.krs[i].kr_id,
                objective_id=self.model.krs[i].objective_id,
                title=self.model.krs[i].title,
                score=round(float(scores.kr_scores[i]), 4),
            )
            for i in scores.order[: self.model.tuning.top_k]
        ]


def _learned(result: CheckResult, vote: Vote) -> None:
    """Say in the result when, and on which confirmed items, the verdict rests."""
    result.details["learned"] = blending.details(vote)
    sentence = blending.rationale_sentence(vote)
    if sentence:
        result.rationale = f"{result.rationale} {sentence}"
