"""What each line of a Markdown OKR page is: an objective heading, a key result, a label.

Also the page's outline (its top-level blocks), which tells a heading that titles an objective
from one that only labels the key-result list under it ("## Ziel 1: ..." then "### Schlüssel-
ergebnisse"), and which bold lines stand as headings ("**Objective 1: ...**" pasted from a
document editor).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from markdown_it.token import Token

from index.labels import is_metadata_line
from index.markdown_inline import render_inline
from index.okr_words import KEY_RESULT_LABELS, OBJECTIVE_WORDS, OKR_WORD

_OBJECTIVE = re.compile(
    rf"^\W*(?:(?:{OBJECTIVE_WORDS})\b\s*#?(?P<n>[\w.]*)|{OKR_WORD}\s*#?(?P<k>\d+)|(?P<id>O\d+))"
    r"\s*[:.)\]\-–—]+\s*(?P<title>\S.*)$",
    re.I,
)
# In a heading the id may stand alone before the title: "## O4 Make ...", "## Ziel 2 Wachsen".
_OBJECTIVE_SPACED = re.compile(
    rf"^\W*(?:(?:{OBJECTIVE_WORDS}|{OKR_WORD})\s*#?(?P<n>\d+)|(?P<id>O\d+))[ \t]+"
    r"(?P<title>[^\W\d_].*)$",
    re.I,
)
_ENGLISH = re.compile(r"^\W*objective\b", re.I)
# (the separator may be only a space after a KR id: "**KR1** Cut median time ...")
KR_LINE = re.compile(
    r"^\W*(?P<id>(?:O\d+\s*[.\-]\s*)?(?:KR|key[ -]?result)\s*#?\d+(?:\.\d+)?|"
    r"\d+\.\d+(?=\s*[:.)\-–—]))"
    r"(?:[ \t]*[:.)\-–—]+[ \t]*|[ \t]+)(?P<title>\S.*)$",
    re.I,
)
KR_HEADING = re.compile(rf"^\W*(?:{KEY_RESULT_LABELS})\b[^\n]{{0,40}}$", re.I)
# Sections beside an objective's key results that hold no key results.
ASIDE_HEADING = re.compile(
    r"^\W*(?:initiatives?|projects?|epics?|tasks?|workstreams?|milestones?|risks?|dependencies|"
    r"notes?|context|background|rationale|why|description|owners?|links?|resources|"
    r"open questions|assumptions|non-goals?|out of scope)\b",
    re.I,
)
# A bold line is a heading when short: a longer bold paragraph is emphasis, not structure.
_BOLD_HEADING_WORDS = 15
BOLD_LEVEL = 7  # below every Markdown heading level


def objective_heading(text: str, heading: bool = True) -> re.Match[str] | None:
    """The objective a heading (or a lead, when not `heading`) names: "Objective 2: ...",
    "O2 - ...", "OKR 2 — ...", "Ziel 2: ..."; in a heading also "O2 Title"."""
    match = _OBJECTIVE.match(text)
    if match and not heading and objective_id(match) is None and not _ENGLISH.match(text):
        return None  # "Ziel: 99,5 %" in a list is a target; "Ziel 2: ..." an objective
    return match or (_OBJECTIVE_SPACED.match(text) if heading else None)


def objective_id(match: re.Match[str]) -> str | None:
    """"O2" for any of the spellings objective_heading reads; None when it names no number."""
    if match.group("id"):
        return match.group("id").upper()
    number = match.groupdict().get("k") or match.group("n")
    return f"O{number}" if number else None


def is_bold_heading(inline: Token) -> bool:
    """A paragraph that is one short bold line ("**Win research labs**"), not a label
    ("**Key results:**"), a metadata line or a key result."""
    rendered = render_inline(inline)
    text = rendered.text
    return (
        rendered.bold_lead == text and "\n" not in text and text != ""
        and len(text.split()) <= _BOLD_HEADING_WORDS and not text.endswith(":")
        and not is_metadata_line(text) and KR_LINE.match(text) is None
    )


@dataclass
class _Block:
    kind: str  # heading, list, table, paragraph, other
    index: int
    level: int = 0
    text: str = ""


@dataclass
class Outline:
    """Token indexes of the headings that label a key-result list, of bold lines that stand as
    headings, and how many headings, lists and tables the page has."""

    labels: set[int] = field(default_factory=set)
    bold_headings: set[int] = field(default_factory=set)
    counts: Counter[str] = field(default_factory=Counter)


def outline(tokens: list[Token]) -> Outline:
    """The outline of a page's tokens (markdown-it-py)."""
    found = Outline()
    blocks = _blocks(tokens, found)
    candidates = [k for k in range(len(blocks)) if _labels_only_a_list(blocks, k)]
    repeated = Counter(_key(blocks[k].text) for k in candidates)
    for k in candidates:
        parent, heading = blocks[k - 1], blocks[k]
        # Under an objective heading, a key-result word, a sub-heading repeated under each
        # objective, or a lone bold line right under a heading: a label, not a title.
        if (objective_heading(parent.text) or KR_HEADING.match(heading.text)
                or repeated[_key(heading.text)] > 1 or heading.level == BOLD_LEVEL):
            found.labels.add(heading.index)
    return found


def _blocks(tokens: list[Token], found: Outline) -> list[_Block]:
    blocks: list[_Block] = []
    for i, token in enumerate(tokens):
        if token.level != 0 or token.nesting == -1:
            continue
        if token.type == "heading_open":
            text = render_inline(tokens[i + 1]).text
            blocks.append(_Block("heading", i, int(token.tag[1]), text))
        elif token.type == "paragraph_open" and is_bold_heading(tokens[i + 1]):
            found.bold_headings.add(i)
            blocks.append(_Block("heading", i, BOLD_LEVEL, render_inline(tokens[i + 1]).text))
        elif token.type in ("bullet_list_open", "ordered_list_open", "table_open"):
            blocks.append(_Block("list" if token.type != "table_open" else "table", i))
        else:
            blocks.append(_Block("other", i))
        found.counts[blocks[-1].kind] += 1
    return blocks


def _labels_only_a_list(blocks: list[_Block], k: int) -> bool:
    """Block k is a sub-heading right under a heading, with only lists or tables below it up to
    the next heading at its parent's level (or the end): a label of them, or an objective's
    title."""
    if k == 0 or blocks[k].kind != "heading" or blocks[k - 1].kind != "heading":
        return False
    parent, heading = blocks[k - 1], blocks[k]
    if parent.level >= heading.level or objective_heading(heading.text):
        return False
    below = []
    for block in blocks[k + 1:]:
        if block.kind == "heading":
            if block.level > parent.level:
                return False
            break
        below.append(block.kind)
    return bool(below) and set(below) <= {"list", "table"}


def _key(text: str) -> str:
    return " ".join(text.lower().split())
