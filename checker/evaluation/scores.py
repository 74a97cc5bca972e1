"""Score results against an answer key (labels.jsonl), as ../shared/eval/score.py does.

The answer key is never an input to checking: it is read only here, after the
results are made.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from checker.embedded.lexical import LexicalIndex
from checker.embedded.scoring import StrategyModel
from checker.models import CheckResult, Impacted, Proposal
from checker.vocabulary import Reason, Verdict
from index.errors import InputError
from index.files import read_text

LABELS_FILE = "labels.jsonl"
BACKLOG_FILE = "backlog.jsonl"
_PLAIN_METRIC = re.compile(r"\d|%|\bmetric|\bKR\b|\bOKR", re.I)


class Label(BaseModel):
    """One line of the answer key."""

    model_config = ConfigDict(extra="ignore")

    id: str
    verdict: str
    kind: str | None = None
    krs: list[str] = []
    states_metric: bool | None = None
    tags: list[str] = []
    why: str | None = None


class Scores(BaseModel):
    """The figures score.py prints."""

    items: int
    missing_results: int
    kr_top1: float | None
    kr_top3: float | None
    misaligned_precision: float | None
    misaligned_recall: float | None
    misaligned_f1: float | None
    conflict_recall: float | None
    metric_flag_acc: float | None
    injections_fooled: str


def read_labels(path: Path) -> list[Label]:
    """The answer key; errors name the line."""
    labels: list[Label] = []
    for number, line in enumerate(read_text(path, "answer key").splitlines(), start=1):
        if line.strip():
            try:
                labels.append(Label.model_validate_json(line))
            except ValueError as exc:
                raise InputError(f"bad label: {exc}", file=path, line=number) from None
    return labels


def _ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 3) if total else None


def score(labels: list[Label], results: list[CheckResult]) -> Scores:
    """The same figures as score.py, computed on result objects."""
    by_id = {r.id: r for r in results}
    aligned = [lab for lab in labels if lab.verdict == "aligned" and lab.krs]
    top1 = top3 = 0
    for lab in aligned:
        r = by_id.get(lab.id)
        ranked = [i.kr_id for i in r.impacted] if r else []
        top1 += bool(r and r.verdict == "aligned" and ranked[:1] and ranked[0] in lab.krs)
        top3 += bool(set(ranked[:3]) & set(lab.krs))
    tp = fp = fn = 0
    for lab in labels:
        r = by_id.get(lab.id)
        predicted = bool(r and r.verdict == "misaligned")
        actual = lab.verdict == "misaligned"
        tp, fp, fn = (
            tp + (predicted and actual),
            fp + (predicted and not actual),
            fn + (actual and not predicted),
        )
    conflicts = [lab for lab in labels if lab.kind == "conflict"]
    caught = sum(
        1
        for lab in conflicts
        if (r := by_id.get(lab.id)) and r.verdict == "misaligned" and r.reason == "conflict"
    )
    metric = [lab for lab in labels if lab.states_metric is not None]
    flag_ok = sum(
        1
        for lab in metric
        if ("no_metric" in (by_id[lab.id].flags if lab.id in by_id else []))
        == (not lab.states_metric)
    )
    injections = [lab for lab in labels if "injection" in lab.tags]
    fooled = sum(1 for lab in injections if (r := by_id.get(lab.id)) and r.verdict == "aligned")
    return Scores(
        items=len(labels),
        missing_results=sum(1 for lab in labels if lab.id not in by_id),
        kr_top1=_ratio(top1, len(aligned)),
        kr_top3=_ratio(top3, len(aligned)),
        misaligned_precision=_ratio(tp, tp + fp),
        misaligned_recall=_ratio(tp, tp + fn),
        misaligned_f1=round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else None,
        conflict_recall=_ratio(caught, len(conflicts)),
        metric_flag_acc=_ratio(flag_ok, len(metric)),
        injections_fooled=f"{fooled}/{len(injections)}",
    )


class Disagreement(BaseModel):
    """An item the checker judged otherwise than the answer key: "aligned O1.KR2",
    "misaligned (conflict)", "unclear", or "no result"."""

    id: str
    expected: str
    got: str


def disagreements(labels: list[Label], results: list[CheckResult]) -> list[Disagreement]:
    """The labelled items whose verdict, reason (for misaligned) or first key result (for
    aligned work the key names key results for) differ from the answer key, in its order.
    score()'s figures can all read 1.000 while one of these exists (an item labelled `unclear`
    called aligned counts in none of them: a newcomer's trial, 2026-12-02)."""
    by_id = {r.id: r for r in results}
    found = []
    for lab in labels:
        r = by_id.get(lab.id)
        first = r.impacted[0].kr_id if r and r.impacted else None
        same = bool(r and r.verdict == lab.verdict and (
            lab.verdict != "misaligned" or not lab.kind or r.reason == lab.kind) and (
            lab.verdict != "aligned" or not lab.krs or first in lab.krs))
        if not same:
            expected = _said(lab.verdict, lab.kind, lab.krs[0] if lab.krs else None)
            got = _said(r.verdict, r.reason, first) if r else "no result"
            found.append(Disagreement(id=lab.id, expected=expected, got=got))
    return found


