"""User and strategy text placed in Markdown we write (tracker comments, the Markdown report):
escaped so it renders as written, never as markup of its own; and, in a tracker comment,
quietened so it mentions no one and links no issue (`quiet_text`).

`printable` is the one guard against control characters for every output that shows such text:
the terminal (checker/cli), the HTML and Markdown report files and their charts.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, and the C1 controls (U+0080-U+009F; CSI is U+009B).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with every control character but tab and newline replaced by U+FFFD; a Windows
    line break (CR LF, as Excel writes a line break inside a cell) becomes a newline.

    A title, a passage or a file name may hold control characters: ESC starts a terminal escape
    sequence (colours, a window title, a hidden hyperlink), a lone carriage return or backspace
    overwrites what was printed, and XML (an SVG chart) allows none of them. Each is shown as
    U+FFFD (the replacement character), so the reader sees that something was there and neither
    a terminal nor a browser does anything with it.
    """
    return _CONTROL.sub("\ufffd", text.replace("\r\n", "\n"))


# CommonMark's backslash escapes (spec 0.31, section 2.4) for the characters that open markup
# inline; with brackets escaped no link can form, so parentheses need none, and with "<" escaped
# no tag or autolink can, so ">" needs one only where it opens a line (a block quote).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<#|~])")
_LINE_START = re.compile(r"^(\s*)([-=>+])", re.M)
# "3. text" opens an ordered list: the escape goes before the dot ("3\. text"), not the digit.
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.M)


def escape_markdown(text: str) -> str:
    """`text` with Markdown's special characters backslash-escaped, so it renders as written."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _ORDERED.sub(r"\1\\\2", _LINE_START.sub(r"\1\\\2", escaped))


def inline_markdown(text: str) -> str:
    """`text` escaped and on one line, for a list item or a table cell: a title's line break
    would otherwise end the item ("Fix\\n# Heading" made a heading of the report's own)."""
    return escape_markdown(" ".join(text.split()))


# A word joiner (U+2060) is invisible, and no tracker reads a mention or a reference across it.
_JOINER = "\u2060"
# @person, @team, @org/team, @all (GitHub, GitLab, Linear): every @ that starts a word, so none
# is missed and an e-mail address (jane@example.com, which mentions no one) stays whole.
_MENTION = re.compile(r"(?<![\w.+-])@(?!\u2060)")
_URL = re.compile(r"(https?://\S+)", re.I)
# #12, org/repo#12, GH-12 (GitHub); !12 merge requests and &12 epics (GitLab): the references
# that cross-link the other item and so post a note on it ("mentioned in ...").
_REFERENCE = re.compile(r"(#|!|&|\bGH-)(?=\d)", re.I)
# A pasted link to an issue, pull or merge request cross-links it too: its scheme is broken
# so no autolink forms; the address stays readable.
_ITEM_URL = re.compile(
    r"\b(https?):(?=//\S+/(?:issues|pull|pulls|merge_requests|work_items|epics)/\d)", re.I)


def quiet_text(text: str) -> str:
    """`text` with a word joiner after every `@`, before the number of an item reference
    (`#12`, `org/repo#12`, `GH-12`, `!12`, `&12`) and after the scheme of a link to an issue,
    pull or merge request, so quoting it in a tracker comment notifies and links no one and
    nothing. Idempotent; the text reads the same (the joiner is invisible)."""
    text = _MENTION.sub("@" + _JOINER, text)
    # (a link's own "#1" is an anchor, not a reference: only text outside links is touched)
    pieces = _URL.split(text)
    return "".join(
        _ITEM_URL.sub(lambda m: m.group(1) + ":" + _JOINER, piece) if i % 2
        else _REFERENCE.sub(lambda m: m.group(1) + _JOINER, piece)
        for i, piece in enumerate(pieces)
    )
