"""The rows of a backlog file, whatever holds them: CSV (delimiter sniffed), a JSON array,
JSON Lines, or a JSON object wrapping the list (`items`, `issues`, `data`, `nodes`, `value`,
...). Every read stays within a `ReadBudget`.

A CSV row is a list of (column, cell) pairs, so repeated columns (Jira's `Labels`, `Sprint`)
survive; a JSON row is the object as parsed.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Literal

from checker.backlog.budgets import ReadBudget
from index.errors import InputError

Container = Literal["csv", "json", "jsonl"]
CsvRow = list[tuple[str, str]]
# Where trackers and APIs put the list inside an object, in the order they are looked for.
WRAPPER_KEYS = ("items", "issues", "data", "nodes", "value", "results", "cards",
                "workItems", "stories", "tasks", "edges", "records")
_DELIMITERS = ",;\t"
_WRAPPER_DEPTH = 4  # {"data": {"repository": {"issues": {"nodes": [...]}}}} from GraphQL


class RowProblem(Exception):
    """One row could not be parsed; the rest of the file still can."""


Row = CsvRow | dict[str, Any] | RowProblem


@dataclass
class Table:
    """Rows with the line (CSV, JSONL) or position (JSON array) each came from."""

    container: Container
    columns: list[str]  # CSV header, or every key seen in the JSON objects (dotted one level)
    rows: list[tuple[int, Row]]
    delimiter: str | None = None
    document: dict[str, Any] = field(default_factory=dict)  # the wrapping object, if any


def read_table(text: str, source: str, suffix: str, budget: ReadBudget) -> Table:
    """Split a decoded file into rows. Raises InputError (naming `source` and the limit or the
    line) when the file is not CSV or JSON, or exceeds the budget."""
    stripped = text.lstrip()
    if suffix in (".jsonl", ".ndjson") and not _one_json_array(stripped):
        return _jsonl(text, source, budget)
    if stripped[:1] in ("[", "{") and suffix not in (".csv", ".tsv"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data" and stripped[:1] == "{":
                return _jsonl(text, source, budget)
            raise InputError(f"invalid JSON: {exc.msg}", file=source, line=exc.lineno) from None
        except (RecursionError, ValueError) as exc:
            raise _json_limit(exc, source, budget) from None
        return _json(data, source, budget)
    return _csv(text, source, budget)


def _json_limit(exc: Exception, source: str, budget: ReadBudget) -> InputError:
    if isinstance(exc, RecursionError):
        return InputError(_too_deep(budget),
                          file=source)
    return InputError(f"unreadable JSON value: {exc}", file=source)


def _too_deep(budget: ReadBudget) -> str:
    return (f"JSON nests deeper than allowed; the limit is {budget.max_depth} levels of arrays "
            "and objects")


def _json(data: Any, source: str, budget: ReadBudget) -> Table:
    _check_value(data, source, budget)
    document: dict[str, Any] = {}
    if isinstance(data, dict):
        document, data = data, _unwrap(data)
    if not isinstance(data, list):
        raise InputError("expected a JSON array of items, or an object wrapping one under "
                         f"{', '.join(WRAPPER_KEYS[:5])}, ...", file=source, line=1)
    _check_rows(len(data), source, budget)
    # A JSON array has no line per item; report the item's position instead.
    rows: list[tuple[int, Row]] = [(n, _object(row)) for n, row in enumerate(data, start=1)]
    return Table("json", keys_of(r for _, r in rows), rows, document=document)


def _unwrap(data: dict[str, Any], depth: int = 0) -> Any:
    """The list of items inside a wrapping object, or the object itself as one item."""
    for key in WRAPPER_KEYS:
        inner = data.get(key)
        if isinstance(inner, list):
            return [row.get("node", row) if isinstance(row, dict) and key == "edges" else row
                    for row in inner]
        if isinstance(inner, dict) and depth < _WRAPPER_DEPTH:
            found = _unwrap(inner, depth + 1)
            if isinstance(found, list):
                return found
    if len(data) == 1 and isinstance(only := next(iter(data.values())), dict) and (
            depth < _WRAPPER_DEPTH):
        return _unwrap(only, depth + 1)  # {"repository": {...}} on the way to the list
    return [data] if depth == 0 else None


def _object(row: Any) -> dict[str, Any] | RowProblem:
    return row if isinstance(row, dict) else RowProblem("expected an object with the item")


def _jsonl(text: str, source: str, budget: ReadBudget) -> Table:
    rows: list[tuple[int, Row]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        _check_rows(len(rows) + 1, source, budget)
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            rows.append((number, RowProblem(f"invalid JSON: {exc.msg}")))
            continue
        except (RecursionError, ValueError) as exc:
            raise InputError(str(_json_limit(exc, source, budget).message), file=source,
                             line=number) from None
        _check_value(value, source, budget, line=number)
        rows.append((number, _object(value)))
    return Table("jsonl", keys_of(r for _, r in rows), rows)


def keys_of(rows: Any) -> list[str]:
    """Every key of the objects, and `key.sub` for keys of nested objects, in first-seen order."""
    seen: dict[str, None] = {}
    for row in rows:
        if not isinstance(row, dict):
            continue
        for key, value in row.items():
            seen[key] = None
            if isinstance(value, dict):
                seen.update((f"{key}.{sub}", None) for sub in value)
    return list(seen)


def _check_value(value: Any, source: str, budget: ReadBudget, line: int | None = None) -> None:
    """Nesting depth, walked without recursion."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > budget.max_depth:
            raise InputError(_too_deep(budget), file=source, line=line)
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)


