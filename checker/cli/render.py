"""Human-readable output: a result in the terminal, a scores table, text to proposal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from checker.evaluation.llm_path import CandidateRecall, Escalation
from checker.evaluation.scores import Scores
from checker.models import CheckResult, Proposal
from checker.rationale import snippet

_VERDICT_STYLE = {"aligned": "green", "misaligned": "red", "unclear": "yellow"}
SCORE_COLUMNS = [
    "kr_top1",
    "kr_top3",
    "misaligned_f1",
    "conflict_recall",
    "metric_flag_acc",
    "injections_fooled",
]


def proposal_from_text(raw: str, item_id: str) -> Proposal:
    """First non-empty line is the title (Markdown heading marks dropped), the rest the body."""
    lines = raw.strip().splitlines()
    if not lines:
        return Proposal(id=item_id, title="", body="")
    title = lines[0].lstrip("#").strip()
    return Proposal(id=item_id, title=title, body="\n".join(lines[1:]).strip())


def print_result(result: CheckResult, console: Console) -> None:
    """A verdict a person can read at a glance."""
    style = _VERDICT_STYLE[result.verdict]
    reason = f" ({result.reason})" if result.reason else ""
    console.print(
        f"[bold {style}]{result.verdict.upper()}{reason}[/]  {result.id}", highlight=False
    )
    console.print(result.rationale, highlight=False)
    if result.impacted:
        console.print("\n[bold]Key results it would move[/]")
        for item in result.impacted[:3]:
            console.print(f"  {item.kr_id:<14} {item.score:6.3f}  {item.title}", highlight=False)
    if result.evidence:
        console.print("\n[bold]Strategy it rests on[/]")
        for ev in result.evidence[:3]:
            console.print(
                f"  [dim]{ev.section} ({ev.kind})[/]\n    {snippet(ev.text)}", highlight=False
            )
    if result.flags:
        console.print(f"\nflags: {', '.join(result.flags)}", highlight=False)
    version = f", prompt {result.prompt_version}" if result.prompt_version else ""
    console.print(f"[dim]engine: {result.engine}{version}[/]", highlight=False)


def print_scores(name: str, rows: dict[str, Scores], console: Console) -> None:
    """The eval figures, one row per engine."""
    table = Table(title=f"{name}: scores against labels.jsonl")
    table.add_column("engine")
    for column in SCORE_COLUMNS:
        table.add_column(column, justify="right")
    for engine, scores in rows.items():
        values = scores.model_dump()
        table.add_row(engine, *[_cell(values[c]) for c in SCORE_COLUMNS])
    console.print(table)


def print_llm_path(recall: CandidateRecall, console: Console) -> None:
    """What the LLM judge would be offered, measured without calling it."""
    shared = "every key result" if recall.all_krs_shared else "the non-goals only"
    if recall.outline:
        shared += " as an outline (the item's nearest objectives go with it in full)"
    console.print(
        f"LLM path (no LLM called): candidate recall {_cell(recall.kr)} of "
        f"{recall.aligned_items} aligned items (labelled key result offered), "
        f"{_cell(recall.conflict)} of {recall.conflict_items} conflicts (passage offered); "
        f"shared strategy part ~{recall.shared_tokens} tokens, holding {shared}",
        highlight=False,
    )


def print_escalation(figures: Escalation, console: Console) -> None:
    """Which share of items `--engine auto` would send to the LLM, and of the embedded
    engine's errors, measured from the labels without calling it."""
    console.print(
        f"auto (no LLM called): {_cell(figures.escalated)} of {figures.items} items escalated; "
        f"they hold {_cell(figures.verdict_errors_escalated)} of the embedded engine's "
        f"{figures.verdict_errors} verdict errors and {_cell(figures.ranking_errors_escalated)} "
        f"of its {figures.ranking_errors} key-result ranking errors",
        highlight=False,
    )


def _cell(value: object) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)
