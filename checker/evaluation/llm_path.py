"""The LLM path measured against the answer key without calling any LLM: whether the judge
would be offered the right answer (candidate recall), and whether `--engine auto` would send
it the items the embedded engine gets wrong (escalation)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel

from checker.embedded.engine import Assessment
from checker.embedded.retrieval import passage_ref
from checker.evaluation.scores import Label
from checker.llm.escalation import escalation_reasons
from checker.llm.offer import Offer, estimate_tokens
from checker.models import CheckResult
from checker.thresholds import ESCALATE_MAX_SHARE
from index.embedding import Embedder


class CandidateRecall(BaseModel):
    """Shares (0..1) of labelled items whose answer the judge is offered.

    `kr` counts aligned items with a labelled key result among the candidates; `conflict`
    counts conflict items whose passage is among them, the passage being the one nearest to
    the label's `why` (labels name no passage id).
    """

    aligned_items: int
    kr: float | None
    conflict_items: int
    conflict: float | None
    shared_tokens: int  # estimated tokens of the strategy part every item shares
    all_krs_shared: bool
    outline: bool  # the shared key results are an outline; the nearest objectives go in full


def candidate_recall(
    assessments: Sequence[Assessment], labels: Sequence[Label], offer: Offer, embedder: Embedder
) -> CandidateRecall:
    """Candidate recall of the LLM path over one evaluation workspace."""
    by_id = {a.proposal.id: a for a in assessments}
    aligned = [lab for lab in labels if lab.verdict == "aligned" and lab.krs and lab.id in by_id]
    kr_hits = sum(
        bool({k.kr_id for k in offer.candidates(by_id[lab.id].scores).krs} & set(lab.krs))
        for lab in aligned
    )
    conflicts = [lab for lab in labels if lab.kind == "conflict" and lab.id in by_id]
    pointed = _pointed_passages(offer, [lab.why or "" for lab in conflicts], embedder)
    conflict_hits = sum(
        offer.candidates(by_id[lab.id].scores).passage(ref) is not None
        for lab, ref in zip(conflicts, pointed, strict=True)
    )
    return CandidateRecall(
        aligned_items=len(aligned),
        kr=share(kr_hits, len(aligned)),
        conflict_items=len(conflicts),
        conflict=share(conflict_hits, len(conflicts)),
        shared_tokens=estimate_tokens(offer.shared.text),
        all_krs_shared=len(offer.shared.kr_rows) == len(offer.model.krs),
        outline=bool(offer.shared.kr_rows) and not offer.shared.detailed,
    )


class Escalation(BaseModel):
    """What `--engine auto` would send to the LLM, against the embedded engine's mistakes.

    An error (`answer_wrong`) is an item score.py counts against the engine: a verdict error (a
    verdict, or for misaligned a reason, other than the label's; `unclear` included) or a
    ranking error (an aligned item whose first key result is not a labelled one, which loses
    kr_top1). Shares 0..1.
    """

    items: int
    escalated: float | None
    errors: int
    errors_escalated: float | None
    verdict_errors: int
    verdict_errors_escalated: float | None
    ranking_errors: int
    ranking_errors_escalated: float | None
    # the most of `errors` any rule could hold sending at most ESCALATE_MAX_SHARE of the items
    # (a rule that knew the answers): where the embedded engine is wrong on more items than the
    # budget, no rule catches them all
    errors_reachable: float | None = None


def escalation(assessments: Sequence[Assessment], labels: Sequence[Label]) -> Escalation:
    """Which items auto escalates, and which share of the embedded errors that catches."""
    by_id = {lab.id: lab for lab in labels}
    rows = [(a, by_id[a.proposal.id]) for a in assessments if a.proposal.id in by_id]
    sent = [bool(escalation_reasons(a)) for a, _ in rows]
    verdict_errors = [verdict_wrong(a.result, lab) for a, lab in rows]
    ranking_errors = [ranking_wrong(a.result, lab) for a, lab in rows]
    errors = [v or r for v, r in zip(verdict_errors, ranking_errors, strict=True)]
    return Escalation(
        items=len(rows),
        escalated=share(sum(sent), len(rows)),
        errors=sum(errors),
        errors_escalated=caught(sent, errors),
        verdict_errors=sum(verdict_errors),
        verdict_errors_escalated=caught(sent, verdict_errors),
        ranking_errors=sum(ranking_errors),
        ranking_errors_escalated=caught(sent, ranking_errors),
        errors_reachable=reachable(sum(errors), len(rows)),
    )


def reachable(errors: int, items: int, max_share: float = ESCALATE_MAX_SHARE) -> float | None:
    """The largest share (0..1) of `errors` wrong answers that escalating at most `max_share` of
    `items` can hold: min(errors, floor(max_share * items)) / errors; None with no errors."""
    if not errors:
        return None
    # (rounded down: 4,998 of 5,000 is 0.999, short of all, not 1.0)
    return math.floor(min(errors, math.floor(max_share * items + 1e-9)) / errors * 1000) / 1000


def answer_wrong(result: CheckResult, label: Label) -> bool:
    """Whether score.py counts this item against the engine: its verdict, reason or first key
    result is not the label's."""
    return verdict_wrong(result, label) or ranking_wrong(result, label)


def verdict_wrong(result: CheckResult, label: Label) -> bool:
    """The verdict (`unclear` included), or a misaligned item's reason, is not the label's."""
    if result.verdict != label.verdict:
        return True
    return label.verdict == "misaligned" and bool(label.kind) and result.reason != label.kind


def ranking_wrong(result: CheckResult, label: Label) -> bool:
    """An aligned call on a labelled aligned item whose first key result is not a labelled one
    (with `verdict_wrong`, exactly the items that lose score.py's kr_top1)."""
    if label.verdict != "aligned" or not label.krs or result.verdict != "aligned":
        return False
    return not result.impacted or result.impacted[0].kr_id not in label.krs


def caught(sent: Sequence[bool], wrong: Sequence[bool]) -> float | None:
    """The share (0..1, 3 decimals) of the wrong items that were sent; None when none is wrong."""
    return share(sum(s and w for s, w in zip(sent, wrong, strict=True)), sum(wrong))


def _pointed_passages(offer: Offer, whys: list[str], embedder: Embedder) -> list[str]:
    """Per label, the id of the strategy passage nearest to its `why` line."""
    passages = offer.model.passage_vectors
    if not whys or not len(passages):
        return ["" for _ in whys]
    nearest = np.argmax(embedder.embed_queries(whys) @ passages.T, axis=1)
    return [passage_ref(int(row)) for row in nearest]


def share(hit: int, total: int) -> float | None:
    """hit / total rounded to 3 decimals; None when total is 0."""
    return round(hit / total, 3) if total else None
