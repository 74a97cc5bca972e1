"""Human-readable output: a result in the terminal, a scores table.

Text that comes from users (ids, titles, strategy passages) is printed with markup off: a
passage holding `[beta]` or `[/runbooks/x]` is text, not a Rich style tag; its control
characters are shown, not obeyed (checker/cli/printable.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from checker.cli.printable import printable
from checker.models import CheckResult, Impacted
from checker.rationale import snippet
from checker.thresholds import ESCALATE_MAX_SHARE
from checker.vocabulary import EvidenceRole

if TYPE_CHECKING:
    from checker.evaluation.calibration import Reliability
    from checker.evaluation.llm_path import CandidateRecall, Escalation
    from checker.evaluation.scores import Disagreement, Scores

_VERDICT_STYLE = {"aligned": "green", "misaligned": "red", "unclear": "yellow"}
_MATCH_STYLE = {"high": "green", "medium": "cyan", "low": "yellow"}
_EVIDENCE_HEADING = {
    EvidenceRole.SUPPORTS: "Strategy it rests on",
    EvidenceRole.CONFLICTS: "Strategy it goes against",
    EvidenceRole.NEAREST: "Nearest strategy (no claim that it supports the work)",
}
SCORE_COLUMNS = [
    "kr_top1",
    "kr_top3",
    "misaligned_f1",
    "conflict_recall",
    "metric_flag_acc",
    "injections_fooled",
]


def print_result(result: CheckResult, console: Console) -> None:
    """A verdict a person can read at a glance: what it is, why, which KRs, which passages."""
    head = Text(result.verdict.upper(), style=f"bold {_VERDICT_STYLE[result.verdict]}")
    if result.reason:
        head.append(f" ({result.reason})")
    head.append(f"  {printable(result.id)}")
    console.print(head)
    if result.verdict != "unclear":
        # (as the page says it: a 0.55 conflict must not read like a 0.93 one)
        console.print(Text(f"confidence {round(result.confidence * 100)}%: how often a verdict "
                           "like this one is right on the labelled sets", style="dim"))
    console.print(Text(printable(result.rationale)))
    if result.impacted:
        _print_impacted(result, console)
    if result.evidence:
        console.print(Text(f"\n{_EVIDENCE_HEADING[result.evidence[0].role]}", style="bold"))
        for ev in result.evidence[:3]:
            where = Text(printable(f"{ev.section} ({ev.kind})"), style="dim")
            console.print(Padding(where, (0, 0, 0, 2), expand=False))
            console.print(Padding(Text(printable(snippet(ev.text))), (0, 0, 0, 4), expand=False))
    if result.flags:
        console.print(Text(f"\nflags: {', '.join(result.flags)}"))
    version = f", prompt {result.prompt_version}" if result.prompt_version else ""
    console.print(Text(f"engine: {result.engine}{version}", style="dim"))


def _print_impacted(result: CheckResult, console: Console) -> None:
    """The key results aligned work moves (Impacted.moves), then how many more are only close in
    wording. An abstention moves nothing: its listing is only what the text came closest to;
    work against a non-goal is not counted as moving them (the report charges it to its
    non-goal), so there the match is shown uncoloured: a green "high" read as praise."""
    moved = [kr for kr in result.impacted if kr.moves]
    if moved:
        heading, shown, coloured = "Key results it would move", moved[:3], True
    else:
        heading = ("Closest key results by wording (it goes against a non-goal, so it moves "
                   "none)" if result.reason == "conflict" else "Closest key results by wording")
        shown, coloured = result.impacted[:3], False
    console.print(Text(f"\n{heading}", style="bold"))
    console.print(_kr_grid(shown, coloured))
    if moved:
        more = [f"{n} more {what}" for n, what in (
            (len(moved) - len(shown), "it would move"),
            (len(result.impacted) - len(moved), "close in wording only, not counted as moved"),
        ) if n]
    else:
        rest = len(result.impacted) - len(shown)
        more = [f"{rest} more at a lower match"] if rest else []
    if more:
        console.print(Text(f"  and {'; '.join(more)} (--format json lists them)", style="dim"))


def _kr_grid(items: list[Impacted], coloured: bool = True) -> Table:
    """One row per key result; a long title wraps under itself, not under the id."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(min_width=11)
    grid.add_column(min_width=7)
    grid.add_column()
    for item in items:
        text = Text(printable(item.title))
        if item.objective_title:
            text.append(printable(f"\n{item.objective_id}: {item.objective_title}"), style="dim")
        style = _MATCH_STYLE.get(item.match or "", "") if coloured else "dim"
        match = Text(item.match or "-", style=style)
        grid.add_row(Text(printable(f"  {item.kr_id}")), match, text)
    return grid


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


