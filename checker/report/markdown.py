"""The audit report as short Markdown, to paste into meeting notes.

Every text that came from the backlog or the strategy (ids, titles, names, quotes) is escaped
and kept on one line (`md`): a title holding `**`, a link or "# Heading" renders as written. A
control character from any of them is shown as U+FFFD (`printable`), as on the terminal: `cat`
on the file neither colours, rings nor erases.
"""

from __future__ import annotations

import re

from checker.markdown_text import inline_markdown as md
from checker.markdown_text import printable
from checker.report.drift import LearnedDrift
from checker.report.model import (
    GroupRow,
    Headline,
    ItemLine,
    NonGoalConflicts,
    ObjectiveCoverage,
    Report,
)
from checker.report.wording import count, num, pct

LIST_LIMIT = 10
KR_ITEM_LIMIT = 5  # item ids named per key result in the objectives table
_BACKTICKS = re.compile(r"`+")


def render_markdown(report: Report) -> str:
    """Headline, objectives, conflicts, orphans, missing metrics, teams, drift."""
    blocks = [
        _title(report), _headline(report), _objectives(report), _unmoved(report),
        _conflicts(report),
        _items("Orphan work", report.orphans),
        _items("Unclear: a person should look", report.unclear),
        _items("Suspected prompt injections (text set aside before checking)",
               report.injections, set_aside=True),
        _items("Upkeep", report.upkeep),
        _no_metric(report), _teams(report.columns, report.teams), _drift(report),
        _read(report),
    ]
    return printable("\n\n".join(b for b in blocks if b) + "\n")


def _title(r: Report) -> str:
    period = f" ({md(r.period)})" if r.period else ""
    return f"# Strategy audit: {md(r.organization or r.workspace)}{period}"


def _read(r: Report) -> str:
    if not r.read:
        return ""
    # (a fence longer than any run of backticks inside it holds them)
    fence = "`" * max([3, *(len(run) + 1 for run in _BACKTICKS.findall("\n".join(r.read)))])
    return f"---\n\n**What was read**\n\n{fence}\n" + "\n".join(r.read) + f"\n{fence}"


def _states(r: Report) -> str:
    return "; ".join(f"{s.state}: {count(s.items)}, effort {num(s.effort)}, "
                     f"{pct(s.aligned_share)} aligned" for s in r.states)


def _headline(r: Report) -> str:
    h = r.headline
    low, high = h.aligned_range
    states = f"\n\n{_states(r)}." if r.states else ""
    expected = ("" if h.expected_aligned_share is None else
                f"; about {pct(h.expected_aligned_share)} of effort aligned when each verdict "
                f"counts only as often as its confidence says it is right")
    return (
        f"**{pct(h.aligned_share)} of effort is on aligned work** ({pct(low)}–{pct(high)} "
        f"counting unclear items{expected}), "
        f"{pct(max(0.0, h.misaligned_share - h.upkeep_misaligned_share))} misaligned"
        f"{_of_it_upkeep(h)}, "
        f"{pct(h.unclear_share)} unclear; {count(h.items)}, effort {num(h.effort)}. "
        f"Capacity on upkeep: {pct(h.upkeep_share)}.{states}"
    )


def _objectives(r: Report) -> str:
    # Only aligned work moves an objective: a conflict goes against a non-goal (its own list).
    rows = ["| objective (aligned work that moves it) | aligned items | share of all effort "
            "| key results: items |", "|---|---:|---:|---|"]
    rows += [f"| {md(o.objective_id)} {md(o.title)} | {o.items} | {pct(o.share)} "
             f"| {_kr_work(o)} |" for o in r.objectives]
    return "\n".join(rows)


def _kr_work(objective: ObjectiveCoverage) -> str:
    """Each key result with work under it and that work's ids ("O1.KR1: Q-1, Q-7"), at most
    KR_ITEM_LIMIT ids each; the key results no work moves have a line of their own."""
    parts = []
    for kr in objective.key_results:
        if not kr.work:
            if kr.also:
                parts.append(f"{md(kr.kr_id)}: moved second by {count(kr.also)}")
            continue
        ids = ", ".join(md(x.id) for x in kr.work[:KR_ITEM_LIMIT])
        more = f" +{len(kr.work) - KR_ITEM_LIMIT}" if len(kr.work) > KR_ITEM_LIMIT else ""
        parts.append(f"{md(kr.kr_id)}: {ids}{more}")
    return "; ".join(parts)


def _unmoved(r: Report) -> str:
    if not r.unmoved_krs:
        return ""
    names = "; ".join(f"{md(kr.kr_id)} ({md(kr.title)})" for kr in r.unmoved_krs)
    return f"**Key results no work moves:** {names}."


