"""The audit report for review meetings: where the effort goes against the strategy.

Built from the checked items and their results; rendered as HTML (report_html) or
Markdown (report_md). Effort is story points or an estimate when an item has one,
else each item counts 1.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from pydantic import BaseModel, Field

from checker.embedded.flags import INJECTION_SUSPECTED, NO_METRIC
from checker.models import CheckResult, Evidence, Impacted, Proposal
from checker.rationale import snippet
from checker.report.drift import Drift
from checker.vocabulary import EvidenceRole, Flag, Reason, Verdict
from index.models import OKRSet

MISALIGNED = "misaligned"
UNCLEAR = "unclear"
# The columns of the team and person tables for work that moves no objective, each apart: going
# against a non-goal, serving nothing, needed upkeep, not judged.
WORK_APART = (Reason.CONFLICT.value, Reason.ORPHAN.value, Flag.UPKEEP.value, UNCLEAR)
NON_GOAL_SHOWN = 120  # characters of a non-goal's text the report shows (whole words)


class NonGoalRef(BaseModel):
    """The non-goal (or principle) a conflict goes against, as its result cited it."""

    text: str  # the passage's start, at most NON_GOAL_SHOWN characters, cut at a word
    source: str  # the strategy file
    section: str  # "file > heading > label": where in the file

    @property
    def where(self) -> str:
        """Its file and place in it, e.g. 'strategy.md > Non-goals'."""
        return self.section if self.section.startswith(self.source) else \
            " > ".join(part for part in (self.source, self.section) if part)


class ItemLine(BaseModel):
    """One checked item as the report shows it."""

    id: str
    title: str
    verdict: str
    reason: str | None
    kr_id: str | None
    objective_id: str | None
    kr_title: str | None = None
    objective_title: str | None = None
    effort: float
    team: str | None
    assignee: str | None
    flags: list[str]
    rationale: str
    cited: str | None  # "section: start of the passage"
    # Aligned work's other key results it moves too (_moved_too), though its
    # effort counts under the first (a newcomer's bake plan moved "unsold bread" second, and the
    # report said no work moved it, 2026-12-01)
    also_krs: list[str] = Field(default_factory=list)
    against: NonGoalRef | None = None  # a conflict's non-goal; None for other work
    state: str | None = None  # "open" or "done" when the tracker said
    confidence: float = 0.0  # the result's: the chance its verdict is right (0..1)
    # The start of each text set aside before checking because it tried to instruct the reviewer
    # (the injection screen's `details.screened_out`): shown, as data, beside the item.
    screened_out: list[str] = Field(default_factory=list)


class Headline(BaseModel):
    """The strategy-execution gap in one figure, with how sure we are of it."""

    items: int
    effort: float
    by_verdict: dict[str, float]  # effort per verdict
    aligned_share: float
    misaligned_share: float
    unclear_share: float
    # Upkeep that serves no key result (dependency bumps, security patches, compliance,
    # upgrades, incident follow-ups): counted in its verdict's share, and shown apart.
    upkeep_share: float = 0.0
    # The part of misaligned_share that is upkeep (an orphan that keeps the product running),
    # so the headline can say how much of the "misaligned" figure is no drift. 0..1, of all
    # effort.
    upkeep_misaligned_share: float = 0.0
    # The aligned share to expect if each committed verdict is right as often as its confidence
    # says (a calibrated chance: docs/quality.md): aligned work counts by its confidence,
    # misaligned work by the chance it is aligned after all; unclear work is left to the range.
    # None when no committed verdict carries a confidence. 0..1, of all effort.
    expected_aligned_share: float | None = None

    @property
    def aligned_range(self) -> tuple[float, float]:
        """Unclear items could go either way: the aligned share lies in this range."""
        return self.aligned_share, self.aligned_share + self.unclear_share


class StateShare(BaseModel):
    """Open or done work on its own: how much, and the share of its effort that is aligned."""

    state: str
    items: int
    effort: float
    aligned_share: float


class KRCoverage(BaseModel):
    kr_id: str
    title: str
    items: int = 0
    effort: float = 0.0
    share: float = 0.0
    # The aligned items counted here, most effort first: what a review checks before it
    # presents a key result's share (a newcomer's largest bar was one wrongly aligned item).
    work: list[ItemLine] = Field(default_factory=list)
    # Aligned items that move it too, counted under another key result first (ItemLine.also_krs)
    also: int = 0


class ObjectiveCoverage(BaseModel):
    """Aligned work that moves one objective: items, effort and share of all effort. Conflicts
    are never counted here: they go against a non-goal, not an objective (NonGoalConflicts)."""

    objective_id: str
    title: str
    items: int = 0
    effort: float = 0.0
    share: float = 0.0
    key_results: list[KRCoverage] = Field(default_factory=list)


class NonGoalConflicts(BaseModel):
    """The conflicting work that goes against one non-goal, in backlog order, and its effort.
    `non_goal` is None for conflicts whose result cited no passage."""

    non_goal: NonGoalRef | None
    items: list[ItemLine]
    effort: float


class GroupRow(BaseModel):
    """A team's or a person's effort across objectives, misaligned and unclear work."""

    name: str
    effort: float
    by_column: dict[str, float]


class Report(BaseModel):
    workspace: str
    organization: str | None
    period: str | None
    strategy_version: str
    engines: list[str]
    headline: Headline
    objectives: list[ObjectiveCoverage]
    unmoved_krs: list[KRCoverage]
    orphans: list[ItemLine]  # orphan work that is not upkeep
    upkeep: list[ItemLine]  # upkeep that serves no key result
    conflicts: list[ItemLine]
    conflicts_by_non_goal: list[NonGoalConflicts]  # the same conflicts, by their non-goal
    unclear: list[ItemLine]
    no_metric: list[ItemLine]
    injections: list[ItemLine] = Field(default_factory=list)  # text that tried to instruct us
    columns: list[str]  # objective ids, then WORK_APART: conflict, orphan, upkeep, unclear
    teams: list[GroupRow]
    assignees: list[GroupRow]
    drift: Drift | None = None
    states: list[StateShare] = Field(default_factory=list)  # open and done apart, when known
    read: list[str] = Field(default_factory=list)  # what was read from the backlog file


def item_line(item: Proposal, result: CheckResult) -> ItemLine:
    """Join an item's tracker fields with its verdict."""
    extra = item.model_extra or {}
    # (a conflict's nearest key result read as "this work conflicts with that objective")
    top = result.shown_kr()
    conflict = result.reason == Reason.CONFLICT
    cite = result.evidence[0] if result.evidence else None
    effort = extra.get("effort")
    return ItemLine(
        id=result.id,
        title=item.title or snippet(item.body, 80),
        verdict=result.verdict,
        reason=result.reason,
        kr_id=top.kr_id if top else None,
        objective_id=top.objective_id if top else None,
        kr_title=top.title if top else None,
        objective_title=(top.objective_title or None) if top else None,
        effort=float(effort) if isinstance(effort, int | float) and effort >= 0 else 1.0,
        team=_text(extra.get("team")),
        assignee=_text(extra.get("assignee")),
        flags=result.flags,
        rationale=result.rationale,
        cited=f"{cite.section}: {snippet(cite.text, 140)}" if cite else None,
        against=_against(result.evidence) if conflict else None,
        state=_text(extra.get("state")),
        confidence=result.confidence,
        screened_out=[snippet(str(span), 140) for span in result.details.get("screened_out") or []],
        also_krs=[kr.kr_id for kr in result.impacted[1:] if _moved_too(kr, result)],
    )


