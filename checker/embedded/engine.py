"""The embedded checker: screen, embed, score, decide, explain. No LLM, no network."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import numpy as np

from checker.deadline import raise_if_stopped
from checker.embedded.citations import cited_kr_ids
from checker.embedded.flags import INJECTION_SUSPECTED, prose, prose_words, text_flags
from checker.embedded.impact import capped_for_unknown_kr, did_you_mean, impacted_for
from checker.embedded.internal_work import internal_area
from checker.embedded.kr_references import kr_references, unknown_kr_references
from checker.embedded.metric_reader import MetricReader
from checker.embedded.scoring import Scores, StrategyModel
from checker.embedded.upkeep import (
    is_labelled_upkeep,
    is_maintenance,
    is_upkeep_title,
    labels_of,
    with_upkeep,
)
from checker.embedded.verdict import Decision, Reading, decide
from checker.learning import blending
from checker.learning.corrections import Correction
from checker.learning.memory import ConfirmationMemory, Neighbour, Vote
from checker.models import CheckResult, Proposal
from checker.rationale import evidence_for, rationale_for
from checker.screening.injection import Screened, screen
from checker.screening.language import read_language
from checker.thresholds import CITED_KR_BONUS
from checker.vocabulary import Reason, Verdict
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
    # The text's embedding and the confirmed items it was judged with: the LLM judge's
    # examples are the nearest of them.
    vector: np.ndarray | None = None
    memory: ConfirmationMemory | None = None


class EmbeddedChecker:
    """Checks proposals against one workspace's indexed strategy."""

    def __init__(
        self,
        model: StrategyModel,
        embedder: Embedder,
        batch_size: int = 64,
        memory: ConfirmationMemory | None = None,
        metric_reader: MetricReader | None = None,
    ) -> None:
        self.model = model
        # the learned no_metric reading weighed with the rule (checker/embedded/flags.py);
        # None: the rule alone
        self.metric_reader = metric_reader
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
        raise_if_stopped()  # a check its caller gave up on ends here (checker/deadline.py)
        screened = [screen(p.text) for p in proposals]
        return self._assess_all(proposals, screened, self._embed(screened))

    def embed(self, proposals: list[Proposal]) -> np.ndarray:
        """Embeddings of the proposals' screened texts: float32 (n, dim), rows L2-normalised."""
        return self._embed([screen(p.text) for p in proposals])

    def assess_embedded(self, proposals: list[Proposal], vectors: np.ndarray) -> list[Assessment]:
        """Verdicts on proposals already embedded by `embed` (so k-fold runs embed once)."""
        return self._assess_all(proposals, [screen(p.text) for p in proposals], vectors)

    def _embed(self, screened: list[Screened]) -> np.ndarray:
        # Nothing left to read still needs a vector; the verdict then abstains (unread_reason).
        return self.embedder.embed_queries([s.text or "-" for s in screened])

    def _assess_all(
        self, proposals: list[Proposal], screened: list[Screened], vectors: np.ndarray
    ) -> list[Assessment]:
        logits: list[float | None] = [None] * len(proposals)
        if self.metric_reader is not None:
            logits = [float(x) for x in self.metric_reader.logits([s.text for s in screened])]
        return [
            self._assess(p, s, v, logit)
            for p, s, v, logit in zip(proposals, screened, vectors, logits, strict=True)
        ]

    def _assess(
        self, proposal: Proposal, screened: Screened, vector: np.ndarray,
        metric_logit: float | None = None,
    ) -> Assessment:
        text = screened.text
        said = prose(text)  # what the language is read from and the words are counted in
        # (the team's own upkeep label says what the title would: the item serves no key
        # result; it may still go against a non-goal, so conflicts stay in view)
        labels = labels_of(proposal.model_extra)
        labelled = is_labelled_upkeep(labels)
        reading = Reading(read_language(said), len(screened.removed), prose_words(said),
                          maintenance=is_maintenance(text),
                          upkeep_title=(labelled or is_upkeep_title(text))
                          and not kr_references(text),
                          internal_work=self._internal_work(text))
        flags = text_flags(text, self.kr_ids, self.metric_names, reading.language, reading.words,
                           metric_logit)
        if screened.suspected:
            flags.append(INJECTION_SUSPECTED)
        scores = self.model.score(vector, text)
        cited = self._favour_cited(scores, text)
        unblended = copy.copy(scores)  # what the strategy alone says, before the team's vote
        sims = self.memory.similarities_to(vector) if self.memory is not None else None
        vote = self._learn(scores, vector, sims)
        _lead(scores, [self.kr_ids.index(kr_id) for kr_id in cited])  # (the vote re-sorts)
        unknown = unknown_kr_references(text, self.kr_ids)
        decision = capped_for_unknown_kr(decide(self.model, scores, flags, reading), unknown)
        answered = self._answered_before(vector, sims)
        if answered is not None:
            decision = _as_answered(self.model, scores, answered.correction, self.memory)
        flags = with_upkeep(flags, decision.verdict, decision.reason, text, labels)
        named = answered.correction.krs if answered is not None else cited
        impacted = impacted_for(self.model, scores, decision, named)
        evidence = evidence_for(self.model, scores, decision,
                                impacted[0].kr_id if impacted else None)
        guesses = {ref: did_you_mean(ref, self.model, scores, impacted) for ref in unknown}
        result = CheckResult(
            id=proposal.id,
            verdict=decision.verdict,
            reason=decision.reason,
            impacted=impacted,
            flags=flags,
            rationale=rationale_for(decision, impacted, evidence, flags, guesses,
                                    self._metric_hint(scores)),
            evidence=evidence,
            confidence=decision.confidence,
            strategy_version=self.model.version,
            engine=ENGINE,
            details=_details(scores, guesses, decision, reading, screened),
            learned_version=self.memory.version if self.memory is not None else None,
            learned_at=self.memory.learned_at if self.memory is not None else None,
        )
        if vote is not None:
            _learned(result, vote)
        if answered is not None:
            _say_answered(result, answered)
        else:
            self._say_moved_lines(result, _Judged(unblended, vote, flags, reading, unknown))
        return Assessment(proposal, text, result, self.model, scores, vector, self.memory)

    def _internal_work(self, text: str) -> str | None:
        """How the internal or cosmetic area the title names is said, when the strategy never
        names it and the text cites no key result nor names one's metric; else None."""
        found = internal_area(text.split("\n", 1)[0][:300], self.model.strategy_text)
        if found is None:
            return None
        # (imported on first use: flags.rule_names_an_outcome says why)
        from checker.embedded.metric import mentions_a_metric

        if kr_references(text) or mentions_a_metric(text, self.metric_names):
            return None
        area, words = found
        return f'{area.said} ("{words}")'

    def _learn(self, scores: Scores, vector: np.ndarray, sims: np.ndarray | None) -> Vote | None:
        """The near confirmed items' vote, blended into the scores; None when none is near."""
        if self.memory is None:
            return None
        vote = self.memory.vote(vector, sims=sims)
        if vote is not None:
            blending.blend(scores, vote, self.memory, self.model.tuning.orphan_z)
        return vote

    def _answered_before(self, vector: np.ndarray, sims: np.ndarray | None) -> Neighbour | None:
        """The confirmed item that is this same item (cosine at least `same_item`), if any."""
        if self.memory is None:
            return None
        nearest = self.memory.nearest(vector, 1, sims)
        if nearest and nearest[0].similarity >= self.memory.tuning.same_item:
            return nearest[0]
        return None

    def _say_moved_lines(self, result: CheckResult, judged: _Judged) -> None:
        """When the confirmations moved the orphan line or the non-goal margin and that line at
        its default (the vote blended against it as well) would have given another verdict or
        reason, the result says which line decided and what the default would have said."""
        memory = self.memory
        default = memory.default_tuning if memory is not None else None
        if memory is None or default is None:
            return
        moved = blending.moved_lines(default, self.model.tuning)
        result.details.setdefault("learned", {})["lines"] = moved
        deciding: dict[str, dict[str, float]] = {}
        said_before = ""
        for name in moved:
            base = copy.copy(self.model)
            base.tuning = replace(self.model.tuning, **{name: getattr(default, name)})
            scores = copy.copy(judged.unblended)
            if judged.vote is not None:
                blending.blend(scores, judged.vote, memory, base.tuning.orphan_z)
            before = capped_for_unknown_kr(
                decide(base, scores, judged.flags, judged.reading), judged.unknown
            )
            if (before.verdict, before.reason) != (result.verdict, result.reason):
                deciding[name] = moved[name]
                said_before = said_before or _said(before.verdict, before.reason)
        if deciding:
            result.rationale += " " + blending.lines_sentence(
                deciding, _said(result.verdict, result.reason), said_before
            )

    def _favour_cited(self, scores: Scores, text: str) -> list[str]:
        """The key results the author names explicitly as what the work moves
        (citations.cited_kr_ids), as ids in the order cited: each gains CITED_KR_BONUS and they
        lead the listing, first cited first (over the 42 labelled organisations the first
        existing KR an aligned item cites is a labelled one for 245 of 246 items, its first
        labelled one for 243). Their scores stay their own, and a listed KR's match level says
        how well the text fits it, not where it is listed. The verdict does not move: it reads
        the scores, not the order, and anyone can cite an id."""
        cited = cited_kr_ids(text, self.kr_ids)
        lead = [self.kr_ids.index(kr_id) for kr_id in cited]
        if lead:
            scores.kr_scores[lead] += CITED_KR_BONUS
            _lead(scores, lead)
        return cited

    def _metric_hint(self, scores: Scores) -> str:
        """The closest key result, as a person reads it (its id and title, which names its
        metric and target), to name in the no-metric nudge."""
        if not self.model.krs:
            return ""
        kr = self.model.krs[scores.order[0]]
        return f"{kr.kr_id} ({kr.title})"


