"""Check the LLM's reply against the index, then turn it into a result (or a fallback)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from checker.embedded.engine import Assessment
from checker.embedded.flags import INJECTION_SUSPECTED, NO_METRIC
from checker.embedded.retrieval import Candidates, KRCandidate
from checker.embedded.upkeep import labels_of, with_upkeep
from checker.llm.client import LLMFailure, Usage
from checker.llm.reply import JudgeReply
from checker.models import CheckResult, Evidence, Impacted, Reason, Verdict
from checker.rationale import snippet
from checker.thresholds import MIN_SUPPORT_DENSE
from checker.vocabulary import Flag

T = TypeVar("T")

LLM_INVALID_REF = Flag.LLM_INVALID_REF
LLM_UNSUPPORTED = Flag.LLM_UNSUPPORTED
LLM_UNAVAILABLE = Flag.LLM_UNAVAILABLE
UPKEEP = Flag.UPKEEP


@dataclass
class Checked:
    """The reply after validation: only ids the candidates contain, a supportable verdict."""

    verdict: Verdict
    reason: Reason | None
    krs: list[KRCandidate]
    cited: list[str]
    flags: list[str]
    invalid_refs: list[str] = field(default_factory=list)
    downgraded: str | None = None
    metric_by_model: bool = False  # the model's `names_metric` decided `no_metric`


def validate(reply: JudgeReply, candidates: Candidates, flags: list[str]) -> Checked:
    """Drop invented ids (flagged), then downgrade what the evidence cannot support."""
    krs, bad_krs = _known(reply.kr_ids, candidates.kr)
    cited, bad_passages = _known(reply.cited_passages, candidates.passage)
    # Flags come from the text screen, not the model: a weak model echoes the flag names it
    # was shown, and its claims are kept in details for a person to read.
    flags = list(flags)
    invalid = bad_krs + bad_passages
    if invalid:
        flags.append(LLM_INVALID_REF)
    # (not on a text that tries to instruct the model: there the rule's reading stands)
    by_model = reply.names_metric is not None and INJECTION_SUSPECTED not in flags
    if by_model:
        # (the model reads the metric as a reviewer does, in any language: its reading replaces
        # the rule's; docs/llm.md has the figures)
        flags = [f for f in flags if f != NO_METRIC] + ([] if reply.names_metric else [NO_METRIC])
    checked = Checked(reply.verdict, _reason(reply), krs, [p.ref for p in cited], flags, invalid,
                      metric_by_model=by_model)
    _downgrade_unsupported(checked)
    if reply.upkeep and checked.reason == Reason.ORPHAN and UPKEEP not in checked.flags:
        checked.flags.append(UPKEEP)
    return checked


def _known(ids: list[str], lookup: Callable[[str], T | None]) -> tuple[list[T], list[str]]:
    """The ids the candidates contain (deduplicated, in order), and the ones they do not."""
    found: list[T] = []
    unknown: list[str] = []
    for raw in dict.fromkeys(ids):
        hit = lookup(raw)
        if hit is None:
            unknown.append(raw)
        else:
            found.append(hit)
    return found, unknown


def _reason(reply: JudgeReply) -> Reason | None:
    if reply.verdict != "misaligned":
        return None
    return reply.reason or Reason.ORPHAN


def _downgrade_unsupported(checked: Checked) -> None:
    if checked.verdict == "aligned" and INJECTION_SUSPECTED in checked.flags:
        # The embedded engine's rule too: a text that tries to steer the reviewer is never aligned.
        _downgrade(checked, "the text tries to instruct the reviewer")
        return
    why = _unsupported(checked)
    if why is not None:
        _downgrade(checked, why)
        checked.flags.append(LLM_UNSUPPORTED)


def _unsupported(checked: Checked) -> str | None:
    """Why the evidence cannot carry the LLM's verdict, if it cannot."""
    if checked.verdict == "aligned":
        top = checked.krs[0] if checked.krs else None
        if top is None:
            return "the LLM named no known key result"
        if top.dense < MIN_SUPPORT_DENSE and top.lexical == 0:
            return f"{top.kr_id} has almost no similarity to the text and no shared terms"
    if checked.reason == "conflict" and not checked.cited:
        return "the LLM cited no strategy passage for the conflict"
    return None


