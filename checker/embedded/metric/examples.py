"""Numbers the metric rule reads as examples, not as what the work moves.

A bound inside an aside that gives an example ("absolute caps (e.g. ±2% but never more than £75
per line)") sets out how a setting could look; a bound inside a quoted question ("Who approves
capex above £25k?") is what a user might ask. Neither names an outcome (a blind procurement
vendor's items, 2026-12-02).
"""

from __future__ import annotations

import re

from checker.embedded.metric.patterns import LazyPattern

# An aside that opens with an example's words, not closed before the match.
_EXAMPLE_ASIDE = LazyPattern(
    r"\(\s*(?:e\.?\s?g\.?|for\s+example|for\s+instance|such\s+as|say|like)[\s,:][^()]*$", re.I)
# The quote a quoted question opens with and what it may hold before the match (no closing quote).
_OPEN_QUOTE = LazyPattern(r"[\"“]([^\"“”\n]*)$")
_QUESTION_END = LazyPattern(r"[^\"“”\n]*?\?\s*[\"”]")
ASIDE_SPAN = 120  # characters read back for the aside's opening bracket
QUOTE_SPAN = 160  # characters read back for a question's opening quote


def is_example(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits in an example aside or a quoted question."""
    if _EXAMPLE_ASIDE.search(text, max(0, start - ASIDE_SPAN), start):
        return True
    opened = _OPEN_QUOTE.search(text, max(0, start - QUOTE_SPAN), start)
    # (a quote opened before is closed after the match, and the quoted words end in "?")
    return bool(opened and _odd_quotes_before(text, opened.start())
                and _QUESTION_END.match(text, end))


def _odd_quotes_before(text: str, position: int) -> bool:
    """The quote at `position` opens a span: straight quotes before it on its line are paired."""
    line_start = text.rfind("\n", 0, position) + 1
    return text.count('"', line_start, position) % 2 == 0
