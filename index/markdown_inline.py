"""The plain words of one inline Markdown token (a paragraph's or a heading's), and what its
markup said: a bold or italic lead ("**Non-goals:** ..."), whether it is only links.

Emphasis and link targets are dropped, inline HTML and images removed; a second decision-log
field's label on a line led by one ("- **Date:** ... **Asked:** ... **Decided:** Declined.")
starts a line of its own, as a log writing one field a line does (index/decision_fields.py reads
the fields).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it.token import Token

from index.decision_fields import is_decision_field

# GitHub's alert marker opening a block quote ("> [!IMPORTANT]"): presentation, no words.
_ALERT_MARKER = re.compile(r"^\s*\[!(?:note|tip|important|warning|caution)\]\s*$", re.I)


@dataclass
class Inline:
    """The plain words of an inline token, and what its markup said."""

    text: str
    bold_lead: str | None
    links_only: bool
    italic: bool = False  # the lead is italic ("*Non-goals*"), not bold


def render_inline(token: Token) -> Inline:
    """Plain text of an inline token: emphasis and link targets dropped, inline HTML removed."""
    words: list[str] = []
    outside_links: list[str] = []
    in_link = 0
    bold: list[str] | None = None
    bold_done = False
    children = _without_alert_marker(token.children or [])
    line_led = False  # the current line opens with a bold label ("**Date:** ...")
    # (kept as the words come: joining all words so far at each label was quadratic, 46 s on a
    # 520 kB paragraph of labels; found by review)
    any_words = line_words = False
    for n, child in enumerate(children):
        if child.type in ("softbreak", "hardbreak"):
            line_led = False
        elif child.type == "strong_open" and (label := _label_after(children, n)):
            if not line_words:
                line_led = True
            elif line_led and is_decision_field(label):
                # (a second label on a line led by one starts a line of its own: "- **Date:**
                # 14 Sep **Asked:** A walk-in counter **Decided:** Declined." keeps three
                # fields, as a log writing one field a line does; a newcomer's decision log,
                # 2026-12-02. Bold words inside prose, "in **harvest mode**: a crew", stay.
                # A separator before the label goes, not a word's own hyphen: "A- **Why:**")
                words[-1] = _SEPARATOR_END.sub("", words[-1])
                words.append("\n")
                line_words = False
        # a bold or an italic lead alike: "**Non-goals**", "*Non-goals*"
        if child.type in ("strong_open", "em_open") and bold is None and not any_words:
            bold = []
        elif child.type in ("strong_close", "em_close") and bold is not None and not bold_done:
            bold_done = True
        elif child.type in ("link_open", "link_close"):
            in_link += 1 if child.type == "link_open" else -1
        piece = _piece(child)
        words.append(piece)
        if "\n" in piece:
            line_words = bool(piece.rsplit("\n", 1)[-1].strip())
        elif piece.strip():
            line_words = True
        any_words = any_words or bool(piece.strip())
        if not in_link and child.type != "link_close":
            outside_links.append(piece)
        if bold is not None and not bold_done:
            bold.append(piece)
    text = "".join(words).strip()
    had_link = any(c.type == "link_open" for c in children) or _BARE_URL.search(text) is not None
    rest = _BARE_URL.sub("", "".join(outside_links))
    links_only = had_link and not re.sub(r"[\W_]+", "", rest)
    lead = "".join(bold).strip() if bold is not None and bold_done else None
    italic = next((c.type == "em_open" for c in children if c.type in ("strong_open", "em_open")),
                  False)
    return Inline(text=text, bold_lead=lead, links_only=links_only, italic=italic)


_BARE_URL = re.compile(r"https?://\S+")
# Spaces, and a separator after a space, before a label moved to a line of its own ("Finance BP ·")
_SEPARATOR_END = re.compile(r"(?:\s+[·|—–;,-])?\s*$")
# A bold label's words: "Asked:", "Decided", "Why" (a colon inside or just after the bold)
_LABEL_WORDS = re.compile(r"^[^\W\d][\w' /-]{0,30}:?$")


def _label_after(children: list[Token], n: int) -> str | None:
    """The label the bold span opening at children[n] is, without its colon: a few words ending
    with a colon inside the bold ("**Asked:**") or just after it ("**Asked**:"); None when the
    bold is no label."""
    inner: list[str] = []
    for k in range(n + 1, len(children)):
        if children[k].type == "strong_close":
            label = "".join(inner).strip()
            after = children[k + 1].content if k + 1 < len(children) else ""
            colon = label.endswith(":") or after.startswith(":")
            return label.rstrip(":").strip() if colon and _LABEL_WORDS.match(label) else None
        if children[k].type != "text":
            return None
        inner.append(children[k].content)
    return None


def _without_alert_marker(children: list[Token]) -> list[Token]:
    if children and children[0].type == "text" and _ALERT_MARKER.match(children[0].content):
        rest = children[1:]
        return rest[1:] if rest and rest[0].type in ("softbreak", "hardbreak") else rest
    return children


def _piece(child: Token) -> str:
    if child.type in ("text", "code_inline"):
        return child.content
    if child.type in ("softbreak", "hardbreak"):
        return "\n"
    return ""  # markup, inline HTML and images carry no words of their own