def _check_rows(count: int, source: str, budget: ReadBudget) -> None:
    if count > budget.max_rows:
        raise InputError(f"more than the limit of {budget.max_rows} rows; split the backlog",
                         file=source)


def _csv(text: str, source: str, budget: ReadBudget) -> Table:
    hint = _SEP_HINT.match(text)
    delimiter = hint.group(1) if hint else sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    with _field_limit(budget.max_field_chars):
        try:
            # Counted in C before any row is built, so a million rows fail in a blink.
            counted = csv.reader(io.StringIO(text), delimiter=delimiter)
            _check_rows(sum(1 for r in islice(counted, budget.max_rows + 2) if r) - 1
                        - bool(hint), source, budget)
            if hint:  # Excel's "sep=;" line names the delimiter and is no header
                next(reader, None)
            header = [h.strip() for h in next(reader, [])]
            if not any(header):
                raise InputError("empty file: no header row", file=source, line=1)
            if len(header) > budget.max_columns:
                raise InputError(f"{len(header)} columns, over the limit of "
                                 f"{budget.max_columns}", file=source, line=1)
            first_line = reader.line_num + 1
            rows: list[tuple[int, Row]] = list(_csv_rows(reader, header))
            lines = io.StringIO(text).readlines()
            _mark_swallowed_rows(lines, delimiter, rows, first_line, len(header))
            _mark_an_open_quote(lines, delimiter, rows, first_line)
        except csv.Error as exc:
            raise InputError(f"unreadable CSV ({exc}); the limit is {budget.max_field_chars} "
                             "characters a field", file=source, line=reader.line_num) from None
    return Table("csv", header, rows, delimiter=delimiter)


# The first line Excel writes and reads to name a CSV file's delimiter: "sep=;".
_SEP_HINT = re.compile(r"\A\ufeff?sep=([,;\t|])[ \t]*\r?\n")


def _one_json_array(stripped: str) -> bool:
    """Whether a `.jsonl` file is in fact one JSON array, pretty-printed over many lines."""
    if not stripped.startswith("["):
        return False
    try:
        return isinstance(json.loads(stripped), list)
    except (json.JSONDecodeError, RecursionError, ValueError):
        return False


def _csv_rows(reader: Any, header: list[str]) -> Iterator[tuple[int, CsvRow | RowProblem]]:
    for cells in reader:
        if not "".join(cells).strip():
            continue
        if len(cells) > len(header):
            yield reader.line_num, RowProblem("more cells than header columns")
        else:
            yield reader.line_num, list(zip(header, cells, strict=False))


def _row_start(lines: list[str], ends: list[int], at: int, first_line: int) -> int:
    """The line row `at` starts on: after the row before it ends, blank lines skipped."""
    start = ends[at - 1] + 1 if at > 0 else first_line
    while start <= len(lines) and not lines[start - 1].strip():
        start += 1
    return start