def _details(
    scores: Scores,
    unknown: dict[str, list[str]],
    decision: Decision,
    reading: Reading,
    screened: Screened,
) -> dict[str, object]:
    """What the verdict rests on beyond the contract fields: the alignment score, unknown key
    results cited, the margin the confidence was read from, the detected language, what the
    screen set aside."""
    details: dict[str, object] = {"alignment_z": round(scores.z, 3)}
    if unknown:
        details["unknown_kr"] = [{"cited": k, "did_you_mean": v} for k, v in unknown.items()]
    if decision.margin is not None:
        details["margin"] = round(decision.margin, 3)
    if decision.ceiling is not None:
        details["confidence_ceiling"] = decision.ceiling
    if reading.language.language or reading.language.script:
        details["language"] = reading.language.language or "und"
        details["script"] = reading.language.script
    if decision.why_unclear:
        details["why_unclear"] = decision.why_unclear
    if decision.internal_work:
        details["internal_work"] = decision.internal_work
    if screened.removed:
        details["screened_out"] = screened.removed
    if screened.hidden:
        details["hidden_not_read"] = screened.hidden  # comments and hidden markup: not judged
    return details


@dataclass(frozen=True)
class _Judged:
    """What a verdict was decided from, kept to ask what the default lines would have said."""

    unblended: Scores
    vote: Vote | None
    flags: list[str]
    reading: Reading
    unknown: list[str]