def _downgrade(checked: Checked, why: str) -> None:
    checked.verdict, checked.reason, checked.downgraded = Verdict.UNCLEAR, None, why


def judged_result(
    assessment: Assessment,
    candidates: Candidates,
    reply: JudgeReply,
    engine: str,
    prompt_version: str,
    usage: Usage,
    cached: bool,
) -> CheckResult:
    """The LLM's verdict, validated, in the result contract."""
    embedded = assessment.result
    checked = validate(reply, candidates, embedded.flags)
    flags = with_upkeep(
        checked.flags, checked.verdict, checked.reason, assessment.text,
        labels_of(assessment.proposal.model_extra),
    )
    return CheckResult(
        id=embedded.id,
        verdict=checked.verdict,
        reason=checked.reason,
        impacted=_impacted(checked.krs, embedded.impacted),
        flags=flags,
        rationale=_rationale(reply, checked, candidates),
        evidence=_evidence(checked.cited, candidates) or embedded.evidence,
        confidence=0.0 if checked.downgraded else round(reply.confidence, 3),
        strategy_version=embedded.strategy_version,
        engine=engine,
        prompt_version=prompt_version,
        learned_version=embedded.learned_version,
        learned_at=embedded.learned_at,
        details={
            **embedded.details,
            "embedded": {"verdict": embedded.verdict, "reason": embedded.reason},
            "llm": {
                "usage": usage.model_dump(),
                "cached": cached,
                "invalid_refs": checked.invalid_refs,
                "claimed_flags": reply.flags,
                # who read whether the text names a metric: the model, or the rule alone
                "metric_reading": "llm" if checked.metric_by_model else "rule",
                "upkeep": reply.upkeep,
                "downgraded": checked.downgraded,
            },
        },
    )


def _impacted(chosen: list[KRCandidate], embedded: list[Impacted]) -> list[Impacted]:
    """The LLM's ranking first, then the embedded ranking for the rest. The LLM's are those
    the work moves (the prompt asks for the key results it would move); the embedded ones
    after them are only close (Impacted.moves)."""
    first = [
        Impacted(kr_id=k.kr_id, objective_id=k.objective_id, title=k.title, score=k.score,
                 moves=True)
        for k in chosen
    ]
    named = {k.kr_id for k in chosen}
    rest = [i.model_copy(update={"moves": False}) for i in embedded if i.kr_id not in named]
    return (first + rest)[: max(len(embedded), len(first))]


def _evidence(cited: list[str], candidates: Candidates) -> list[Evidence]:
    passages = [candidates.passage(ref) for ref in cited]
    return [
        Evidence(source=p.source, section=p.section, text=p.text, score=p.score, kind=p.kind)
        for p in passages
        if p is not None
    ]


def _rationale(reply: JudgeReply, checked: Checked, candidates: Candidates) -> str:
    text = " ".join(reply.rationale.split()) + _named(checked, candidates, reply.rationale)
    if checked.downgraded:
        text = f"Unclear: {checked.downgraded}; a person should look. (The LLM said: {text})"
    if NO_METRIC in checked.flags and "metric" not in text.lower():
        text += " It names no metric: say which key result or metric it should move."
    return text


def _named(checked: Checked, candidates: Candidates, said: str) -> str:
    """What the rationale must name and did not: the key result of an aligned verdict, the
    passage of a conflict (quoted: a passage id means nothing outside the prompt)."""
    if checked.verdict == Verdict.ALIGNED and checked.krs and checked.krs[0].kr_id not in said:
        top = checked.krs[0]
        return f" Key result: {top.kr_id} ({top.title})."
    if checked.reason == Reason.CONFLICT and checked.cited:
        p = candidates.passage(checked.cited[0])
        if p is not None:
            return f' The strategy says ({p.section}): "{snippet(p.text)}"'
    return ""


def fallback_result(assessment: Assessment, failure: LLMFailure) -> CheckResult:
    """The embedded verdict, saying that and why the LLM gave none."""
    embedded = assessment.result
    return embedded.model_copy(
        update={
            "flags": [*embedded.flags, LLM_UNAVAILABLE],
            "rationale": f"{embedded.rationale} (LLM unavailable, {failure.kind}: "
            "this is the embedded verdict.)",
            "details": {
                **embedded.details,
                "llm_error": {"kind": failure.kind, "message": str(failure)},
            },
        }
    )
