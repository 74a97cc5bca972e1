"""Run the embedded checker and the baselines over an evaluation workspace."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checker.audit.output import write_jsonl
from checker.embedded.engine import EmbeddedChecker
from checker.evaluation.scores import (
    Label,
    Scores,
    bm25_baseline,
    cosine_baseline,
    dumps,
    load_eval_inputs,
    score,
)
from checker.learning.kfold import assess_with_feedback
from checker.llm.engine import LLMChecker
from checker.models import CheckResult, Proposal
from checker.service import Services


@dataclass
class EvalTable:
    """Figures per engine, and the same as JSON."""

    rows: dict[str, Scores]

    @property
    def json(self) -> str:
        return dumps(self.rows)


def run(
    folder: Path,
    checker: EmbeddedChecker | LLMChecker,
    services: Services,
    output: Path | None,
    feedback: float | None = None,
) -> EvalTable:
    """Ours first, then BM25 alone and plain cosine over KR titles. With `feedback` (a fraction
    in (0, 1)) ours is judged k-fold with that share of the labels loaded as confirmations."""
    proposals, labels = load_eval_inputs(folder)
    engine = "embedded" if isinstance(checker, EmbeddedChecker) else checker.judge.engine
    if feedback is None:
        ours = list(checker.check_many(proposals))
    else:
        ours = _with_feedback(checker, proposals, labels, feedback)
        engine = f"{engine}, feedback {feedback:g}"
    if output is not None:
        with output.open("w", encoding="utf-8") as out:
            write_jsonl(ours, out)
    return EvalTable(
        rows={
            f"stratalign ({engine})": score(labels, ours),
            "baseline: BM25": score(labels, bm25_baseline(proposals, checker.model)),
            "baseline: cosine KR titles": score(
                labels, cosine_baseline(proposals, checker.model, services.embedder)
            ),
        }
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