def print_disagreements(found: list[Disagreement], items: int, console: Console) -> None:
    """The items judged otherwise than labels.jsonl, so a perfect score row is not read as
    "every item right"."""
    if not found:
        console.print(f"every one of the {items} labelled item(s) judged as labels.jsonl says",
                      highlight=False)
        return
    table = Table(title=f"{len(found)} of {items} judged otherwise than labels.jsonl")
    for column in ("id", "labels.jsonl", "stratalign"):
        table.add_column(column)
    for d in found:
        table.add_row(d.id, d.expected, d.got)
    console.print(table)


# Below this many committed verdicts an expected calibration error is mostly noise.
FEW_VERDICTS = 50


def print_reliability(table: Reliability, console: Console) -> None:
    """Confidence against accuracy per bin, with counts, and the expected calibration error."""
    from checker.evaluation.calibration import MIN_BIN_VERDICTS, misses  # numpy: evaluating only

    grid = Table(title="confidence vs accuracy (committed verdicts; unclear left out)")
    for column in ("confidence", "items", "mean confidence", "accuracy", "gap"):
        grid.add_column(column, justify="right")
    for b in table.bins:
        if b.count and b.confidence is not None and b.accuracy is not None:
            gap = b.accuracy - b.confidence
            grid.add_row(f"{b.low:.1f}-{b.high:.1f}", str(b.count), f"{b.confidence:.3f}",
                         f"{b.accuracy:.3f}", f"{gap:+.3f}")
    console.print(grid)
    ece = "-" if table.ece is None else f"{table.ece:.3f}"
    few = table.committed < FEW_VERDICTS
    console.print(
        f"expected calibration error {ece} over {table.committed} verdicts; "
        f"{table.abstained} unclear"
        # (a newcomer set the shipped example's 0.135 over 11 verdicts beside the README's figure)
        + ("; too few verdicts for calibration to say much" if few else ""), highlight=False,
    )
    if not any(b.count >= MIN_BIN_VERDICTS for b in table.bins):
        # (a newcomer read "bins of 10+ verdicts off ...: 0 ... none in 100% of runs" when no
        # bin held 10 verdicts)
        console.print(f"no confidence bin holds {MIN_BIN_VERDICTS} or more verdicts, so none is "
                      "tested", highlight=False)
    elif table.chance_no_miss is not None:
        off = len(misses(table))
        console.print(
            f"bins of {MIN_BIN_VERDICTS}+ verdicts off by more than 0.1: {off}; with these "
            f"confidences, an engine whose confidence were exactly right would have none in "
            f"{table.chance_no_miss:.0%} of runs (chance alone)", highlight=False,
        )


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
        f"they hold {_cell(figures.errors_escalated)} of the embedded engine's "
        f"{figures.errors} wrong answers (verdict, reason or first key result): "
        f"{_cell(figures.verdict_errors_escalated)} of its {figures.verdict_errors} verdict "
        f"errors and {_cell(figures.ranking_errors_escalated)} of its {figures.ranking_errors} "
        f"key-result ranking errors",
        highlight=False,
    )
    if figures.errors_reachable is not None and figures.errors_reachable < 1:
        console.print(
            f"the embedded engine is wrong on more items than auto may send (at most "
            f"{ESCALATE_MAX_SHARE:.0%}): "
            f"no rule could hold more than {_cell(figures.errors_reachable)} of its wrong answers",
            highlight=False,
        )


def _cell(value: object) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)