def _moved_too(kr: Impacted, result: CheckResult) -> bool:
    """Whether aligned work moves a key result listed after its first, as the engine that judged
    it says (Impacted.moves: for the embedded engine the ones the author cites, else those
    matched high or medium; for the LLM judge the ones it chose). A results file written before
    `moves` was kept counts its first key result only (CheckResult marks it)."""
    return result.verdict == Verdict.ALIGNED and kr.moves


def _against(evidence: list[Evidence]) -> NonGoalRef | None:
    """The passage a conflict goes against: the one cited in that role, else (results written
    before roles, LLM answers) the first non-goal cited, else the first passage cited."""
    passage = next((e for e in evidence if e.role == EvidenceRole.CONFLICTS), None) \
        or next((e for e in evidence if e.kind == "non_goal"), None) \
        or (evidence[0] if evidence else None)
    if passage is None:
        return None
    return NonGoalRef(text=snippet(passage.text, NON_GOAL_SHOWN), source=passage.source,
                      section=passage.section)


def _by_non_goal(conflicts: list[ItemLine]) -> list[NonGoalConflicts]:
    """Conflicts grouped by the non-goal they go against, most effort first; a conflict that
    cited no passage goes last, in a group of its own."""
    groups: dict[tuple[str, str, str] | None, list[ItemLine]] = defaultdict(list)
    for x in conflicts:
        a = x.against
        groups[(a.source, a.section, a.text) if a else None].append(x)
    rows = [NonGoalConflicts(non_goal=lines[0].against, items=lines,
                             effort=sum(x.effort for x in lines)) for lines in groups.values()]
    return sorted(rows, key=lambda g: (g.non_goal is None, -g.effort, -len(g.items),
                                       g.non_goal.text if g.non_goal else ""))