def _strict_error(lines: list[str], start: int, end: int | None, delimiter: str) -> str | None:
    """What the csv module's strict reading says of lines start..end (to the end when None)."""
    try:
        for _ in csv.reader(io.StringIO("".join(lines[start - 1:end])), delimiter=delimiter,
                            strict=True):
            pass
    except csv.Error as exc:
        return str(exc)
    return None


def _shape(cell: str) -> str:
    """A cell's shape: digits as 9, letters as A, runs folded ("PAY-1042" -> "A-9")."""
    return re.sub(r"([A9])\1+", r"\1", re.sub(r"\d", "9", re.sub(r"[^\W\d_]", "A", cell.strip())))


def _mark_swallowed_rows(lines: list[str], delimiter: str, rows: list[tuple[int, Row]],
                         first_line: int, width: int) -> None:
    """Make a row a RowProblem when a stray quote in it opened a field that a later row's quoted
    field closed: the lenient reading then takes every line between as one cell, silently
    ('H-2,"Pause the plan,...' up to 'H-4,Upgrade,"Stripe, now"' read H-3 and H-4 into H-2's
    title). Told apart from a multi-line cell, even one with a stray quote of its own ('"27"
    screen layout' over several lines still reads leniently), by three signs together: the span
    does not read strictly, and a line inside it reads alone as a whole row whose first cell has
    the shape most rows' first cells have ("H-9")."""
    ends = [end for end, _ in rows]  # (a row marked below keeps its end for the next one's start)
    usual = _usual_first_shape(rows)
    if usual is None:
        return
    for at, (end, row) in enumerate(rows):
        start = _row_start(lines, ends, at, first_line)
        if isinstance(row, RowProblem) or end <= start or at == len(rows) - 1:
            continue  # (the last row is _mark_an_open_quote's)
        inner = [n for n in range(start + 1, end + 1) if _reads_as_a_row(lines[n - 1], delimiter,
                                                                        width, usual)]
        if inner and _strict_error(lines, start, end, delimiter) is not None:
            rows[at] = (start, RowProblem(
                f"a quoted field opens on this line and a quote on line {end} closes it (a "
                f'stray "?): this row and the row(s) starting on line(s) '
                f"{', '.join(map(str, inner))} were not read"))


def _usual_first_shape(rows: list[tuple[int, Row]]) -> str | None:
    """The shape at least 80% of the rows' first cells share, if one does."""
    shapes = [_shape(row[0][1]) for _, row in rows if isinstance(row, list) and row]
    if not shapes:
        return None
    shape = max(set(shapes), key=shapes.count)
    return shape if shape and shapes.count(shape) >= 0.8 * len(shapes) else None


def _reads_as_a_row(line: str, delimiter: str, width: int, usual: str) -> bool:
    cells = next(csv.reader([line], delimiter=delimiter), [])
    return len(cells) >= width and _shape(cells[0]) == usual


def _mark_an_open_quote(lines: list[str], delimiter: str, rows: list[tuple[int, Row]],
                        first_line: int) -> None:
    """Make the last row a RowProblem when a quoted field in it opens and the file never closes
    it: the csv module then reads everything to the end as that one field, silently ("H-2,"Pause
    the plan,..." swallowed the two rows after it, and a cut-off export's last row was judged; a
    newcomer's trial, 2026-12-02). Only that row is read again, strictly, so a stray quote that
    the lenient reading copes with elsewhere ('"27" screen') still reads as before."""
    if not rows or isinstance(rows[-1][1], RowProblem):
        return
    start = _row_start(lines, [end for end, _ in rows], len(rows) - 1, first_line)
    error = _strict_error(lines, start, None, delimiter)
    if error is not None and "unexpected end of data" in error:
        after = rows[-1][0] - start
        lost = f"this row and the {after} line(s) after it were" if after else "this row was"
        rows[-1] = (start, RowProblem(
            "a quoted field opens on this line and the file ends before it closes (a stray "
            f'" or a cut-off export?): {lost} not read'))


def sniff_delimiter(text: str) -> str:
    """`,`, `;` or tab, by the csv module's Sniffer on the first lines; when it cannot tell,
    the one the header row holds most of."""
    header = text[: text.find("\n") if "\n" in text else len(text)]
    try:
        found = csv.Sniffer().sniff(text[:8192], delimiters=_DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found and header.count(found):
        return found
    return max(_DELIMITERS, key=header.count)


@contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    # The csv module's limit is process-wide; it is set for this read and put back.
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)