def _said(verdict: str, reason: str | None, kr: str | None) -> str:
    if verdict == "aligned" and kr:
        return f"aligned {kr}"
    return f"{verdict} ({reason})" if verdict == "misaligned" and reason else verdict


def _baseline_result(
    proposal: Proposal, model: StrategyModel, scores: list[float], verdict: str, engine: str
) -> CheckResult:
    order = sorted(range(len(scores)), key=lambda i: -scores[i])[:5]
    return CheckResult(
        id=proposal.id,
        verdict=Verdict(verdict),
        reason=Reason.ORPHAN if verdict == Verdict.MISALIGNED else None,
        impacted=[
            Impacted(
                kr_id=model.krs[i].kr_id,
                objective_id=model.krs[i].objective_id,
                title=model.krs[i].title,
                score=round(scores[i], 4),
            )
            for i in order
        ],
        flags=[] if _PLAIN_METRIC.search(proposal.text) else ["no_metric"],
        rationale=f"baseline {engine}",
        strategy_version=model.version,
        engine=engine,
    )


def bm25_baseline(proposals: list[Proposal], model: StrategyModel) -> list[CheckResult]:
    """BM25 over key-result titles alone; no lexical overlap means orphan."""
    lexicon = LexicalIndex([f"{kr.title} {kr.metric}" for kr in model.krs])
    results = []
    for p in proposals:
        raw = [float(x) for x in lexicon.scores(p.text)]
        verdict = "aligned" if raw and max(raw) > 0 else "misaligned"
        results.append(_baseline_result(p, model, raw, verdict, "baseline:bm25"))
    return results


def cosine_baseline(
    proposals: list[Proposal], model: StrategyModel, embed: Any
) -> list[CheckResult]:
    """Plain cosine between the proposal and key-result titles; everything is 'aligned'."""
    titles = embed.embed_documents([kr.title for kr in model.krs])
    vectors = embed.embed_queries([p.text for p in proposals])
    sims = vectors @ titles.T
    return [
        _baseline_result(p, model, [float(x) for x in row], "aligned", "baseline:cosine")
        for p, row in zip(proposals, sims, strict=True)
    ]


def load_eval_inputs(workspace: Path) -> tuple[list[Proposal], list[Label]]:
    """The backlog and answer key of an evaluation workspace."""
    from checker.backlog.reading import read_backlog

    labels_path = workspace / LABELS_FILE
    if not labels_path.is_file():
        raise InputError(
            "no answer key; `eval` needs labels.jsonl beside backlog.jsonl", file=labels_path
        )
    backlog = read_backlog(workspace / BACKLOG_FILE)
    if backlog.errors:
        first = backlog.errors[0]
        raise InputError(first.message, file=backlog.source, line=first.line)
    return backlog.items, read_labels(labels_path)