def _lead(scores: Scores, lead: list[int]) -> None:
    """Put the key results at `lead` (indices) first in the listing order, in that order."""
    if lead:
        scores.order = lead + [i for i in scores.order if i not in lead]


def _as_answered(
    model: StrategyModel, scores: Scores, answer: Correction, memory: ConfirmationMemory | None
) -> Decision:
    """The team's own answer to this text as the decision; its key results lead the listing,
    and a confirmed conflict cites the non-goal the text matches best, when one matches it
    better than generic work does (none is cited rather than an unrelated one)."""
    confidence = memory.tuning.answered_confidence if memory is not None else 1.0
    if answer.verdict != Verdict.MISALIGNED:
        first = {kr_id: rank for rank, kr_id in enumerate(answer.krs)}
        top = float(scores.kr_scores.max()) if len(scores.kr_scores) else 0.0
        for i, kr in enumerate(model.krs):
            if kr.kr_id in first:
                scores.kr_scores[i] = top + 0.01 * (len(first) - first[kr.kr_id])
        scores.order = list(np.argsort(-scores.kr_scores))
        return Decision(Verdict.ALIGNED, None, confidence, None)
    if answer.kind == Reason.CONFLICT:
        matched = np.where(model.non_goal, scores.conflict_scores, -np.inf)
        passage = int(np.argmax(matched)) if np.isfinite(matched).any() else None
        return Decision(Verdict.MISALIGNED, Reason.CONFLICT, confidence, passage)
    return Decision(Verdict.MISALIGNED, Reason.ORPHAN, confidence, None)


def _say_answered(result: CheckResult, answered: Neighbour) -> None:
    """The verdict is the team's own answer to this text: say so, and whose."""
    c = answered.correction
    who = f" ({c.author})" if c.author else ""
    result.rationale = (
        f"The team answered this same item before as {c.answer}{who}, item {c.item_id}: "
        f"that answer is the verdict. " + result.rationale
    )
    result.details.setdefault("learned", {})["answered"] = {
        "id": c.item_id, "answer": c.answer, "similarity": answered.similarity,
    }


def _said(verdict: str, reason: str | None) -> str:
    return f"{verdict} ({reason})" if reason else str(verdict)


def _learned(result: CheckResult, vote: Vote) -> None:
    """Say in the result when, and on which confirmed items, the verdict rests."""
    result.details["learned"] = blending.details(vote)
    sentence = blending.rationale_sentence(vote)
    if sentence:
        result.rationale = f"{result.rationale} {sentence}"
