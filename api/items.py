"""Item text capped the same way on every route that checks (check, audit jobs, webhooks).

A check's cost grows with the text (about 5 ms per 1,000 characters on two cores, most of it
lexical scoring and screening; the embedding model reads only the first ~112 tokens anyway), so
one 1.75 MB item held a worker for 12 s. Every checker the API hands out is a `CappedChecker`:
it cuts the title and body to their budgets before checking, and the result says what was cut
(flag `truncated`, and `details.truncated` per field with the characters kept and sent).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pydantic import BaseModel

from checker.engines import embedded_of
from checker.models import Checker, CheckResult, Proposal
from checker.vocabulary import Flag

# Titles are one line in every tracker (GitHub allows 256 characters, Jira 255); 1,000 leaves
# room for pasted ones without letting a title stand in for a body.
MAX_TITLE_CHARS = 1_000
# A cut prefers to end at whitespace within this many characters of the limit.
_WORD_SLACK = 100


class Cut(BaseModel):
    """One field cut to its budget: characters kept of characters sent."""

    kept_chars: int
    original_chars: int


def cut_text(text: str, limit: int) -> tuple[str, Cut | None]:
    """The text cut to at most `limit` characters (at a word boundary when one is near),
    and what was cut; (text, None) when it fits."""
    if len(text) <= limit:
        return text, None
    kept = text[:limit]
    space = kept.rfind(" ", limit - _WORD_SLACK)
    kept = (kept[:space] if space > 0 else kept).rstrip()
    return kept, Cut(kept_chars=len(kept), original_chars=len(text))


def cap_proposal(proposal: Proposal, max_body_chars: int) -> tuple[Proposal, dict[str, Cut]]:
    """The proposal with title and body within budget, and the cuts made by field name."""
    title, title_cut = cut_text(proposal.title, MAX_TITLE_CHARS)
    body, body_cut = cut_text(proposal.body, max_body_chars)
    cuts = {name: cut for name, cut in (("title", title_cut), ("body", body_cut)) if cut}
    if not cuts:
        return proposal, {}
    return proposal.model_copy(update={"title": title, "body": body}), cuts


def mark_cut(result: CheckResult, cuts: dict[str, Cut]) -> CheckResult:
    """The result saying which fields were cut and by how much (unchanged when none was)."""
    if not cuts:
        return result
    details = {**result.details, "truncated": {k: c.model_dump() for k, c in cuts.items()}}
    flags = [*result.flags, Flag.TRUNCATED] if Flag.TRUNCATED not in result.flags else result.flags
    return result.model_copy(update={"flags": flags, "details": details})


class CappedChecker:
    """A checker that only ever sees item text within budget, and says when it cut some."""

    def __init__(self, inner: Checker, max_body_chars: int) -> None:
        self.inner = inner
        self.max_body_chars = max_body_chars

    def check(self, proposal: Proposal) -> CheckResult:
        capped, cuts = cap_proposal(proposal, self.max_body_chars)
        return mark_cut(self.inner.check(capped), cuts)

    def check_many(self, proposals: Iterable[Proposal]) -> Iterator[CheckResult]:
        capped = [cap_proposal(p, self.max_body_chars) for p in proposals]
        results = self.inner.check_many(p for p, _ in capped)
        for (_, cuts), result in zip(capped, results, strict=True):
            yield mark_cut(result, cuts)

    def fast(self) -> CappedChecker:
        """The embedded engine inside, capped the same way (as-you-type never asks an LLM)."""
        return CappedChecker(embedded_of(self.inner), self.max_body_chars)
