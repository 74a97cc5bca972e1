"""Key results kept as rows of a Markdown table, as OKR databases (Notion, Airtable) export them.

The table is parsed by markdown-it-py (GFM tables, index/markdown.py); its columns are named by
their header words: objective, key result / KR, baseline, target, current, metric, owner, unit
(index/okr_words.py for the languages). A row gives one key result; an objective column groups
rows under objectives, and without one the rows belong to the objective above the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it.token import Token

from index.markdown import table_rows
from index.markdown_tables import has_words
from index.okr_words import KEY_RESULT_WORDS, OBJECTIVE_WORDS, OKR_WORD

# Header words -> the field a column holds. Read in this order: "Goal" names the objective
# column, never the target. "Result" alone is no key-result column ("| Experiment | Result |").
COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"(?:{words})", re.I))
    for name, words in (
        ("objective", rf"{OBJECTIVE_WORDS}|objectives|goals?|{OKR_WORD}s?"),
        ("title", rf"(?:{KEY_RESULT_WORDS})(?: name| title| description| text)?"),
        ("baseline", r"baseline|start(?:ing)?(?: value| point)?|from|initial(?: value)?"),
        ("target", r"target(?: value)?|to|goal value|aim"),
        ("current", r"current(?: value)?|actual|latest|now"),
        ("metric", r"metrics?|kpis?|measures?"),
        ("owner", r"owners?|lead|dri|assignee|responsible"),
        ("unit", r"units?"),
    )
)
# (possessive: a cell of spaces is read once, not from every space)
_NUMBER = re.compile(
    r"(?P<sign>[-+−]?)\s*+(?P<cur>[$€£])?\s*+(?P<n>\d[\d,.]*+)\s*+(?P<pc>%)?"
)
# "1,000" and "1,000.5" group thousands; "99,5" is a decimal comma; "1.000.000" groups them
# with dots ("1.200" alone stays 1.2: a decimal point in English, a group in German).
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")


@dataclass
class TableRow:
    """One key result of a table: its line, objective cell, key-result cell and other fields."""

    line: int
    objective: str | None
    title: str | None  # None: a row that only names an objective, its key results below it
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Table:
    """The key results of one table, or why it gave none."""

    line: int
    rows: list[TableRow] = field(default_factory=list)
    has_objective: bool = False
    note: str | None = None


def read_table(tokens: list[Token], line: int) -> Table:
    """The rows of the table `tokens` (table_open .. table_close) starting at `line`."""
    rows = table_rows(tokens)
    if not rows:
        return Table(line, note=f"an empty table at line {line}")
    (_, header), body = rows[0], rows[1:]
    columns = column_fields(header)
    if "title" not in columns.values():
        shown = ", ".join(h for h in header if h) or "no header"
        return Table(line, note=f"the table at line {line} has no Key result column (its "
                                f"columns: {shown})")
    table = Table(line, has_objective="objective" in columns.values())
    for row_line, cells in body:
        row = _row(columns, cells, row_line)
        if row is not None:
            table.rows.append(row)
    return table


def column_fields(header: list[str]) -> dict[int, str]:
    """Column index -> field, for the columns whose header names one (each field once)."""
    found: dict[int, str] = {}
    for index, text in enumerate(header):
        words = re.sub(r"\(.*?\)|[*_:#]", " ", text).strip().strip(".").strip()
        name = next((n for n, pattern in COLUMNS if pattern.fullmatch(words)), None)
        if name is not None and name not in found.values():
            found[index] = name
    return found


def _row(columns: dict[int, str], cells: list[str], line: int) -> TableRow | None:
    values = {name: cells[i].strip() for i, name in columns.items()
              if i < len(cells) and has_words(cells[i])}
    title = values.pop("title", None)
    objective = values.pop("objective", None)
    if title is None and objective is None:
        return None
    current = values.pop("current", None)
    if current is not None and "baseline" not in values:
        values["baseline"] = current  # where no baseline is given, the level now is one
    fields: dict[str, Any] = {}
    for name, text in values.items():
        if name in ("baseline", "target"):
            fields[name], unit = cell_number(text)
            if unit and "unit" not in values:
                fields.setdefault("unit", unit)
        else:
            fields[name] = text
    return TableRow(line, objective, title, fields)


def cell_number(text: str) -> tuple[float | int | str, str | None]:
    """A table cell as a number and the unit its sign says ("91%" -> (91, "percent")); a cell
    that is no plain number stays text."""
    match = _NUMBER.fullmatch(text.strip())
    if match is None:
        return text, None
    digits = match.group("n")
    if _THOUSANDS.fullmatch(digits):
        digits = digits.replace(",", "")
    elif _DOT_THOUSANDS.fullmatch(digits):
        digits = digits.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(digits):
        digits = digits.replace(",", ".")
    if not re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return text, None
    number: float | int = float(digits) if "." in digits else int(digits)
    if match.group("sign") in ("-", "−"):
        number = -number
    return number, "percent" if match.group("pc") else None
