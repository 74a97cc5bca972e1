"""Domain models of what a workspace holds: OKRs and strategy passages."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

PassageKind = Literal["non_goal", "priority", "context"]
EntryKind = Literal["passage", "key_result"]


def _text(value: object) -> object:
    """Accept numbers where text is meant (ids like 2027 in YAML)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


class ReadWarning(BaseModel):
    """Something a loader read with doubt or left out: where, and what."""

    file: str
    line: int | None = None
    key: str | None = None
    message: str


class KeyResult(BaseModel):
    """One measurable key result of an objective."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    metric: str | None = None
    baseline: float | str | None = None
    target: float | str | None = None
    unit: str | None = None
    owner: str | None = None
    description: str | None = None
    # Short texts of work that moves this key result: confirmations the team wrote.
    examples: list[str] = Field(default_factory=list)

    _coerce = field_validator("id", "title", "metric", "unit", "owner", mode="before")(_text)


class Objective(BaseModel):
    """An objective with its key results."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    description: str | None = None
    owner: str | None = None
    key_results: list[KeyResult] = Field(default_factory=list)
    # Short texts of work that looks related yet serves this objective not: confirmed orphans.
    counter_examples: list[str] = Field(default_factory=list)

    _coerce = field_validator("id", "title", "owner", mode="before")(_text)


class OKRSet(BaseModel):
    """The objectives and key results of one period."""

    model_config = ConfigDict(extra="ignore")

    organization: str | None = None
    period: str | None = None
    objectives: list[Objective] = Field(min_length=1)
    warnings: list[ReadWarning] = Field(default_factory=list)
    """What the loader read with doubt: generated ids, keys it does not know."""

    _coerce = field_validator("organization", "period", mode="before")(_text)

    def key_results(self) -> list[tuple[Objective, KeyResult]]:
        """Every key result with the objective it belongs to."""
        return [(o, kr) for o in self.objectives for kr in o.key_results]


class SkippedFile(BaseModel):
    """A file of a workspace that was not read, and why."""

    file: str
    reason: str


class DocumentSummary(BaseModel):
    """One strategy document as read: its passage count and front-matter metadata."""

    name: str
    passages: int
    metadata: dict[str, str] = Field(default_factory=dict)


class StrategyDocument(BaseModel):
    """One Markdown strategy document as read from disk."""

    name: str
    text: str


class Passage(BaseModel):
    """A chunk of a strategy document, with where it sits."""

    source: str
    section: str
    kind: PassageKind
    text: str
    line: int
    # The context, reasons or consequences of a proposal a status refused ("## Context" under
    # "ADR 0007 ... Status: Rejected", index/proposal_status.py): it tells why work was turned
    # down, so it is never cited as what the strategy wants.
    about_refused: bool = False


class IndexEntry(BaseModel):
    """One thing stored in the vector index (a passage or a key result)."""

    id: str
    kind: EntryKind
    text: str
    metadata: dict[str, str | int | float | bool]