def _conflicts(r: Report) -> str:
    """Conflicting work under the non-goal each item goes against; at most LIST_LIMIT items
    are named in all, every non-goal keeps its line."""
    if not r.conflicts:
        return ""
    rows = [f"**Conflicting work ({len(r.conflicts)}), by the non-goal it goes against:**", ""]
    named = 0
    for group in r.conflicts_by_non_goal:
        rows.append(f"- {_non_goal(group)}")
        shown = group.items[:max(0, LIST_LIMIT - named)]
        named += len(shown)
        rows += [f"  - {md(x.id)} {md(x.title)}" for x in shown]
        if shown and len(shown) < len(group.items):
            rows.append(f"  - … and {len(group.items) - len(shown)} more")
    return "\n".join(rows)


def _non_goal(group: NonGoalConflicts) -> str:
    size = f"{count(len(group.items))}, effort {num(group.effort)}"
    ng = group.non_goal
    if ng is None:
        return f"Against a non-goal the result did not cite: {size}"
    return f'Against "{md(ng.text)}" ({md(ng.where)}): {size}'


def _items(title: str, lines: list[ItemLine], set_aside: bool = False) -> str:
    if not lines:
        return ""
    rows = [f"**{title} ({len(lines)}):**", ""]
    for x in lines[:LIST_LIMIT]:
        spans = "; ".join(f'"{md(span)}"' for span in x.screened_out)
        aside = f": set aside {spans}" if set_aside and spans else ""
        rows.append(f"- {md(x.id)} {md(x.title)}{aside}")
    if len(lines) > LIST_LIMIT:
        rows.append(f"- … and {len(lines) - LIST_LIMIT} more")
    return "\n".join(rows)


def _no_metric(r: Report) -> str:
    if not r.no_metric:
        return ""
    says = "names no outcome it" if len(r.no_metric) == 1 else "name no outcome they"
    rows = [f"**{count(len(r.no_metric))} {says} will move** (no product "
            "discussion without the impacted metric; misaligned and upkeep items left out, "
            "since they need a decision, not a metric, and suspected injections, listed "
            "apart):", ""]
    rows += [f"- {md(x.id)} {md(x.title)}" for x in r.no_metric[:LIST_LIMIT]]
    if len(r.no_metric) > LIST_LIMIT:
        rows.append(f"- … and {len(r.no_metric) - LIST_LIMIT} more")
    return "\n".join(rows)


def _teams(columns: list[str], teams: list[GroupRow]) -> str:
    if not teams:
        return ""
    rows = ["| team | effort | " + " | ".join(md(c) for c in columns) + " |",
            "|---|---:|" + "---:|" * len(columns)]
    rows += [f"| {md(t.name)} | {num(t.effort)} | "
             + " | ".join(num(t.by_column.get(c, 0)) for c in columns) + " |" for t in teams]
    return "\n".join(rows)


def _drift(r: Report) -> str:
    d = r.drift
    if d is None:
        return ""
    changed = "; the strategy changed" if d.strategy_changed else ""
    rows = [
        f"**Since the previous audit** ({count(d.previous_items)}{changed}): "
        f"{len(d.newly_misaligned)} newly misaligned, "
        f"{count(len(d.kr_changed), 'changed key result')}, "
        f"{len(d.newly_aligned)} newly aligned, {len(d.added)} new, {len(d.removed)} gone.",
        "",
    ]
    by_strategy = " (after the strategy change)" if d.strategy_changed else ""
    rows += [f"- {md(c.id)}: {md(c.before)} → {md(c.after)}{by_strategy}"
             for c in d.newly_misaligned[:LIST_LIMIT]]
    rows += [f"- {md(c.id)}: key result {md(c.before)} → {md(c.after)}"
             for c in d.kr_changed[:LIST_LIMIT]]
    rows += _learned_drift(d.learned)
    return "\n".join(rows).rstrip()


def _learned_drift(learned: LearnedDrift | None) -> list[str]:
    if learned is None:
        return []
    rows = ["", f"**What the team's corrections changed**: {learned.headline()}.", ""]
    for c in learned.changed[:LIST_LIMIT]:
        confirmed = ", ".join(md(b) for b in c.because)
        resting = f" (rests on confirmed {confirmed})" if c.because else ""
        rows.append(f"- {md(c.id)}: {md(c.before)} → {md(c.after)}{resting}")
    return rows


def _of_it_upkeep(h: Headline) -> str:
    """", 9% upkeep that moves no key result (needed work, not drift)" when some work that
    serves no objective keeps the product running: said apart from the misaligned share, as the
    chart draws it (a newcomer read "9% of it" as a share of the misaligned part, and another
    found "54% misaligned" beside a chart's 47%)."""
    if not h.upkeep_misaligned_share:
        return ""
    return (f", {pct(h.upkeep_misaligned_share)} upkeep that moves no key result "
            "(needed work, not drift)")
