"""Run the checker and the baselines over an evaluation workspace, and measure the LLM path
(candidate recall) without calling any LLM."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from checker.audit.output import write_jsonl
from checker.embedded.engine import EmbeddedChecker
from checker.evaluation.calibration import Reliability, reliability
from checker.evaluation.llm_path import CandidateRecall, Escalation, candidate_recall, escalation
from checker.evaluation.scores import (
    Disagreement,
    Label,
    Scores,
    bm25_baseline,
    cosine_baseline,
    disagreements,
    load_eval_inputs,
    score,
)
from checker.learning.kfold import assess_with_feedback
from checker.llm.engine import LLMChecker
from checker.llm.offer import Offer
from checker.models import CheckResult, Proposal
from checker.service import Services


@dataclass
class EvalTable:
    """Figures per engine, what the LLM path would be offered, and the same as JSON."""

    rows: dict[str, Scores]
    reliability: Reliability  # of our engine's confidence against the answer key
    llm_path: CandidateRecall
    escalation: Escalation
    disagreements: list[Disagreement]  # ours against the answer key, item by item

    @property
    def json(self) -> str:
        figures: dict[str, object] = {name: s.model_dump() for name, s in self.rows.items()}
        figures["reliability"] = self.reliability.model_dump()
        figures["llm_path"] = self.llm_path.model_dump()
        figures["auto_escalation"] = self.escalation.model_dump()
        figures["disagreements"] = [d.model_dump() for d in self.disagreements]
        return json.dumps(figures)


def run(
    folder: Path,
    checker: EmbeddedChecker | LLMChecker,
    services: Services,
    output: Path | None,
    budget_tokens: int,
    feedback: float | None = None,
) -> EvalTable:
    """Ours first, then BM25 alone and plain cosine over KR titles; then the LLM path. With
    `feedback` (a fraction in (0, 1)) ours is judged k-fold with that share of the labels
    loaded as confirmations."""
    proposals, labels = load_eval_inputs(folder)
    embedded = checker if isinstance(checker, EmbeddedChecker) else checker.embedded
    assessments = list(embedded.assess_many(proposals))
    engine = "embedded" if isinstance(checker, EmbeddedChecker) else checker.judge.engine
    if feedback is not None:
        ours = _with_feedback(checker, proposals, labels, feedback)
        engine = f"{engine}, feedback {feedback:g}"
    elif isinstance(checker, EmbeddedChecker):
        ours = [a.result for a in assessments]
    else:
        ours = list(checker.check_many(proposals))
    if output is not None:
        with output.open("w", encoding="utf-8") as out:
            write_jsonl(ours, out)
    offer = Offer(embedded.model, budget_tokens)
    return EvalTable(
        reliability=reliability(labels, ours),
        rows={
            f"stratalign ({engine})": score(labels, ours),
            "baseline: BM25": score(labels, bm25_baseline(proposals, checker.model)),
            "baseline: cosine KR titles": score(
                labels, cosine_baseline(proposals, checker.model, services.embedder)
            ),
        },
        llm_path=candidate_recall(assessments, labels, offer, services.embedder),
        escalation=escalation(assessments, labels),
        disagreements=disagreements(labels, ours),
    )


def _with_feedback(
    checker: EmbeddedChecker | LLMChecker,
    proposals: list[Proposal],
    labels: list[Label],
    fraction: float,
) -> list[CheckResult]:
    """k-fold (checker/learning/kfold.py); an LLM judges each fold's embedded assessments."""
    embedded = checker if isinstance(checker, EmbeddedChecker) else checker.embedded
    assessed = assess_with_feedback(embedded, proposals, labels, fraction)
    if isinstance(checker, EmbeddedChecker):
        return [a.result for a in assessed]
    return [checker.judge.judge(a) for a in assessed]
