"""A proposal whose status line refuses it: an architecture decision record (ADR), an RFC or a
decision log's entry that says "Status: Rejected" on a line of its own.

    # ADR 0011: Native tablet app for the host stand
    Status: Rejected (2026-08-02, leadership review)
    ## Decision
    Build a native iPad app in Swift for the host stand ...

What it proposed is ruled out: its title and the text under a heading that states the proposal
("Decision", "Decision outcome", "Proposal", "Proposed solution") are non-goals; its other
sections ("Context", "Consequences", "Considered options") are context, never a priority. The
status may stand as a line ("Status: Rejected", MADR's "* Status: rejected", "**Status:**
Declined"), as the value under a "Status" heading (Nygard's ADR layout: "## Status" over
"Rejected"), or in YAML front matter (`status: rejected`, for the whole document). A status that
says the proposal no longer holds ("Superseded by ADR 0014", "Deprecated", "Withdrawn") makes
its section history: context, whatever its sentences say. (A review of the strategy reading,
2026-12-03: a rejected ADR's "Build a native iPad app" and a log entry's "Status: Declined" were
read as context, so work reviving them was never a conflict.)
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from index.labels import wording
from index.markdown import Block

# "Status: Rejected", "* Status: rejected", "Status | Declined" (bold and italic markers are
# gone by now); the value at most a few words ("Rejected (2026-08-02, leadership review)").
_STATUS_LINE = re.compile(r"^[^\w\n]*status[^\w\n]*[:：|][^\w\n]*(?P<value>[^\n]*)$", re.I | re.M)
_STATUS_HEADING = re.compile(r"^\W*(?:\d+[.)]?\s*)?status\W*$", re.I)
_MAX_STATUS_WORDS = 12
# The status alone, or with a date, a place or who decided after it: "Rejected", "Declined
# (Nov 2025)", "Rejected on 2026-03-14 by the CTO", "Not accepted." (not "Declined cards are
# retried twice": a value that goes on is a sentence about something else)
_TAIL = r"(?:\s*(?:[.;,(\[—–-]|\s(?:on|in|at|by|after|for|until)\b).*)?$"
_REFUSED = wording(
    r"^(?:declined|rejected|refused|turned\s+down|not\s+(?:accepted|approved|adopted|pursued)|"
    r"won't\s+do|will\s+not\s+do|ruled\s+out)" + _TAIL)
_NO_LONGER = wording(
    r"^(?:superseded|deprecated|withdrawn|obsolete|retired|abandoned|rescinded|revoked)"
    r"(?:\s+by\b.*)?" + _TAIL)
# A heading that states what was proposed: "Decision", "Decision outcome", "Proposal",
# "Proposed solution", "3. Decision" (not "Decision drivers": why, not what)
_PROPOSAL_HEADING = wording(
    r"^\W*(?:\d+[.)]?\s*)?(?:(?:the\s+)?decision(?:\s+outcome)?|(?:the\s+)?proposal|"
    r"proposed\s+(?:decision|solution|change|design|approach)|chosen\s+option|"
    r"what\s+we\s+(?:propose|proposed|would\s+build))\W*$")
# An entry's id before its title: "ADR 0011:", "ADR-7 -", "RFC 12.", "9."
_ID_FIRST = re.compile(r"^\s*(?:(?:adr|rfc|dr|dl|d)[\s-]*\d+|\d+)\s*[.:)—–-]?\s*", re.I)


class Standing(Enum):
    """What a block of a proposal under a status is."""

    PROPOSED = "proposed"  # what was proposed, refused: a non-goal
    AROUND = "around"  # the refused proposal's context, reasons or consequences
    HISTORY = "history"  # a proposal that no longer holds


@dataclass(frozen=True)
class StatusSection:
    """A heading path whose status refuses it (`refused`) or says it no longer holds, and the
    line of the status."""

    headings: tuple[str, ...]
    refused: bool
    line: int
    named: str | None = None  # the front matter's title, for a whole document
    # a heading under it states the proposal ("## Decision"); without one, the text right under
    # the section's own heading is what was proposed (a log entry: "## Paint booth" over
    # "Status: Declined" over "Build a two-bay paint booth ...")
    headed: bool = False

    @property
    def title(self) -> str | None:
        """The refused proposal's name, its id left out ("Native tablet app for the host
        stand"); None for a document without a heading."""
        name = self.headings[-1] if self.headings else self.named
        return (_ID_FIRST.sub("", name).strip() or None) if name else None


def status_sections(blocks: Sequence[Block], metadata: Mapping[str, str]) -> list[StatusSection]:
    """The sections of a document under a refusing or no-longer-holding status, outermost
    first; front matter's status governs the whole document."""
    found = [dataclasses.replace(s, headed=any(
        b.headings[: len(s.headings)] == s.headings
        and any(_PROPOSAL_HEADING.match(h) for h in b.headings[len(s.headings):])
        for b in blocks)) for s in _sections(blocks, metadata)]
    return found


def _sections(blocks: Sequence[Block], metadata: Mapping[str, str]) -> list[StatusSection]:
    found: list[StatusSection] = []
    front = _standing_of(str(metadata.get("status", "")))
    if front is not None:
        found.append(StatusSection((), front, 1, named=metadata.get("title") or None))
    for block in blocks:
        under_heading = bool(block.headings) and is_status_heading(block.headings[-1])
        values = [block.text.strip()] if under_heading else [
            m.group("value") for m in _STATUS_LINE.finditer(block.text)]
        for value in values:
            refused = _standing_of(value)
            if refused is not None:
                path = block.headings[:-1] if under_heading else block.headings
                found.append(StatusSection(tuple(path), refused, block.line))
                break
    return found


def standing(block: Block, sections: list[StatusSection]) -> Standing | None:
    """What `block` is under the innermost status section over it; None outside every one."""
    over = [s for s in sections if block.headings[: len(s.headings)] == s.headings]
    if not over:
        return None
    section = max(over, key=lambda s: len(s.headings))
    if not section.refused:
        return Standing.HISTORY
    below = block.headings[len(section.headings):]
    if any(_PROPOSAL_HEADING.match(h) for h in below) or not (below or section.headed):
        return Standing.PROPOSED
    return Standing.AROUND


def is_status_heading(heading: str) -> bool:
    """Whether a heading is a "Status" section's ("## Status", "2. Status")."""
    return _STATUS_HEADING.match(heading) is not None


def _standing_of(value: str) -> bool | None:
    """True for a status that refuses, False for one that no longer holds, else None."""
    value = value.strip(" \t*_`")
    if not value or len(value.split()) > _MAX_STATUS_WORDS:
        return None
    if _REFUSED.match(value):
        return True
    if _NO_LONGER.match(value):
        return False
    return None
