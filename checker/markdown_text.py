"""User and strategy text placed in Markdown we write (tracker comments, the Markdown report):
escaped so it renders as written, never as markup of its own."""

from __future__ import annotations

import re

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
