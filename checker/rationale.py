"""Plain-language rationale and cited evidence for a decision.

Only what the verdict rests on is cited: the non-goal for a conflict, passages the proposal
matches better than any generic background work for an aligned or unclear call (for aligned
work, those of its first key result's objective first: passages belong to the key result they
are nearest to, StrategyModel.objective_links), nothing for an orphan (it rests on nothing in
the strategy).
"""

from __future__ import annotations

import numpy as np

from checker.embedded.flags import NO_METRIC
from checker.embedded.scoring import Scores, StrategyModel
from checker.embedded.verdict import Decision
from checker.models import Evidence, Impacted
from checker.vocabulary import EvidenceRole, Flag, Reason, Verdict

_SNIPPET = 160
_CITED = 2  # passages cited beside the verdict's own


def snippet(text: str, limit: int = _SNIPPET) -> str:
    """The start of a passage, cut at a word boundary."""
    flat = " ".join(text.split())
    # (without the cut sentence's own stop: "batteries.…" read as a typo in a newcomer's report)
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0].rstrip(".,;:—–-") + "…"


def evidence_for(
    model: StrategyModel, scores: Scores, decision: Decision, first_kr: str | None = None
) -> list[Evidence]:
    """Passages the verdict rests on, best first (see the module docstring); for work aligned
    to `first_kr`, the passages of that key result's objective come first (a newcomer's digest
    for studio owners, aligned to an owner key result, quoted the memberships priority)."""
    if decision.conflict_passage is not None:
        return [_passage(model, decision.conflict_passage, scores.conflict_scores,
                         EvidenceRole.CONFLICTS)]
    if decision.reason in (Reason.ORPHAN, Reason.CONFLICT) or not decision.read:
        # (a conflict the team answered, where no non-goal matches the text, cites nothing)
        return []
    role = EvidenceRole.SUPPORTS if decision.verdict == Verdict.ALIGNED else EvidenceRole.NEAREST
    # A passage supports the work only when the work matches it better than generic work does.
    beats_background = scores.passage_match > model.non_goal_floor
    allowed = np.flatnonzero(model.speaks_for_work & beats_background)
    nearest = allowed[np.argsort(-scores.passage_dense[allowed])]
    own = _objective_passages(model, first_kr) if role == EvidenceRole.SUPPORTS else set()
    ranked = [i for i in nearest if i in own] + [i for i in nearest if i not in own]
    return [_passage(model, int(i), scores.passage_dense, role) for i in ranked[:_CITED]]


def _objective_passages(model: StrategyModel, kr_id: str | None) -> set[int]:
    """The passages linked to a key result's objective (StrategyModel.objective_links)."""
    index = next((k for k, kr in enumerate(model.krs) if kr.kr_id == kr_id), None)
    return set() if index is None else {int(i) for i in model.objective_links[index]}


def _passage(
    model: StrategyModel, index: int, values: np.ndarray, role: EvidenceRole
) -> Evidence:
    passage = model.passages[index]
    return Evidence(
        source=passage.source,
        section=passage.section,
        text=passage.text,
        score=round(float(values[index]), 4),
        kind=passage.kind,
        role=role,
    )


def rationale_for(
    decision: Decision,
    impacted: list[Impacted],
    evidence: list[Evidence],
    flags: list[str],
    unknown: dict[str, list[str]] | None = None,
    metric_hint: str | None = None,
) -> str:
    """One to three sentences a product manager would accept.

    `unknown` maps each KR id the text cites but the OKRs lack to real ids it may mean;
    `metric_hint` names the closest key result's metric, for the no-metric nudge.
    """
    sentences = [_verdict_sentence(decision, impacted, evidence)]
    for cited, guesses in (unknown or {}).items():
        maybe = f"; did you mean {' or '.join(guesses)}?" if guesses else "."
        sentences.append(f"It cites {cited}, which the current OKRs do not define{maybe}")
    if Flag.UPKEEP in flags:
        sentences.append("It reads as upkeep (dependencies, security, compliance, upgrades, "
                         "incident follow-ups, clean-ups): needed work that serves no key "
                         "result, counted apart from strategy drift.")
    elif NO_METRIC in flags and Flag.NON_ENGLISH in flags:
        # The metric rule reads English: say what it could not find, suggest nothing from
        # a text the engine could not read.
        sentences.append("The metric rule reads English and found no outcome it will move; "
                         "say which key result it serves, if any.")
    elif NO_METRIC in flags and decision.reason != Reason.CONFLICT:
        sentences.append(_metric_nudge(impacted, metric_hint, decision.verdict))
    return " ".join(sentences)


def _metric_nudge(impacted: list[Impacted], metric_hint: str | None, verdict: str) -> str:
    """The no-metric nudge; it names a key result's metric only for work judged to move it
    (suggesting one to work that fits none, or that was too close to call, would invite pasting
    an id in to pass the check: a newcomer's unclear confetti item was told to cite an
    import-time key result)."""
    if impacted and metric_hint and verdict == Verdict.ALIGNED:
        return f"It names no outcome it will move: say which, e.g. {metric_hint}."
    return "It names no outcome it will move: say which key result it serves, if any."


def kr_label(kr: Impacted) -> str:
    """`O1.KR2 (title) under O1 (objective title)`, or without the objective when untitled."""
    under = f" under {kr.objective_id} ({kr.objective_title})" if kr.objective_title else ""
    return f"{kr.kr_id} ({kr.title}){under}"


def _verdict_sentence(
    decision: Decision, impacted: list[Impacted], evidence: list[Evidence]
) -> str:
    top = impacted[0] if impacted else None
    cite = evidence[0] if evidence else None
    if decision.reason == Reason.CONFLICT and cite is not None:
        return (
            f'Goes against the strategy: {cite.section} says "{snippet(cite.text)}"; '
            "work that contradicts a non-goal needs an explicit decision."
        )
    if decision.reason == Reason.CONFLICT:
        # (the team's answer, where no non-goal of the strategy matches the text closely)
        return ("Goes against the strategy, as the team answered; no non-goal passage matches "
                "it closely enough to cite.")
    if decision.reason == Reason.ORPHAN and decision.internal_work:
        return (f"Serves no objective in the current OKRs: its title says it is "
                f"{decision.internal_work}, which the strategy never names, and it cites no key "
                "result nor names one's metric; words it shares with a key result are no sign "
                "it moves one.")
    if decision.reason == Reason.ORPHAN:
        return ("Serves no objective in the current OKRs: no key result or strategy passage "
                "matches it better than generic work does.")
    if decision.verdict == Verdict.UNCLEAR:
        lead = f" The nearest key result is {kr_label(top)}." if top else ""
        if top and not decision.read:
            lead = (" Going only by the ids, numbers and names it shares with the strategy (a "
                    f"guess, not a reading), the nearest key result is {kr_label(top)}.")
        return f"Unclear ({decision.why_unclear}); a person should look.{lead}"
    basis = f' It rests on {cite.section}: "{snippet(cite.text)}"' if cite else ""
    if top is None:
        # (the team answered "aligned" and named no key result the strategy still has)
        return f"Serves the strategy, though no key result stands out for it.{basis}"
    return f"Likely moves {kr_label(top)}.{basis}"