def _text(value: object) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def build_report(
    workspace: str, okrs: OKRSet, items: Iterable[Proposal], results: Iterable[CheckResult],
    drift: Drift | None = None,
) -> Report:
    """Every section of the report from the items and their results (same ids)."""
    results = list(results)
    by_id = {item.id: item for item in items}
    lines = [item_line(by_id[r.id], r) for r in results if r.id in by_id]
    objectives = _coverage(okrs, lines)
    # (a kind of work no item is, "upkeep" in a backlog without any, is left out)
    used = {_column(x) for x in lines}
    columns = [o.objective_id for o in objectives] + [c for c in WORK_APART if c in used]
    conflicts = [x for x in lines if x.verdict == MISALIGNED and x.reason == Reason.CONFLICT]
    return Report(
        workspace=workspace,
        organization=okrs.organization,
        period=okrs.period,
        strategy_version=results[0].strategy_version if results else "",
        engines=sorted({r.engine for r in results}),
        headline=_headline(lines),
        objectives=objectives,
        unmoved_krs=[kr for o in objectives for kr in o.key_results
                     if kr.items == 0 and kr.also == 0],
        orphans=[x for x in lines if x.verdict == MISALIGNED and x.reason != "conflict"
                 and Flag.UPKEEP not in x.flags],
        upkeep=[x for x in lines if Flag.UPKEEP in x.flags],
        conflicts=conflicts,
        conflicts_by_non_goal=_by_non_goal(conflicts),
        unclear=[x for x in lines if x.verdict == UNCLEAR],
        # (upkeep moves no metric by nature: nudging a dependency bump to name one is noise, a
        # newcomer's finding, 2026-12-01)
        # (work going ahead: a conflict or an orphan needs no metric but a decision, and listed
        # here it read as noise, a newcomer's finding)
        # (nor text set aside as addressed to an AI reviewer: it is listed with the suspected
        # injections, and asking it for a metric was noise, a newcomer's finding, 2026-12-04)
        no_metric=[x for x in lines if NO_METRIC in x.flags and Flag.UPKEEP not in x.flags
                   and INJECTION_SUSPECTED not in x.flags and x.verdict != Verdict.MISALIGNED],
        injections=[x for x in lines if INJECTION_SUSPECTED in x.flags],
        columns=columns,
        teams=_groups(lines, lambda x: x.team),
        assignees=_groups(lines, lambda x: x.assignee),
        drift=drift,
        states=_states(lines),
    )


def _states(lines: list[ItemLine]) -> list[StateShare]:
    """Open and done work apart; nothing when no item said where it stands."""
    if not any(x.state for x in lines):
        return []
    shares = []
    for state in ("open", "done"):
        group = [x for x in lines if (x.state or "open") == state]
        effort = sum(x.effort for x in group)
        aligned = sum(x.effort for x in group if x.verdict == "aligned")
        shares.append(StateShare(state=state, items=len(group), effort=effort,
                                 aligned_share=round(aligned / effort, 4) if effort else 0.0))
    return shares


