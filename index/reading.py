"""What was read from a workspace, as the checker sees it: objectives and key results with their
metrics, passages by kind, the non-goals with their source and section, files skipped and why,
and warnings. `stratalign index` / `stratalign show`, the API and the web page all show this."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel

from index.models import DocumentSummary, Objective, ReadWarning, SkippedFile
from index.workspace import Workspace

PASSAGE_KINDS = ("priority", "non_goal", "context")


class PassageRead(BaseModel):
    """A passage read as a priority, a non-goal or context, with where it sits (`line` counts
    from 1)."""

    text: str
    source: str
    section: str
    line: int


class StrategyReading(BaseModel):
    """The strategy of one workspace as read; counts are whole numbers >= 0."""

    workspace: str
    version: str
    organization: str | None = None
    period: str | None = None
    objectives: list[Objective]
    objective_count: int
    key_result_count: int
    passages_by_kind: dict[str, int]
    priorities: list[PassageRead]
    non_goals: list[PassageRead]
    # background read as neither (history, market, how we work): shown so a section the team
    # meant as a priority can be seen to have been read as context
    context: list[PassageRead] = []
    documents: list[DocumentSummary]
    skipped: list[SkippedFile]
    warnings: list[ReadWarning]


def strategy_reading(workspace: Workspace) -> StrategyReading:
    """The reading of an assembled workspace (nothing is re-parsed)."""
    kinds: Counter[str] = Counter(p.kind for p in workspace.passages)
    okrs = workspace.okrs
    return StrategyReading(
        workspace=workspace.name,
        version=workspace.version,
        organization=okrs.organization,
        period=okrs.period,
        objectives=okrs.objectives,
        objective_count=len(okrs.objectives),
        key_result_count=len(okrs.key_results()),
        passages_by_kind={kind: kinds.get(kind, 0) for kind in PASSAGE_KINDS},
        priorities=_passages(workspace, "priority"),
        non_goals=_passages(workspace, "non_goal"),
        context=_passages(workspace, "context"),
        documents=workspace.documents,
        skipped=workspace.skipped,
        warnings=[*okrs.warnings, *workspace.warnings, *_no_priorities(kinds)],
    )


def _no_priorities(kinds: Counter[str]) -> list[ReadWarning]:
    """A warning when passages were read but none as a priority: the heading of what the team
    will do ("Where we're heading") was not recognised as one. A warning, so every surface that
    lists warnings says it (a newcomer saw it after `index` and "Warnings (0)" in `show` and on
    the page); none when every passage is a non-goal on purpose."""
    if kinds.get("priority", 0) or not kinds.get("context", 0):
        return []
    return [ReadWarning(
        file="strategy", message="no section was read as priorities (what you will do); a "
        "heading such as 'Priorities', 'Focus' or 'What we will do' marks one. Key results "
        "still decide what is aligned.")]


def _passages(workspace: Workspace, kind: str) -> list[PassageRead]:
    return [PassageRead(text=p.text, source=p.source, section=p.section, line=p.line)
            for p in workspace.passages if p.kind == kind]
