"""Plain-language rationale and cited evidence for a decision."""

from __future__ import annotations

import numpy as np

from checker.embedded.flags import NO_METRIC, UNKNOWN_KR
from checker.embedded.scoring import Scores, StrategyModel
from checker.embedded.verdict import Decision
from checker.models import Evidence, Impacted

_SNIPPET = 160


def snippet(text: str, limit: int = _SNIPPET) -> str:
    """The start of a passage, cut at a word boundary."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + "…"


def evidence_for(model: StrategyModel, scores: Scores, decision: Decision) -> list[Evidence]:
    """Passages the verdict rests on: the non-goal for a conflict, else the nearest passages."""
    cited: list[Evidence] = []
    if decision.conflict_passage is not None:
        cited.append(_passage(model, decision.conflict_passage, scores.conflict_scores))
    allowed = np.flatnonzero(~model.non_goal)
    nearest = allowed[np.argsort(-scores.passage_dense[allowed])][:2]
    cited += [_passage(model, int(i), scores.passage_dense) for i in nearest]
    return cited


def _passage(model: StrategyModel, index: int, values: np.ndarray) -> Evidence:
    passage = model.passages[index]
    return Evidence(
        source=passage.source,
        section=passage.section,
        text=passage.text,
        score=round(float(values[index]), 4),
        kind=passage.kind,
    )


def rationale_for(
    decision: Decision, impacted: list[Impacted], evidence: list[Evidence], flags: list[str]
) -> str:
    """One or two sentences a product manager would accept."""
    sentences = [_verdict_sentence(decision, impacted, evidence)]
    if NO_METRIC in flags:
        sentences.append("It names no metric: say which key result or metric it should move.")
    if UNKNOWN_KR in flags:
        sentences.append("It cites a key result that the current OKRs do not define.")
    return " ".join(sentences)


def _verdict_sentence(
    decision: Decision, impacted: list[Impacted], evidence: list[Evidence]
) -> str:
    top = impacted[0] if impacted else None
    cite = evidence[0] if evidence else None
    if decision.reason == "conflict" and cite is not None:
        return (
            f'Goes against the strategy: {cite.section} says "{snippet(cite.text)}"; '
            "work that contradicts a non-goal needs an explicit decision."
        )
    if decision.reason == "orphan":
        closest = (
            f" Its closest key result, {top.kr_id} ({top.title}), is a weak match." if top else ""
        )
        return f"Serves no objective in the current OKRs.{closest}"
    if decision.verdict == "unclear":
        lead = f" The nearest key result is {top.kr_id} ({top.title})." if top else ""
        return f"Unclear ({decision.why_unclear}); a person should look.{lead}"
    assert top is not None
    basis = f' It rests on {cite.section}: "{snippet(cite.text)}"' if cite else ""
    return f"Likely moves {top.kr_id} ({top.title}).{basis}"