def _headline(lines: list[ItemLine]) -> Headline:
    total = sum(x.effort for x in lines)
    by_verdict = {v: sum(x.effort for x in lines if x.verdict == v)
                  for v in ("aligned", MISALIGNED, UNCLEAR)}

    def share(verdict: str) -> float:
        return round(by_verdict[verdict] / total, 4) if total else 0.0

    return Headline(
        items=len(lines), effort=total, by_verdict=by_verdict, aligned_share=share("aligned"),
        misaligned_share=share(MISALIGNED), unclear_share=share(UNCLEAR),
        upkeep_share=round(sum(x.effort for x in lines if Flag.UPKEEP in x.flags) / total, 4)
        if total else 0.0,
        upkeep_misaligned_share=round(sum(
            x.effort for x in lines if Flag.UPKEEP in x.flags and x.verdict == MISALIGNED
        ) / total, 4) if total else 0.0,
        expected_aligned_share=_expected_aligned(lines, total),
    )


def _expected_aligned(lines: list[ItemLine], total: float) -> float | None:
    """None unless every committed verdict carries its confidence: a result file written
    without one (older runs, confidence 0 on a committed verdict) would count as certainly
    wrong. Unclear work counts as not aligned here (the range above says how much it is)."""
    committed = [x for x in lines if x.verdict != UNCLEAR]
    if not total or not committed or any(x.confidence <= 0 for x in committed):
        return None
    expected = sum(
        x.effort * (x.confidence if x.verdict == Verdict.ALIGNED else 1 - x.confidence)
        for x in committed)
    return round(expected / total, 4)


def _coverage(okrs: OKRSet, lines: list[ItemLine]) -> list[ObjectiveCoverage]:
    """Aligned effort per objective and key result: only work that moves the objective."""
    total = sum(x.effort for x in lines) or 1.0
    result = []
    for objective in okrs.objectives:
        aligned = [x for x in lines if x.objective_id == objective.id and x.verdict == "aligned"]
        moved = [x for x in lines if x.verdict == "aligned"]
        krs = [_kr(kr.id, kr.title, [x for x in aligned if x.kr_id == kr.id], total,
                   sum(kr.id in x.also_krs for x in moved))
               for kr in objective.key_results]
        effort = sum(x.effort for x in aligned)
        result.append(ObjectiveCoverage(
            objective_id=objective.id, title=objective.title, items=len(aligned), effort=effort,
            share=round(effort / total, 4), key_results=krs,
        ))
    return result


def _kr(
    kr_id: str, title: str, lines: list[ItemLine], total: float, also: int = 0
) -> KRCoverage:
    effort = sum(x.effort for x in lines)
    return KRCoverage(kr_id=kr_id, title=title, items=len(lines), effort=effort,
                      share=round(effort / total, 4),
                      work=sorted(lines, key=lambda x: (-x.effort, x.id)), also=also)


def _column(x: ItemLine) -> str:
    if x.verdict == "aligned" and x.objective_id:
        return x.objective_id
    if x.verdict == UNCLEAR:
        return UNCLEAR
    if Flag.UPKEEP in x.flags:
        return Flag.UPKEEP.value
    return Reason.CONFLICT.value if x.reason == Reason.CONFLICT else Reason.ORPHAN.value


def _groups(lines: list[ItemLine], key: Callable[[ItemLine], str | None]) -> list[GroupRow]:
    """Effort per team (or person) by column: the objective of aligned work, else which work
    apart it is (WORK_APART)."""
    table: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for x in lines:
        name = key(x) or "(none)"
        table[name][_column(x)] += x.effort
    if set(table) == {"(none)"}:
        return []  # no item names a team (or person): a table of "(none)" says nothing
    rows = [GroupRow(name=n, effort=sum(c.values()), by_column=dict(c)) for n, c in table.items()]
    return sorted(rows, key=lambda r: (-r.effort, r.name))
