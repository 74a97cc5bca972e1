"""The result contract and the proposal being checked: stable fields every surface serves."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from checker.vocabulary import Reason, Verdict

__all__ = ["CheckResult", "Checker", "Evidence", "Impacted", "Proposal", "Reason", "Verdict"]


class Proposal(BaseModel):
    """A proposal, spec or backlog item; extra keys (team, labels, ...) are kept."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    title: str = ""
    body: str = ""

    @property
    def text(self) -> str:
        """Title and body as one text."""
        return f"{self.title.strip()}\n{self.body.strip()}".strip()


class Impacted(BaseModel):
    """A key result the proposal would move, with how strongly it matched."""

    kr_id: str
    objective_id: str
    title: str
    score: float


class Evidence(BaseModel):
    """A strategy passage or key result the verdict rests on."""

    source: str
    section: str
    text: str
    score: float
    kind: str


class CheckResult(BaseModel):
    """The verdict on one proposal. Field names are a public contract."""

    id: str
    verdict: Verdict
    reason: Reason | None = None
    impacted: list[Impacted] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    rationale: str
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.0
    strategy_version: str
    engine: str  # "embedded" or "llm:<model>"
    prompt_version: str | None = None  # set when an LLM judged
    # Hash of the team's confirmations the verdict could learn from (checker/learning/);
    # None when there were none. A re-audit after corrections shows a new value.
    learned_version: str | None = None
    details: dict[str, Any] = Field(default_factory=dict)


class Checker(Protocol):
    """What every engine offers: one proposal, or many in input order."""

    def check(self, proposal: Proposal) -> CheckResult: ...

    def check_many(self, proposals: Iterable[Proposal]) -> Iterator[CheckResult]: ...
