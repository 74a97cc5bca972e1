"""Plain-text views of what was read from a workspace (`stratalign index` and `stratalign show`).

Printed with typer.echo, never as rich markup: strategy text holds brackets ("[Describe ...]").
"""

from __future__ import annotations

import textwrap

from index.models import KeyResult
from index.reading import PassageRead, StrategyReading

# `stratalign index` prints this many warnings in full; more are counted, and `show` lists them.
SUMMARY_WARNINGS = 3
# `show` gives this many characters of each context passage (about one terminal line).
CONTEXT_CHARS = 90


def summary_text(reading: StrategyReading) -> str:
    """Counts read, files skipped and warnings: the end of `stratalign index`."""
    kinds = _by_kind(reading)
    lines = [
        f"read: {_count(reading.objective_count, 'objective')}, "
        f"{_count(reading.key_result_count, 'key result')}; "
        f"{_count(sum(reading.passages_by_kind.values()), 'passage')} from "
        f"{_count(len(reading.documents), 'document')} ({kinds})"
    ]
    lines += [f"skipped {s.file}: {s.reason}" for s in reading.skipped]
    if len(reading.warnings) > SUMMARY_WARNINGS:
        lines.append(f"{len(reading.warnings)} warnings; `stratalign show` lists them")
    else:
        lines += [f"warning: {_where(w.file, w.line)}: {w.message}" for w in reading.warnings]
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    """ "1 document", "3 documents" """
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _by_kind(reading: StrategyReading) -> str:
    """ "7 priority, 3 non-goal, 0 context" """
    return ", ".join(f"{n} {kind.replace('_', '-')}"
                     for kind, n in reading.passages_by_kind.items())


def reading_text(reading: StrategyReading) -> str:
    """The strategy as the checker sees it: objectives with key results and metrics, priorities
    and non-goals with source and section, the start of each context passage, documents,
    skipped files and warnings."""
    head = " ".join(x for x in (reading.organization, reading.period) if x)
    lines = [f"{reading.workspace}{f' ({head})' if head else ''}, strategy version "
             f"{reading.version}", "", "Objectives and key results"]
    for objective in reading.objectives:
        lines.append(f"  {objective.id}  {objective.title}")
        lines += [f"    {kr.id}  {kr.title}{_metric(kr)}" for kr in objective.key_results]
        if not objective.key_results:
            lines.append("    (no key results)")
    lines += ["", f"Priorities ({len(reading.priorities)})", *_listed(reading.priorities)]
    if not reading.priorities:
        lines.append("  none found: key results alone decide what is aligned")
    lines += ["", f"Non-goals ({len(reading.non_goals)})", *_listed(reading.non_goals)]
    if not reading.non_goals:
        lines.append("  none found: nothing can be called a conflict")
    lines += ["", f"Context ({len(reading.context)}): read as background, neither a priority "
              "nor a non-goal", *_briefly(reading.context)]
    lines += ["", f"Passages ({sum(reading.passages_by_kind.values())}): {_by_kind(reading)}"]
    lines += ["", "Documents"]
    lines += [f"  {d.name}: {d.passages} passages" for d in reading.documents]
    lines += [f"  skipped {s.file}: {s.reason}" for s in reading.skipped]
    lines += ["", f"Warnings ({len(reading.warnings)})"]
    lines += [f"  {_where(w.file, w.line)}: {w.message}" for w in reading.warnings]
    return "\n".join(lines)


def _listed(passages: list[PassageRead]) -> list[str]:
    """Each passage with its section and line; a passage's own line breaks stay indented under
    its first line, not at the margin."""
    return [f"  - {p.text.replace(chr(10), chr(10) + '    ')}\n    {p.section} (line {p.line})"
            for p in passages]


def _briefly(passages: list[PassageRead]) -> list[str]:
    """Each passage's section and line, with the start of its text on one line: context is
    often long, and what a reader checks is which sections landed here."""
    return [f"  - {p.section} (line {p.line})\n    {_start(p.text)}" for p in passages] or [
        "  none"]


def _start(text: str) -> str:
    """About CONTEXT_CHARS of a text, cut at a word; cut anywhere when its first word is longer
    (CJK prose has no spaces; a passage may open with a long URL)."""
    short = textwrap.shorten(text, CONTEXT_CHARS, placeholder=" …")
    return short if short != "…" else " ".join(text.split())[:CONTEXT_CHARS] + " …"


def _metric(kr: KeyResult) -> str:
    """ "  [active subscriptions 4200 -> 7000]": the metric's name when the OKRs give one (no
    stand-in word when they do not), its baseline and target, and its unit."""
    if not (kr.metric or kr.baseline is not None or kr.target is not None):
        return ""
    parts = [kr.metric] if kr.metric else []
    if kr.baseline is not None or kr.target is not None:
        parts.append(f"{_value(kr.baseline)} -> {_value(kr.target)}")
    if kr.unit:
        parts.append(kr.unit)
    return f"  [{' '.join(parts)}]"


def _value(value: float | str | None) -> str:
    if value is None:
        return "?"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _where(file: str, line: int | None) -> str:
    return f"{file}:{line}" if line is not None else file
