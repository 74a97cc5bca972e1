"""A target given in a Markdown table of the proposal's own text: a column headed "target" or
"goal" ("| | 2025 | 2026 target |", "| Metric | Baseline | Target |") with a figure in a row
below it, as a plan's table of what the work should reach ("| Income | £61k | £90k |", a blind
wildlife rescue's appeal plan).

The table is parsed by markdown-it-py (GFM tables, through index/markdown.py), the same parser
that reads key results kept as tables in strategy documents (index/okr_tables.py).
"""

from __future__ import annotations

import re

from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import MONTH
from index.errors import InputError
from index.markdown import markdown_tokens, table_rows

# A column of targets, not of dates or owners ("Target date", "Target release", "Goal owner").
_TARGET_HEADER = LazyPattern(
    r"\b(?:targets?|goals?|aim)\b(?!\s+(?:dates?|releases?|versions?|launch|owners?|deadlines?|"
    r"customers?|users?|audience|markets?|segments?|platforms?|sprints?)\b)",
    re.I,
)
# A figure, not a date, a quarter or a year alone ("Q3", "2026", "12/03", "March").
_FIGURE = LazyPattern(r"\d")
_DATE = LazyPattern(
    r"^\s*(?:q[1-4]\s*)?(?:(?:19|20)\d\d)?\s*$|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|"
    r"\b" + MONTH + r"[a-z]*\b|\bq[1-4]\b|\bv?\d+\.\d+\.\d+",
    re.I,
)


def target_in_a_table(text: str) -> bool:
    """Whether a Markdown table in `text` has a target column (its header cell says "target",
    "goal" or "aim", not "target date") with a figure that is no date in a row below the
    header. Text that is no Markdown, or too large to parse, has none."""
    if "|" not in text or not _TARGET_HEADER.search(text):
        return False
    try:
        tokens = markdown_tokens(text, "<proposal>")
    except InputError:
        return False
    opens = [i for i, token in enumerate(tokens) if token.type == "table_open"]
    closes = [i for i, token in enumerate(tokens) if token.type == "table_close"]
    return any(_has_target(table_rows(tokens[start : end + 1]))
               for start, end in zip(opens, closes, strict=False))


def _has_target(rows: list[tuple[int, list[str]]]) -> bool:
    if not rows:
        return False
    columns = [i for i, cell in enumerate(rows[0][1]) if _TARGET_HEADER.search(cell)]
    return any(i < len(cells) and _FIGURE.search(cells[i]) and not _DATE.search(cells[i])
               for _, cells in rows[1:] for i in columns)
