"""A proposal whose status refuses it: an architecture decision record (ADR), an RFC or a
decision log's entry whose heading has "Status: Rejected" right under it.

    # ADR 0011: Native tablet app for the host stand
    Status: Rejected (2026-08-02, leadership review)
    ## Decision
    Build a native iPad app in Swift for the host stand ...

What it proposed is ruled out: its title, and the text under a heading that states the proposal
("Decision", "Decision outcome", "Proposal", "Summary", "Detailed design") or, without one, the
first paragraph under the entry's heading; a bare refusal there ("Rejected. We will use Kafka
instead.") and what is done instead are context. Its other sections ("Context", "Consequences",
"Considered options", a "Reason:" paragraph) are context, never a priority.

The status is the first line of the first block under the heading ("Status: Rejected", MADR's
"* Status: rejected", "**Status:** Declined (Nov 2025)"), the value under a "Status" heading
(Nygard's layout), or YAML front matter's `status: rejected` (the whole document, its title the
front matter's or its `#` heading's). A status line anywhere else (a bullet among a section's
items, a list of what statuses mean) governs nothing. A status that says the proposal no longer
holds ("Superseded by ADR 0014", "Withdrawn", "Cancelled") makes its section history: context,
whatever its sentences say; "Deprecated" is no status here (a deprecated API's rulings still
hold). A status taken up after all ("Rejected, reversed in June and accepted") refuses nothing.
(A review of the strategy reading, 2026-12-03: a rejected ADR's "Build a native iPad app" and a
log entry's "Status: Declined" were read as context, so work reviving them was never a conflict.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from index.decision_fields import BARE_REFUSAL, REFUSED_WORDS, entry_topic
from index.labels import wording
from index.markdown import Block

# "Status: Rejected", "* Status: rejected", "Status | Declined" (bold and italic markers are
# gone by now), on the block's first line.
_STATUS_LINE = re.compile(r"^[^\w\n]*status[^\w\n]*[:：|][^\w\n]*(?P<value>[^\n]*)", re.I)
_STATUS_HEADING = re.compile(r"^\W*(?:\d+[.)]?\s*)?status\W*$", re.I)
_MAX_STATUS_WORDS = 12
# The status alone, or with a date, a mark or who decided after it: "Rejected", "Declined (Nov
# 2025)", "Rejected ❌", "Rejected | Owner: Sam", "Rejected on 2026-03-14 by the CTO" (not
# "Declined cards are retried twice": a value that goes on is a sentence about something else)
_TAIL = r"(?:\s*[^\w\s].*|\s+(?:on|in|at|by|after|for|until)\b.*)?$"
_REFUSED = wording(r"^(?:" + REFUSED_WORDS + r"|not\s+(?:accepted|adopted))" + _TAIL)
_NO_LONGER = wording(
    r"^(?:superseded|withdrawn|obsolete|abandoned|rescinded|revoked|cancell?ed)(?:\s+by\b.*)?"
    + _TAIL)
# Taken up after all: "Rejected, reversed in 2026-06 and accepted (see DL-31)"
_TAKEN_UP = wording(
    r"\b(?:revers\w*|overturn\w*|reopened|(?<!not\s)accepted|(?<!not\s)approved|goes\s+ahead)\b")
# A heading that states what was proposed: "Decision", "Decision outcome", "Proposal",
# "Proposed solution", "Summary", "Detailed design", "3. Decision" (not "Decision drivers": why,
# not what)
_PROPOSAL_HEADING = wording(
    r"^\W*(?:\d+[.)]?\s*)?(?:(?:the\s+)?decision(?:\s+outcome)?|(?:the\s+)?proposal|"
    r"proposed\s+(?:decision|solution|change|design|approach)|chosen\s+option|summary|"
    r"detailed\s+design|what\s+we\s+(?:propose|proposed|would\s+build))\W*$")
# A paragraph that gives the reason, not the proposal: "Reason: ...", "Why: ..."
_REASON_LEAD = wording(r"^\W*(?:reasons?|why|rationale|because)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class Standing(Enum):
    """What a block of a proposal under a status is."""

    PROPOSED = "proposed"  # what was proposed, refused: a non-goal
    AROUND = "around"  # the refused proposal's context, reasons or consequences
    HISTORY = "history"  # a proposal that no longer holds


@dataclass(frozen=True)
class StatusSection:
    """A heading path under a status (`standing`: Standing.PROPOSED for one that refuses, so its
    title is a non-goal; Standing.HISTORY for one that no longer holds), the line of the status,
    the proposal's name, whether a heading under it states the proposal, and the line of the
    first paragraph under it (what was proposed when no heading states it)."""

    headings: tuple[str, ...]
    standing: Standing
    line: int
    title: str | None
    headed: bool = False
    first_body: int | None = None

    @property
    def refused(self) -> bool:
        return self.standing == Standing.PROPOSED


def status_sections(blocks: Sequence[Block], metadata: Mapping[str, str]) -> StatusMap:
    """The sections of a document under a refusing or no-longer-holding status."""
    found: dict[tuple[str, ...], StatusSection] = {}
    front = _standing_of(str(metadata.get("status", "")))
    if front is not None:
        # (the document's `#` heading, when every block is under it, is the section)
        first = {b.headings[:1] for b in blocks}
        path = next(iter(first)) if len(first) == 1 else ()
        title = str(metadata.get("title") or "") or (path[0] if path else "")
        # (line 0: no block carries the status; the title goes before the first block)
        found[path] = StatusSection(path, front, 0, entry_topic(title) if title else None)
    seen: set[tuple[str, ...]] = set()
    for block in blocks:
        under_heading = bool(block.headings) and is_status_heading(block.headings[-1])
        path = block.headings[:-1] if under_heading else block.headings
        if block.headings in seen or not path:
            continue
        seen.add(block.headings)
        line = block.text.strip().split("\n", 1)[0]
        status = line if under_heading else _status_value(line)
        standing = _standing_of(status) if status is not None else None
        if standing is not None and path not in found:
            found[path] = StatusSection(path, standing, block.line, entry_topic(path[-1]))
    return StatusMap(_with_bodies(blocks, found) if found else [])


def _with_bodies(
    blocks: Sequence[Block], found: dict[tuple[str, ...], StatusSection]
) -> list[StatusSection]:
    """Each section with whether a heading under it states the proposal and the line of its first
    paragraph after the status (one pass: a block looks up each of its heading prefixes)."""
    headed: set[tuple[str, ...]] = set()
    first_body: dict[tuple[str, ...], int] = {}
    for block in blocks:
        for depth in range(len(block.headings) + 1):
            path = block.headings[:depth]
            section = found.get(path)
            if section is None:
                continue
            if any(_PROPOSAL_HEADING.match(h) for h in block.headings[depth:]):
                headed.add(path)
            elif depth == len(block.headings) and block.line != section.line:
                first_body.setdefault(path, block.line)
    return [StatusSection(s.headings, s.standing, s.line, s.title, s.headings in headed,
                          first_body.get(s.headings)) for s in found.values()]


class StatusMap:
    """A document's status sections, looked up by heading path and by the line of their status
    (each lookup a dict's: a log of thousands of entries is read in linear time)."""

    def __init__(self, sections: Sequence[StatusSection]) -> None:
        self.sections = list(sections)
        self._by_path = {s.headings: s for s in sections}
        self._by_line = {s.line: s for s in sections}

    def __bool__(self) -> bool:
        return bool(self.sections)

    def carrying(self, line: int, first: bool) -> list[StatusSection]:
        """The sections whose status is on the block at `line` (front matter's: the first)."""
        found = [self._by_line[line]] if line in self._by_line else []
        return found + ([self._by_line[0]] if first and 0 in self._by_line else [])

    def standing(self, block: Block) -> Standing | None:
        """What `block` is under the innermost status section over it; None outside every
        one."""
        section = next((self._by_path[block.headings[:depth]]
                        for depth in range(len(block.headings), -1, -1)
                        if block.headings[:depth] in self._by_path), None)
        return None if section is None else _standing_in(block, section)


def _standing_in(block: Block, section: StatusSection) -> Standing:
    if section.standing == Standing.HISTORY:
        return Standing.HISTORY
    below = block.headings[len(section.headings):]
    if any(_PROPOSAL_HEADING.match(h) for h in below) or (
            not below and not section.headed and block.line == section.first_body):
        return Standing.PROPOSED
    return Standing.AROUND


def proposed_part(text: str) -> tuple[str, str]:
    """(what a paragraph under a refusing status proposed, the rest): a reason paragraph or one
    that opens with the refusal itself ("Rejected. We will use Kafka instead.") proposes nothing;
    sentences that say what is done instead are the rest."""
    sentences = _SENTENCE_END.split(text.strip())
    if _REASON_LEAD.match(text):
        return "", text
    if BARE_REFUSAL.match(sentences[0]):
        return "", " ".join(sentences[1:])
    kept = [s for s in sentences if not _INSTEAD.search(s)]
    rest = [s for s in sentences if _INSTEAD.search(s)]
    return " ".join(kept), " ".join(rest)


# What is done instead: "We will keep sending painting to Hartley", "we stay on Stripe", "...
# instead"
_INSTEAD = wording(
    r"\binstead\b|\b(?:we|we'll|we\s+will)\s+(?:keep|stay|continue|stick)\b|\b(?:stays?|remains?)\s+"
    r"(?:on|with)\b")


# A heading over the answer to a refused proposal, every paragraph of it ("## Outcome\n\nRejected.
# \n\nWe keep the web app and make it work offline", found by review).
_ANSWER_HEADING = wording(
    r"^\W*(?:\d+[.)]?\s*)?(?:outcome|resolution|result|what\s+we\s+do\s+instead|instead|"
    r"alternative\s+chosen|chosen\s+alternative)\W*$")
# A label a paragraph opens with ("Outcome.", "Decision outcome:"), before what it says.
_LEAD_LABEL = re.compile(r"^\W*[A-Z][\w ]{0,24}[.:]\s+")


def answers_refusal(block: Block, text: str) -> bool:
    """Whether a block around a refused proposal (Standing.AROUND) answers it, saying what is
    done instead: it opens with a bare refusal, after a label or not ("**Outcome.** Rejected. We
    integrate with HashiCorp Vault ...", a blind CI company's log), or it stands under an
    "Outcome" heading."""
    return any(BARE_REFUSAL.match(t) for t in (text, _LEAD_LABEL.sub("", text, count=1))) or (
        bool(block.headings) and _ANSWER_HEADING.match(block.headings[-1]) is not None)


def says_instead(text: str) -> bool:
    """Whether `text` says what is done instead of a refused proposal ("Work on attendance
    instead.", "we stay on Stripe")."""
    return _INSTEAD.search(text) is not None


def is_status_heading(heading: str) -> bool:
    """Whether a heading is a "Status" section's ("## Status", "2. Status")."""
    return _STATUS_HEADING.match(heading) is not None


def _status_value(line: str) -> str | None:
    match = _STATUS_LINE.match(line)
    return match.group("value") if match else None


def _standing_of(value: str) -> Standing | None:
    """Standing.PROPOSED for a status that refuses, Standing.HISTORY for one that no longer
    holds, else None."""
    value = value.strip(" \t*_`")
    if not value or len(value.split()) > _MAX_STATUS_WORDS or _TAKEN_UP.search(value):
        return None
    if _REFUSED.match(value):
        return Standing.PROPOSED
    if _NO_LONGER.match(value):
        return Standing.HISTORY
    return None
