"""Run the embedded checker and the baselines over an evaluation workspace."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checker.audit.output import write_jsonl
from checker.embedded.engine import EmbeddedChecker
from checker.evaluation.calibration import Reliability, reliability
from checker.evaluation.scores import (
    Scores,
    bm25_baseline,
    cosine_baseline,
    dumps,
    load_eval_inputs,
    score,
)
from checker.llm.engine import LLMChecker
from checker.service import Services


@dataclass
class EvalTable:
    """Figures per engine, and the same as JSON."""

    rows: dict[str, Scores]
    reliability: Reliability  # of our engine's confidence against the answer key

    @property
    def json(self) -> str:
        return dumps(self.rows)


def run(
    folder: Path, checker: EmbeddedChecker | LLMChecker, services: Services, output: Path | None
) -> EvalTable:
    """Ours first, then BM25 alone and plain cosine over KR titles."""
    proposals, labels = load_eval_inputs(folder)
    ours = list(checker.check_many(proposals))
    engine = "embedded" if isinstance(checker, EmbeddedChecker) else checker.judge.engine
    if output is not None:
        with output.open("w", encoding="utf-8") as out:
            write_jsonl(ours, out)
    return EvalTable(
        reliability=reliability(labels, ours),
        rows={
            f"stratalign ({engine})": score(labels, ours),
            "baseline: BM25": score(labels, bm25_baseline(proposals, checker.model)),
            "baseline: cosine KR titles": score(
                labels, cosine_baseline(proposals, checker.model, services.embedder)
            ),
        }
    )
