"""The result contract and the proposal being checked: stable fields every surface serves."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, model_validator

from checker.vocabulary import EvidenceRole, MatchLevel, Reason, Verdict

__all__ = ["EMPTY_PROPOSAL", "CheckResult", "Checker", "Evidence", "Impacted", "Proposal",
           "Reason", "Verdict"]

# Said the same way by every surface that refuses a proposal with no text (API 422, CLI exit 2).
EMPTY_PROPOSAL = "give the proposal a title or a body"


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
    """A key result the proposal would move, with how strongly it matched.

    `score` is the engine's match strength, higher is better: for the embedded engine a blend
    of cosines and normalised BM25 (about -0.2..1.4, ranking only: compare within one result,
    not across workspaces); for the LLM judge the reply's confidence in 0..1. `match` is what a
    person reads: high, medium or low against the workspace's calibration (embedded engine);
    only the best-matching key result can be high, and one trailing it by more than
    thresholds.MATCH_CLOSE_GAP is low. `moves` says the verdict counts the work as moving this
    key result, and is True only in an `aligned` result: for the embedded engine the ones the
    author cites by id or the team named in its answer, when any is listed, else the first key
    result listed and those matched high or medium (one listed at a low match is close in
    wording only: a newcomer's aligned item listed all five key results of a one-team workspace
    as moved); for the LLM judge the ones it chose (the
    embedded ranking after them is not). In an `unclear` or conflicting result the key results
    listed are only the closest text (work against a non-goal moves none of them, however high
    its match).
    """

    kr_id: str
    objective_id: str
    title: str
    score: float
    objective_title: str = ""
    match: MatchLevel | None = None
    moves: bool = False


class Evidence(BaseModel):
    """A strategy passage or key result the verdict rests on. `score` is the passage's match to
    the proposal (cosine plus lexical overlap, about -0.2..1.3); `kind` is the passage kind
    (`priority`, `non_goal`, `context`) or `key_result`."""

    source: str
    section: str
    text: str
    score: float
    kind: str
    role: EvidenceRole = EvidenceRole.SUPPORTS


class CheckResult(BaseModel):
    """The verdict on one proposal. Field names are a public contract."""

    id: str
    verdict: Verdict
    reason: Reason | None = None
    impacted: list[Impacted] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    rationale: str
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.0  # 0..1, how sure the engine is of the verdict
    strategy_version: str
    engine: str  # "embedded" or "llm:<model>"
    prompt_version: str | None = None  # set when an LLM judged
    # Hash of the team's confirmations the verdict could learn from (checker/learning/);
    # None when there were none. A re-audit after corrections shows a new value.
    learned_version: str | None = None
    # When the newest of those confirmations was stored (Unix seconds; 0 for the OKR file's
    # examples alone; None with no confirmations): the drift report counts corrections since.
    learned_at: float | None = None
    details: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _say_what_moves(self) -> CheckResult:
        # one place for every engine: only aligned work moves the key results listed
        # (copies: an engine may pass in another result's entries, the LLM judge the embedded one's)
        aligned = self.verdict == Verdict.ALIGNED
        moves = [aligned and kr.moves for kr in self.impacted]
        if aligned and self.impacted and not any(moves):
            moves[0] = True  # (aligned work moves what it rests on; results written before
            # `moves` was recorded)
        if any(kr.moves != m for kr, m in zip(self.impacted, moves, strict=True)):
            self.impacted = [kr.model_copy(update={"moves": m})
                             for kr, m in zip(self.impacted, moves, strict=True)]
        return self

    def shown_kr(self) -> Impacted | None:
        """The key result to show beside the verdict in one line (a report row, a CSV cell, an
        unclear result's tracker comment): the first listed for aligned work; for unclear work
        the first unless its match is low; none for a conflict (the nearest text of work the
        strategy rules out reads as "this work moves that objective") or an orphan."""
        top = self.impacted[0] if self.impacted else None
        if top is None or self.verdict == Verdict.ALIGNED:
            return top
        if self.verdict == Verdict.MISALIGNED or top.match == MatchLevel.LOW:
            return None
        return top


class Checker(Protocol):
    """What every engine offers: one proposal, or many in input order.

    Neither raises for any proposal text: text that cannot be judged gets `unclear` with a flag
    saying why; a failing LLM gives the embedded verdict with `llm_unavailable`."""

    def check(self, proposal: Proposal) -> CheckResult:
        """One proposal -> its result."""
        ...

    def check_many(self, proposals: Iterable[Proposal]) -> Iterator[CheckResult]:
        """Results in the proposals' order, one each; may batch the embedding work."""
        ...
